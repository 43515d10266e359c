package org.frontline.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.ConfigFactory;
import java.util.List;
import java.util.Map;
import org.frontline.features.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicScorerTest {

  /** Every token weighs 1: scores are plain weighted hits per 1,000 tokens. */
  private static final TermWeights UNIFORM = token -> 1.0;

  private static List<String> words(String text) {
    return Analyzer.tokenize(text);
  }

  /** A scorer over {@code labels} plus a fallback "other", with min-score 0 and title weight 3. */
  private static TopicScorer scorer(String... labels) {
    return scorer(0, 3, labels);
  }

  private static TopicScorer scorer(double minScore, double titleWeight, String... labels) {
    String hocon =
        "topics { fallback = other, min-score = "
            + minScore
            + ", title-weight = "
            + titleWeight
            + ", labels = [ "
            + String.join(", ", labels)
            + ", { name = other, terms {} } ] }";
    return new TopicScorer(Taxonomy.fromConfig(ConfigFactory.parseString(hocon)));
  }

  /** {@code n} tokens that match nothing. */
  private static String filler(int n) {
    return " filler".repeat(n);
  }

  @ParameterizedTest(name = "\"{0}\" -> {1} hits")
  @CsvSource({
    "the front line held, 1",
    "along the front-line villages, 1",
    "FRONT LINE, 1",
    "front row line, 0",
    "frontline, 0",
    "front, 0",
    "line front, 0",
  })
  void matchesPhrasesOnConsecutiveWholeTokens(String body, int hits) {
    TopicScorer scorer = scorer("{ name = war, terms { \"front line\" = 1 } }");

    assertThat(scorer.score(words(null), words(body), UNIFORM).score("war")).isEqualTo(hits * 10.0);
  }

  @ParameterizedTest(name = "\"{0}\" -> {1} hits")
  @CsvSource({
    "sanction, 1",
    "new Sanctions, 1",
    "sanctioned firms, 1",
    "unsanctioned, 0",
    "sanc, 0",
    "f-16, 1",
    "f-16s, 1",
    "f 16, 1",
    "f16, 0",
  })
  void matchesPrefixTermsOnTheStartOfTheLastToken(String body, int hits) {
    TopicScorer scorer = scorer("{ name = aid, terms { \"sanction*\" = 1, \"f-16*\" = 1 } }");

    assertThat(scorer.score(words(null), words(body), UNIFORM).score("aid")).isEqualTo(hits * 10.0);
  }

  @Test
  void matchesExactTermsOnlyOnTheWholeToken() {
    TopicScorer scorer = scorer("{ name = aid, terms { tank = 1 } }");

    assertThat(scorer.score(words(null), words("tanks tanker tank"), UNIFORM).score("aid"))
        .isEqualTo(10.0);
  }

  @Test
  void takesTheLongestPhraseAtEachPositionAndContinuesAfterIt() {
    TopicScorer scorer =
        scorer(
            "{ name = a, terms { front = 1 } }",
            "{ name = b, terms { \"front line\" = 1 } }",
            "{ name = c, terms { line = 1, \"line front\" = 5 } }");

    TopicScorer.Scores scores =
        scorer.score(words(null), words("front line front line line"), UNIFORM);

    assertThat(scores.score("a")).isZero();
    assertThat(scores.score("b")).isEqualTo(20.0);
    assertThat(scores.score("c")).isEqualTo(10.0);
  }

  @Test
  void prefersAnExactWordToAStemAndALongerStemToAShorterOne() {
    TopicScorer scorer =
        scorer(
            "{ name = exact, terms { sanctions = 1 } }",
            "{ name = short, terms { \"sanction*\" = 1 } }",
            "{ name = long, terms { \"sanctioned*\" = 1 } }");

    TopicScorer.Scores scores =
        scorer.score(words(null), words("sanctions sanctioned sanction sanctioning"), UNIFORM);

    assertThat(scores.scores()).containsExactly(10.0, 20.0, 10.0, 0.0);
  }

  @Test
  void prefersAnExactLastWordToAStemInPhrasesOfEqualLength() {
    TopicScorer scorer =
        scorer(
            "{ name = stem, terms { \"missile strike*\" = 1 } }",
            "{ name = exact, terms { \"missile strikes\" = 1 } }");

    TopicScorer.Scores scores =
        scorer.score(words(null), words("missile strikes, missile striker"), UNIFORM);

    assertThat(scores.scores()).containsExactly(10.0, 10.0, 0.0);
  }

  @Test
  void creditsEveryLabelThatListsTheMatchedTerm() {
    TopicScorer scorer =
        scorer("{ name = a, terms { \"grid\" = 2 } }", "{ name = b, terms { \"Grid\" = 3 } }");

    assertThat(scorer.score(words(null), words("the grid"), UNIFORM).scores())
        .containsExactly(20.0, 30.0, 0.0);
  }

  @Test
  void countsTitleHitsTitleWeightTimes() {
    TopicScorer scorer = scorer(0, 3, "{ name = war, terms { troops = 2 } }");

    assertThat(scorer.score(words("Troops"), words(null), UNIFORM).score("war")).isEqualTo(60.0);
    assertThat(scorer.score(words(null), words("troops"), UNIFORM).score("war")).isEqualTo(20.0);
    assertThat(scorer.score(words("troops"), words("troops"), UNIFORM).score("war"))
        .isEqualTo(80.0);
  }

  @Test
  void neverMatchesAPhraseAcrossTitleAndBody() {
    TopicScorer scorer = scorer("{ name = war, terms { \"front line\" = 1 } }");

    assertThat(scorer.score(words("On the front"), words("line of duty"), UNIFORM).score("war"))
        .isZero();
  }

  @Test
  void dividesByTheTokenCountOfTitleAndBodyButAtLeastOneHundred() {
    TopicScorer scorer = scorer(0, 1, "{ name = war, terms { troops = 1 } }");

    assertThat(scorer.score(words(null), words("troops"), UNIFORM).score("war")).isEqualTo(10.0);
    assertThat(scorer.score(words("troops" + filler(99)), words(filler(100)), UNIFORM).score("war"))
        .isEqualTo(5.0);
    assertThat(
            scorer
                .score(words(null), words("troops troops troops" + filler(697)), UNIFORM)
                .score("war"))
        .isEqualTo(4.2857);
  }

  @Test
  void breaksTiesByTaxonomyOrder() {
    String body = "apple banana";

    assertThat(
            scorer("{ name = a, terms { apple = 1 } }", "{ name = b, terms { banana = 1 } }")
                .score(words(null), words(body), UNIFORM)
                .topic())
        .isEqualTo("a");
    assertThat(
            scorer("{ name = b, terms { banana = 1 } }", "{ name = a, terms { apple = 1 } }")
                .score(words(null), words(body), UNIFORM)
                .topic())
        .isEqualTo("b");
  }

  @Test
  void picksTheHighestScore() {
    TopicScorer scorer =
        scorer("{ name = a, terms { apple = 1 } }", "{ name = b, terms { banana = 1 } }");

    assertThat(scorer.score(words(null), words("apple banana banana"), UNIFORM).topic())
        .isEqualTo("b");
  }

  @Test
  void fallsBackWhenTheBestScoreIsBelowMinScore() {
    TopicScorer scorer = scorer(15, 3, "{ name = war, terms { troops = 1 } }");

    TopicScorer.Scores oneHit = scorer.score(words(null), words("troops"), UNIFORM);
    assertThat(oneHit.topic()).isEqualTo("other");
    assertThat(oneHit.score("war")).isEqualTo(10.0);
    assertThat(scorer.score(words(null), words("troops troops"), UNIFORM).topic()).isEqualTo("war");
    assertThat(scorer.score(words(null), words("troops troops" + filler(150)), UNIFORM).topic())
        .isEqualTo("other");
  }

  @Test
  void fallsBackWithoutAnyHitEvenWhenMinScoreIsZero() {
    TopicScorer scorer = scorer(0, 3, "{ name = war, terms { troops = 1 } }");

    assertThat(scorer.score(words(null), words("football results"), UNIFORM).topic())
        .isEqualTo("other");
  }

  @Test
  void handlesNullAndBlankInputs() {
    TopicScorer scorer = scorer("{ name = war, terms { troops = 1 } }");

    for (String[] input : new String[][] {{null, null}, {"", ""}, {"  ", "\n\t"}, {null, "..."}}) {
      TopicScorer.Scores scores = scorer.score(words(input[0]), words(input[1]), UNIFORM);
      assertThat(scores.topic()).isEqualTo("other");
      assertThat(scores.scores()).containsExactly(0.0, 0.0);
    }
    assertThat(scorer.score(words("Troops"), words(null), UNIFORM).topic()).isEqualTo("war");
    assertThat(scorer.score(words(null), words("troops"), UNIFORM).topic()).isEqualTo("war");
  }

  @Test
  void scoresAFallbackThatHasTermsLikeAnyOtherLabel() {
    String hocon =
        "topics { fallback = misc, min-score = 0, title-weight = 1, labels = ["
            + " { name = war, terms { troops = 1 } }, { name = misc, terms { football = 1 } } ] }";
    TopicScorer scorer = new TopicScorer(Taxonomy.fromConfig(ConfigFactory.parseString(hocon)));

    TopicScorer.Scores scores =
        scorer.score(words(null), words("football troops football"), UNIFORM);

    assertThat(scores.topic()).isEqualTo("misc");
    assertThat(scores.scores()).containsExactly(10.0, 20.0);
  }

  @Test
  void exposesScoresAlignedWithLabelNames() {
    TopicScorer scorer =
        scorer("{ name = a, terms { apple = 1 } }", "{ name = b, terms { banana = 1 } }");

    TopicScorer.Scores scores = scorer.score(words(null), words("banana"), UNIFORM);

    assertThat(scorer.labelNames()).containsExactly("a", "b", "other");
    assertThat(scores.labelNames()).isEqualTo(scorer.labelNames());
    assertThat(scores.scoreList()).containsExactly(0.0, 10.0, 0.0);
    assertThat(scores).hasToString("Scores{topic=b, a=0.0, b=10.0, other=0.0}");
    assertThatThrownBy(() -> scores.score("c"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot get the score of 'c': must be one of the labels [a, b, other]");
  }

  @Test
  void returnsACopyOfTheScores() {
    TopicScorer.Scores scores =
        scorer("{ name = a, terms { apple = 1 } }").score(words(null), words("apple"), UNIFORM);

    scores.scores()[0] = 99;

    assertThat(scores.score("a")).isEqualTo(10.0);
  }

  @Test
  void isDeterministicAndSurvivesJavaSerialisation() throws Exception {
    TopicScorer scorer =
        scorer(
            "{ name = a, terms { apple = 1, \"apple pie*\" = 2 } }",
            "{ name = b, terms { \"ban*\" = 1, banana = 3 } }");
    String body = "Apple pies, bananas and a banana; apple bandits.";

    TopicScorer copy = TaxonomyTest.roundTrip(scorer);

    assertThat(copy.score(words("Apple"), words(body), UNIFORM))
        .isEqualTo(scorer.score(words("Apple"), words(body), UNIFORM))
        .hasSameHashCodeAs(scorer.score(words("Apple"), words(body), UNIFORM));
    assertThat(scorer.score(words("Apple"), words(body), UNIFORM).scores())
        .containsExactly(60.0, 50.0, 0.0);
  }

  @Test
  void weighsAHitByItsTokenRelativeToTheWeightOfTheWholeDocument() {
    TopicScorer scorer = scorer(0, 1, "{ name = war, terms { troops = 1 } }");
    String body = "troops" + filler(99);
    TermWeights rareTroops = token -> token.equals("troops") ? 5.0 : 1.0;

    // One hit of weight 5 in a mass of 5 + 99: about 4.8 plain hits per 1,000 tokens.
    assertThat(scorer.score(words(null), words(body), rareTroops).score("war")).isEqualTo(48.0769);
    assertThat(scorer.score(words(null), words(body), UNIFORM).score("war")).isEqualTo(10.0);
  }

  @Test
  void givesTheSameScoresWhateverTheScaleOfTheWeights() {
    TopicScorer scorer = scorer(0, 3, "{ name = war, terms { troops = 1, \"front line\" = 2 } }");
    String title = "Troops hold the front line";
    String body = "The front line moved as troops advanced." + filler(40);

    assertThat(scorer.score(words(title), words(body), token -> 3.0))
        .isEqualTo(scorer.score(words(title), words(body), UNIFORM));
  }

  @Test
  void weighsAPhraseHitByTheMeanWeightOfItsWords() {
    TopicScorer scorer = scorer(0, 1, "{ name = war, terms { \"front line\" = 1 } }");
    Map<String, Double> weights = Map.of("front", 2.0, "line", 4.0);

    TopicScorer.Scores scores =
        scorer.score(
            words(null),
            words("front line" + filler(98)),
            token -> weights.getOrDefault(token, 1.0));

    assertThat(scores.score("war")).isEqualTo(28.8462);
  }

  @Test
  void countsAShortDocumentAsOneHundredTokensOfItsMeanWeight() {
    TopicScorer scorer = scorer(0, 1, "{ name = war, terms { troops = 1 } }");

    // Mass (5 + 1) scaled to 100 tokens: 300; one hit of weight 5.
    assertThat(
            scorer
                .score(words(null), words("troops filler"), t -> t.equals("troops") ? 5.0 : 1.0)
                .score("war"))
        .isEqualTo(16.6667);
  }
}
