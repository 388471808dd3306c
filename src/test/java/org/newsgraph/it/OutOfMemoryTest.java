package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build that runs out of heap says so in one line and exits 1: no stack trace. */
class OutOfMemoryTest {

  @Test
  void aBuildTooBigForTheHeapIsOneErrorLine(@TempDir Path dir) throws IOException, InterruptedException {
    List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx48m",
        "-cp", System.getProperty("java.class.path"), "org.newsgraph.cli.Main",
        "build", "-q", "src/test/resources/corpus/articles", "-o", dir.resolve("out.trig").toString());
    Process p = new ProcessBuilder(cmd).directory(Fixtures.projectDir().toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), out);
    assertEquals(1, p.exitValue(), out);
    assertTrue(out.startsWith("newsgraph: error: out of memory (the Java heap is at most "), out);
    assertTrue(out.contains("JAVA_OPTS=-Xmx"), out);
    assertFalse(out.contains("\tat "), out);
  }
}
