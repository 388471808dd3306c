package org.newsgraph.link;

import com.google.common.collect.ImmutableSet;
import java.util.regex.Pattern;
import org.newsgraph.extract.DataFiles;

/**
 * Wikidata ids checked against public sources ({@code verified-ids.tsv}, copied from the project's shared
 * list with its provenance note). Only these, or ids whose gazetteer entry names the public page where the id
 * was checked, may be asserted as {@code owl:sameAs}.
 */
public final class VerifiedIds {
  private static final Pattern ID = Pattern.compile("[QP][1-9][0-9]*");
  private final ImmutableSet<String> ids;

  private VerifiedIds(ImmutableSet<String> ids) {
    this.ids = ids;
  }

  public static VerifiedIds load() {
    ImmutableSet.Builder<String> b = ImmutableSet.builder();
    for (DataFiles.Line line : DataFiles.resource("/org/newsgraph/link/verified-ids.tsv")) {
      String id = line.field(1);
      if (line.field(0).equals("label")) {
        continue;
      }
      if (!ID.matcher(id).matches()) {
        throw line.error(line.columnOf(1), "not a Wikidata id: '" + id + "'");
      }
      b.add(id);
    }
    return new VerifiedIds(b.build());
  }

  public boolean contains(String id) {
    return ids.contains(id);
  }
}
