package org.newsgraph.validate;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.apache.jena.graph.Graph;

/**
 * The outcome of validating a dataset against the newsgraph shapes.
 *
 * @param conforms whether the data satisfies every shape (no result of any severity)
 * @param reportGraph the SHACL validation report as RDF ({@code sh:ValidationReport})
 * @param lines one line per result, sorted, as {@code severity: focus path: message} with prefixed names
 *     ({@code id:}, {@code ng:}, {@code wd:}, {@code schema:} ...); the path is left out for results of
 *     node shapes
 */
public record ValidationResult(boolean conforms, Graph reportGraph, ImmutableList<String> lines) {

  public ValidationResult {
    requireNonNull(reportGraph, "reportGraph");
    requireNonNull(lines, "lines");
    checkArgument(conforms == lines.isEmpty(), "conforms is %s but there are %s result lines", (Object) conforms, (Object) lines.size());
  }
}
