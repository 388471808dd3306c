/**
 * Exports: the built dataset written for the tools people already use. RDF in every common syntax (TriG,
 * N-Quads, Turtle, N-Triples, RDF/XML, JSON-LD compacted with the published {@code context.jsonld}, RDF4J
 * binary RDF) and the direct layer as a network (GraphML, GEXF, a nodes/edges CSV pair) for Gephi,
 * Cytoscape and yEd. Every output is deterministic: blank nodes are relabelled from their content, triples,
 * graphs and nodes are written in sorted order. The entry points are {@link org.newsgraph.export.Exporter},
 * {@link org.newsgraph.export.ExportFormat} and {@link org.newsgraph.export.JsonLdContext}.
 *
 * <h2>Choices</h2>
 * <ul>
 *   <li>Triple formats (Turtle, N-Triples, RDF/XML, JSON-LD) carry the union of all graphs, as {@code build}
 *       always did: Protégé and rdflib open them as one graph. Quad formats keep the claim graphs.
 *   <li>JSON-LD carries its context inline (the same object the server publishes at {@code /context.jsonld}),
 *       so that every reader parses it without the network.
 *   <li>RDF4J binary RDF is written by RDF4J Rio itself, from RDF4J values converted one by one.
 * </ul>
 */
package org.newsgraph.export;
