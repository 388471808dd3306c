/**
 * Validation of a built dataset against the SHACL shapes in {@code ontology/shapes.ttl}: the union of the
 * dataset's named graphs is checked with Jena SHACL (Core), and the report comes back both as RDF and as
 * one readable line per result, with prefixed names.
 */
package org.newsgraph.validate;
