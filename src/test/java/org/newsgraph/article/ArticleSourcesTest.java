package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.diag.Diagnostic;

class ArticleSourcesTest {

  @TempDir Path dir;

  private Path touch(String name) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "x");
    return file;
  }

  @Test
  void directoriesGiveTheirTxtFilesSortedAndGivenFilesAreKeptAsTheyAre() throws IOException {
    Path b = touch("corpus/b.txt");
    Path a = touch("corpus/sub/a.TXT");
    Path c = touch("corpus/a.txt");
    touch("corpus/notes.md");
    touch("corpus/.hidden/x.txt");
    Path md = touch("single.md");
    Path missing = dir.resolve("missing");

    ArticleSources sources = ArticleSources.expand(List.of(md, dir.resolve("corpus"), missing, c));

    assertEquals(List.of(md, c, b, a), sources.files());
    assertEquals(List.of(missing + ": error: no such file or directory"),
        sources.diagnostics().stream().map(Diagnostic::render).toList());
  }
}
