package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** newsgraph as a user runs it: {@code java -cp <this JVM's class path> org.newsgraph.cli.Main ARGS...}, one process a call. */
final class MainProcess {
  record Result(int code, String output) {}

  private MainProcess() {}

  /** Runs newsgraph in the project folder with {@code args}; its output (both streams) is kept in a file under {@code logs}. */
  static Result run(Path logs, List<String> args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
        "-cp", System.getProperty("java.class.path"), "org.newsgraph.cli.Main"));
    cmd.addAll(args);
    Path log = Files.createTempFile(logs, "newsgraph", ".log");
    Process p = new ProcessBuilder(cmd).directory(Fixtures.projectDir().toFile()).redirectErrorStream(true)
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).redirectOutput(log.toFile()).start();
    assertTrue(p.waitFor(3, TimeUnit.MINUTES), "newsgraph " + args + " did not finish");
    return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }
}
