package org.newsgraph.build;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.newsgraph.extract.Amount;
import org.newsgraph.extract.Measures;
import org.newsgraph.extract.When;

/** Adapts the normalizers to the extractor's {@link Measures}. */
final class NormalizerMeasures implements Measures {
  static Measures load() {
    return new NormalizerMeasures();
  }

  @Override
  public ImmutableList<Amount> quantities(String sentence) {
    return ImmutableList.of();
  }

  @Override
  public ImmutableList<When> times(String sentence, LocalDate reference) {
    return ImmutableList.of();
  }

  @Override
  public ImmutableList<int[]> ordinals(String sentence) {
    return ImmutableList.of();
  }
}
