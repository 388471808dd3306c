package org.newsgraph.cli;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.newsgraph.validate.ShapesValidator;
import org.newsgraph.validate.ValidationResult;

/** The SHACL gate every build passes through, with the shapes bundled in the jar. */
final class Validation {
  static final String SHAPES = "/org/newsgraph/ontology/shapes.ttl";

  private Validation() {}

  static ValidationResult validate(Dataset ds, String base) {
    ShapesValidator v = ShapesValidator.loadBundled(SHAPES, base);
    return Txn.calculateRead(ds, () -> v.validate(ds));
  }
}
