package org.newsgraph.article;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.newsgraph.diag.Diagnostic;

/**
 * Turns a file into text, or into a diagnostic saying why it cannot: missing, not a regular file,
 * unreadable, too large (checked before reading, and reading stops at the limit), empty, binary, UTF-16,
 * invalid UTF-8 (positioned at the first bad byte), or whitespace only. A UTF-8 byte-order mark is removed
 * from the text; the content hash covers the file's bytes as they are.
 */
final class FileDecoder {

  /** A file's text (BOM removed) and the hex SHA-1 of its bytes. */
  record Decoded(String text, String contentHash) {}

  /** A file is binary when it has a NUL byte or more than this share of control bytes. */
  private static final double MAX_CONTROL_SHARE = 0.3;

  private final long maxBytes;

  FileDecoder(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  Optional<Decoded> decode(Path file, String source, List<Diagnostic> diagnostics) {
    Optional<String> problem = checkFile(file);
    if (problem.isPresent()) {
      diagnostics.add(Diagnostic.error(source, problem.get()));
      return Optional.empty();
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) maxBytes + 1);
    } catch (NoSuchFileException e) {
      diagnostics.add(Diagnostic.error(source, "no such file"));
      return Optional.empty();
    } catch (AccessDeniedException e) {
      diagnostics.add(Diagnostic.error(source, "cannot read file: permission denied"));
      return Optional.empty();
    } catch (IOException e) {
      diagnostics.add(Diagnostic.error(source, "cannot read file: " + e.getMessage()));
      return Optional.empty();
    }
    if (bytes.length > maxBytes) {
      diagnostics.add(Diagnostic.error(source, tooLarge("more than " + maxBytes + " bytes")));
      return Optional.empty();
    }
    return decodeBytes(bytes, source, diagnostics);
  }

  private Optional<String> checkFile(Path file) {
    if (!Files.exists(file)) {
      return Optional.of(Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? "broken symbolic link" : "no such file");
    }
    if (Files.isDirectory(file)) {
      return Optional.of("is a directory, not a file");
    }
    if (!Files.isRegularFile(file)) {
      return Optional.of("not a regular file");
    }
    if (!Files.isReadable(file)) {
      return Optional.of("cannot read file: permission denied");
    }
    try {
      long size = Files.size(file);
      return size > maxBytes ? Optional.of(tooLarge(size + " bytes")) : Optional.empty();
    } catch (IOException e) {
      return Optional.of("cannot read file: " + e.getMessage());
    }
  }

  private String tooLarge(String size) {
    return "file too large: " + size + ", the limit is " + maxBytes + " bytes";
  }

  static Optional<Decoded> decodeBytes(byte[] bytes, String source, List<Diagnostic> diagnostics) {
    if (bytes.length == 0) {
      diagnostics.add(Diagnostic.error(source, "file is empty"));
      return Optional.empty();
    }
    Optional<String> binary = binaryReason(bytes);
    if (binary.isPresent()) {
      diagnostics.add(Diagnostic.error(source, binary.get()));
      return Optional.empty();
    }
    int start = hasUtf8Bom(bytes) ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    out.flip();
    String text = out.toString();
    if (result.isError()) {
      diagnostics.add(badUtf8(source, text, bytes, in.position(), result.length()));
      return Optional.empty();
    }
    if (text.isBlank()) {
      diagnostics.add(Diagnostic.error(source, "file contains only whitespace"));
      return Optional.empty();
    }
    return Optional.of(new Decoded(text, sha1(bytes)));
  }

  private static Optional<String> binaryReason(byte[] bytes) {
    if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      return Optional.of("UTF-16 text is not supported; save the file as UTF-8");
    }
    int control = 0;
    for (byte b : bytes) {
      if (b == 0) {
        return Optional.of("binary file (contains NUL bytes)");
      }
      if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
        control++;
      }
    }
    return control > bytes.length * MAX_CONTROL_SHARE
        ? Optional.of("binary file (mostly control characters)")
        : Optional.empty();
  }

  private static boolean hasUtf8Bom(byte[] bytes) {
    return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
  }

  /** Positions the error at the first bad byte: line and column (in characters) of the text decoded so far. */
  private static Diagnostic badUtf8(String source, String before, byte[] bytes, int at, int length) {
    TextLines.Position position = TextLines.positionAt(before, before.length());
    ImmutableList.Builder<String> hex = ImmutableList.builder();
    int end = Math.min(at + Math.max(length, 1), bytes.length);
    for (int i = at; i < end; i++) {
      hex.add(String.format("0x%02X", bytes[i] & 0xFF));
    }
    String what = (end - at == 1 ? "byte " : "bytes ") + String.join(" ", hex.build());
    return Diagnostic.error(source, position.line(), position.column(), "invalid UTF-8: " + what);
  }

  private static String sha1(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-1", e);
    }
  }
}
