package org.newsgraph.cli;

import java.nio.file.Path;
import org.newsgraph.data.DataExtension;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top command; its subcommands do the work. */
@Command(
    name = "newsgraph",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Builds a knowledge graph from news articles: who did what to whom, and who says so.",
    subcommands = {BuildCommand.class, AddCommand.class, QueryCommand.class, FactsCommand.class, ValidateCommand.class, EvalCommand.class, ServeCommand.class,
        LinkCommand.class, ExportCommand.class, DoctorCommand.class, CompletionCommand.class, BenchCommand.class,
        picocli.CommandLine.HelpCommand.class},
    footer = {"", "Examples:", "  newsgraph build articles/ -o graph.trig", "  newsgraph facts articles/hankyoreh-2023-11-02-nk-shells-russia.txt",
        "  newsgraph query queries/01-who-supplies-russia.rq", "  newsgraph export --format graphml -o graph.graphml",
        "  newsgraph doctor", "  source <(newsgraph completion)"})
final class NewsgraphCommand implements Runnable {
  final Io io;

  @Option(names = {"-v", "--verbose"}, description = "Say more; show stack traces of internal errors.", scope = picocli.CommandLine.ScopeType.INHERIT)
  void verbose(boolean v) {
    io.verbose(v);
  }

  @Option(names = {"-q", "--quiet"}, description = "Print only results and errors.", scope = picocli.CommandLine.ScopeType.INHERIT)
  void quiet(boolean q) {
    io.quiet(q);
  }

  @Spec
  CommandSpec spec;

  @Option(names = "--data-dir", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
      description = "A folder of data files read after the bundled ones, mirroring their layout: DIR/extract/frames.tsv adds"
          + " frame rules, DIR/extract/cues.tsv cues, DIR/gazetteer/places.tsv places, and so on (see the README).")
  void data(Path dir) {
    try {
      DataExtension.use(dir);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  NewsgraphCommand(Io io) {
    this.io = io;
  }

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(io.err);
  }
}
