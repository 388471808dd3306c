package org.newsgraph.cli;

import java.nio.file.Path;
import org.newsgraph.export.ExportFormat;

/** The output format a command line asks for: {@code --format}, else the output file's extension. */
final class Formats {
  private Formats() {}

  static ExportFormat choose(String format, Path output) {
    if (format != null) {
      return ExportFormat.parse(format)
          .orElseThrow(() -> new UsageException("unknown format '" + format + "' (" + ExportFormat.names() + ")"));
    }
    if (output == null) {
      throw new UsageException("give --format (" + ExportFormat.names() + ")");
    }
    return ExportFormat.fromFileName(output)
        .orElseThrow(() -> new UsageException("cannot tell the format of '" + output + "': give --format"));
  }
}
