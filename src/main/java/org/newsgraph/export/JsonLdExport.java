package org.newsgraph.export;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * JSON-LD compacted with the newsgraph context: Jena writes the expanded form (from RDF, every graph), Titanium
 * compacts it against the context, keys ordered; the context object is carried inline.
 */
final class JsonLdExport {
  private JsonLdExport() {}

  /** The compacted document; its {@code @context} is the context itself, or {@code contextIri} if not null. */
  static String write(DatasetGraph dsg, String base, String contextIri) {
    String expanded = RDFWriter.source(dsg).format(RDFFormat.JSONLD11_FLAT).asString();
    JsonObject context = JsonLdContext.document(base);
    try {
      JsonObject compacted = JsonLd.compact(JsonDocument.of(new StringReader(expanded)), JsonDocument.of(context))
          .ordered(true).get();
      // the context first, as people (and streaming parsers) read it
      jakarta.json.JsonObjectBuilder ordered = jakarta.json.Json.createObjectBuilder();
      if (compacted.containsKey("@context")) {
        ordered.add("@context", contextIri == null ? compacted.get("@context") : jakarta.json.Json.createValue(contextIri));
      }
      compacted.forEach((k, v) -> {
        if (!k.equals("@context")) {
          ordered.add(k, v);
        }
      });
      return JsonLdContext.pretty(ordered.build());
    } catch (JsonLdError e) {
      throw new IllegalStateException("JSON-LD compaction failed: " + e.getMessage(), e);
    }
  }
}
