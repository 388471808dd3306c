package org.newsgraph.build;

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
      out.add(new Amount(q.begin(), Math.max(q.end(), q.countedEnd()), q.text(), q.amount(), q.lower(), q.upper(), bound(q.bound()),
          q.unit(), q.countedText()));
    }
    return out.build();
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
