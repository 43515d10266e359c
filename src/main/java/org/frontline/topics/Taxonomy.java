package org.frontline.topics;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.DoublePredicate;
import java.util.regex.Pattern;
import org.frontline.features.Analyzer;

/**
 * The topic taxonomy: labels in file order, each with weighted terms, plus the knobs that turn term
 * hits into a topic (fallback label, minimum score, title weight).
 *
 * <p>Every rule is checked in {@link #fromConfig} so that a mistake in {@code conf/topics.conf}
 * stops the job at start-up with a message naming the key and the fix, instead of silently
 * mislabelling a whole run. The result is immutable and {@link Serializable} because it travels to
 * Spark executors inside {@link TopicScorer}; its lists come from {@link List#copyOf}, whose
 * implementations serialise.
 */
public final class Taxonomy implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The keys allowed in the {@code topics} block; any other key is most likely a typo. */
  private static final List<String> TOPICS_KEYS =
      List.of("fallback", "min-score", "title-weight", "labels");

  /** The keys allowed in one label object. */
  private static final List<String> LABEL_KEYS = List.of("name", "terms");

  /** Label names end up as column values and partition keys, so they stay plain and lowercase. */
  private static final Pattern LABEL_NAME = Pattern.compile("[a-z][a-z-]*");

  private static final String WEIGHT_RULE =
      "must be a number > 0 (the conf uses 1 to 3); remove the term to drop it";

  /**
   * One weighted term of a label.
   *
   * @param text the term as written in the configuration, trimmed (kept for messages and audits)
   * @param words the term tokenised exactly like documents are (see {@link Analyzer#tokenize});
   *     when {@code prefix} is set the last word is a stem
   * @param prefix whether the last word matches any token starting with it ({@code "sanction*"})
   * @param weight how much one hit adds to the label's raw score; always positive
   */
  public record Term(String text, List<String> words, boolean prefix, double weight)
      implements Serializable {
    /** Copies {@code words} so the record stays immutable. */
    public Term {
      words = List.copyOf(words);
    }
  }

  /**
   * One label with its terms, sorted by text so that equal configurations give equal taxonomies.
   *
   * @param name the label, matching {@code [a-z][a-z-]*}
   * @param terms the label's terms; empty for a pure fallback label
   */
  public record Label(String name, List<Term> terms) implements Serializable {
    /** Copies {@code terms} so the record stays immutable. */
    public Label {
      terms = List.copyOf(terms);
    }
  }

  private final List<Label> labels;
  private final List<String> labelNames;
  private final String fallback;
  private final double minScore;
  private final double titleWeight;

  private Taxonomy(List<Label> labels, String fallback, double minScore, double titleWeight) {
    this.labels = List.copyOf(labels);
    this.labelNames = List.copyOf(labels.stream().map(Label::name).toList());
    this.fallback = fallback;
    this.minScore = minScore;
    this.titleWeight = titleWeight;
  }

  /**
   * Parses a HOCON file, resolves its substitutions and reads its {@code topics} block.
   *
   * @throws com.typesafe.config.ConfigException if the file is missing or is not valid HOCON (the
   *     message gives file and line)
   * @throws IllegalArgumentException if the {@code topics} block breaks a rule of {@link
   *     #fromConfig}
   */
  public static Taxonomy load(Path file) {
    Objects.requireNonNull(file, "file");
    Config parsed =
        ConfigFactory.parseFile(file.toFile(), ConfigParseOptions.defaults().setAllowMissing(false))
            .resolve();
    return fromConfig(parsed);
  }

  /**
   * Reads and validates the {@code topics} block of {@code root}.
   *
   * <p>Rejected, each with a message naming the key: a missing or misspelt key in {@code topics} or
   * in a label, an empty label list, a label name not matching {@code [a-z][a-z-]*}, a repeated
   * label name, a blank term, a term whose {@code *} is not at the end of its last word, two terms
   * of one label that normalise to the same words, a weight that is not a number above 0, a
   * fallback that is not a label, and a negative {@code min-score} or {@code title-weight}. Numbers
   * written as strings (as environment substitutions produce) are accepted.
   *
   * @throws IllegalArgumentException on the first broken rule
   */
  public static Taxonomy fromConfig(Config root) {
    Objects.requireNonNull(root, "root");
    ConfigValue topicsValue =
        required(
            root.root(),
            "topics",
            "topics",
            "add a block topics { fallback = ..., min-score = ..., title-weight = ..., labels = [...] }");
    if (topicsValue.valueType() != ConfigValueType.OBJECT) {
      throw cannotSet(
          "topics", topicsValue, "must be a block { fallback = ..., labels = [...], ... }");
    }
    ConfigObject topics = (ConfigObject) topicsValue;
    rejectUnknownKeys(topics, "topics", TOPICS_KEYS, "allowed keys are " + TOPICS_KEYS);

    List<Label> labels = readLabels(topics);
    List<String> names = labels.stream().map(Label::name).toList();

    ConfigValue fallbackValue =
        required(
            topics,
            "fallback",
            "topics.fallback",
            "set it to the label used when no label scores high enough, e.g. fallback = other");
    if (fallbackValue.valueType() != ConfigValueType.STRING
        || !names.contains((String) fallbackValue.unwrapped())) {
      throw cannotSet("topics.fallback", fallbackValue, "must be one of the labels " + names);
    }

    double minScore =
        number(
            required(
                topics,
                "min-score",
                "topics.min-score",
                "set the weighted hits per 1,000 tokens a label needs, e.g. min-score = 12"),
            "topics.min-score",
            "must be a number >= 0 (weighted hits per 1,000 tokens)",
            value -> value >= 0);
    double titleWeight =
        number(
            required(
                topics,
                "title-weight",
                "topics.title-weight",
                "set how many body hits one title hit is worth, e.g. title-weight = 3.0"),
            "topics.title-weight",
            "must be a number >= 0 (1 counts title hits like body hits, 0 ignores the title)",
            value -> value >= 0);

    return new Taxonomy(labels, (String) fallbackValue.unwrapped(), minScore, titleWeight);
  }

  private static List<Label> readLabels(ConfigObject topics) {
    ConfigValue labelsValue =
        required(
            topics,
            "labels",
            "topics.labels",
            "list the labels, e.g. labels = [ { name = other, terms {} } ]");
    if (labelsValue.valueType() != ConfigValueType.LIST) {
      throw cannotSet(
          "topics.labels", labelsValue, "must be a list of { name = ..., terms { ... } } objects");
    }
    ConfigList list = (ConfigList) labelsValue;
    if (list.isEmpty()) {
      throw cannotSet(
          "topics.labels",
          labelsValue,
          "must hold at least one label, e.g. labels = [ { name = other, terms {} } ]");
    }
    List<Label> labels = new ArrayList<>();
    Map<String, Integer> indexByName = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      String path = "topics.labels[" + i + "]";
      ConfigValue labelValue = list.get(i);
      if (labelValue.valueType() != ConfigValueType.OBJECT) {
        throw cannotSet(path, labelValue, "must be an object { name = ..., terms { ... } }");
      }
      ConfigObject label = (ConfigObject) labelValue;
      rejectUnknownKeys(label, path, LABEL_KEYS, "allowed keys in a label are " + LABEL_KEYS);

      ConfigValue nameValue =
          required(label, "name", path + ".name", "name the label, e.g. name = energy");
      if (nameValue.valueType() != ConfigValueType.STRING
          || !LABEL_NAME.matcher((String) nameValue.unwrapped()).matches()) {
        throw cannotSet(
            path + ".name",
            nameValue,
            "must match [a-z][a-z-]* (lowercase letters and '-', starting with a letter)");
      }
      String name = (String) nameValue.unwrapped();
      Integer earlier = indexByName.putIfAbsent(name, i);
      if (earlier != null) {
        throw cannotSet(
            path + ".name",
            nameValue,
            "topics.labels[" + earlier + "] already uses it; label names must be unique");
      }
      labels.add(new Label(name, readTerms(label, path)));
    }
    return labels;
  }

  private static List<Term> readTerms(ConfigObject label, String labelPath) {
    String path = labelPath + ".terms";
    ConfigValue termsValue =
        required(
            label, "terms", path, "give the label's weighted terms, or terms {} for a fallback");
    if (termsValue.valueType() != ConfigValueType.OBJECT) {
      throw cannotSet(
          path,
          termsValue,
          "must be an object of term = weight pairs, e.g. terms { offensive = 2 }");
    }
    ConfigObject terms = (ConfigObject) termsValue;
    List<Term> result = new ArrayList<>();
    Map<List<Object>, String> textByShape = new HashMap<>();
    for (String key : new TreeSet<>(terms.keySet())) {
      String termPath = path + "." + ConfigUtil.joinPath(key);
      Term term = parseTerm(key, termPath, terms.get(key));
      String same = textByShape.putIfAbsent(List.of(term.words(), term.prefix()), term.text());
      if (same != null) {
        throw new IllegalArgumentException(
            "Cannot use the term '"
                + key
                + "' at "
                + termPath
                + ": it matches the same words as '"
                + same
                + "' (matching ignores case and punctuation); keep one of them");
      }
      result.add(term);
    }
    return result;
  }

  private static Term parseTerm(String key, String path, ConfigValue weightValue) {
    String text = key.strip();
    if (text.isEmpty()) {
      throw new IllegalArgumentException(
          "Cannot use a blank term at "
              + path
              + ": give each term at least one word, or remove it");
    }
    boolean prefix = text.endsWith("*");
    String stripped = prefix ? text.substring(0, text.length() - 1) : text;
    if (stripped.indexOf('*') >= 0
        || (prefix
            && (stripped.isEmpty()
                || !Character.isLetterOrDigit(stripped.codePointBefore(stripped.length()))))) {
      throw new IllegalArgumentException(
          "Cannot use the term '"
              + key
              + "' at "
              + path
              + ": '*' is only allowed right after the last word, as in \"sanction*\"");
    }
    List<String> words = Analyzer.tokenize(stripped);
    if (words.isEmpty()) {
      throw new IllegalArgumentException(
          "Cannot use the term '"
              + key
              + "' at "
              + path
              + ": it has no letters or digits, so it can never match; remove it");
    }
    double weight = number(weightValue, path, WEIGHT_RULE, value -> value > 0);
    return new Term(text, words, prefix, weight);
  }

  private static ConfigValue required(ConfigObject object, String key, String path, String fix) {
    ConfigValue value = object.get(key);
    if (value == null || value.valueType() == ConfigValueType.NULL) {
      throw new IllegalArgumentException("Missing " + path + ": " + fix);
    }
    return value;
  }

  private static void rejectUnknownKeys(
      ConfigObject object, String path, List<String> allowed, String fix) {
    for (String key : new TreeSet<>(object.keySet())) {
      if (!allowed.contains(key)) {
        throw new IllegalArgumentException(
            "Unknown key "
                + path
                + "."
                + ConfigUtil.joinPath(key)
                + ": "
                + fix
                + "; check the spelling or remove it");
      }
    }
  }

  /** Reads a finite number, also from a numeric string, that satisfies {@code valid}. */
  private static double number(ConfigValue value, String path, String rule, DoublePredicate valid) {
    double number =
        switch (value.valueType()) {
          case NUMBER -> ((Number) value.unwrapped()).doubleValue();
          case STRING -> parseOrNaN((String) value.unwrapped());
          default -> Double.NaN;
        };
    if (!Double.isFinite(number) || !valid.test(number)) {
      throw cannotSet(path, value, rule);
    }
    return number;
  }

  /** BigDecimal rather than Double.parseDouble, which would also take "NaN", "0x1p3" or "2d". */
  private static double parseOrNaN(String text) {
    try {
      return new BigDecimal(text.strip()).doubleValue();
    } catch (NumberFormatException notANumber) {
      return Double.NaN;
    }
  }

  private static IllegalArgumentException cannotSet(String path, ConfigValue value, String rule) {
    String shown =
        value.valueType() == ConfigValueType.STRING
            ? "'" + value.unwrapped() + "'"
            : value.render(ConfigRenderOptions.concise());
    return new IllegalArgumentException("Cannot set " + path + " to " + shown + ": " + rule);
  }

  /** The labels in file order, which is also the tie-breaking order of {@link TopicScorer}. */
  public List<Label> labels() {
    return labels;
  }

  /** The label names in file order; {@link TopicScorer.Scores#scores()} is aligned with it. */
  public List<String> labelNames() {
    return labelNames;
  }

  /** The label given to a document when no label reaches {@link #minScore()}. */
  public String fallback() {
    return fallback;
  }

  /** The score, in weighted hits per 1,000 tokens, that the best label needs to be chosen. */
  public double minScore() {
    return minScore;
  }

  /** How many body hits one hit in the title is worth. */
  public double titleWeight() {
    return titleWeight;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Taxonomy that
        && labels.equals(that.labels)
        && fallback.equals(that.fallback)
        && Double.compare(minScore, that.minScore) == 0
        && Double.compare(titleWeight, that.titleWeight) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(labels, fallback, minScore, titleWeight);
  }

  @Override
  public String toString() {
    return "Taxonomy{labels="
        + labelNames
        + ", fallback="
        + fallback
        + ", minScore="
        + minScore
        + ", titleWeight="
        + titleWeight
        + "}";
  }
}
