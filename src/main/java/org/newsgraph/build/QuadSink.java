package org.newsgraph.build;

import java.util.function.Supplier;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where built articles go, a batch at a time. An empty TDB2 store is filled through TDB2's phased bulk
 * loader (one pass, indexes built in phases: the fast path for a first build); any other dataset gets one
 * write transaction per batch, so that a large build neither commits per article (a disk sync each) nor
 * holds the whole corpus in one transaction. The build's last writes (prefixes, Wikidata links) go into the
 * last batch's transaction: adding one article to a large store commits once, not twice.
 */
abstract class QuadSink implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(QuadSink.class);

  private final SharedQuads shared;

  QuadSink(SharedQuads shared) {
    this.shared = shared;
  }

  /** Adds the article's quads, less those of the shared graphs this build has already added; returns how many. */
  final long add(Dataset article) {
    long[] n = {0};
    article.asDatasetGraph().find().forEachRemaining(q -> {
      if (shared.firstTime(q)) {
        put(q);
        n[0]++;
      }
    });
    articleDone();
    return n[0];
  }

  /** Adds one quad. */
  abstract void put(Quad q);

  /** Called after each article's quads. */
  abstract void articleDone();

  /** Ends the build: runs {@code last} in the write transaction that commits the last batch; returns its result. */
  abstract <T> T finish(Supplier<T> last);

  /** Ends the build if {@link #finish} did not (an article failed): what was added so far is kept. */
  @Override
  public abstract void close();

  static QuadSink open(Dataset target, int batch, SharedQuads shared) {
    DatasetGraph dsg = target.asDatasetGraph();
    if (TDBInternal.isTDB2(dsg) && Txn.calculateRead(target, () -> !dsg.find().hasNext())) {
      return new Bulk(target, shared);
    }
    return new Batched(target, batch, shared);
  }

  /** TDB2's bulk loader, fed as a stream. */
  private static final class Bulk extends QuadSink {
    private final Dataset target;
    private final DataLoader loader;
    private final StreamRDF stream;
    private boolean finished;

    Bulk(Dataset target, SharedQuads shared) {
      super(shared);
      this.target = target;
      this.loader = loader(target.asDatasetGraph());
      loader.startBulk();
      this.stream = loader.stream();
      stream.start();
    }

    /**
     * TDB2's phased loader (loader threads beside the extraction threads, the secondary indexes two and three at a
     * time), or with {@code -Dnewsgraph.loader=sequential} its sequential one (the node table and primary index on
     * this thread, then one secondary index at a time). At 100,000 articles on 2 cores, one run after the other, they
     * built in 29.4 min (phased) and in 27.8 and 30.9 min (sequential) (README, Benchmarks): no difference the runs' spread lets through.
     */
    private static DataLoader loader(DatasetGraph dsg) {
      MonitorOutput log = (fmt, args) -> LOG.debug(String.format(fmt, args));
      return "sequential".equals(System.getProperty("newsgraph.loader"))
          ? LoaderFactory.sequentialLoader(dsg, log) : LoaderFactory.phasedLoader(dsg, log);
    }

    @Override
    void put(Quad q) {
      stream.quad(q);
    }

    @Override
    void articleDone() {
      // the bulk loader commits when it finishes
    }

    @Override
    <T> T finish(Supplier<T> last) {
      close();
      return Txn.calculateWrite(target, last); // the bulk loader has its own transactions
    }

    @Override
    public void close() {
      if (!finished) {
        finished = true;
        stream.finish();
        loader.finishBulk();
      }
    }
  }

  /** One write transaction per batch of articles. */
  private static final class Batched extends QuadSink {
    private final Dataset target;
    private final int batch;
    private int pending;
    private boolean writing;

    Batched(Dataset target, int batch, SharedQuads shared) {
      super(shared);
      this.target = target;
      this.batch = batch;
    }

    @Override
    void put(Quad q) {
      begin();
      target.asDatasetGraph().add(q);
    }

    @Override
    void articleDone() {
      begin(); // an article whose quads were all repeats still counts toward the batch
      if (++pending >= batch) {
        commit();
      }
    }

    private void begin() {
      if (!writing) {
        target.begin(ReadWrite.WRITE);
        writing = true;
      }
    }

    private void commit() {
      target.commit();
      target.end();
      pending = 0;
      writing = false;
    }

    @Override
    <T> T finish(Supplier<T> last) {
      begin(); // commit even with no article left over
      try {
        return last.get();
      } finally {
        commit(); // the last batch's articles are kept even if the last writes fail
      }
    }

    @Override
    public void close() {
      if (writing) {
        commit();
      }
    }
  }
}
