package org.newsgraph.bench;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a JFR recording's execution samples: the methods most often on top of the stack, and the
 * first frames outside the JDK (which library or newsgraph code the time is spent under).
 */
final class Profiles {
  private Profiles() {}

  /**
   * A profile summary: samples counted, top self frames, top first-non-JDK frames, and newsgraph methods by
   * inclusive share (the samples with the method anywhere on the stack).
   */
  record Summary(String label, int samples, ImmutableList<String> self, ImmutableList<String> outsideJdk, ImmutableList<String> inclusive) {}

  static Summary summarise(String label, Path jfr, int top) {
    if (!Files.exists(jfr)) {
      return new Summary(label, 0, ImmutableList.of(), ImmutableList.of(), ImmutableList.of());
    }
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> app = new HashMap<>();
    Map<String, Integer> inclusive = new HashMap<>();
    int samples = 0;
    try (RecordingFile f = new RecordingFile(jfr)) {
      while (f.hasMoreEvents()) {
        RecordedEvent e = f.readEvent();
        if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
          continue;
        }
        RecordedStackTrace st = e.getStackTrace();
        if (st == null || st.getFrames().isEmpty()) {
          continue;
        }
        samples++;
        List<RecordedFrame> frames = st.getFrames();
        self.merge(name(frames.get(0)), 1, Integer::sum);
        for (RecordedFrame fr : frames) {
          String n = name(fr);
          if (!n.startsWith("java.") && !n.startsWith("jdk.") && !n.startsWith("sun.")) {
            app.merge(n, 1, Integer::sum);
            break;
          }
        }
        frames.stream().map(Profiles::name).filter(n -> n.startsWith("org.newsgraph.") && !n.startsWith("org.newsgraph.bench."))
            .distinct().forEach(n -> inclusive.merge(n, 1, Integer::sum));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + jfr, e);
    }
    return new Summary(label, samples, top(self, samples, top), top(app, samples, top), top(inclusive, samples, top));
  }

  private static String name(RecordedFrame f) {
    return f.getMethod().getType().getName() + "." + f.getMethod().getName();
  }

  private static ImmutableList<String> top(Map<String, Integer> counts, int total, int n) {
    return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n)
        .map(e -> String.format(Locale.ROOT, "%.1f%% %s", 100.0 * e.getValue() / Math.max(1, total), e.getKey()))
        .collect(ImmutableList.toImmutableList());
  }
}
