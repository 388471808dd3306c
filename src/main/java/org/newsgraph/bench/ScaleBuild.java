package org.newsgraph.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.build.BuildSummary;
import org.newsgraph.build.GraphBuilder;
import org.newsgraph.build.Pipeline;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.Stores;

/**
 * The scale child: builds a corpus into a new TDB2 store with {@link GraphBuilder} (batched; bulk loader
 * for the first build), timing it. Peak heap is the largest heap occupancy left after any collection (from the
 * collectors' notifications), not the garbage a collector lets accumulate between collections. Writes
 * {@code key=value} lines to {@code OUT}. Adding to the store is {@link ScaleAdd}'s, in a process of its own.
 *
 * <p>Usage: {@code ScaleBuild CORPUS STORE BATCH THREADS OUT}
 */
public final class ScaleBuild {
  private ScaleBuild() {}

  public static void main(String[] args) throws Exception {
    System.getProperties().putIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    Path corpus = Path.of(args[0]);
    Path store = Path.of(args[1]);
    int batch = Integer.parseInt(args[2]);
    int threads = Integer.parseInt(args[3]);
    Path out = Path.of(args[4]);
    AtomicLong peak = new AtomicLong();
    watchHeap(peak);
    long t0 = System.nanoTime();
    Pipeline pipeline = Pipeline.load(Iris.DEFAULT_BASE, Optional.empty());
    double load = (System.nanoTime() - t0) / 1e9;
    Dataset ds = Stores.tdb2(store);
    long t1 = System.nanoTime();
    BuildSummary built = new GraphBuilder(pipeline, threads, batch).build(List.of(corpus), ds);
    double build = (System.nanoTime() - t1) / 1e9;
    long buildPeak = peak.get();
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "pipeline_s=%.3f%nbuild_s=%.3f%narticles=%d%nskipped=%d%nquads=%d%ntriples=%d%nbuild_peak_heap_mb=%.1f%n",
        load, build, built.articles(), built.skipped(), built.quads(), built.triples(), buildPeak / 1048576.0));
    sb.append(String.format(Locale.ROOT, "peak_heap_mb=%.1f%nmax_heap_mb=%.1f%n", peak.get() / 1048576.0,
        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / 1048576.0));
    TDBInternal.expel(ds.asDatasetGraph());
    Files.writeString(out, sb, StandardCharsets.UTF_8);
  }

  /**
   * Records, after every collection (young ones too), the heap in use once it finished: the live set plus
   * what the collector chose to keep, summed over the heap pools. The largest value is the peak.
   */
  private static void watchHeap(AtomicLong peak) {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener((n, handback) -> {
        if (n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
          GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
          long after = info.getMemoryUsageAfterGc().entrySet().stream().filter(e -> HEAP_POOLS.contains(e.getKey()))
              .mapToLong(e -> e.getValue().getUsed()).sum();
          peak.accumulateAndGet(after, Math::max);
        }
      }, null, null);
    }
  }

  private static final java.util.Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(java.util.stream.Collectors.toSet());
}
