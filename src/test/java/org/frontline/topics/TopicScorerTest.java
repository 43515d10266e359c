package org.frontline.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.ConfigFactory;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicScorerTest {

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

  @Test
  void tokenisesOnLettersAndDigitsAndLowercases() {
    assertThat(TopicScorer.tokenize("Russia's forces, 2024: Kyiv\u2014KHARKIV! counter-offensive"))
        .containsExactly(
            "russia", "s", "forces", "2024", "kyiv", "kharkiv", "counter", "offensive");
  }

  @Test
  void tokenisesOtherScriptsAndSupplementaryCharacters() {
    assertThat(TopicScorer.tokenize("Збройні Сили України; \uD835\uDC00bc"))
        .containsExactly("збройні", "сили", "україни", "\uD835\uDC00bc");
  }

  @Test
  void lowercasesIndependentlyOfTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("tr"));
    try {
      assertThat(TopicScorer.tokenize("INFANTRY")).containsExactly("infantry");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void givesNoTokensForNullBlankOrPunctuation() {
    assertThat(TopicScorer.tokenize(null)).isEmpty();
    assertThat(TopicScorer.tokenize("")).isEmpty();
    assertThat(TopicScorer.tokenize(" \t\n -- ... '")).isEmpty();
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

    assertThat(scorer.score(null, body).score("war")).isEqualTo(hits * 10.0);
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

    assertThat(scorer.score(null, body).score("aid")).isEqualTo(hits * 10.0);
  }

  @Test
  void matchesExactTermsOnlyOnTheWholeToken() {
    TopicScorer scorer = scorer("{ name = aid, terms { tank = 1 } }");

    assertThat(scorer.score(null, "tanks tanker tank").score("aid")).isEqualTo(10.0);
  }

  @Test
  void takesTheLongestPhraseAtEachPositionAndContinuesAfterIt() {
    TopicScorer scorer =
        scorer(
            "{ name = a, terms { front = 1 } }",
            "{ name = b, terms { \"front line\" = 1 } }",
            "{ name = c, terms { line = 1, \"line front\" = 5 } }");

    TopicScorer.Scores scores = scorer.score(null, "front line front line line");

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

    TopicScorer.Scores scores = scorer.score(null, "sanctions sanctioned sanction sanctioning");

    assertThat(scores.scores()).containsExactly(10.0, 20.0, 10.0, 0.0);
  }

  @Test
  void prefersAnExactLastWordToAStemInPhrasesOfEqualLength() {
    TopicScorer scorer =
        scorer(
            "{ name = stem, terms { \"missile strike*\" = 1 } }",
            "{ name = exact, terms { \"missile strikes\" = 1 } }");

    TopicScorer.Scores scores = scorer.score(null, "missile strikes, missile striker");

    assertThat(scores.scores()).containsExactly(10.0, 10.0, 0.0);
  }

  @Test
  void creditsEveryLabelThatListsTheMatchedTerm() {
    TopicScorer scorer =
        scorer("{ name = a, terms { \"grid\" = 2 } }", "{ name = b, terms { \"Grid\" = 3 } }");

    assertThat(scorer.score(null, "the grid").scores()).containsExactly(20.0, 30.0, 0.0);
  }

  @Test
  void countsTitleHitsTitleWeightTimes() {
    TopicScorer scorer = scorer(0, 3, "{ name = war, terms { troops = 2 } }");

    assertThat(scorer.score("Troops", null).score("war")).isEqualTo(60.0);
    assertThat(scorer.score(null, "troops").score("war")).isEqualTo(20.0);
    assertThat(scorer.score("troops", "troops").score("war")).isEqualTo(80.0);
  }

  @Test
  void neverMatchesAPhraseAcrossTitleAndBody() {
    TopicScorer scorer = scorer("{ name = war, terms { \"front line\" = 1 } }");

    assertThat(scorer.score("On the front", "line of duty").score("war")).isZero();
  }

  @Test
  void dividesByTheTokenCountOfTitleAndBodyButAtLeastOneHundred() {
    TopicScorer scorer = scorer(0, 1, "{ name = war, terms { troops = 1 } }");

    assertThat(scorer.score(null, "troops").score("war")).isEqualTo(10.0);
    assertThat(scorer.score("troops" + filler(99), filler(100)).score("war")).isEqualTo(5.0);
    assertThat(scorer.score(null, "troops troops troops" + filler(697)).score("war"))
        .isEqualTo(4.2857);
  }

  @Test
  void breaksTiesByTaxonomyOrder() {
    String body = "apple banana";

    assertThat(
            scorer("{ name = a, terms { apple = 1 } }", "{ name = b, terms { banana = 1 } }")
                .score(null, body)
                .topic())
        .isEqualTo("a");
    assertThat(
            scorer("{ name = b, terms { banana = 1 } }", "{ name = a, terms { apple = 1 } }")
                .score(null, body)
                .topic())
        .isEqualTo("b");
  }

  @Test
  void picksTheHighestScore() {
    TopicScorer scorer =
        scorer("{ name = a, terms { apple = 1 } }", "{ name = b, terms { banana = 1 } }");

    assertThat(scorer.score(null, "apple banana banana").topic()).isEqualTo("b");
  }

  @Test
  void fallsBackWhenTheBestScoreIsBelowMinScore() {
    TopicScorer scorer = scorer(15, 3, "{ name = war, terms { troops = 1 } }");

    TopicScorer.Scores oneHit = scorer.score(null, "troops");
    assertThat(oneHit.topic()).isEqualTo("other");
    assertThat(oneHit.score("war")).isEqualTo(10.0);
    assertThat(scorer.score(null, "troops troops").topic()).isEqualTo("war");
    assertThat(scorer.score(null, "troops troops" + filler(150)).topic()).isEqualTo("other");
  }

  @Test
  void fallsBackWithoutAnyHitEvenWhenMinScoreIsZero() {
    TopicScorer scorer = scorer(0, 3, "{ name = war, terms { troops = 1 } }");

    assertThat(scorer.score(null, "football results").topic()).isEqualTo("other");
  }

  @Test
  void handlesNullAndBlankInputs() {
    TopicScorer scorer = scorer("{ name = war, terms { troops = 1 } }");

    for (String[] input : new String[][] {{null, null}, {"", ""}, {"  ", "\n\t"}, {null, "..."}}) {
      TopicScorer.Scores scores = scorer.score(input[0], input[1]);
      assertThat(scores.topic()).isEqualTo("other");
      assertThat(scores.scores()).containsExactly(0.0, 0.0);
    }
    assertThat(scorer.score("Troops", null).topic()).isEqualTo("war");
    assertThat(scorer.score(null, "troops").topic()).isEqualTo("war");
  }

  @Test
  void scoresAFallbackThatHasTermsLikeAnyOtherLabel() {
    String hocon =
        "topics { fallback = misc, min-score = 0, title-weight = 1, labels = ["
            + " { name = war, terms { troops = 1 } }, { name = misc, terms { football = 1 } } ] }";
    TopicScorer scorer = new TopicScorer(Taxonomy.fromConfig(ConfigFactory.parseString(hocon)));

    TopicScorer.Scores scores = scorer.score(null, "football troops football");

    assertThat(scores.topic()).isEqualTo("misc");
    assertThat(scores.scores()).containsExactly(10.0, 20.0);
  }

  @Test
  void exposesScoresAlignedWithLabelNames() {
    TopicScorer scorer =
        scorer("{ name = a, terms { apple = 1 } }", "{ name = b, terms { banana = 1 } }");

    TopicScorer.Scores scores = scorer.score(null, "banana");

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
    TopicScorer.Scores scores = scorer("{ name = a, terms { apple = 1 } }").score(null, "apple");

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

    assertThat(copy.score("Apple", body))
        .isEqualTo(scorer.score("Apple", body))
        .hasSameHashCodeAs(scorer.score("Apple", body));
    assertThat(scorer.score("Apple", body).scores()).containsExactly(60.0, 50.0, 0.0);
  }
}
