package org.newsgraph.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
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

  @Override
  public Integer call() {
    Io io = parent.io;
    GraphOptions.Built built = graph.build(io);
    Dataset union = UnionView.of(built.dataset());
    List<QuerySolution> articles = Sparql.select(union, Sparql.resource("/org/newsgraph/cli/articles.rq"), Map.of());
    for (QuerySolution a : articles) {
      if (articles.size() > 1) {
        io.out.println("# " + a.getLiteral("file").getString());
      }
      FactsWriter.rows(union, a.getResource("article")).forEach(io.out::println);
    }
    return built.summary().hasErrors() ? Main.BAD_INPUT : Main.OK;
  }
}
