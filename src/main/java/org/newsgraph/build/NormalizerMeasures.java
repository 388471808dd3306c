package org.newsgraph.build;

import java.util.regex.Pattern;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.newsgraph.extract.Amount;
import org.newsgraph.extract.Measures;
import org.newsgraph.extract.When;
import org.newsgraph.normalize.OrdinalMatch;
import org.newsgraph.normalize.QuantityMatch;
import org.newsgraph.normalize.QuantityNormalizer;
import org.newsgraph.normalize.TimeMatch;
import org.newsgraph.normalize.TimeNormalizer;

/** Adapts the normalizers to the extractor's {@link Measures}. */
final class NormalizerMeasures implements Measures {
  private static final java.util.regex.Pattern SMALL_WORD_NUMBER = java.util.regex.Pattern.compile("(?i)(?:one|two|three)\\b.*");
  private final TimeNormalizer times;
  private final QuantityNormalizer quantities;

  private NormalizerMeasures(TimeNormalizer times, QuantityNormalizer quantities) {
    this.times = times;
    this.quantities = quantities;
  }

  static Measures load() {
    return new NormalizerMeasures(TimeNormalizer.create(), QuantityNormalizer.create());
  }

  @Override
  public ImmutableList<Amount> quantities(String sentence) {
    ImmutableList.Builder<Amount> out = ImmutableList.builder();
    for (QuantityMatch q : quantities.find(sentence)) {
      if (notACount(sentence, q)) {
        continue;
      }
      out.add(new Amount(q.begin(), Math.max(q.end(), q.countedEnd()), q.text(), q.amount(), q.lower(), q.upper(), bound(q.bound()),
          q.unit(), q.countedText()));
    }
    return out.build();
  }

  private static final java.util.Set<String> CALIBRE_UNITS = java.util.Set.of("millimetre", "centimetre", "inch");
  private static final java.util.regex.Pattern DEFINITE_FEW = java.util.regex.Pattern.compile("(?i)(?:\\bthe|\\bboth|\\bthese|\\bthose)\\s+$");

  /**
   * Numbers that count nothing that happened: calibres ("152 mm shells"), a definite reference back to known
   * things ("the two leaders", "one of the two sides"), "one-on-one".
   */
  private static boolean notACount(String sentence, QuantityMatch q) {
    if (q.unit() != null && CALIBRE_UNITS.contains(q.unit())) {
      return true;
    }
    String before = sentence.substring(Math.max(0, q.begin() - 12), q.begin());
    boolean wordNumber = SMALL_WORD_NUMBER.matcher(q.text()).matches();
    if (wordNumber && DEFINITE_FEW.matcher(before).find()) {
      return true;
    }
    return sentence.regionMatches(true, q.begin(), "one-on-one", 0, 10);
  }

  private static Amount.Bound bound(QuantityMatch.Bound b) {
    return switch (b) {
      case EXACT, RANGE -> Amount.Bound.EXACT;
      case APPROXIMATE -> Amount.Bound.APPROXIMATE;
      case AT_LEAST -> Amount.Bound.AT_LEAST;
      case AT_MOST -> Amount.Bound.AT_MOST;
      case VAGUE -> Amount.Bound.VAGUE;
    };
  }

  @Override
  public ImmutableList<When> times(String sentence, LocalDate reference) {
    ImmutableList.Builder<When> out = ImmutableList.builder();
    for (TimeMatch t : times.find(sentence, reference)) {
      boolean anaphoric = t.kind() == TimeMatch.Kind.ANAPHORIC;
      boolean future = t.kind() == TimeMatch.Kind.FUTURE;
      if (t.kind() == TimeMatch.Kind.VAGUE) {
        continue;
      }
      out.add(new When(t.begin(), t.end(), t.text(), t.startDate(), t.endDate(), t.precision().name(), t.approximate(), anaphoric, future));
    }
    return out.build();
  }

  @Override
  public ImmutableList<int[]> ordinals(String sentence) {
    ImmutableList.Builder<int[]> out = ImmutableList.builder();
    for (OrdinalMatch o : quantities.ordinals(sentence)) {
      out.add(new int[] {o.begin(), o.value()});
    }
    return out.build();
  }
}
