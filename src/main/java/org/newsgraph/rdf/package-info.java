/**
 * RDF for newsgraph: the vocabulary constants of the ontology ({@link org.newsgraph.rdf.NG}; schema.org
 * terms come from Jena's {@code SchemaDO}), the minting of every IRI under the configurable data base, and
 * the mapping of extraction results (articles, mentions, entities, statements, events and their claims) to a
 * Jena {@code Dataset} of named graphs, as described in {@code docs/DATA-MODEL.md}.
 */
package org.newsgraph.rdf;
