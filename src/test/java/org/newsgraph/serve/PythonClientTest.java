package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Python's rdflib and SPARQLWrapper (Debian: {@code python3-rdflib python3-sparqlwrapper}) against the
 * running server, through the system {@code /usr/bin/python3} (another interpreter with
 * {@code -Dnewsgraph.python=PATH}). Skipped, with the reason printed, when the interpreter or those
 * packages are missing; {@code -Dnewsgraph.python=/nonexistent} shows the skip.
 */
final class PythonClientTest {
  static final String PYTHON = System.getProperty("newsgraph.python", "/usr/bin/python3");
  static final String SCRIPT = String.join("\n",
      "import sys, rdflib",
      "from SPARQLWrapper import SPARQLWrapper, JSON",
      "endpoint, entity = sys.argv[1], sys.argv[2]",
      "s = SPARQLWrapper(endpoint)",
      "s.setQuery(sys.argv[3])",
      "s.setReturnFormat(JSON)",
      "rows = s.query().convert()['results']['bindings']",
      "assert [r['who']['value'] for r in rows] == [sys.argv[4]], rows",
      "g = rdflib.Graph()",
      "g.parse(entity, format='turtle')",
      "assert (rdflib.URIRef(sys.argv[4]), rdflib.OWL.sameAs,"
          + " rdflib.URIRef('http://www.wikidata.org/entity/Q423')) in g, g.serialize(format='nt')",
      "v = rdflib.Graph().parse(endpoint.replace('/sparql', '/.well-known/void'), format='json-ld')",
      "assert len(v) > 10, len(v)",
      "print('ok')");

  @Test
  void rdflibAndSparqlWrapper() throws Exception {
    Result probe = run(List.of(PYTHON, "-c", "import rdflib, SPARQLWrapper"));
    if (probe.exit != 0) {
      System.err.println("PythonClientTest skipped: " + PYTHON
          + " lacks rdflib/SPARQLWrapper (apt-get install python3-rdflib python3-sparqlwrapper)");
    }
    assumeTrue(probe.exit == 0, "python3-rdflib / python3-sparqlwrapper not installed: " + probe.output);
    try (ServerFixture fx = ServerFixture.start()) {
      Result r = run(List.of(PYTHON, "-c", SCRIPT, fx.server.endpointUrl(),
          fx.url("/id/entity/country/north-korea"), ServerFixture.SUPPLIES_RUSSIA,
          ServerFixture.NORTH_KOREA));
      assertEquals(0, r.exit, r.output);
      assertEquals("ok", r.output.strip(), "the script ran to its end"); // not a python -O that skipped asserts
    }
  }

  private record Result(int exit, String output) {}

  private static Result run(List<String> command) throws IOException, InterruptedException {
    Process p;
    try {
      p = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      return new Result(127, e.getMessage());
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return new Result(124, out);
    }
    return new Result(p.exitValue(), out);
  }
}
