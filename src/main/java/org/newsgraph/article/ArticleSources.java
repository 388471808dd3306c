package org.newsgraph.article;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.diag.Diagnostic;

/**
 * The article files named by a user's paths. A file is taken as given, whatever its name; a directory gives
 * the {@code *.txt} files under it, recursively (following symbolic links, skipping names that start with a
 * dot), sorted by path. Paths keep the user's order, each file once. A missing path or an unreadable directory
 * is a diagnostic.
 */
public record ArticleSources(ImmutableList<Path> files, ImmutableList<Diagnostic> diagnostics) {

  public ArticleSources {
    requireNonNull(files, "files");
    requireNonNull(diagnostics, "diagnostics");
  }

  /** Expands {@code paths} into files and diagnostics; never throws for paths that cannot be read. */
  public static ArticleSources expand(Iterable<Path> paths) {
    Set<Path> files = new LinkedHashSet<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        String what = Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? "broken symbolic link" : "no such file or directory";
        diagnostics.add(Diagnostic.error(path.toString(), what));
      } else if (Files.isDirectory(path)) {
        List<Path> found = new ArrayList<>();
        walk(path, found, diagnostics);
        if (found.isEmpty()) {
          diagnostics.add(Diagnostic.error(path.toString(), "no articles (*.txt files) in this folder"));
        }
        found.stream().sorted().forEach(files::add);
      } else {
        files.add(path);
      }
    }
    return new ArticleSources(ImmutableList.copyOf(files), ImmutableList.copyOf(diagnostics));
  }

  private static void walk(Path directory, List<Path> found, List<Diagnostic> diagnostics) {
    try {
      Files.walkFileTree(directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(directory) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() && !hidden(file)
                  && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")) {
                found.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              diagnostics.add(Diagnostic.error(file.toString(), "cannot read: " + reason(e)));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      diagnostics.add(Diagnostic.error(directory.toString(), "cannot read directory: " + reason(e)));
    }
  }

  private static boolean hidden(Path path) {
    return path.getFileName() != null && path.getFileName().toString().startsWith(".");
  }

  private static String reason(IOException e) {
    return e instanceof FileSystemLoopException ? "symbolic link loop"
        : e instanceof AccessDeniedException ? "permission denied"
        : e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
