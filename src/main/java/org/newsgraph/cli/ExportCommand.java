package org.newsgraph.cli;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
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
    footer = {"", "Examples:", "  newsgraph export --format ttl -o graph.ttl                 (the articles/ folder)",
        "  newsgraph export --data graph.trig -o graph.graphml       (format from the file name; open in yEd, Gephi)",
        "  newsgraph export --format jsonld articles/one.txt > one.jsonld",
        "  newsgraph export --format csv -o graph.csv                (graph-nodes.csv, graph-edges.csv)",
        "  newsgraph export --ontology -o ontology/newsgraph.rdf     (the ontology as RDF/XML, for Protégé)",
        "  newsgraph export --context -o context.jsonld              (the JSON-LD context)"})
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
    if (ontology && (data != null || !inputs.isEmpty())) {
      throw new UsageException("--ontology exports the bundled ontology: give no --data or articles");
    }
    if (data != null && !inputs.isEmpty()) {
      throw new UsageException("give --data or articles, not both");
    }
    ExportFormat f = ontology && format == null && output == null ? ExportFormat.TTL : Formats.choose(format, output);
    if (f == ExportFormat.CSV && output == null) {
      throw new UsageException("csv writes two files: give -o NAME.csv");
    }
    boolean errors = false;
    Exporter exporter;
    if (ontology) {
      exporter = Exporter.ontology();
    } else {
      Dataset ds;
      if (data != null) {
        ds = DataFiles.read(data);
      } else {
        graph.inputs = inputs;
        GraphOptions.Built built = graph.build(io);
        ds = built.dataset();
        errors = built.summary().hasErrors();
      }
      exporter = Exporter.of(ds, graph.base);
    }
    long start = System.nanoTime();
    if (output == null) {
      exporter.write(f, io.out);
      io.out.flush();
    } else {
      List<Path> written = exporter.writeTo(f, output);
      io.note(String.format(java.util.Locale.ROOT, "wrote %s (%s) in %.2f s", String.join(", ", written.stream().map(Path::toString).toList()),
          f.description(), (System.nanoTime() - start) / 1e9));
    }
    return errors ? Main.BAD_INPUT : Main.OK;
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
