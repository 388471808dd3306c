package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scale bench builds as the launcher does: with its collector, unless the user chose one. */
class JvmTest {

  @Test
  void theBuildChildGetsTheLaunchersCollector() throws IOException {
    String launcher = Files.readString(Path.of("bin", "newsgraph"));
    assertTrue(launcher.contains("JAVA_OPTS=\"" + Jvm.LAUNCHER_GC), "bin/newsgraph's default JAVA_OPTS start with " + Jvm.LAUNCHER_GC);
    assertEquals(List.of("-Xss2m", Jvm.LAUNCHER_GC), Jvm.withLauncherGc(List.of("-Xss2m")));
  }

  @Test
  void aCollectorTheUserChoseIsKept() {
    assertEquals(List.of("-XX:+UseParallelGC"), Jvm.withLauncherGc(List.of("-XX:+UseParallelGC")));
    assertEquals(List.of("-XX:+UseG1GC", "-Xmx1g"), Jvm.withLauncherGc(List.of("-XX:+UseG1GC", "-Xmx1g")));
  }
}
