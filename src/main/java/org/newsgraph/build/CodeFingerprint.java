package org.newsgraph.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * Names the code (and the data files bundled with it) that a class was loaded from, so that a cached result
 * is not reused by other code: a jar by its path, size and modification time; a folder of classes (a
 * development build) by the path, size and time of every file under it.
 */
final class CodeFingerprint {
  private CodeFingerprint() {}

  static String of(Class<?> type) {
    Path location;
    try {
      location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | RuntimeException e) {
      return "unknown:" + System.nanoTime(); // never equal to another run's: no reuse
    }
    try {
      if (Files.isDirectory(location)) {
        StringBuilder sb = new StringBuilder(location.toString());
        try (Stream<Path> files = Files.walk(location)) {
          files.filter(Files::isRegularFile).sorted().forEach(p -> sb.append('\n').append(describe(location, p)));
        }
        return sb.toString();
      }
      return describe(location.getParent() == null ? location : location.getParent(), location) + "@" + location;
    } catch (IOException | UncheckedIOException e) {
      return "unknown:" + System.nanoTime();
    }
  }

  private static String describe(Path root, Path file) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return root.relativize(file) + " " + a.size() + " " + a.lastModifiedTime().toMillis();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
