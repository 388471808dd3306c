package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.newsgraph.build.BuildSummary;
import org.newsgraph.build.GraphBuilder;
import org.newsgraph.build.Pipeline;
import org.newsgraph.diag.Diagnostic;
import org.newsgraph.rdf.Iris;
import picocli.CommandLine.Option;

/** What every command that builds a graph shares: the inputs and how to read them. */
final class GraphOptions {
  /** Set by the command from its positional parameters. */
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--base", paramLabel = "IRI", description = "Base of minted IRIs (default: ${DEFAULT-VALUE}).")
  String base = Iris.DEFAULT_BASE;

  @Option(names = "--gazetteer", paramLabel = "DIR", description = "A folder of extra gazetteer *.tsv files.")
  Path gazetteer;

  @Option(names = "--threads", paramLabel = "N", description = "Articles built in parallel (default: cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  List<Path> inputsOrDefault() {
    if (!inputs.isEmpty()) {
      return inputs;
    }
    return List.of(Path.of("articles"));
  }

  Pipeline pipeline() {
    return Pipeline.load(base, Optional.ofNullable(gazetteer));
  }

  /** Builds the inputs into a new in-memory dataset, printing diagnostics and the summary. */
  Built build(Io io) {
    List<Path> in = inputsOrDefault();
    if (inputs.isEmpty() && !Files.isDirectory(in.get(0))) {
      throw new UsageException("no articles given and no articles/ folder here");
    }
    Dataset ds = DatasetFactory.createTxnMem();
    return new Built(ds, buildInto(io, ds, in));
  }

  /** Builds {@code in} into {@code ds} with a progress line, printing diagnostics and the summary. */
  BuildSummary buildInto(Io io, Dataset ds, List<Path> in) {
    Progress progress = new Progress(io);
    BuildSummary summary;
    try {
      summary = new GraphBuilder(pipeline(), threads).listener(progress).build(in, ds);
    } finally {
      progress.finish();
    }
    for (Diagnostic d : summary.diagnostics()) {
      io.diagnostic(d);
    }
    io.note(summary.render());
    return summary;
  }

  record Built(Dataset dataset, BuildSummary summary) {}
}
