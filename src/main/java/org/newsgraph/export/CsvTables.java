package org.newsgraph.export;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The direct layer as two CSV tables (RFC 4180 quoting, LF line ends), with the column names Gephi's spreadsheet import
 * recognises: nodes {@code Id,Label,type,wikidata}; edges {@code Source,Target,Type,Label,Weight,predicate,claims}.
 */
final class CsvTables {
  private CsvTables() {}

  static String nodes(DirectLayer layer) {
    StringBuilder sb = new StringBuilder(row(List.of("Id", "Label", "type", "wikidata")));
    layer.nodes().forEach(n -> sb.append(row(List.of(n.iri(), n.label(), n.type(), n.wikidata()))));
    return sb.toString();
  }

  static String edges(DirectLayer layer) {
    StringBuilder sb = new StringBuilder(row(List.of("Source", "Target", "Type", "Label", "Weight", "predicate", "claims")));
    layer.edges().forEach(e -> sb.append(row(List.of(e.source(), e.target(), "Directed", e.label(),
        Integer.toString(Math.max(1, e.claims())), e.predicate(), Integer.toString(e.claims())))));
    return sb.toString();
  }

  private static String row(List<String> cells) {
    return cells.stream().map(CsvTables::cell).collect(Collectors.joining(",")) + "\n";
  }

  private static String cell(String s) {
    return s.matches("(?s).*[\",\\n\\r].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
