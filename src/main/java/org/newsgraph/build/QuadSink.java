package org.newsgraph.build;

import java.util.function.Supplier;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
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

  /** Adds the article's quads; returns how many. */
  abstract long add(Dataset article);

  /** Ends the build: runs {@code last} in the write transaction that commits the last batch; returns its result. */
  abstract <T> T finish(Supplier<T> last);

  /** Ends the build if {@link #finish} did not (an article failed): what was added so far is kept. */
  @Override
  public abstract void close();

  static QuadSink open(Dataset target, int batch) {
    DatasetGraph dsg = target.asDatasetGraph();
    if (TDBInternal.isTDB2(dsg) && Txn.calculateRead(target, () -> !dsg.find().hasNext())) {
      return new Bulk(target);
    }
    return new Batched(target, batch);
  }

  /** TDB2's bulk loader, fed as a stream. */
  private static final class Bulk extends QuadSink {
    private final Dataset target;
    private final DataLoader loader;
    private final StreamRDF stream;
    private boolean finished;

    Bulk(Dataset target) {
      this.target = target;
      this.loader = LoaderFactory.phasedLoader(target.asDatasetGraph(), (fmt, args) -> LOG.debug(String.format(fmt, args)));
      loader.startBulk();
      this.stream = loader.stream();
      stream.start();
    }

    @Override
    long add(Dataset article) {
      long[] n = {0};
      article.asDatasetGraph().find().forEachRemaining(q -> {
        stream.quad(q);
        n[0]++;
      });
      return n[0];
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

    Batched(Dataset target, int batch) {
      this.target = target;
      this.batch = batch;
    }

    @Override
    long add(Dataset article) {
      if (pending == 0) {
        target.begin(ReadWrite.WRITE);
      }
      long[] n = {0};
      article.asDatasetGraph().find().forEachRemaining(q -> {
        target.asDatasetGraph().add(q);
        n[0]++;
      });
      if (++pending >= batch) {
        commit();
      }
      return n[0];
    }

    private void commit() {
      target.commit();
      target.end();
      pending = 0;
    }

    @Override
    <T> T finish(Supplier<T> last) {
      if (pending == 0) {
        target.begin(ReadWrite.WRITE);
        pending = 1; // commit even with no article left over
      }
      try {
        return last.get();
      } finally {
        commit(); // the last batch's articles are kept even if the last writes fail
      }
    }

    @Override
    public void close() {
      if (pending > 0) {
        commit();
      }
    }
  }
}
