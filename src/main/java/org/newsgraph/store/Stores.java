package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.block.FileMode;
import org.apache.jena.dboe.sys.SystemIndex;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

/** Opens the dataset a build writes into: in memory, or TDB2 on disk at a location. */
public final class Stores {
  private Stores() {}

  public static Dataset inMemory() {
    return DatasetFactory.createTxnMem();
  }

  /** A TDB2 dataset at {@code location}, created if the folder is new. */
  public static Dataset tdb2(Path location) {
    try {
      Files.createDirectories(location);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + location, e);
    }
    return TDB2Factory.connectDataset(location.toString());
  }

  /**
   * A TDB2 dataset at {@code location} opened to add a few articles: when a store is already there, this JVM's TDB2
   * files are read block by block ({@link FileMode#direct}) instead of through memory maps. A page fault in a mapped
   * file reads the device's whole read-ahead window (8 MB on this machine's disk), so an insert that touches a few
   * hundred random B+tree pages of a store larger than memory read 6 GB (100,000 articles: adding one article
   * 1.1-3.0 s); block reads fetch what they touch (0.2 GB, 0.5-1.5 s). Direct mode keeps up to 10,000 blocks per
   * B+tree file in the heap, which suits a short-lived process adding articles and not a long-running server
   * (whose heap {@code bin/newsgraph} caps), so only {@code newsgraph add} asks for it. The file mode is the JVM's:
   * it must be chosen before the first TDB2 file is opened, and a later call cannot change it.
   */
  public static Dataset forAdding(Path location) {
    if (holdsStore(location)) {
      SystemIndex.setFileMode(FileMode.direct);
    }
    return tdb2(location);
  }

  /** Whether {@code location} holds a TDB2 store (a {@code Data-NNNN} folder). */
  public static boolean holdsStore(Path location) {
    if (!Files.isDirectory(location)) {
      return false;
    }
    try (Stream<Path> children = Files.list(location)) {
      return children.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("Data-"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + location, e);
    }
  }

  /** Whether the dataset holds any quad (a TDB2 store reopened with data need not be built again). */
  public static boolean isEmpty(Dataset ds) {
    return Txn.calculateRead(ds, () -> !ds.asDatasetGraph().find().hasNext());
  }
}
