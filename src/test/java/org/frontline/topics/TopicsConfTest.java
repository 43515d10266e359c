package org.frontline.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.frontline.features.Analyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks the shipped taxonomy in conf/topics.conf against realistic news. */
class TopicsConfTest {
  /** Scoring without corpus statistics: every token weighs 1. */
  private static final TermWeights UNIFORM = token -> 1.0;

  private static List<String> words(String text) {
    return Analyzer.tokenize(text);
  }

  private static Taxonomy taxonomy;
  private static TopicScorer scorer;

  @BeforeAll
  static void loadTheShippedTaxonomy() {
    taxonomy = Taxonomy.load(Path.of("conf/topics.conf"));
    scorer = new TopicScorer(taxonomy);
  }

  @Test
  void hasTheAgreedLabelsInOrder() {
    assertThat(taxonomy.labelNames())
        .containsExactly(
            "frontline",
            "casualties",
            "diplomacy",
            "sanctions-economy",
            "energy",
            "nuclear",
            "humanitarian",
            "domestic-politics",
            "military-aid",
            "war-crimes",
            "information-cyber",
            "other");
    assertThat(taxonomy.fallback()).isEqualTo("other");
    assertThat(taxonomy.minScore()).isPositive();
    assertThat(taxonomy.titleWeight()).isGreaterThanOrEqualTo(1.0);
  }

  @Test
  void givesEveryRealLabelTwentyFiveToFiftyTermsWeightedOneToThree() {
    for (Taxonomy.Label label : taxonomy.labels()) {
      if (label.name().equals(taxonomy.fallback())) {
        assertThat(label.terms()).as(label.name()).isEmpty();
      } else {
        assertThat(label.terms()).as(label.name()).hasSizeBetween(25, 50);
        assertThat(label.terms())
            .as(label.name())
            .allSatisfy(term -> assertThat(term.weight()).isBetween(1.0, 3.0));
      }
    }
  }

  static Stream<Arguments> news() {
    return Stream.of(
        Arguments.of(
            "frontline",
            "Ukraine retakes villages near Kharkiv",
            "Ukrainian forces recaptured three villages north-east of Kharkiv after days of heavy"
                + " fighting, the General Staff said on Sunday. Assault brigades pushed Russian"
                + " troops back across the Siverskyi Donets river and established a bridgehead,"
                + " while artillery kept up shelling of Russian positions along the front line."),
        Arguments.of(
            "casualties",
            "Death toll rises after strike on Dnipro apartment block",
            "The death toll from Saturday's strike on an apartment block in Dnipro rose to 45,"
                + " including six children, regional officials said. Rescuers pulled more bodies"
                + " from the rubble overnight, and 79 people were injured, 39 of them"
                + " hospitalised. The city declared a day of mourning."),
        Arguments.of(
            "diplomacy",
            "Foreign ministers meet as ceasefire talks stall",
            "Foreign ministers from both sides met in Istanbul for a second round of peace talks"
                + " mediated by Turkey, but diplomats said negotiations on a ceasefire had stalled"
                + " over security guarantees. The delegations agreed only on a prisoner exchange"
                + " and to meet again next month."),
        Arguments.of(
            "sanctions-economy",
            "EU tightens sanctions on Russian oil",
            "The European Union adopted a new package of sanctions on Tuesday targeting Russian oil"
                + " exports, lowering the price cap on crude and blacklisting dozens of tankers in"
                + " the shadow fleet. Officials said the measures aim to cut the Kremlin's oil"
                + " revenues, which still fund about a third of Russia's federal budget."),
        Arguments.of(
            "energy",
            "Blackouts across Ukraine after attack on power grid",
            "Russia launched a massive attack on Ukraine's energy infrastructure overnight, hitting"
                + " thermal power plants and substations in five regions. Ukrenergo introduced"
                + " emergency power outages in Kyiv and Odesa, and said repairs to the damaged"
                + " grid could take weeks as temperatures drop and demand for electricity rises."),
        Arguments.of(
            "nuclear",
            "IAEA warns over Zaporizhzhia plant",
            "The IAEA said the Zaporizhzhia nuclear power plant lost its last external power line"
                + " for the eighth time since the invasion, forcing operators to run diesel"
                + " generators to keep cooling the six reactors in cold shutdown. Rafael Grossi"
                + " called the situation at Europe's largest atomic plant extremely fragile."),
        Arguments.of(
            "humanitarian",
            "Thousands evacuated from frontline towns",
            "Authorities ordered the evacuation of families with children from towns in the"
                + " Donetsk region as shelling intensified. Volunteers and the Red Cross helped"
                + " hundreds of displaced people reach shelters in Dnipro, where aid groups handed"
                + " out food, drinking water and medicine. The UNHCR says millions of refugees"
                + " remain abroad."),
        Arguments.of(
            "domestic-politics",
            "Rada approves new mobilisation law",
            "Ukraine's parliament, the Verkhovna Rada, passed a long-debated mobilisation bill on"
                + " Thursday that lowers the conscription age, after lawmakers rejected more than"
                + " four thousand amendments. Opposition MPs said the vote was rushed, and a"
                + " minister resigned hours later amid a corruption probe."),
        Arguments.of(
            "military-aid",
            "US announces new military aid package",
            "The Pentagon announced a new military aid package for Ukraine worth $400 million,"
                + " including ammunition for HIMARS launchers, 155mm artillery shells and"
                + " interceptors for Patriot air defence systems. Allies meeting at Ramstein also"
                + " pledged to speed up deliveries of F-16 fighter jets."),
        Arguments.of(
            "war-crimes",
            "ICC issues arrest warrant over deported children",
            "The International Criminal Court issued an arrest warrant for Russian officials over"
                + " the unlawful deportation of Ukrainian children, a war crime under the Geneva"
                + " Conventions. Prosecutors said investigators had also documented torture and"
                + " summary executions in Bucha, where mass graves were found."),
        Arguments.of(
            "information-cyber",
            "Hackers knock out Kyivstar network",
            "A cyberattack claimed by hackers linked to Russian military intelligence knocked out"
                + " Kyivstar, Ukraine's largest mobile operator, leaving millions without internet"
                + " access. Officials also warned of a disinformation campaign on Telegram using"
                + " deepfake videos as propaganda."),
        Arguments.of(
            "other",
            "Shakhtar win the Ukrainian cup final",
            "Shakhtar Donetsk beat Vorskla Poltava 2-1 in the Ukrainian Cup final in Kyiv on"
                + " Wednesday, with the winning goal scored by their Brazilian striker in stoppage"
                + " time. The coach praised the supporters and said the team would now focus on"
                + " preparing for the Champions League qualifiers in July."),
        Arguments.of(
            "other",
            "Weather",
            "Sunny spells and light winds are expected across most of the country tomorrow,"
                + " with temperatures reaching 24 degrees in the south."));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("news")
  void labelsRealisticNewsSensibly(String expected, String title, String body) {
    assertThat(scorer.score(words(title), words(body), UNIFORM).topic()).isEqualTo(expected);
  }

  @Test
  void scoresAMillionAdversarialTokensInOnePass() {
    // Near-misses of multi-word phrases, stems and exact words, repeated: every position has
    // candidates to try, none of which may make the pass super-linear.
    String chunk =
        "front front line nuclear power power plant sanctionssss counter offensive"
            + " killed in in action f 16s crimes against against humanity ";
    int tokensPerChunk = Analyzer.tokenize(chunk).size();
    String body = chunk.repeat(1_000_000 / tokensPerChunk);

    TopicScorer.Scores scores = scorer.score(words("Front line"), words(body), UNIFORM);

    assertThat(taxonomy.labelNames()).contains(scores.topic());
    assertThat(scores.score("frontline")).isPositive();
  }

  @Test
  void scoresOneHugeTokenInBoundedWork() {
    TopicScorer.Scores scores =
        scorer.score(words(null), words("sanction".repeat(200_000)), UNIFORM);

    assertThat(scores.score("sanctions-economy")).isEqualTo(30.0);
  }
}
