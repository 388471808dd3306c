package org.newsgraph.extract;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A two-column data file read as a map from the first column (lower-cased unless asked) to the second. */
public final class Lexicon {
  private Lexicon() {}

  public static ImmutableMap<String, String> load(String resource, boolean lowerCaseKeys) {
    Map<String, String> map = new LinkedHashMap<>();
    for (DataFiles.Line line : DataFiles.resource(resource)) {
      if (line.fields().size() < 2) {
        throw line.error(1, "expected two tab-separated fields");
      }
      String key = lowerCaseKeys ? line.field(0).toLowerCase(Locale.ROOT) : line.field(0);
      map.put(key, line.field(1));
    }
    return ImmutableMap.copyOf(map);
  }
}
