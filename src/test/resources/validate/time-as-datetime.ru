# A time specification starts at an xsd:dateTime.
# Applied to valid.trig by ShapesValidatorTest.

PREFIX ng:     <https://w3id.org/newsgraph/ontology#>
PREFIX id:     <https://w3id.org/newsgraph/id/>
PREFIX owl:    <http://www.w3.org/2002/07/owl#>
PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>

DELETE { GRAPH ?g { ?t ng:start ?s } }
INSERT { GRAPH ?g { ?t ng:start "2023-08-01T00:00:00Z"^^xsd:dateTime } }
WHERE  { GRAPH ?g { ?t ng:start ?s } FILTER (?t = <https://w3id.org/newsgraph/id/time/t1>) }
