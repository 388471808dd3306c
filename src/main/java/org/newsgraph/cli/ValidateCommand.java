package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.newsgraph.validate.ValidationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code newsgraph validate}: check a built dataset (or the articles, built now) against the SHACL shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Validate a dataset against ontology/shapes.ttl; print violations; exit 1 if there are any.",
    footer = {"", "Examples:", "  newsgraph validate --data graph.trig", "  newsgraph validate articles/"})
final class ValidateCommand implements Callable<Integer> {
  @ParentCommand NewsgraphCommand parent;
  @Mixin GraphOptions graph;

  @picocli.CommandLine.Parameters(index = "0..*", paramLabel = "ARTICLE|DIR", arity = "0..*",
      description = "Article files or folders of *.txt files (default: the articles/ folder here).")
  void inputs(java.util.List<java.nio.file.Path> in) {
    graph.inputs = new java.util.ArrayList<>(in);
  }

  @Option(names = "--data", paramLabel = "FILE", description = "A TriG or N-Quads file written by 'build'.")
  Path data;

  @Option(names = "--report", paramLabel = "FILE", description = "Also write the SHACL report (Turtle).")
  Path report;

  @Override
  public Integer call() throws Exception {
    Io io = parent.io;
    Dataset ds = data != null ? DataFiles.read(data) : graph.build(io).dataset();
    ValidationResult v = Validation.validate(ds, graph.base);
    v.lines().forEach(io.out::println);
    if (report != null) {
      try (var out = java.nio.file.Files.newOutputStream(report)) {
        org.apache.jena.riot.RDFDataMgr.write(out, v.reportGraph(), org.apache.jena.riot.Lang.TURTLE);
      }
    }
    io.note(v.conforms() ? "conforms: no violations" : v.lines().size() + " violations");
    return v.conforms() ? Main.OK : Main.BAD_INPUT;
  }
}
