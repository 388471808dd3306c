package org.newsgraph.cli;

import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.newsgraph.query.Facts;
import org.newsgraph.store.UnionView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code newsgraph facts}: the graph of each article as tab-separated rows, the format evaluation uses. */
@Command(name = "facts", mixinStandardHelpOptions = true,
    description = "Print entities (E), relations and claims (R) and quantities (Q) of each article as TSV rows.",
    footer = {"", "Example:", "  newsgraph facts articles/hankyoreh-2023-11-02-nk-shells-russia.txt > seed.facts"})
final class FactsCommand implements Callable<Integer> {
  @ParentCommand NewsgraphCommand parent;
  @Mixin GraphOptions graph;

  @picocli.CommandLine.Parameters(index = "0..*", paramLabel = "ARTICLE|DIR", arity = "0..*",
      description = "Article files or folders of *.txt files (default: the articles/ folder here).")
  void inputs(java.util.List<java.nio.file.Path> in) {
    graph.inputs = new java.util.ArrayList<>(in);
  }

  @Override
  public Integer call() {
    Io io = parent.io;
    GraphOptions.Built built = graph.build(io);
    Dataset union = UnionView.of(built.dataset());
    var byArticle = Facts.byArticle(union);
    byArticle.forEach((file, rows) -> {
      if (byArticle.size() > 1) {
        io.out.println("# " + file);
      }
      rows.forEach(io.out::println);
    });
    return built.summary().hasErrors() ? Main.BAD_INPUT : Main.OK;
  }
}
