package org.newsgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Child JVMs: the same {@code java} as this one, the newsgraph jar, flags given by the caller. */
final class Jvm {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /**
   * The collector {@code bin/newsgraph} gives every command. Serial built 2,000 generated articles 12% faster than G1
   * in one run; at 100,000 a G1 run was faster (33.3 against 37.2 min) but not side by side: see the README.
   */
  static final String LAUNCHER_GC = "-XX:+UseSerialGC";

  private Jvm() {}

  /** {@code flags}, plus the launcher's collector unless they choose one. */
  static List<String> withLauncherGc(List<String> flags) {
    List<String> all = new ArrayList<>(flags);
    if (flags.stream().noneMatch(f -> f.startsWith("-XX:+Use") && f.endsWith("GC"))) {
      all.add(LAUNCHER_GC);
    }
    return all;
  }

  /** The {@code java} launcher of this JVM. */
  static String java() {
    return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  /** The jar this code runs from, or {@code target/newsgraph.jar} when run from classes. */
  static Path jar() {
    try {
      Path p = Path.of(Jvm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isRegularFile(p) ? p : Path.of("target", "newsgraph.jar");
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the newsgraph jar", e);
    }
  }

  /** {@code java FLAGS -jar newsgraph.jar ARGS}. */
  static List<String> newsgraph(List<String> flags, List<String> args) {
    List<String> cmd = new ArrayList<>(List.of(java()));
    cmd.addAll(flags);
    cmd.add("-jar");
    cmd.add(jar().toString());
    cmd.addAll(args);
    return cmd;
  }

  /** {@code java FLAGS -cp newsgraph.jar MAIN ARGS}. */
  static List<String> main(List<String> flags, Class<?> main, List<String> args) {
    List<String> cmd = new ArrayList<>(List.of(java()));
    cmd.addAll(flags);
    cmd.add("-cp");
    cmd.add(jar().toString());
    cmd.add(main.getName());
    cmd.addAll(args);
    return cmd;
  }

  /** Starts a child with stdout and stderr appended to {@code log}. */
  static Process start(List<String> command, Path log) {
    try {
      Files.createDirectories(log.getParent());
      return new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command.get(0), e);
    }
  }

  /** Runs a child to its end; fails unless it exits 0. Returns the wall time in seconds. */
  static double run(List<String> command, Path log, Duration limit) {
    long t0 = System.nanoTime();
    Process p = start(command, log);
    try {
      if (!p.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("child did not finish in " + limit + ": see " + log);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
      throw new IllegalStateException("interrupted", e);
    }
    if (p.exitValue() != 0) {
      throw new IllegalStateException("child exited " + p.exitValue() + ": see " + log);
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  /** Polls {@code url} until it answers 200; returns seconds since {@code t0} (nanoTime), or fails. */
  static double awaitReady(Process p, String url, long t0, Duration limit, Path log) {
    HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build();
    long deadline = t0 + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        throw new IllegalStateException("server exited " + p.exitValue() + " before answering: see " + log);
      }
      try {
        if (HTTP.send(req, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return (System.nanoTime() - t0) / 1e9;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
      sleep(10);
    }
    stop(p);
    throw new IllegalStateException("no answer from " + url + " within " + limit + ": see " + log);
  }

  /** Resident set size of a process in MB, from {@code /proc/PID/status} (VmRSS); NaN if unknown. */
  static double rssMb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return Double.NaN;
    }
    return Double.NaN;
  }

  /** SIGTERM, then a kill after 20 s. */
  static void stop(Process p) {
    p.destroy();
    try {
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        p.waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** A free TCP port on loopback. */
  static int freePort() {
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port", e);
    }
  }

  /** JFR flags that write a profile to {@code file} when the child exits. */
  static String flightRecorder(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + file.getParent(), e);
    }
    return "-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + file;
  }
}
