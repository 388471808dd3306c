package org.newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.postag.POSModel;

/** The POS model the project bundles, read from the classpath for the tagger tests. */
final class BundledPosModel {
  private BundledPosModel() {}

  static POSModel load() throws IOException {
    try (InputStream in = BundledPosModel.class.getClassLoader().getResourceAsStream("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
      return new POSModel(in);
    }
  }
}
