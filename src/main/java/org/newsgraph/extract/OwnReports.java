package org.newsgraph.extract;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.newsgraph.nlp.Sentence;

/**
 * "..., the agency has said, Ukrinform reports.", "As Ukrinform reported earlier, ...", "NHK has learned that ...": an
 * outlet naming its own reporting is the article's voice (ANNOTATION.md: the narrator), not a speaker of its own. Those
 * attributions are dropped, so what they cover is the article's or the inner speaker's.
 */
final class OwnReports {
  private OwnReports() {}

  static ImmutableList<Attribution> without(Sentence s, List<Attribution> attributions) {
    return attributions.stream().filter(a -> !own(s, a)).collect(ImmutableList.toImmutableList());
  }

  private static boolean own(Sentence s, Attribution a) {
    if (a.speaker().isEmpty() || a.speaker().get().type() != EntityType.NEWS_ORGANIZATION || a.verbAt() < 0 || a.verbAt() >= s.size()) {
      return false;
    }
    String verb = s.token(a.verbAt()).lower();
    boolean earlier = verb.equals("reported") && a.verbAt() + 1 < s.size()
        && Regexes.matches(s.token(a.verbAt() + 1).lower(), "earlier|previously|before") && s.token(0).lower().equals("as");
    boolean learned = verb.equals("learned") && a.verbAt() > 0 && s.token(a.verbAt() - 1).lemma().equals("have");
    return verb.equals("reports") || earlier || learned;
  }
}
