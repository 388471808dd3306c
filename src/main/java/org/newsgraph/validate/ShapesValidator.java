package org.newsgraph.validate;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotNotFoundException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.parser.ShaclParseException;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newsgraph.diag.Diagnostic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates newsgraph datasets against the SHACL shapes of {@code ontology/shapes.ttl} (SHACL Core, Jena
 * SHACL). The data graph is the union of the dataset's named graphs and nothing else: the default graph is
 * not validated. Load once with {@link #load(Path)}, then validate any number of datasets; instances are
 * immutable and safe to share between threads.
 */
public final class ShapesValidator {

  /** The data base IRI used for {@code id:} in result lines unless another is given. */
  public static final String DEFAULT_DATA_BASE = "https://w3id.org/newsgraph/id/";

  private static final Logger LOG = LoggerFactory.getLogger(ShapesValidator.class);

  private final Shapes shapes;
  private final PrefixedNames names;

  private ShapesValidator(Shapes shapes, PrefixedNames names) {
    this.shapes = shapes;
    this.names = names;
  }

  /**
   * Reads and parses the shapes file, with {@link #DEFAULT_DATA_BASE} as {@code id:} in result lines.
   *
   * @throws ShapesLoadException if the file is missing, is not Turtle (the message says where), or is not
   *     SHACL
   */
  public static ShapesValidator load(Path shapesFile) {
    return load(shapesFile, DEFAULT_DATA_BASE);
  }

  /**
   * Reads and parses the shapes file; IRIs under {@code dataBase} are written {@code id:...} in result
   * lines.
   *
   * @throws ShapesLoadException if the file is missing, is not Turtle (the message says where), or is not
   *     SHACL
   */
  public static ShapesValidator load(Path shapesFile, String dataBase) {
    requireNonNull(shapesFile, "shapesFile");
    requireNonNull(dataBase, "dataBase");
    checkArgument(!dataBase.isEmpty(), "empty data base IRI");
    String source = shapesFile.toString();
    Graph graph = parse(shapesFile, source);
    try {
      return new ShapesValidator(Shapes.parse(graph), new PrefixedNames(dataBase));
    } catch (ShaclParseException e) {
      throw new ShapesLoadException(Diagnostic.error(source, "not valid SHACL: " + e.getMessage()), e);
    }
  }

  /** Reads the shapes bundled on the class path at {@code resource} (as {@code /org/newsgraph/ontology/shapes.ttl}). */
  public static ShapesValidator loadBundled(String resource, String dataBase) {
    java.net.URL url = ShapesValidator.class.getResource(resource);
    if (url == null) {
      throw new ShapesLoadException(Diagnostic.error(resource, "not on the class path"), null);
    }
    try {
      Graph graph = parse(RDFParser.source(url.openStream()), resource);
      return new ShapesValidator(Shapes.parse(graph), new PrefixedNames(dataBase));
    } catch (java.io.IOException e) {
      throw new ShapesLoadException(Diagnostic.error(resource, "cannot read: " + e.getMessage()), e);
    } catch (ShaclParseException e) {
      throw new ShapesLoadException(Diagnostic.error(resource, "not valid SHACL: " + e.getMessage()), e);
    }
  }

  private static Graph parse(Path shapesFile, String source) {
    return parse(RDFParser.source(shapesFile), source);
  }

  private static Graph parse(org.apache.jena.riot.RDFParserBuilder builder, String source) {
    try {
      return builder
          .lang(Lang.TURTLE)
          .errorHandler(new ThrowingErrorHandler(source))
          .toGraph();
    } catch (RiotParseException e) {
      Diagnostic d =
          Diagnostic.error(source, position(e.getLine()), position(e.getCol()), e.getOriginalMessage());
      throw new ShapesLoadException(d, e);
    } catch (RiotNotFoundException e) {
      throw new ShapesLoadException(Diagnostic.error(source, "file not found"), e);
    } catch (RiotException e) {
      throw new ShapesLoadException(Diagnostic.error(source, e.getMessage()), e);
    }
  }

  private static int position(long lineOrColumn) {
    return lineOrColumn > 0 && lineOrColumn <= Integer.MAX_VALUE ? (int) lineOrColumn : 0;
  }

  /** Validates the union of the dataset's named graphs. */
  public ValidationResult validate(Dataset dataset) {
    requireNonNull(dataset, "dataset");
    return validate(dataset.asDatasetGraph());
  }

  /**
   * Validates the union of the dataset's named graphs, in a read transaction (or in the caller's
   * transaction, if one is active).
   */
  public ValidationResult validate(DatasetGraph dataset) {
    requireNonNull(dataset, "dataset");
    return Txn.calculateRead(dataset, () -> validateGraph(dataset.getUnionGraph()));
  }

  /** Validates one graph as it is (the caller chooses which triples are the data). */
  public ValidationResult validateGraph(Graph data) {
    requireNonNull(data, "data");
    ValidationReport report = ShaclValidator.get().validate(shapes, data);
    ImmutableList<String> lines =
        report.getEntries().stream().map(this::line).sorted().collect(ImmutableList.toImmutableList());
    return new ValidationResult(report.conforms(), report.getGraph(), lines);
  }

  private String line(ReportEntry entry) {
    StringBuilder sb = new StringBuilder();
    sb.append(entry.severity().level().getLocalName().toLowerCase(Locale.ROOT));
    sb.append(": ").append(names.of(entry.focusNode()));
    if (entry.resultPath() != null) {
      sb.append(' ').append(names.of(entry.resultPath()));
    }
    return sb.append(": ").append(entry.message()).toString();
  }

  /** Turns RIOT errors into exceptions with their position; logs warnings with theirs. */
  private static final class ThrowingErrorHandler implements ErrorHandler {
    private final String source;

    ThrowingErrorHandler(String source) {
      this.source = source;
    }

    @Override
    public void warning(String message, long line, long col) {
      LOG.warn("{}", Diagnostic.warning(source, position(line), position(col), message).render());
    }

    @Override
    public void error(String message, long line, long col) {
      throw new RiotParseException(message, line, col);
    }

    @Override
    public void fatal(String message, long line, long col) {
      throw new RiotParseException(message, line, col);
    }
  }
}
