package org.newsgraph.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.eval.Evaluator;
import org.newsgraph.eval.FactRow;
import org.newsgraph.eval.FactsFile;
import org.newsgraph.eval.Report;
import org.newsgraph.query.Facts;
import org.newsgraph.store.UnionView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code newsgraph eval}: precision, recall and F1 of the extraction against hand-made gold facts. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Build the articles of a folder and score their facts against the gold files of another (NAME.txt ↔ NAME.facts).",
    footer = {"", "Example:", "  newsgraph eval src/test/resources/corpus/articles src/test/resources/corpus/gold -o target/eval.md"})
final class EvalCommand implements Callable<Integer> {
  @ParentCommand NewsgraphCommand parent;
  @Mixin GraphOptions graph;

  @Parameters(index = "0", paramLabel = "ARTICLES_DIR") Path articles;
  @Parameters(index = "1", paramLabel = "GOLD_DIR") Path gold;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Also write the report (Markdown) here.")
  Path output;

  @Override
  public Integer call() throws Exception {
    Io io = parent.io;
    if (!Files.isDirectory(articles) || !Files.isDirectory(gold)) {
      throw new UsageException("ARTICLES_DIR and GOLD_DIR must be folders");
    }
    graph.inputs = new ArrayList<>(List.of(articles));
    GraphOptions.Built built = graph.build(io);
    Map<String, List<FactRow>> predicted = new LinkedHashMap<>();
    Facts.byArticle(UnionView.of(built.dataset())).forEach((file, rows) ->
        predicted.put(baseName(file), FactsFile.parse(file, rows).rows()));
    Map<String, List<FactRow>> expected = new LinkedHashMap<>();
    try (var files = Files.list(gold)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".facts")).sorted().toList()) {
        FactsFile f = FactsFile.parse(p.toString(), Files.readAllLines(p, StandardCharsets.UTF_8));
        f.diagnostics().forEach(d -> io.err.println(d.render()));
        expected.put(baseName(p.toString()), f.rows());
      }
    }
    predicted.keySet().retainAll(expected.keySet());
    Report report = Evaluator.evaluate(predicted, expected);
    String md = report.toMarkdown();
    io.out.print(md);
    if (output != null) {
      Files.writeString(output, md, StandardCharsets.UTF_8);
    }
    return Main.OK;
  }

  private static String baseName(String file) {
    String name = Path.of(file).getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }
}
