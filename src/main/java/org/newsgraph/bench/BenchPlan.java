package org.newsgraph.bench;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * What a bench run measures and how much.
 *
 * @param sections which parts run
 * @param out where the report, corpora, stores and logs go
 * @param seed the seed article folder (start-up and serving data)
 * @param corpus the folders of real articles the generated corpora vary
 * @param runs repetitions of every figure (start-up runs, extraction passes, load rounds)
 * @param extractArticles size of the extraction corpus
 * @param clients concurrent clients of the serving runs
 * @param warmupSeconds load before the measured rounds of each serving run
 * @param roundSeconds length of one measured serving round
 * @param sizes corpus sizes of the scale runs
 * @param batch articles per batch when building into TDB2
 * @param scaleHeap {@code -Xmx} of the scale build child (the bound the batch must fit)
 * @param jvmFlags flags every child JVM gets (servers, bare Fuseki, load client)
 * @param profile whether JFR profiles are taken
 */
public record BenchPlan(ImmutableSet<Section> sections, Path out, Path seed, ImmutableList<Path> corpus, int runs,
    int extractArticles, ImmutableList<Integer> clients, double warmupSeconds, double roundSeconds,
    ImmutableList<Integer> sizes, int batch, String scaleHeap, ImmutableList<String> jvmFlags, boolean profile) {

  /** The parts of a bench run. */
  public enum Section { STARTUP, EXTRACTION, SERVING, SCALE }

  public BenchPlan {
    checkArgument(runs >= 1, "runs must be at least 1");
    checkArgument(extractArticles >= 1, "extraction articles must be at least 1");
    checkArgument(!clients.isEmpty() && clients.stream().allMatch(c -> c >= 1), "clients must be at least 1");
    checkArgument(roundSeconds > 0 && warmupSeconds >= 0, "seconds must be positive");
    checkArgument(sizes.stream().allMatch(s -> s >= 1), "sizes must be at least 1");
    checkArgument(batch >= 1, "batch must be at least 1");
  }

  public static BenchPlan of(Collection<Section> sections, Path out, Path seed, List<Path> corpus, int runs, int extractArticles,
      List<Integer> clients, double warmupSeconds, double roundSeconds, List<Integer> sizes, int batch, String scaleHeap,
      List<String> jvmFlags, boolean profile) {
    return new BenchPlan(ImmutableSet.copyOf(sections), out, seed, ImmutableList.copyOf(corpus), runs, extractArticles,
        ImmutableList.copyOf(clients), warmupSeconds, roundSeconds, ImmutableList.copyOf(sizes).stream().sorted()
            .collect(ImmutableList.toImmutableList()), batch, scaleHeap, ImmutableList.copyOf(jvmFlags), profile);
  }

  Path logs() {
    return out.resolve("logs");
  }
}
