package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.article.LineRules.Boilerplate;
import org.newsgraph.article.LineRules.Byline;

class LineRulesTest {

  private static final LineRules RULES = LineRules.load();

  @ParameterizedTest
  @ValueSource(strings = {
      "Kim Jong-un inspects a launch site in this photo released on Nov. 1. (KCNA/Yonhap)",
      "Soldiers walk past a train at a border station. (Reuters)",
      "Photo: A cargo ship docked at a port",
      "This photo, taken on Oct. 5, shows a cargo ship at a port.",
      "A handout picture of the port (Photo courtesy of the Ministry)"})
  void captions(String line) {
    assertTrue(RULES.isCaption(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The agency said the shipments continued (NIS).",
      "Director Kim (center) spoke to lawmakers on Wednesday.",
      "North Korea appears to have received technical advice from Russia"})
  void notCaptions(String line) {
    assertFalse(RULES.isCaption(line), line);
  }

  @Test
  void boilerplate() {
    assertEquals(Boilerplate.END, RULES.boilerplate("Related stories"));
    assertEquals(Boilerplate.END, RULES.boilerplate("Copyright © 2023 Example. All rights reserved."));
    assertEquals(Boilerplate.DROP, RULES.boilerplate("Advertisement"));
    assertEquals(Boilerplate.DROP, RULES.boilerplate("Share"));
    assertEquals(Boilerplate.NONE, RULES.boilerplate("Share prices fell on Wednesday."));
  }

  @Test
  void bylines() {
    assertEquals(Optional.of(new Byline("Jane Roe", ImmutableList.of("Jane Roe"), Optional.of("staff reporter"),
        Optional.empty())), RULES.byline("By Jane Roe, staff reporter"));
    assertEquals(List.of("Kim Arin", "Lee Jin-man"), RULES.byline("By Kim Arin and Lee Jin-man").orElseThrow().names());
    assertEquals(Optional.of("arin@example.com"), RULES.byline("By Kim Arin (arin@example.com)").orElseThrow().email());
    assertEquals(Optional.empty(), RULES.byline("By Friday, officials said the talks would resume."));
    assertEquals(Optional.empty(), RULES.byline("By 2025 the plant will be finished."));
  }

  @Test
  void contacts() {
    assertEquals(Optional.of("english@example.co.kr"),
        RULES.contactEmail("Please direct questions or comments to [english@example.co.kr]"));
    assertEquals(Optional.empty(), RULES.contactEmail("Officials did not reply to questions on Wednesday."));
  }
}
