package org.newsgraph.export;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a program outside the JVM (python3, rapper); a test whose program is missing is skipped, saying why. */
final class ExternalTool {
  static final Path PYTHON = Path.of("/usr/bin/python3");

  record Result(int exit, String out, String err) {}

  private ExternalTool() {}

  static Result run(List<String> command) {
    try {
      Path out = Files.createTempFile("newsgraph-tool", ".out");
      Path err = Files.createTempFile("newsgraph-tool", ".err");
      Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("timed out: " + command);
      }
      Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
      Files.delete(out);
      Files.delete(err);
      return r;
    } catch (IOException e) {
      throw new AssertionError("cannot run " + command + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** Skips (with the reason printed) unless the system python3 can import {@code module}. */
  static void assumePythonModule(String module, String debianPackage) {
    boolean ok = Files.isExecutable(PYTHON) && run(List.of(PYTHON.toString(), "-c", "import " + module)).exit() == 0;
    skipUnless(ok, "/usr/bin/python3 cannot import " + module + ": install Debian's " + debianPackage + " (.ci/run does)");
  }

  /** Skips (with the reason printed) unless {@code program} is on the PATH. */
  static void assumeProgram(String program, String debianPackage) {
    boolean ok = false;
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
      ok |= Files.isExecutable(Path.of(dir, program));
    }
    skipUnless(ok, program + " is not installed: install Debian's " + debianPackage + " (.ci/run does)");
  }

  private static void skipUnless(boolean ok, String reason) {
    if (!ok) {
      System.err.println("SKIPPED: " + reason);
    }
    assumeTrue(ok, reason);
  }

  static List<String> python(String... args) {
    List<String> cmd = new ArrayList<>(List.of(PYTHON.toString(),
        ExportFixture.projectDir().resolve("src/test/resources/export/read_exports.py").toString()));
    cmd.addAll(List.of(args));
    return cmd;
  }
}
