package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.export.Exporter;
import org.newsgraph.validate.ValidationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph build}: articles in, a validated RDF dataset out. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Extract a knowledge graph from articles, validate it against the SHACL shapes and write it.",
    footer = {"", "Examples:", "  newsgraph build articles/ -o graph.trig",
        "  newsgraph build article.txt -o graph.ttl      (Turtle: the union of the graphs, plain triples)",
        "  newsgraph build articles/ -o graph.nq --threads 2"})
final class BuildCommand implements Callable<Integer> {
  @picocli.CommandLine.ParentCommand NewsgraphCommand parent;
  @Mixin GraphOptions graph;

  @picocli.CommandLine.Parameters(index = "0..*", paramLabel = "ARTICLE|DIR", arity = "0..*",
      description = "Article files or folders of *.txt files (default: the articles/ folder here).")
  void inputs(java.util.List<java.nio.file.Path> in) {
    graph.inputs = new java.util.ArrayList<>(in);
  }

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write (default: ${DEFAULT-VALUE}).")
  Path output = Path.of("newsgraph.trig");

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "trig, nq, jsonld, brf (every graph); ttl, nt, rdfxml (the union). Default: from the file name.")
  String format;

  @Override
  public Integer call() throws Exception {
    Io io = parent.io;
    ExportFormat f = Formats.choose(format, output);
    if (!f.isRdf()) {
      throw new UsageException("build writes RDF; for " + f.name().toLowerCase(java.util.Locale.ROOT) + " use 'newsgraph export'");
    }
    GraphOptions.Built built = graph.build(io);
    ValidationResult v = Validation.validate(built.dataset(), graph.base);
    v.lines().forEach(io.err::println);
    Exporter.of(built.dataset(), graph.base).writeTo(f, output);
    io.note("wrote " + output + (v.conforms() ? " (valid)" : " (" + v.lines().size() + " SHACL violations)"));
    return built.summary().hasErrors() || !v.conforms() ? Main.BAD_INPUT : Main.OK;
  }
}
