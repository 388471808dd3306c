package org.newsgraph.article;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.diag.Diagnostic;

/** Files that are not readable articles: no article, one positioned error, rendered word for word. */
class BadInputTest {

  @TempDir Path dir;

  private final ArticleReader reader = ArticleReader.create();

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  private static byte[] concat(String before, byte[] bad, String after) {
    byte[] a = before.getBytes(UTF_8);
    byte[] c = after.getBytes(UTF_8);
    byte[] all = new byte[a.length + bad.length + c.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(bad, 0, all, a.length, bad.length);
    System.arraycopy(c, 0, all, a.length + bad.length, c.length);
    return all;
  }

  private void assertRejected(Path file, String rendered) {
    assertRejected(reader, file, rendered);
  }

  private static void assertRejected(ArticleReader reader, Path file, String rendered) {
    ReadResult result = reader.read(file);
    assertEquals(Optional.empty(), result.article());
    assertEquals(List.of(file + rendered), result.diagnostics().stream().map(Diagnostic::render).toList());
  }

  @Test
  void missingFile() {
    assertRejected(dir.resolve("nope.txt"), ": error: no such file");
  }

  @Test
  void directory() {
    assertRejected(dir, ": error: is a directory, not a file");
  }

  @Test
  void emptyFile() throws IOException {
    assertRejected(write("empty.txt", new byte[0]), ": error: file is empty");
  }

  @Test
  void whitespaceOnly() throws IOException {
    assertRejected(write("blank.txt", " \n\t\r\n  \n".getBytes(UTF_8)), ": error: file contains only whitespace");
  }

  @Test
  void binaryWithNulBytes() throws IOException {
    assertRejected(write("image.txt", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D)),
        ": error: binary file (contains NUL bytes)");
  }

  @Test
  void binaryWithMostlyControlCharacters() throws IOException {
    assertRejected(write("control.txt", bytes(1, 2, 3, 'a', 4, 5, 6, 7, 'b', 0x7F)),
        ": error: binary file (mostly control characters)");
  }

  @Test
  void utf16() throws IOException {
    assertRejected(write("utf16.txt", "\uFEFFHello".getBytes(java.nio.charset.StandardCharsets.UTF_16LE)),
        ": error: UTF-16 text is not supported; save the file as UTF-8");
  }

  @Test
  void invalidUtf8IsPositionedAtTheFirstBadByte() throws IOException {
    // Line 3: "Sé" then the bad byte, so column 3 (columns count characters, not bytes).
    assertRejected(write("latin1.txt", concat("Title\n\nSé", bytes(0xFF), "t\n")),
        ":3:3: error: invalid UTF-8: byte 0xFF");
  }

  @Test
  void invalidUtf8AfterASupplementaryCharacterAndABom() throws IOException {
    byte[] bytes = concat("\uFEFF\uD83D\uDE00", bytes(0xC3, 0x28), "x");
    assertRejected(write("emoji.txt", bytes), ":1:2: error: invalid UTF-8: byte 0xC3");
  }

  @Test
  void truncatedSequenceAtTheEnd() throws IOException {
    assertRejected(write("cut.txt", concat("ok\r\nthen ", bytes(0xE2, 0x82), "")), ":2:6: error: invalid UTF-8: bytes 0xE2 0x82");
  }

  @Test
  void fiftyMegabyteFileIsRejectedWithoutReadingIt() throws IOException {
    Path file = dir.resolve("huge.txt");
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(50L * 1024 * 1024);
    }
    assertTimeoutPreemptively(Duration.ofSeconds(1),
        () -> assertRejected(file, ": error: file too large: 52428800 bytes, the limit is 5242880 bytes"));
  }

  @Test
  void theLimitIsConfigurable() throws IOException {
    Path file = write("eleven.txt", "Short text.".getBytes(UTF_8));
    assertRejected(ArticleReader.builder().maxBytes(10).build(), file,
        ": error: file too large: 11 bytes, the limit is 10 bytes");
    ReadResult atTheLimit = ArticleReader.builder().maxBytes(11).build().read(file);
    assertEquals(List.of(), atTheLimit.diagnostics());
    assertEquals(List.of(new Span(0, 11, "Short text.")), atTheLimit.article().orElseThrow().paragraphs());
  }

  @Test
  void unreadableFile() throws IOException {
    Path file = write("secret.txt", "Secret.\n".getBytes(UTF_8));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    Assumptions.assumeFalse(Files.isReadable(file), "running as root: permission bits do not stop reading");
    assertRejected(file, ": error: cannot read file: permission denied");
  }

  @Test
  void randomBytesAndTextNeverThrowAndSpansAlwaysMatch() throws IOException {
    Random random = new Random(42);
    String alphabet = "ab Z.,:()-\n\n\r\t\u00A0é’”—SEOUL(Yonhap)By 2023-11-02 17:02 KST Posted on\uD83D\uDE00";
    for (int i = 0; i < 300; i++) {
      Path file;
      if (i % 3 == 0) {
        byte[] noise = new byte[random.nextInt(200)];
        random.nextBytes(noise);
        file = write("noise" + i + ".txt", noise);
      } else {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(400); n > 0; n--) {
          text.append(alphabet.charAt(random.nextInt(alphabet.length() - 2)));
        }
        file = write("text" + i + ".txt", text.toString().getBytes(UTF_8));
      }
      reader.read(file).article().ifPresent(ArticleFormatsTest::assertSpansMatch);
    }
  }
}
