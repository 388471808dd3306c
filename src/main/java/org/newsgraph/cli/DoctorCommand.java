package org.newsgraph.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.build.BuildCache;
import org.newsgraph.build.Pipeline;
import org.newsgraph.data.DataExtension;
import org.newsgraph.data.DataFileException;
import org.newsgraph.extract.DataFiles;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.extract.RuleSet;
import org.newsgraph.rdf.Iris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code newsgraph doctor}: what this installation runs with, and whether the server could start. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
    description = "Report the Java version, the data files in use with their counts, the articles folder, and "
        + "whether the server's port is free. Exit 1 if something would stop newsgraph from working.",
    footer = {"", "Examples:", "  newsgraph doctor", "  newsgraph doctor --port 8080 --gazetteer my-names/"})
final class DoctorCommand implements Callable<Integer> {
  private static final String EXTRACT = "/org/newsgraph/extract/";

  @ParentCommand NewsgraphCommand parent;

  @Option(names = "--port", description = "The port 'serve' would use (default: ${DEFAULT-VALUE}).")
  int port = 3030;

  @Option(names = "--bind", paramLabel = "ADDRESS", description = "The address 'serve' would listen on (default: ${DEFAULT-VALUE}).")
  String bind = "127.0.0.1";

  @Option(names = "--gazetteer", paramLabel = "DIR", description = "A folder of extra gazetteer *.tsv files to check too.")
  Path gazetteer;

  private final List<String> problems = new ArrayList<>();

  @Override
  public Integer call() {
    Io io = parent.io;
    line(io, "java", Runtime.version() + " (" + System.getProperty("java.vendor") + ") at " + System.getProperty("java.home"));
    line(io, "newsgraph", new VersionProvider().getVersion()[0].replaceFirst("^newsgraph ", "").replaceFirst(" \\(Java .*", ""));
    dataFiles(io);
    articles(io);
    line(io, "cache", BuildCache.at(BuildCache.defaultDir()).describe() + " (serve --no-cache builds anyway)");
    line(io, "port", port + " on " + bind + ": " + portStatus());
    if (problems.isEmpty()) {
      io.note("no problems found");
      return Main.OK;
    }
    problems.forEach(io::error);
    return Main.BAD_INPUT;
  }

  private void dataFiles(Io io) {
    List<String> files = DataFiles.resource("/org/newsgraph/gazetteer/index.txt").stream().map(l -> l.text().strip()).toList();
    String extra = "";
    if (gazetteer != null) {
      if (!Files.isDirectory(gazetteer)) {
        problems.add(gazetteer + ": no such folder (--gazetteer)");
      } else {
        extra = " + " + gazetteer + " (" + tsvCount(gazetteer) + " files)";
      }
    }
    Gazetteer g = Gazetteer.load(Optional.ofNullable(gazetteer).filter(Files::isDirectory));
    line(io, "gazetteer", g.entities().size() + " entries from org/newsgraph/gazetteer/ " + files + extra);
    line(io, "rules", RuleSet.load().rules().size() + " frames from " + EXTRACT.substring(1) + "frames.tsv");
    line(io, "cues", DataFiles.resource(EXTRACT + "cues.tsv").size() + " cue patterns from " + EXTRACT.substring(1) + "cues.tsv");
    line(io, "reporting", DataFiles.resource(EXTRACT + "reporting-verbs.tsv").size() + " reporting verbs from "
        + EXTRACT.substring(1) + "reporting-verbs.tsv");
    line(io, "titles", DataFiles.resource(EXTRACT + "titles.tsv").size() + " titles from " + EXTRACT.substring(1) + "titles.tsv");
    DataExtension.dir().ifPresent(dir -> line(io, "data", dir + " extends " + DataExtension.files().stream()
        .map(f -> DataExtension.relative(dir, f)).collect(java.util.stream.Collectors.joining(", ")) + " (counted above)"));
    try {
      Pipeline.load(Iris.DEFAULT_BASE, Optional.ofNullable(gazetteer).filter(Files::isDirectory)); // reads every data file
    } catch (DataFileException e) {
      problems.add(e.diagnostic().render());
    }
  }

  private void articles(Io io) {
    Path dir = Path.of("articles");
    if (!Files.isDirectory(dir)) {
      line(io, "articles", "no articles/ folder here (commands then need ARTICLE or DIR arguments)");
      return;
    }
    try (Stream<Path> s = Files.list(dir)) {
      long n = s.filter(p -> p.toString().endsWith(".txt")).count();
      line(io, "articles", n + " *.txt in " + dir.toAbsolutePath());
    } catch (IOException e) {
      problems.add(dir + ": cannot list: " + e.getMessage());
    }
  }

  private String portStatus() {
    try (ServerSocket s = new ServerSocket()) {
      s.setReuseAddress(false);
      s.bind(new InetSocketAddress(InetAddress.getByName(bind), port));
      return "free";
    } catch (IOException e) {
      problems.add("port " + port + " on " + bind + " is not free (" + e.getMessage() + "): try 'serve --port N'");
      return "in use";
    }
  }

  private static long tsvCount(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".tsv")).count();
    } catch (IOException e) {
      return 0;
    }
  }

  private static void line(Io io, String what, String value) {
    io.out.printf("%-10s %s%n", what, value);
  }
}
