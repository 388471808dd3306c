package org.newsgraph.link;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import org.newsgraph.extract.DataFiles;
import org.newsgraph.extract.EntityType;

/**
 * Which Wikidata classes and country property fit each newsgraph entity type ({@code wikidata-checks.tsv}).
 * Every id must be in the verified list: a check that needs an unverified id is not made.
 */
final class TypeChecks {
  static final String RESOURCE = "/org/newsgraph/link/wikidata-checks.tsv";

  /** The checks of one type. */
  record Check(ImmutableList<String> classProperties, ImmutableSet<String> classes, Optional<String> countryProperty,
      String note) {}

  private final ImmutableMap<EntityType, Check> checks;

  private TypeChecks(ImmutableMap<EntityType, Check> checks) {
    this.checks = checks;
  }

  static TypeChecks load(VerifiedIds verified) {
    return parse(DataFiles.resource(RESOURCE), verified);
  }

  static TypeChecks parse(List<DataFiles.Line> lines, VerifiedIds verified) {
    ImmutableMap.Builder<EntityType, Check> b = ImmutableMap.builder();
    for (DataFiles.Line line : lines) {
      if (line.field(0).equals("type")) {
        continue;
      }
      EntityType type = EntityType.parse(line.field(0))
          .orElseThrow(() -> line.error(1, "unknown entity type '" + line.field(0) + "'"));
      ImmutableList<String> properties = verifiedList(line, 1, verified);
      ImmutableSet<String> classes = ImmutableSet.copyOf(verifiedList(line, 2, verified));
      ImmutableList<String> country = verifiedList(line, 3, verified);
      b.put(type, new Check(properties, classes, country.stream().findFirst(), line.field(4)));
    }
    return new TypeChecks(b.buildOrThrow());
  }

  private static ImmutableList<String> verifiedList(DataFiles.Line line, int field, VerifiedIds verified) {
    ImmutableList<String> ids = DataFiles.list(line.field(field));
    for (String id : ids) {
      if (!verified.contains(id)) {
        throw line.error(line.columnOf(field), "'" + id + "' is not in verified-ids.tsv: only verified ids may be used");
      }
    }
    return ids;
  }

  /** The checks for {@code type}; a type the file does not list gets none. */
  Check of(EntityType type) {
    return checks.getOrDefault(type, new Check(ImmutableList.of(), ImmutableSet.of(), Optional.empty(), "not listed"));
  }
}
