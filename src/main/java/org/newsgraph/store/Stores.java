package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

  /** Whether the dataset holds any quad (a TDB2 store reopened with data need not be built again). */
  public static boolean isEmpty(Dataset ds) {
    return Txn.calculateRead(ds, () -> !ds.asDatasetGraph().find().hasNext());
  }
}
