package org.frontline.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaxonomyTest {

  private static final String LABELS =
      "labels = [\n"
          + "  { name = alpha, terms { apple = 1, \"front line\" = 2.5, \"sanction*\" = 3 } }\n"
          + "  { name = other, terms {} }\n"
          + "]\n";

  /** A valid topics block whose parts the tests replace one at a time. */
  private static String topics(
      String fallback, String minScore, String titleWeight, String labels) {
    return "topics {\n" + fallback + "\n" + minScore + "\n" + titleWeight + "\n" + labels + "\n}";
  }

  private static String validTopics() {
    return topics("fallback = other", "min-score = 5", "title-weight = 2", LABELS);
  }

  private static String withLabels(String labels) {
    return topics("fallback = other", "min-score = 5", "title-weight = 2", labels);
  }

  private static String withAlphaTerms(String terms) {
    return withLabels(
        "labels = [ { name = alpha, terms { " + terms + " } }, { name = other, terms {} } ]");
  }

  private static Taxonomy parse(String hocon) {
    return Taxonomy.fromConfig(ConfigFactory.parseString(hocon).resolve());
  }

  @Test
  void readsLabelsInFileOrderWithTheirTermsAndKnobs() {
    Taxonomy taxonomy = parse(validTopics());

    assertThat(taxonomy.labelNames()).containsExactly("alpha", "other");
    assertThat(taxonomy.fallback()).isEqualTo("other");
    assertThat(taxonomy.minScore()).isEqualTo(5.0);
    assertThat(taxonomy.titleWeight()).isEqualTo(2.0);
    assertThat(taxonomy.labels().get(0).terms())
        .containsExactly(
            new Taxonomy.Term("apple", List.of("apple"), false, 1.0),
            new Taxonomy.Term("front line", List.of("front", "line"), false, 2.5),
            new Taxonomy.Term("sanction*", List.of("sanction"), true, 3.0));
    assertThat(taxonomy.labels().get(1).terms()).isEmpty();
  }

  @Test
  void normalisesTermsLikeDocuments() {
    Taxonomy taxonomy = parse(withAlphaTerms("\" Counter-Offensive \" = 2, \"F-16*\" = 3"));

    assertThat(taxonomy.labels().get(0).terms())
        .containsExactly(
            new Taxonomy.Term("Counter-Offensive", List.of("counter", "offensive"), false, 2.0),
            new Taxonomy.Term("F-16*", List.of("f", "16"), true, 3.0));
  }

  @Test
  void acceptsNumbersWrittenAsStringsAsEnvironmentSubstitutionsProduceThem() {
    Taxonomy taxonomy =
        parse(topics("fallback = other", "min-score = \"7.5\"", "title-weight = \" 1 \"", LABELS));

    assertThat(taxonomy.minScore()).isEqualTo(7.5);
    assertThat(taxonomy.titleWeight()).isEqualTo(1.0);
  }

  @Test
  void acceptsZeroForMinScoreAndTitleWeight() {
    Taxonomy taxonomy =
        parse(topics("fallback = other", "min-score = 0", "title-weight = 0", LABELS));

    assertThat(taxonomy.minScore()).isZero();
    assertThat(taxonomy.titleWeight()).isZero();
  }

  @Test
  void namesTheLabelsWhenTheFallbackIsNotOne() {
    assertThatThrownBy(
            () -> parse(topics("fallback = misc", "min-score = 5", "title-weight = 2", LABELS)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Cannot set topics.fallback to 'misc': must be one of the labels [alpha, other]");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      textBlock =
          """
          no topics block              | other { }                                                  | Missing topics:
          topics not a block           | topics = 3                                                 | Cannot set topics to 3
          unknown key in topics        | topics { colour = red }                                    | Unknown key topics.colour:
          missing labels               | topics { fallback = other, min-score = 1, title-weight = 1 } | Missing topics.labels:
          """)
  void rejectsABrokenTopicsBlock(String rule, String hocon, String message) {
    assertThatThrownBy(() -> parse(hocon))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      textBlock =
          """
          labels not a list        | labels = { name = other }                              | Cannot set topics.labels to
          empty labels             | labels = []                                            | Cannot set topics.labels to []: must hold at least one label
          label not an object      | labels = [ other ]                                     | Cannot set topics.labels[0] to 'other'
          unknown key in label     | labels = [ { name = other, terms {}, weight = 2 } ]    | Unknown key topics.labels[0].weight: allowed keys in a label are [name, terms]
          missing name             | labels = [ { terms {} } ]                              | Missing topics.labels[0].name:
          uppercase name           | labels = [ { name = Other, terms {} } ]                | Cannot set topics.labels[0].name to 'Other': must match [a-z][a-z-]*
          name with digit          | labels = [ { name = top10, terms {} } ]                | Cannot set topics.labels[0].name to 'top10'
          name starting with dash  | labels = [ { name = "-other", terms {} } ]           | Cannot set topics.labels[0].name to '-other'
          numeric name             | labels = [ { name = 7, terms {} } ]                    | Cannot set topics.labels[0].name to 7
          duplicate name           | labels = [ { name = other, terms {} }, { name = x, terms {} }, { name = other, terms {} } ] | Cannot set topics.labels[2].name to 'other': topics.labels[0] already uses it
          missing terms            | labels = [ { name = other } ]                          | Missing topics.labels[0].terms:
          terms not an object      | labels = [ { name = other, terms = [ apple ] } ]       | Cannot set topics.labels[0].terms to ["apple"]
          """)
  void rejectsBrokenLabels(String rule, String labels, String message) {
    assertThatThrownBy(() -> parse(withLabels(labels)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      textBlock =
          """
          zero weight              | apple = 0                     | Cannot set topics.labels[0].terms.apple to 0: must be a number > 0
          negative weight          | apple = -1                    | Cannot set topics.labels[0].terms.apple to -1: must be a number > 0
          word as weight           | apple = lots                  | Cannot set topics.labels[0].terms.apple to 'lots': must be a number > 0
          infinite weight          | apple = 1e400                 | Cannot set topics.labels[0].terms.apple to
          dotted key becomes block | front.line = 2                | Cannot set topics.labels[0].terms.front to {"line":2}
          empty term               | "" = 1                      | Cannot use a blank term at topics.labels[0].terms.""
          blank term               | "   " = 1                   | Cannot use a blank term at topics.labels[0].terms."   "
          star alone               | "*" = 1                     | Cannot use the term '*' at topics.labels[0].terms."*": '*' is only allowed
          star inside a word       | "sanc*tion" = 1             | Cannot use the term 'sanc*tion' at topics.labels[0].terms."sanc*tion"
          star after a space       | "front *" = 1               | Cannot use the term 'front *' at topics.labels[0].terms."front *"
          two stars                | "front**" = 1               | Cannot use the term 'front**' at topics.labels[0].terms."front**"
          punctuation only         | "--" = 1                    | Cannot use the term '--' at topics.labels[0].terms.--: it has no letters or digits
          same words twice         | "front line" = 1, "Front-Line" = 2 | Cannot use the term 'front line' at topics.labels[0].terms."front line": it matches the same words as 'Front-Line'
          """)
  void rejectsBrokenTerms(String rule, String terms, String message) {
    assertThatThrownBy(() -> parse(withAlphaTerms(terms)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      textBlock =
          """
          missing fallback         | ~~                     | min-score = 5         | title-weight = 2      | Missing topics.fallback:
          fallback not a string    | fallback = [other]     | min-score = 5         | title-weight = 2      | Cannot set topics.fallback to ["other"]: must be one of the labels
          missing min-score        | fallback = other       | ~~                    | title-weight = 2      | Missing topics.min-score:
          negative min-score       | fallback = other       | min-score = -0.5      | title-weight = 2      | Cannot set topics.min-score to -0.5: must be a number >= 0
          word as min-score        | fallback = other       | min-score = high      | title-weight = 2      | Cannot set topics.min-score to 'high': must be a number >= 0
          NaN as min-score         | fallback = other       | min-score = NaN       | title-weight = 2      | Cannot set topics.min-score to 'NaN'
          missing title-weight     | fallback = other       | min-score = 5         | ~~                    | Missing topics.title-weight:
          negative title-weight    | fallback = other       | min-score = 5         | title-weight = -1     | Cannot set topics.title-weight to -1: must be a number >= 0
          boolean title-weight     | fallback = other       | min-score = 5         | title-weight = true   | Cannot set topics.title-weight to true
          """)
  void rejectsBrokenKnobs(
      String rule, String fallback, String minScore, String titleWeight, String message) {
    assertThatThrownBy(() -> parse(topics(fallback, minScore, titleWeight, LABELS)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void loadsAndResolvesAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("topics.conf");
    Files.writeString(
        file,
        "defaults { weight = 2 }\n"
            + "topics {\n"
            + "  fallback = other, min-score = 1, title-weight = 1\n"
            + "  labels = [ { name = energy, terms { grid = ${defaults.weight} } },"
            + " { name = other, terms {} } ]\n"
            + "}\n");

    Taxonomy taxonomy = Taxonomy.load(file);

    assertThat(taxonomy.labels().get(0).terms().get(0).weight()).isEqualTo(2.0);
  }

  @Test
  void refusesAMissingFileInsteadOfReadingItAsEmpty(@TempDir Path dir) {
    assertThatThrownBy(() -> Taxonomy.load(dir.resolve("absent.conf")))
        .isInstanceOf(ConfigException.class);
  }

  @Test
  void survivesJavaSerialisationAsSparkShipsIt() throws Exception {
    Taxonomy taxonomy = parse(validTopics());

    assertThat(roundTrip(taxonomy)).isEqualTo(taxonomy).hasSameHashCodeAs(taxonomy);
    assertThat(taxonomy)
        .hasToString(
            "Taxonomy{labels=[alpha, other], fallback=other, minScore=5.0, titleWeight=2.0}");
  }

  static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      @SuppressWarnings("unchecked")
      T copy = (T) in.readObject();
      return copy;
    }
  }
}
