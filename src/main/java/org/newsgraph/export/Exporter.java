package org.newsgraph.export;

import com.google.common.base.Preconditions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.Prefixes;

/**
 * Writes a dataset in any {@link ExportFormat}, deterministically: {@code Exporter.of(dataset, base).write(format, out)}.
 * Quad formats keep the named graphs; Turtle, N-Triples and RDF/XML carry the union of all graphs.
 */
public final class Exporter {
  private final Dataset dataset;
  private final String base;
  private final PrefixMapping prefixes;
  private final String contextIri;

  private Exporter(Dataset dataset, String base, PrefixMapping prefixes, String contextIri) {
    this.dataset = dataset;
    this.base = base;
    this.prefixes = prefixes;
    this.contextIri = contextIri;
  }

  /**
   * The same exporter, but JSON-LD names its context by {@code iri} (as a server would, pointing at its
   * {@code /context.jsonld}) instead of carrying it inline; readers then fetch the context from there.
   */
  public Exporter withContextIri(String iri) {
    Preconditions.checkArgument(iri.startsWith("http://") || iri.startsWith("https://"), "not an http(s) IRI: %s", iri);
    return new Exporter(dataset, base, prefixes, iri);
  }

  /** An exporter of a built dataset whose IRIs are minted under {@code base}, with the project's prefixes. */
  public static Exporter of(Dataset dataset, String base) {
    return new Exporter(dataset, base, Prefixes.of(base), null);
  }

  /** An exporter of the bundled ontology ({@code ontology/newsgraph.ttl}), with the ontology file's own prefixes. */
  public static Exporter ontology() {
    Model m = BundledOntology.load();
    Dataset ds = DatasetFactory.createTxnMem();
    Txn.executeWrite(ds, () -> ds.getDefaultModel().add(m));
    return new Exporter(ds, org.newsgraph.rdf.Iris.DEFAULT_BASE, m, null);
  }

  /** Writes one format; {@link ExportFormat#CSV} is a pair of files: use {@link #writeCsv}. */
  public void write(ExportFormat format, OutputStream out) throws IOException {
    Preconditions.checkArgument(format != ExportFormat.CSV, "CSV is a pair of files: use writeCsv");
    if (!format.isRdf()) {
      DirectLayer layer = directLayer();
      String xml = format == ExportFormat.GRAPHML ? NetworkWriters.graphml(layer) : NetworkWriters.gexf(layer);
      out.write(xml.getBytes(StandardCharsets.UTF_8));
      return;
    }
    Canonical c = Txn.calculateRead(dataset, () -> Canonical.of(dataset.asDatasetGraph(), prefixes));
    switch (format) {
      case TRIG -> RDFWriter.source(c.dataset(prefixes)).format(RDFFormat.TRIG_PRETTY).output(out);
      case NQ -> utf8(out, sortedLines(RDFWriter.source(c.dataset(prefixes)).format(RDFFormat.NQUADS).asString()));
      case TTL -> RDFWriter.source(c.union()).format(RDFFormat.TURTLE_PRETTY).output(out);
      case NT -> utf8(out, sortedLines(RDFWriter.source(c.union()).format(RDFFormat.NTRIPLES).asString()));
      case RDFXML -> RDFWriter.source(c.union()).format(RDFFormat.RDFXML_ABBREV).output(out);
      case JSONLD -> utf8(out, JsonLdExport.write(c.dataset(prefixes), base, contextIri));
      case BRF -> Rdf4jBinary.write(c, prefixes.getNsPrefixMap(), out);
      default -> throw new IllegalStateException("not an RDF format: " + format);
    }
    out.flush();
  }

  /** Writes a format to a file, creating its folder; CSV goes to {@link #csvFiles the two files named after it}. */
  public List<Path> writeTo(ExportFormat format, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    if (format == ExportFormat.CSV) {
      List<Path> pair = csvFiles(file);
      writeCsv(pair.get(0), pair.get(1));
      return pair;
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      write(format, out);
    }
    return List.of(file);
  }

  /** The CSV pair for an output name: {@code graph.csv} gives {@code graph-nodes.csv} and {@code graph-edges.csv}. */
  public static List<Path> csvFiles(Path file) {
    String name = file.getFileName().toString().replaceFirst("\\.csv$", "");
    return List.of(file.resolveSibling(name + "-nodes.csv"), file.resolveSibling(name + "-edges.csv"));
  }

  public void writeCsv(Path nodes, Path edges) throws IOException {
    DirectLayer layer = directLayer();
    Files.writeString(nodes, CsvTables.nodes(layer), StandardCharsets.UTF_8);
    Files.writeString(edges, CsvTables.edges(layer), StandardCharsets.UTF_8);
  }

  /** The entities and direct relations of the dataset. */
  public DirectLayer directLayer() {
    return DirectLayer.of(dataset, base);
  }

  private static void utf8(OutputStream out, String text) {
    try {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sortedLines(String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n")));
    lines.removeIf(String::isEmpty);
    Collections.sort(lines);
    return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
  }
}
