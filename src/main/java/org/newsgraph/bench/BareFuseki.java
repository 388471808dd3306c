package org.newsgraph.bench;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * The baseline: a plain {@link FusekiServer} serving an RDF file (Turtle or TriG) read-only at
 * {@code /ds/sparql}, with Fuseki's defaults. Named graphs are served through a default graph that is their
 * union, copied once, so that the same queries see the same triples as newsgraph's union default graph.
 *
 * <p>Usage: {@code BareFuseki FILE PORT}
 */
public final class BareFuseki {
  private BareFuseki() {}

  public static void main(String[] args) {
    System.getProperties().putIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    DatasetGraph loaded = DatasetGraphFactory.createTxnMem();
    RDFParser.source(args[0]).parse(loaded);
    DatasetGraph served = loaded;
    if (loaded.listGraphNodes().hasNext()) {
      served = DatasetGraphFactory.createTxnMem();
      Graph union = loaded.getUnionGraph();
      Graph target = served.getDefaultGraph();
      union.find().forEachRemaining(target::add);
    }
    FusekiServer.create().port(Integer.parseInt(args[1])).loopback(true).add("/ds", served, false).build().start().join();
  }
}
