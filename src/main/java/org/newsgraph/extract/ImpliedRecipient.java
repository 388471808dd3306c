package org.newsgraph.extract;

import com.google.common.collect.ImmutableListMultimap;
import java.util.List;
import java.util.Optional;
import org.newsgraph.nlp.Sentence;

/**
 * "According to the NIS, Moscow has supplied air defence systems and drones": goods handed over with nobody named to
 * receive them go to the country the article last paired the giver with ("North Korea sent troops to Russia ...").
 */
final class ImpliedRecipient {
  private ImpliedRecipient() {}

  /** {@code f} with the other country of the last pair as its recipient, when it names goods but no receiver or place. */
  static Frame fill(Frame f, Sentence s, List<Entity> lastPair) {
    boolean transfer = f.rule().eventClass().map("Transfer"::equals).orElse(false);
    if (!transfer || lastPair.size() != 2 || f.rule().slot("recipient").isEmpty() || !f.roles().get("recipient").isEmpty()
        || !f.roles().get("destination").isEmpty() || f.roles().get("item").isEmpty()) {
      return f;
    }
    Optional<Entity> agent = f.first("agent").filter(a -> a.type() == EntityType.COUNTRY && lastPair.contains(a));
    if (agent.isEmpty()) {
      return f;
    }
    Entity other = lastPair.get(0).equals(agent.get()) ? lastPair.get(1) : lastPair.get(0);
    return new Frame(f.rule(), f.sentence(), f.trigger(), f.triggerEnd(), ImmutableListMultimap.<String, Mention>builder()
        .putAll(f.roles()).put("recipient", SlotFinders.syntheticMention(s, f.trigger(), other)).build());
  }
}
