/**
 * The server: the built graph served by embedded Apache Jena Fuseki as a read-only, hardened SPARQL 1.1
 * query endpoint ({@code /sparql}, with a service description), a VoID description
 * ({@code /.well-known/void}), linked-data documents for every minted IRI ({@code /id/...}: Turtle,
 * JSON-LD or HTML by content negotiation) and a small query page at {@code /}. The entry points are
 * {@link org.newsgraph.serve.ServerConfig} and {@link org.newsgraph.serve.NewsgraphServer}; everything
 * else is package-private.
 */
package org.newsgraph.serve;
