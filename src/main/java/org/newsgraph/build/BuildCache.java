package org.newsgraph.build;

import static java.util.Objects.requireNonNull;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import com.google.common.io.MoreFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RiotException;
import org.apache.jena.system.Txn;
import org.newsgraph.article.ArticleSources;
import org.newsgraph.data.DataExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Graphs already built from unchanged inputs, kept on disk so that serving the same articles again reads the
 * graph instead of extracting it (the way a build tool skips an up-to-date target). An entry's key is a SHA-256 of
 * everything the graph is a function of: the code and its bundled data files ({@link CodeFingerprint}), the IRI
 * base, the files of a user's extra gazetteer and data folder ({@code --data-dir}), and every article file (its
 * absolute path and its bytes). An entry is the dataset in RDF Thrift (quads and prefixes) and a file with the
 * Thrift file's SHA-256 (a truncated or altered entry is not read: RDF Thrift's reader stops quietly at a cut) and
 * the build's summary line. Only builds without a single diagnostic are kept, so that a warning or an error is
 * printed again on every run. The cache is an optimisation only: an entry that cannot be read or written is a miss,
 * never an error, and the oldest entries beyond {@link #KEEP} are deleted.
 */
public final class BuildCache {
  private static final Logger LOG = LoggerFactory.getLogger(BuildCache.class);
  /** Entries kept: each is a graph in memory's worth of disk, so a few recent builds are enough. */
  static final int KEEP = 8;
  private static final String GRAPH = ".rt";
  private static final String SUMMARY = ".summary";

  private final Path dir;
  private final String code;

  BuildCache(Path dir, String codeFingerprint) {
    this.dir = requireNonNull(dir, "dir");
    this.code = requireNonNull(codeFingerprint, "codeFingerprint");
  }

  /** A cache in {@code dir} for the code this class was loaded from. */
  public static BuildCache at(Path dir) {
    return new BuildCache(dir, CodeFingerprint.of(BuildCache.class));
  }

  /**
   * The default folder: {@code $XDG_CACHE_HOME/newsgraph}, else {@code ~/.cache/newsgraph}.
   */
  public static Path defaultDir() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("newsgraph");
  }

  /** "DIR (3 built graphs, 412 KB)": where the cache is and what it holds, for {@code doctor}. */
  public String describe() {
    if (!Files.isDirectory(dir)) {
      return dir + " (empty)";
    }
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> graphs = s.filter(p -> p.getFileName().toString().endsWith(GRAPH)).toList();
      long bytes = 0;
      for (Path p : graphs) {
        bytes += Files.size(p);
      }
      return dir + " (" + graphs.size() + " built graph" + (graphs.size() == 1 ? "" : "s") + ", " + (bytes + 1023) / 1024 + " KB)";
    } catch (IOException e) {
      return dir + " (unreadable: " + e.getMessage() + ")";
    }
  }

  /**
   * The key of building {@code inputs} with IRIs under {@code base}, the extra gazetteer folder and the user's data
   * files ({@link DataExtension}), if any;
   * empty when an input cannot be read (the build will say why, and is not cached).
   */
  public Optional<String> key(List<Path> inputs, String base, Optional<Path> gazetteer) {
    ArticleSources sources = ArticleSources.expand(inputs);
    if (!sources.diagnostics().isEmpty()) {
      return Optional.empty();
    }
    Hasher h = Hashing.sha256().newHasher();
    h.putString(code, StandardCharsets.UTF_8).putByte((byte) 0).putString(base, StandardCharsets.UTF_8).putByte((byte) 0);
    try {
      if (gazetteer.isPresent()) {
        h.putString("gazetteer", StandardCharsets.UTF_8);
        for (Path p : sortedFiles(gazetteer.get())) {
          putFile(h, p);
        }
      }
      if (DataExtension.dir().isPresent()) { // newsgraph --data-dir DIR: the user's data files change what is built
        h.putString("data", StandardCharsets.UTF_8);
        for (Path p : DataExtension.files()) {
          putFile(h, p);
        }
      }
      for (Path p : sources.files()) {
        putFile(h, p);
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.of(h.hash().toString());
  }

  private static List<Path> sortedFiles(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static void putFile(Hasher h, Path p) throws IOException {
    byte[] bytes = Files.readAllBytes(p);
    h.putString(p.toAbsolutePath().normalize().toString(), StandardCharsets.UTF_8).putByte((byte) 0)
        .putInt(bytes.length).putBytes(bytes);
  }

  /** Reads the entry {@code key} into {@code target}; its summary line, or empty on a miss. */
  public Optional<String> load(String key, Dataset target) {
    Path graph = dir.resolve(key + GRAPH);
    Path summary = dir.resolve(key + SUMMARY);
    if (!Files.isRegularFile(graph) || !Files.isRegularFile(summary)) {
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(graph)) {
      List<String> lines = Files.readAllLines(summary, StandardCharsets.UTF_8);
      if (lines.size() < 2 || !lines.get(0).equals(sha256(graph))) {
        return Optional.empty();
      }
      String line = lines.get(1).strip();
      Txn.executeWrite(target, () -> RDFDataMgr.read(target.asDatasetGraph(), in, Lang.RDFTHRIFT));
      touch(graph);
      return Optional.of(line);
    } catch (IOException | RiotException e) {
      LOG.debug("build cache entry {} unreadable: {}", key, e.toString());
      Txn.executeWrite(target, () -> target.asDatasetGraph().clear());
      return Optional.empty();
    }
  }

  /** Keeps {@code built} under {@code key} if its build said nothing (no warning, no error). */
  public void store(String key, Dataset built, BuildSummary summary) {
    if (!summary.diagnostics().isEmpty()) {
      return;
    }
    Path tmp = null;
    Path lines = null;
    try {
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, key, ".tmp");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        Txn.executeRead(built, () -> RDFDataMgr.write(out, built.asDatasetGraph(), RDFFormat.RDF_THRIFT));
      }
      lines = Files.createTempFile(dir, key, ".tmp");
      Files.write(lines, List.of(sha256(tmp), summary.render()), StandardCharsets.UTF_8);
      move(tmp, dir.resolve(key + GRAPH));
      move(lines, dir.resolve(key + SUMMARY));
      prune();
    } catch (IOException | RuntimeException e) {
      LOG.debug("build cache not written: {}", e.toString());
      deleteQuietly(tmp);
      deleteQuietly(lines);
    }
  }

  private static void deleteQuietly(Path p) {
    if (p == null) {
      return;
    }
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      LOG.debug("cannot delete {}: {}", p, e.toString());
    }
  }

  private static String sha256(Path file) throws IOException {
    return MoreFiles.asByteSource(file).hash(Hashing.sha256()).toString();
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void touch(Path p) throws IOException {
    Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
  }

  /** Deletes the least recently used entries beyond {@link #KEEP}. */
  private void prune() throws IOException {
    List<Path> graphs;
    try (Stream<Path> s = Files.list(dir)) {
      graphs = s.filter(p -> p.getFileName().toString().endsWith(GRAPH))
          .sorted(Comparator.comparing(BuildCache::modified).reversed()).toList();
    }
    for (Path old : graphs.subList(Math.min(KEEP, graphs.size()), graphs.size())) {
      String name = old.getFileName().toString();
      Files.deleteIfExists(old);
      Files.deleteIfExists(dir.resolve(name.substring(0, name.length() - GRAPH.length()) + SUMMARY));
    }
  }

  private static long modified(Path p) {
    try {
      return Files.getLastModifiedTime(p).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }
}
