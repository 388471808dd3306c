package org.newsgraph.extract;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The frame rules, parsed from {@code frames.tsv}; every problem is reported with its line and column. */
public final class RuleSet {
  static final ImmutableSet<String> FINDERS = ImmutableSet.of(
      "subject", "passive-by", "inherit", "first-doer", "frame-agent", "possessor-state", "lawmakers", "inherit-target", "inherit-item", "object", "indirect-object", "items", "modes", "possessor", "modifier", "governor",
      "hyphen-first", "hyphen-second", "between-first", "between-second", "conjunct", "demonym", "demonym-before", "maker", "relative-head", "patient", "event-subject", "event-it", "origin-country", "port-country", "experts-of", "object-owner", "vessel", "flag", "to-flag", "participle-by", "purpose", "for-owner", "fronted-in", "in-state", "for-event", "doers-for", "place-country", "forces-of", "troops-of", "the-troops", "after-be", "relative-object", "by", "of", "at",
      "to", "to*", "to-support", "from", "with", "before", "in", "against", "on", "into", "inside", "within", "for", "through", "under", "via", "across", "toward", "towards");
  private static final Pattern RELATION = Pattern.compile("\\s*(\\w+)\\((\\w+),\\s*(\\w+)\\)\\s*");

  private final ImmutableList<Rule> rules;

  private RuleSet(ImmutableList<Rule> rules) {
    this.rules = rules;
  }

  public ImmutableList<Rule> rules() {
    return rules;
  }

  public static RuleSet load() {
    return parse(DataFiles.resource("/org/newsgraph/extract/frames.tsv"));
  }

  /** Every lemma the rules name, for the lemmatiser. */
  public Set<String> lemmas() {
    Set<String> out = new java.util.TreeSet<>();
    for (Rule r : rules) {
      for (Rule.Trigger t : r.triggers()) {
        out.add(t.lemma());
        out.addAll(t.nearbyNouns());
      }
    }
    return out;
  }

  static RuleSet parse(List<DataFiles.Line> lines) {
    List<Rule> rules = new ArrayList<>();
    for (DataFiles.Line line : lines) {
      if (line.fields().size() != 7) {
        throw line.error(1, "expected 7 tab-separated fields, found " + line.fields().size());
      }
      String pos = line.field(2);
      if (!Set.of("V", "N", "*").contains(pos)) {
        throw line.error(line.columnOf(2), "pos must be V, N or *");
      }
      ImmutableList<Rule.Slot> slots = slots(line);
      ImmutableList<Rule.RelationTemplate> relations = relations(line, slots);
      double confidence;
      try {
        confidence = Double.parseDouble(line.field(6));
      } catch (NumberFormatException e) {
        throw line.error(line.columnOf(6), "confidence must be a number: " + line.field(6));
      }
      String event = line.field(3);
      rules.add(new Rule(line.field(0), triggers(line.field(1)), pos.charAt(0),
          event.equals("-") ? Optional.empty() : Optional.of(event), slots, relations, confidence));
    }
    return new RuleSet(ImmutableList.copyOf(rules));
  }

  private static ImmutableList<Rule.Trigger> triggers(String field) {
    // "send+delegation|team" : the first word carries the noun list; "appear before|testify to" : phrases
    ImmutableList.Builder<Rule.Trigger> out = ImmutableList.builder();
    if (field.contains("+")) {
      for (String part : field.split("\\|(?=[a-z -]+\\+)")) {
        String[] lemmaNouns = part.split("\\+", 2);
        out.add(new Rule.Trigger(lemmaNouns[0].strip(), ImmutableList.of(), ImmutableSet.copyOf(DataFiles.list(lemmaNouns[1]))));
      }
      return out.build();
    }
    for (String phrase : DataFiles.list(field)) {
      String[] words = phrase.split(" ");
      out.add(new Rule.Trigger(words[0], ImmutableList.copyOf(words).subList(1, words.length), ImmutableSet.of()));
    }
    return out.build();
  }

  private static ImmutableList<Rule.Slot> slots(DataFiles.Line line) {
    ImmutableList.Builder<Rule.Slot> out = ImmutableList.builder();
    for (String spec : line.field(4).split(";")) {
      if (spec.isBlank()) {
        continue;
      }
      Matcher m = Pattern.compile("\\s*(\\w+)=([\\w*|-]+):([\\w,]+)\\s*").matcher(spec);
      if (!m.matches()) {
        throw line.error(line.columnOf(4), "slot must be role=finder|finder:Type,Type: '" + spec.strip() + "'");
      }
      ImmutableList<String> finders = DataFiles.list(m.group(2));
      for (String f : finders) {
        if (!FINDERS.contains(f)) {
          throw line.error(line.columnOf(4), "unknown finder '" + f + "' (known: " + String.join(", ", FINDERS) + ")");
        }
      }
      ImmutableSet.Builder<EntityType> types = ImmutableSet.builder();
      for (String t : m.group(3).split(",")) {
        types.add(EntityType.parse(t).orElseThrow(() -> line.error(line.columnOf(4), "unknown type '" + t + "'")));
      }
      out.add(new Rule.Slot(m.group(1), finders, types.build()));
    }
    return out.build();
  }

  private static ImmutableList<Rule.RelationTemplate> relations(DataFiles.Line line, List<Rule.Slot> slots) {
    ImmutableList.Builder<Rule.RelationTemplate> out = ImmutableList.builder();
    if (line.field(5).equals("-")) {
      return out.build();
    }
    Set<String> roles = new java.util.HashSet<>();
    slots.forEach(s -> roles.add(s.role()));
    for (String spec : line.field(5).split(";")) {
      Matcher m = RELATION.matcher(spec);
      if (!m.matches()) {
        throw line.error(line.columnOf(5), "relation must be name(role,role): '" + spec.strip() + "'");
      }
      if (!roles.contains(m.group(2)) || !roles.contains(m.group(3))) {
        throw line.error(line.columnOf(5), "relation names a role no slot fills: '" + spec.strip() + "'");
      }
      out.add(new Rule.RelationTemplate(m.group(1), m.group(2), m.group(3)));
    }
    return out.build();
  }
}
