package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.system.Txn;
import org.newsgraph.diag.Diagnostic;

/** Reads a dataset file given on the command line; a parse error becomes a positioned diagnostic. */
final class DataFiles {
  private DataFiles() {}

  static Dataset read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new InputException(Diagnostic.error(file.toString(), "no such file"));
    }
    Dataset ds = DatasetFactory.createTxnMem();
    try {
      Txn.executeWrite(ds, () -> RDFParser.source(file)
          .errorHandler(org.apache.jena.riot.system.ErrorHandlerFactory.errorHandlerStrictNoLogging) // said once, as a diagnostic
          .parse(ds.asDatasetGraph()));
    } catch (RiotParseException e) {
      throw new InputException(Diagnostic.error(file.toString(), (int) Math.max(0, e.getLine()), (int) Math.max(0, e.getCol()),
          e.getOriginalMessage()));
    } catch (RiotException e) {
      // a strict handler reports "[line: L, col: C] message" in the exception's message
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\[line: (\\d+), col: (\\d+)\\] (.*)$").matcher(String.valueOf(e.getMessage()));
      throw new InputException(m.matches()
          ? Diagnostic.error(file.toString(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3))
          : Diagnostic.error(file.toString(), String.valueOf(e.getMessage())));
    }
    return ds;
  }
}
