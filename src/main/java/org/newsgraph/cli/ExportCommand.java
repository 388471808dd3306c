package org.newsgraph.cli;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.export.Exporter;
import org.newsgraph.export.JsonLdContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code newsgraph export}: a built graph (or the ontology, or the JSON-LD context) in the format a tool wants. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Write the graph for other tools: RDF in every common syntax, or the direct layer (entities and the "
        + "relations between them) as a network.", "Formats: trig, nq, ttl, nt, rdfxml, jsonld, brf (RDF4J binary), "
        + "graphml, gexf, csv (a -nodes.csv and -edges.csv pair)."},
    footer = {"", "Examples:",
        "  newsgraph export -o graph.ttl                      (articles/ as Turtle)",
        "  newsgraph export --data graph.trig -o graph.graphml (for yEd, Gephi)",
        "  newsgraph export --format jsonld one.txt > one.jsonld",
        "  newsgraph export --format csv -o graph.csv    (graph-{nodes,edges}.csv)",
        "  newsgraph export --ontology -o ontology/newsgraph.rdf  (for Protégé)",
        "  newsgraph export --context -o context.jsonld"})
final class ExportCommand implements Callable<Integer> {
  @ParentCommand NewsgraphCommand parent;
  @Mixin GraphOptions graph;

  @Parameters(paramLabel = "ARTICLE|DIR", arity = "0..*", description = "Articles to build (default: articles/), unless --data.")
  List<Path> inputs = new java.util.ArrayList<>();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "The output format (default: from the file name).")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write (default: standard output).")
  Path output;

  @Option(names = "--data", paramLabel = "FILE", description = "A TriG or N-Quads file written by 'build', instead of articles.")
  Path data;

  @Option(names = "--context-iri", paramLabel = "IRI",
      description = "JSON-LD: name the context by this IRI (e.g. a server's /context.jsonld) instead of carrying it inline.")
  String contextIri;

  @Option(names = "--ontology", description = "Export the bundled ontology instead of a graph.")
  boolean ontology;

  @Option(names = "--context", description = "Write the JSON-LD context (the one the server publishes at /context.jsonld).")
  boolean context;

  @Override
  public Integer call() throws Exception {
    Io io = parent.io;
    if (context) {
      write(io, JsonLdContext.generate(graph.base).getBytes(StandardCharsets.UTF_8));
      return Main.OK;
    }
    checkSources();
    ExportFormat f = ontology && format == null && output == null ? ExportFormat.TTL : Formats.choose(format, output);
    if (f == ExportFormat.CSV && output == null) {
      throw new UsageException("csv writes two files: give -o NAME.csv");
    }
    Source source = source(io);
    Exporter exporter = contextIri == null ? source.exporter() : source.exporter().withContextIri(contextIri);
    long start = System.nanoTime();
    if (output == null) {
      exporter.write(f, io.out);
      io.out.flush();
    } else {
      List<Path> written = exporter.writeTo(f, output);
      io.note(String.format(java.util.Locale.ROOT, "wrote %s (%s) in %.2f s",
          String.join(", ", written.stream().map(Path::toString).toList()), f.description(), (System.nanoTime() - start) / 1e9));
    }
    return source.errors() ? Main.BAD_INPUT : Main.OK;
  }

  /** What is exported, and whether building it reported errors (the good articles are still exported). */
  private record Source(Exporter exporter, boolean errors) {}

  private void checkSources() {
    if (ontology && (data != null || !inputs.isEmpty())) {
      throw new UsageException("--ontology exports the bundled ontology: give no --data or articles");
    }
    if (data != null && !inputs.isEmpty()) {
      throw new UsageException("give --data or articles, not both");
    }
  }

  private Source source(Io io) {
    if (ontology) {
      return new Source(Exporter.ontology(), false);
    }
    if (data != null) {
      return new Source(Exporter.of(DataFiles.read(data), graph.base), false);
    }
    graph.inputs = inputs;
    GraphOptions.Built built = graph.build(io);
    return new Source(Exporter.of(built.dataset(), graph.base), built.summary().hasErrors());
  }

  private void write(Io io, byte[] bytes) throws java.io.IOException {
    if (output == null) {
      io.out.write(bytes);
      io.out.flush();
      return;
    }
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream out = Files.newOutputStream(output)) {
      out.write(bytes);
    }
    io.note("wrote " + output);
  }
}
