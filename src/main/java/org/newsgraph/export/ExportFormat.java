package org.newsgraph.export;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats {@code newsgraph export} writes, each with its names and file extension. */
public enum ExportFormat {
  TRIG("trig", true, "TriG: every named graph, pretty-printed"),
  NQ("nq", true, "N-Quads: every named graph, sorted lines"),
  TTL("ttl", false, "Turtle: the union of the graphs, pretty-printed"),
  NT("nt", false, "N-Triples: the union of the graphs, sorted lines"),
  RDFXML("rdf", false, "RDF/XML: the union of the graphs (Protégé opens it)"),
  JSONLD("jsonld", true, "JSON-LD, compacted with the newsgraph context"),
  BRF("brf", true, "RDF4J binary RDF, for loading into RDF4J and GraphDB"),
  GRAPHML("graphml", false, "GraphML of the direct layer (yEd, Cytoscape, Gephi)"),
  GEXF("gexf", false, "GEXF of the direct layer (Gephi)"),
  CSV("csv", false, "nodes and edges CSV pair of the direct layer (Gephi's spreadsheet import)");

  private final String extension;
  private final boolean quads;
  private final String description;

  ExportFormat(String extension, boolean quads, String description) {
    this.extension = extension;
    this.quads = quads;
    this.description = description;
  }

  /** The usual file extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** Whether the output keeps the named graphs. */
  public boolean quads() {
    return quads;
  }

  public String description() {
    return description;
  }

  /** Whether the output is RDF (as opposed to a network of the direct layer). */
  public boolean isRdf() {
    return this != GRAPHML && this != GEXF && this != CSV;
  }

  /** The format of a name given by a user: the enum name or its extension, in any case; {@code rdfxml}, {@code json-ld}, {@code turtle} too. */
  public static Optional<ExportFormat> parse(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace("-", "").replace("/", "");
    return switch (n) {
      case "turtle" -> Optional.of(TTL);
      case "ntriples" -> Optional.of(NT);
      case "nquads" -> Optional.of(NQ);
      case "xml", "owl" -> Optional.of(RDFXML);
      case "json" -> Optional.of(JSONLD);
      case "binary", "rdf4j" -> Optional.of(BRF);
      default -> Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(n) || f.extension.equals(n)).findFirst();
    };
  }

  /** The format a file name's extension implies. */
  public static Optional<ExportFormat> fromFileName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? Optional.empty() : parse(name.substring(dot + 1));
  }

  /** The names, for help and error messages: "trig, nq, ttl, ...". */
  public static String names() {
    return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
  }
}
