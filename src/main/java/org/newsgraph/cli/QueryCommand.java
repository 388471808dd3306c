package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.newsgraph.diag.Diagnostic;
import org.newsgraph.store.UnionView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code newsgraph query}: run a SPARQL query file over a built dataset (union default graph). */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Run a SPARQL query over a dataset file, or over articles built now. The default graph is the union of all claims.",
    footer = {"", "Examples:", "  newsgraph query queries/01-who-supplies-russia.rq",
        "  newsgraph query my.rq --data graph.trig --results csv"})
final class QueryCommand implements Callable<Integer> {
  @ParentCommand NewsgraphCommand parent;
  @Mixin GraphOptions graph;

  @picocli.CommandLine.Parameters(index = "1..*", paramLabel = "ARTICLE|DIR", arity = "0..*",
      description = "Article files or folders of *.txt files (default: the articles/ folder here).")
  void inputs(java.util.List<java.nio.file.Path> in) {
    graph.inputs = new java.util.ArrayList<>(in);
  }

  @Parameters(index = "0", paramLabel = "FILE.rq", description = "The query.")
  Path queryFile;

  @Option(names = "--data", paramLabel = "FILE", description = "A TriG or N-Quads file written by 'build'.")
  Path data;

  @Option(names = "--results", paramLabel = "FORMAT", description = "table (default), csv, tsv, json.")
  String results = "table";

  @Override
  public Integer call() throws Exception {
    Io io = parent.io;
    Query q = parse(queryFile);
    Dataset ds = UnionView.of(data != null ? DataFiles.read(data) : graph.build(io).dataset());
    Txn.executeRead(ds, () -> {
      try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
        if (q.isSelectType()) {
          print(io, qe.execSelect());
        } else if (q.isAskType()) {
          io.out.println(qe.execAsk());
        } else {
          RDFDataMgr.write(io.out, q.isConstructType() ? qe.execConstruct() : qe.execDescribe(), RDFFormat.TURTLE_PRETTY);
        }
      }
    });
    return Main.OK;
  }

  private void print(Io io, ResultSet rs) {
    switch (results.toLowerCase(Locale.ROOT)) {
      case "csv" -> ResultSetFormatter.outputAsCSV(io.out, rs);
      case "tsv" -> ResultSetFormatter.outputAsTSV(io.out, rs);
      case "json" -> ResultSetFormatter.outputAsJSON(io.out, rs);
      case "table" -> ResultSetFormatter.out(io.out, rs);
      default -> throw new UsageException("unknown results format '" + results + "' (table, csv, tsv, json)");
    }
  }

  static Query parse(Path file) throws java.io.IOException {
    if (!Files.isRegularFile(file)) {
      throw new InputException(Diagnostic.error(file.toString(), "no such file"));
    }
    try {
      return QueryFactory.create(Files.readString(file));
    } catch (QueryParseException e) {
      // the parser's message names the position of the token it stopped at, more precisely than getLine()
      String message = e.getMessage().replaceAll("\\s+", " ").strip();
      java.util.regex.Matcher at = java.util.regex.Pattern.compile(" at line (\\d+), column (\\d+)\\.?").matcher(message);
      int line = Math.max(0, e.getLine());
      int column = Math.max(0, e.getColumn());
      if (at.find()) {
        line = Integer.parseInt(at.group(1));
        column = Integer.parseInt(at.group(2));
        message = message.substring(0, at.start()) + message.substring(at.end());
      }
      throw new InputException(Diagnostic.error(file.toString(), line, column, message.strip()));
    }
  }
}
