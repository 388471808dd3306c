package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.newsgraph.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsgraph add}: articles into a TDB2 store on disk, then exit; {@code newsgraph serve --location} serves it.
 * A store that exists is read block by block while adding ({@link Stores#forAdding}): a few articles added to a
 * large store touch a few hundred random pages.
 */
@Command(name = "add", mixinStandardHelpOptions = true,
    description = "Add articles to a TDB2 store (created if the folder is new), then exit.",
    footer = {"", "Examples:", "  newsgraph add --location store/ new-article.txt",
        "  newsgraph add --location store/ articles/      (an article already in the store is skipped)",
        "  newsgraph serve --location store/              (serve what was added)"})
final class AddCommand implements Callable<Integer> {
  @picocli.CommandLine.ParentCommand NewsgraphCommand parent;
  @Mixin GraphOptions graph;

  @Option(names = "--location", paramLabel = "DIR", required = true, description = "The TDB2 store to add to.")
  Path location;

  @Parameters(index = "0..*", paramLabel = "ARTICLE|DIR", arity = "1..*", description = "Article files or folders of *.txt files.")
  List<Path> inputs;

  @Override
  public Integer call() {
    Io io = parent.io;
    Dataset ds = Stores.forAdding(location);
    try {
      return graph.buildInto(io, ds, inputs).hasErrors() ? Main.BAD_INPUT : Main.OK;
    } finally {
      ds.close();
    }
  }
}
