package org.newsgraph.build;

import com.google.common.base.Stopwatch;
import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleSources;
import org.newsgraph.article.ReadResult;
import org.newsgraph.diag.Diagnostic;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.MentionKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the graph of many articles: each article is read, extracted and mapped on its own (a pure function
 * of the article and the data files, so threads may share the work), into a dataset of its own; the results
 * are then merged into the target in input order, so the output does not depend on the thread count. A bad
 * article is reported and skipped; the others are still built. The corpus is streamed: at most eight articles
 * per thread (and never more than a batch) are in flight, and the target is committed once per batch (an empty TDB2 store is filled through
 * TDB2's bulk loader instead; see {@link QuadSink}).
 */
public final class GraphBuilder {
  private static final Logger LOG = LoggerFactory.getLogger(GraphBuilder.class);
  /** Articles per commit unless the caller says otherwise. */
  public static final int DEFAULT_BATCH = 256;
  /** Articles read and extracted ahead of the writer, per thread. */
  private static final int IN_FLIGHT_PER_THREAD = 8;

  private final Pipeline pipeline;
  private final int threads;
  private final int batch;
  private final BuildListener listener;

  public GraphBuilder(Pipeline pipeline, int threads) {
    this(pipeline, threads, DEFAULT_BATCH, BuildListener.NONE);
  }

  /**
   * A builder that keeps at most {@code batch} articles in flight (eight per thread) and commits the target every {@code batch}
   * articles, so that memory is bounded by the batch size, not by the corpus.
   */
  public GraphBuilder(Pipeline pipeline, int threads, int batch) {
    this(pipeline, threads, batch, BuildListener.NONE);
  }

  private GraphBuilder(Pipeline pipeline, int threads, int batch, BuildListener listener) {
    this.pipeline = pipeline;
    this.threads = Math.max(1, threads);
    this.batch = Math.max(1, batch);
    this.listener = listener;
  }

  /** The same builder, telling {@code l} as each article is done (for progress bars). */
  public GraphBuilder listener(BuildListener l) {
    return new GraphBuilder(pipeline, threads, batch, l);
  }

  private record Outcome(Path file, Optional<Dataset> graph, String articleIri, String source, List<Diagnostic> diagnostics) {}

  public BuildSummary build(List<Path> inputs, Dataset target) {
    Stopwatch watch = Stopwatch.createStarted();
    ArticleSources sources = ArticleSources.expand(inputs);
    List<Diagnostic> diagnostics = new ArrayList<>(sources.diagnostics());
    int built = 0;
    int skipped = sources.diagnostics().size();
    int done = 0;
    int total = sources.files().size();
    boolean adding = !Txn.calculateRead(target, () -> !target.asDatasetGraph().find().hasNext());
    // a store on disk is counted as it is written: reading it back would cost more than the build at 100,000 articles
    boolean onDisk = TDBInternal.isTDB2(target.asDatasetGraph());
    Tally tally = new Tally(pipeline.iris());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    OneLabel labels = new OneLabel(pipeline.iris().graph("entities"), adding ? Optional.of(target) : Optional.empty());
    SeenArticles seen = new SeenArticles(adding ? Optional.of(target) : Optional.empty());
    int links;
    // a few articles per thread in flight, not a batch: 256 built articles outlived young collections and went to
    // the old generation as garbage (2,000 generated articles: peak heap after a collection 944 -> 659 MB)
    int inFlight = Math.min(batch, threads * IN_FLIGHT_PER_THREAD);
    try (QuadSink sink = QuadSink.open(target, batch, new SharedQuads(pipeline.iris()))) {
      Deque<Future<Outcome>> window = new ArrayDeque<>();
      Iterator<Path> files = sources.files().iterator();
      while (files.hasNext() || !window.isEmpty()) {
        while (files.hasNext() && window.size() < inFlight) {
          Path file = files.next();
          window.add(pool.submit(() -> one(file)));
        }
        Outcome o = get(window.poll());
        listener.articleDone(o.file(), ++done, total);
        diagnostics.addAll(o.diagnostics());
        Optional<String> first = o.graph().isPresent() ? seen.firstSource(o.articleIri(), o.source()) : Optional.empty();
        if (first.isPresent()) {
          diagnostics.add(Diagnostic.warning(o.source(), 0, 0, "same text as " + first.get() + ": built once, from that file"));
          skipped++;
        } else if (o.graph().isPresent()) {
          labels.apply(o.graph().get());
          tally.add(o.graph().get(), sink.add(o.graph().get()));
          built++;
        } else {
          skipped++;
        }
      }
      links = sink.finish(() -> {
        target.asDatasetGraph().prefixes().putAll(org.newsgraph.rdf.Prefixes.of(pipeline.iris().base()));
        return pipeline.linker().link(target);
      });
    } finally {
      pool.shutdownNow();
    }
    int builtCount = built;
    int skippedCount = skipped;
    if (onDisk || adding) {
      return new BuildSummary(built, skipped, tally.entities(), tally.claims(), BuildSummary.NOT_COUNTED, tally.quads(), links,
          adding, watch.elapsed(), ImmutableList.copyOf(diagnostics));
    }
    return Txn.calculateRead(target, () -> summary(target, builtCount, skippedCount, links, watch, diagnostics));
  }

  private BuildSummary summary(Dataset target, int built, int skipped, int links, Stopwatch watch, List<Diagnostic> diagnostics) {
    Counts c = Counts.of(target, pipeline.iris());
    return new BuildSummary(built, skipped, c.entities(), c.claims(), c.triples(), c.quads(), links, false, watch.elapsed(),
        ImmutableList.copyOf(diagnostics));
  }

  private static Outcome get(Future<Outcome> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("build interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("article build failed: " + e.getCause(), e.getCause());
    }
  }

  private Outcome one(Path file) {
    ReadResult read = pipeline.reader().read(file);
    List<Diagnostic> diags = new ArrayList<>(read.diagnostics());
    if (read.article().isEmpty() || read.hasErrors()) {
      return new Outcome(file, Optional.empty(), "", file.toString(), diags);
    }
    Article a = read.article().get();
    Extraction x = pipeline.extractor().extract(a);
    if (x.mentions().stream().noneMatch(m -> m.kind() == MentionKind.NAME || m.kind() == MentionKind.METONYM)) {
      diags.add(Diagnostic.error(a.source(), "no entities recognised: nothing to build from this article"));
      return new Outcome(file, Optional.empty(), "", a.source(), diags);
    }
    // a plain in-memory dataset (hash-indexed graphs): the article's quads are written once and read once,
    // so the persistent, transactional TxnMem structures would only cost (a fifth of extraction time, by JFR)
    Dataset ds = DatasetFactory.create();
    Txn.executeWrite(ds, () -> pipeline.mapper().map(x, ds));
    LOG.debug("{}: {} mentions, {} claims", a.source(), x.mentions().size(), x.claims().size());
    return new Outcome(file, Optional.of(ds), pipeline.iris().article(a.contentHash()), a.source(), diags);
  }
}
