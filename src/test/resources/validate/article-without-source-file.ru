# The article loses its ng:sourceFile.
# Applied to valid.trig by ShapesValidatorTest.

PREFIX ng:     <https://w3id.org/newsgraph/ontology#>
PREFIX id:     <https://w3id.org/newsgraph/id/>
PREFIX owl:    <http://www.w3.org/2002/07/owl#>
PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>

DELETE WHERE { GRAPH ?g { ?article ng:sourceFile ?file } }
