package org.newsgraph.link;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.newsgraph.diag.Diagnostic;

/**
 * Successful API responses on disk, one file per request URL (named by the URL's SHA-256), so that running
 * the proposer again asks Wikidata nothing it was already asked. Entries older than the maximum age are
 * fetched again.
 */
final class ResponseCache {
  private final Path dir;
  private final Duration maxAge;

  ResponseCache(Path dir, Duration maxAge) {
    this.dir = dir;
    this.maxAge = maxAge;
  }

  Optional<String> get(String url, Instant now) {
    Path file = file(url);
    try {
      if (!Files.isRegularFile(file)
          || Files.getLastModifiedTime(file).toInstant().plus(maxAge).isBefore(now)) {
        return Optional.empty();
      }
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new LinkException(Diagnostic.error(file.toString(), "cannot read the cache: " + e.getMessage()), e);
    }
  }

  void put(String url, String body) {
    Path file = file(url);
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "response", ".tmp");
      Files.writeString(tmp, body, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new LinkException(Diagnostic.error(file.toString(), "cannot write the cache: " + e.getMessage()), e);
    }
  }

  private Path file(String url) {
    return dir.resolve(Hashing.sha256().hashString(url, StandardCharsets.UTF_8) + ".json");
  }
}
