package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.Prefixes;

/**
 * Writes a dataset in a chosen format. Quad formats carry everything; triple formats carry the direct layer
 * (the union of the claim graphs and the entity descriptions) so that Protégé and rdflib open them. N-Quads
 * and N-Triples are sorted, so that the same input gives the same bytes.
 */
final class Outputs {
  private Outputs() {}

  enum Format {
    TRIG(RDFFormat.TRIG_BLOCKS, true), NQ(RDFFormat.NQUADS, true), TTL(RDFFormat.TURTLE_BLOCKS, false),
    NT(RDFFormat.NTRIPLES, false), JSONLD(RDFFormat.JSONLD11, false), RDFXML(RDFFormat.RDFXML_PLAIN, false);

    final RDFFormat format;
    final boolean quads;

    Format(RDFFormat format, boolean quads) {
      this.format = format;
      this.quads = quads;
    }
  }

  static void write(Dataset ds, Format f, String base, OutputStream out) throws IOException {
    Txn.executeRead(ds, () -> {
      try {
        if (f == Format.NQ) {
          out.write(sortedNQuads(ds).getBytes(StandardCharsets.UTF_8));
        } else if (f.quads) {
          RDFWriter.source(ds.asDatasetGraph()).format(f.format).output(out);
        } else {
          Model m = directLayer(ds);
          m.setNsPrefixes(Prefixes.of(base));
          if (f == Format.NT) {
            out.write(sortedLines(RDFWriter.source(m).format(RDFFormat.NTRIPLES).asString()).getBytes(StandardCharsets.UTF_8));
          } else {
            RDFDataMgr.write(out, m, f.format);
          }
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  /** All triples of all named graphs (claims, entities, provenance, background), as one graph. */
  static Model directLayer(Dataset ds) {
    Model m = ModelFactory.createDefaultModel();
    ds.asDatasetGraph().find().forEachRemaining(q -> m.getGraph().add(q.asTriple()));
    return m;
  }

  /** N-Quads as Jena writes them, lines sorted: the same dataset always gives the same bytes. */
  static String sortedNQuads(Dataset ds) {
    return sortedLines(RDFWriter.source(ds.asDatasetGraph()).format(RDFFormat.NQUADS).asString());
  }

  private static String sortedLines(String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n")));
    lines.removeIf(String::isEmpty);
    Collections.sort(lines);
    return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
  }

  static Format parse(String name) {
    try {
      return Format.valueOf(name.toUpperCase(Locale.ROOT).replace("-", ""));
    } catch (IllegalArgumentException e) {
      throw new UsageException("unknown format '" + name + "' (trig, nq, ttl, nt, jsonld, rdfxml)");
    }
  }

  static void toFile(Dataset ds, Format f, String base, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      write(ds, f, base, out);
    }
  }

  static Format fromFileName(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1);
    return switch (ext) {
      case "trig" -> Format.TRIG;
      case "nq" -> Format.NQ;
      case "ttl" -> Format.TTL;
      case "nt" -> Format.NT;
      case "jsonld", "json" -> Format.JSONLD;
      case "rdf", "xml", "owl" -> Format.RDFXML;
      default -> throw new UsageException("cannot tell the format of '" + file + "': give --format");
    };
  }

  static Lang lang(Format f) {
    return f.format.getLang();
  }
}
