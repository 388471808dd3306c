package org.newsgraph.normalize;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.newsgraph.data.DataExtension;
import org.newsgraph.normalize.QuantityMatch.Bound;
import org.newsgraph.normalize.TimeMatch.Kind;

/**
 * All lexicons of this package, loaded once from the data files next to this class (see {@link
 * LexiconFile} for the format). Immutable and therefore safe to share between threads.
 */
record Lexicon(
    PhraseTable<BigDecimal> numbers,
    PhraseTable<BigDecimal> scales,
    PhraseTable<Integer> ordinals,
    PhraseTable<Integer> months,
    PhraseTable<DayOfWeek> weekdays,
    PhraseTable<Boolean> hedges,
    PhraseTable<Bound> bounds,
    PhraseTable<VagueRange> vague,
    PhraseTable<String> prefixCurrencies,
    PhraseTable<String> suffixCurrencies,
    PhraseTable<String> units,
    PhraseTable<Boolean> referenceWords,
    PhraseTable<Kind> timePhrases,
    ImmutableSet<String> stopwords,
    ImmutableSet<String> modifiers,
    Singulariser singulariser) {

  /**
   * A vague amount: {@code lower..upper}, multiplied by {@code scale} when it counts a following
   * scale word.
   */
  record VagueRange(BigDecimal lower, BigDecimal upper, BigDecimal scale) {
    VagueRange {
      requireNonNull(lower, "lower");
      requireNonNull(upper, "upper");
      requireNonNull(scale, "scale");
    }
  }

  Lexicon {
    requireNonNull(numbers, "numbers");
    requireNonNull(scales, "scales");
    requireNonNull(ordinals, "ordinals");
    requireNonNull(months, "months");
    requireNonNull(weekdays, "weekdays");
    requireNonNull(hedges, "hedges");
    requireNonNull(bounds, "bounds");
    requireNonNull(vague, "vague");
    requireNonNull(prefixCurrencies, "prefixCurrencies");
    requireNonNull(suffixCurrencies, "suffixCurrencies");
    requireNonNull(units, "units");
    requireNonNull(referenceWords, "referenceWords");
    requireNonNull(timePhrases, "timePhrases");
    requireNonNull(stopwords, "stopwords");
    requireNonNull(modifiers, "modifiers");
    requireNonNull(singulariser, "singulariser");
  }

  private static final class Bundled {
    // a user's data folder (newsgraph --data-dir DIR) extends them from DIR/normalize/, as an extension directory does
    static final Lexicon INSTANCE = load(DataExtension.dir().map(d -> d.resolve("normalize")));
  }

  /** The bundled lexicons (and the user's data folder's, if one is chosen), loaded on first use. */
  static Lexicon bundled() {
    return Bundled.INSTANCE;
  }

  /** The bundled lexicons extended by same-named files in {@code extensionDir}, if given. */
  static Lexicon load(Optional<Path> extensionDir) {
    return new Lexicon(
        PhraseTable.of(keyed("numbers.tsv", extensionDir, e -> decimal(e, 1))),
        PhraseTable.of(keyed("scales.tsv", extensionDir, e -> decimal(e, 1))),
        PhraseTable.of(keyed("ordinals.tsv", extensionDir, e -> decimal(e, 1).intValueExact())),
        PhraseTable.of(keyed("months.tsv", extensionDir, e -> ranged(e, 1, 12))),
        PhraseTable.of(keyed("weekdays.tsv", extensionDir, e -> DayOfWeek.of(ranged(e, 1, 7)))),
        PhraseTable.of(listed("hedges.txt", extensionDir)),
        PhraseTable.of(keyed("bounds.tsv", extensionDir, e -> constant(e, Bound.class))),
        PhraseTable.of(
            keyed(
                "vague-quantities.tsv",
                extensionDir,
                e -> new VagueRange(decimal(e, 1), decimal(e, 2), decimal(e, 3)))),
        PhraseTable.of(currencies(extensionDir, "SUFFIX")),
        PhraseTable.of(currencies(extensionDir, "PREFIX")),
        PhraseTable.of(keyed("units.tsv", extensionDir, e -> e.field(1))),
        PhraseTable.of(listed("reference-words.txt", extensionDir)),
        PhraseTable.of(keyed("time-phrases.tsv", extensionDir, e -> constant(e, Kind.class))),
        listed("counted-stopwords.txt", extensionDir).keySet(),
        listed("counted-modifiers.txt", extensionDir).keySet(),
        new Singulariser(
            keyed("plural-exceptions.tsv", extensionDir, e -> e.field(1)),
            keyed("plural-rules.tsv", extensionDir, e -> e.field(1))));
  }

  private static <V> ImmutableMap<String, V> keyed(
      String file, Optional<Path> dir, Function<LexiconFile.Entry, V> value) {
    int width = file.equals("vague-quantities.tsv") ? 4 : 2;
    ImmutableMap.Builder<String, V> map = ImmutableMap.builder();
    for (LexiconFile.Entry e : LexiconFile.read(file, width, dir)) {
      map.put(e.field(0), value.apply(e));
    }
    return map.buildKeepingLast();
  }

  private static ImmutableMap<String, Boolean> listed(String file, Optional<Path> dir) {
    ImmutableMap.Builder<String, Boolean> map = ImmutableMap.builder();
    for (LexiconFile.Entry e : LexiconFile.read(file, 1, dir)) {
      map.put(e.field(0).toLowerCase(Locale.ROOT), true);
    }
    return map.buildKeepingLast();
  }

  /**
   * Currencies usable in {@code excluded}'s opposite position: PREFIX table gets PREFIX and BOTH.
   */
  private static ImmutableMap<String, String> currencies(Optional<Path> dir, String excluded) {
    ImmutableMap.Builder<String, String> map = ImmutableMap.builder();
    for (LexiconFile.Entry e : LexiconFile.read("currencies.tsv", 3, dir)) {
      String position = e.field(2);
      if (!position.equals("PREFIX") && !position.equals("SUFFIX") && !position.equals("BOTH")) {
        throw e.error("position must be PREFIX, SUFFIX or BOTH, not \"" + position + "\"");
      }
      if (!position.equals(excluded)) {
        map.put(e.field(0), e.field(1));
      }
    }
    return map.buildKeepingLast();
  }

  private static BigDecimal decimal(LexiconFile.Entry e, int field) {
    try {
      return new BigDecimal(e.field(field));
    } catch (NumberFormatException x) {
      throw e.error("not a number: \"" + e.field(field) + "\"");
    }
  }

  private static int ranged(LexiconFile.Entry e, int min, int max) {
    BigDecimal d = decimal(e, 1);
    if (d.compareTo(BigDecimal.valueOf(min)) < 0 || d.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw e.error("expected a number from " + min + " to " + max + ", found " + d);
    }
    return d.intValue();
  }

  private static <E extends Enum<E>> E constant(LexiconFile.Entry e, Class<E> type) {
    try {
      return Enum.valueOf(type, e.field(1));
    } catch (IllegalArgumentException x) {
      throw e.error("unknown " + type.getSimpleName() + " \"" + e.field(1) + "\"");
    }
  }
}
