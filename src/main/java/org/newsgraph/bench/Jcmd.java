package org.newsgraph.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code jcmd PID COMMAND ARGS} (the jcmd of this JVM's installation) to start and stop JFR in a child. */
final class Jcmd {
  private Jcmd() {}

  static void run(Path log, long pid, String... command) {
    Path java = Path.of(Jvm.java());
    Path jcmd = java.resolveSibling("jcmd");
    List<String> cmd = new ArrayList<>(List.of(jcmd.toString(), Long.toString(pid)));
    cmd.addAll(List.of(command));
    Jvm.run(cmd, log, Duration.ofSeconds(60));
  }
}
