# A claim's confidence is above 1.
# Applied to valid.trig by ShapesValidatorTest.

PREFIX ng:     <https://w3id.org/newsgraph/ontology#>
PREFIX id:     <https://w3id.org/newsgraph/id/>
PREFIX owl:    <http://www.w3.org/2002/07/owl#>
PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>

DELETE { GRAPH ?g { ?claim ng:confidence ?c } }
INSERT { GRAPH ?g { ?claim ng:confidence 1.5 } }
WHERE  { GRAPH ?g { ?claim ng:confidence ?c } FILTER (?claim = <https://w3id.org/newsgraph/id/claim/00112233445566aa>) }
