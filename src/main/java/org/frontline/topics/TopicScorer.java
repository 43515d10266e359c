package org.frontline.topics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.frontline.features.Analyzer;

/**
 * Scores a document against a {@link Taxonomy} and picks its topic.
 *
 * <p>The taxonomy's terms are compiled once into a lookup keyed by a phrase's first word (and, for
 * one-word prefix terms, by their stem), so scoring walks the document's tokens once and at each
 * position only tries the few phrases that can start there. The cost is linear in the token count
 * times a constant set by the taxonomy, with no regular expressions and hence no pathological
 * inputs. The scorer is immutable and {@link Serializable} so one instance can be built on the
 * driver and shipped to Spark executors, e.g. inside a UDF.
 *
 * <p>Scoring rules:
 *
 * <ul>
 *   <li>Title and body are tokenised separately (see {@link Analyzer#tokenize}); a phrase never
 *       spans the two.
 *   <li>At each token position the most specific matching phrase wins and matching resumes after
 *       it, so "front line" is one hit and not also a hit for a term "line". More specific means
 *       more words, then an exact last word over a prefix, then a longer stem.
 *   <li>A hit adds the term's weight times the hit's TF-IDF weight (the mean {@link TermWeights}
 *       weight of the tokens it matched) to every label listing that term, multiplied by the title
 *       weight for title hits.
 *   <li>A label's score is its weighted hits per 1,000 units of the document's TF-IDF mass (the sum
 *       of the weights of all title and body tokens), counting short documents as {@value
 *       #MIN_TOKENS} tokens of their mean weight so a one-line item with one hit cannot outscore a
 *       full article, rounded half-up to 4 decimals. With every weight 1 this is weighted hits per
 *       1,000 tokens; with IDF weights a hit on a term rarer than the document's average word
 *       counts for more than one hit, a hit on a commonplace term for less.
 *   <li>The topic is the label with the highest score, the earlier label in the taxonomy on ties.
 *       If that score is 0 or below the taxonomy's minimum, the topic is the fallback label.
 * </ul>
 */
public final class TopicScorer implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Documents shorter than this are scored as if they had this many tokens. */
  public static final int MIN_TOKENS = 100;

  private static final double PER_TOKENS = 1000.0;
  private static final int DECIMALS = 4;

  private final List<String> labelNames;
  private final String fallback;
  private final double minScore;
  private final double titleWeight;

  /** Phrases by exact first word, most specific first; one-word prefix terms are not here. */
  private final Map<String, Phrase[]> phrasesByFirstWord;

  /** One-word prefix terms by stem. */
  private final Map<String, Phrase> prefixTermsByStem;

  /** The distinct stem lengths of {@link #prefixTermsByStem}, ascending, to probe a token with. */
  private final int[] stemLengths;

  /** Compiles the taxonomy's terms; terms listed by several labels become one shared phrase. */
  public TopicScorer(Taxonomy taxonomy) {
    Objects.requireNonNull(taxonomy, "taxonomy");
    this.labelNames = taxonomy.labelNames();
    this.fallback = taxonomy.fallback();
    this.minScore = taxonomy.minScore();
    this.titleWeight = taxonomy.titleWeight();

    Map<List<Object>, PhraseBuilder> builders = new LinkedHashMap<>();
    List<Taxonomy.Label> labels = taxonomy.labels();
    for (int label = 0; label < labels.size(); label++) {
      for (Taxonomy.Term term : labels.get(label).terms()) {
        builders
            .computeIfAbsent(
                List.of(term.words(), term.prefix()),
                shape -> new PhraseBuilder(term.words(), term.prefix()))
            .add(label, term.weight());
      }
    }

    Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    Map<String, Phrase> byStem = new HashMap<>();
    for (PhraseBuilder builder : builders.values()) {
      Phrase phrase = builder.build();
      if (phrase.words.length == 1 && phrase.prefix) {
        byStem.put(phrase.words[0], phrase);
      } else {
        byFirstWord.computeIfAbsent(phrase.words[0], word -> new ArrayList<>()).add(phrase);
      }
    }
    Map<String, Phrase[]> sorted = new HashMap<>();
    byFirstWord.forEach(
        (word, phrases) ->
            sorted.put(
                word, phrases.stream().sorted(Phrase.MOST_SPECIFIC_FIRST).toArray(Phrase[]::new)));
    this.phrasesByFirstWord = sorted;
    this.prefixTermsByStem = byStem;
    this.stemLengths =
        byStem.keySet().stream().mapToInt(String::length).distinct().sorted().toArray();
  }

  /**
   * Scores a document.
   *
   * @param titleTokens the headline's tokens ({@link Analyzer#tokenize}); its hits count {@link
   *     Taxonomy#titleWeight()} times
   * @param bodyTokens the article's tokens
   * @param weights the weight of each token occurrence (the document's TF-IDF weighting)
   * @return the topic and the per-label scores, aligned with {@link #labelNames()}
   */
  public Scores score(List<String> titleTokens, List<String> bodyTokens, TermWeights weights) {
    double[] weightedHits = new double[labelNames.size()];
    addHits(titleTokens, titleWeight, weights, weightedHits);
    addHits(bodyTokens, 1.0, weights, weightedHits);

    double mass = 0;
    for (String token : titleTokens) {
      mass += weights.weight(token);
    }
    for (String token : bodyTokens) {
      mass += weights.weight(token);
    }
    int tokens = titleTokens.size() + bodyTokens.size();
    if (tokens > 0 && tokens < MIN_TOKENS) {
      mass *= (double) MIN_TOKENS / tokens;
    }
    double[] scores = new double[weightedHits.length];
    int best = -1;
    for (int label = 0; label < scores.length; label++) {
      scores[label] = mass == 0 ? 0 : round(weightedHits[label] / mass * PER_TOKENS);
      if (scores[label] > 0 && (best < 0 || scores[label] > scores[best])) {
        best = label;
      }
    }
    String topic = best >= 0 && scores[best] >= minScore ? labelNames.get(best) : fallback;
    return new Scores(labelNames, topic, scores);
  }

  /** The label names in taxonomy order, which is the order of every {@link Scores#scores()}. */
  public List<String> labelNames() {
    return labelNames;
  }

  private void addHits(
      List<String> tokens, double factor, TermWeights weights, double[] weightedHits) {
    int position = 0;
    while (position < tokens.size()) {
      Phrase phrase = longestMatch(tokens, position);
      if (phrase == null) {
        position++;
      } else {
        // A hit weighs what its words weigh in this document, on average: a rare word is
        // stronger evidence than a word every article uses.
        double hitWeight = 0;
        for (int i = 0; i < phrase.words.length; i++) {
          hitWeight += weights.weight(tokens.get(position + i));
        }
        hitWeight /= phrase.words.length;
        for (int i = 0; i < phrase.labels.length; i++) {
          weightedHits[phrase.labels[i]] += phrase.weights[i] * hitWeight * factor;
        }
        position += phrase.words.length;
      }
    }
  }

  private Phrase longestMatch(List<String> tokens, int position) {
    String token = tokens.get(position);
    Phrase[] candidates = phrasesByFirstWord.get(token);
    if (candidates != null) {
      for (Phrase candidate : candidates) {
        if (candidate.matchesAt(tokens, position)) {
          return candidate;
        }
      }
    }
    // A one-word prefix term is less specific than any phrase above, so stems come last. Probing
    // only the stem lengths in use bounds the work per token, however long the token is.
    Phrase longestStem = null;
    for (int length : stemLengths) {
      if (length > token.length()) {
        break;
      }
      Phrase stem = prefixTermsByStem.get(token.substring(0, length));
      if (stem != null) {
        longestStem = stem;
      }
    }
    return longestStem;
  }

  private static double round(double value) {
    return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP).doubleValue();
  }

  /** Collects the labels and weights of one term shape while the taxonomy is compiled. */
  private static final class PhraseBuilder {
    private final List<String> words;
    private final boolean prefix;
    private final List<Integer> labels = new ArrayList<>();
    private final List<Double> weights = new ArrayList<>();

    PhraseBuilder(List<String> words, boolean prefix) {
      this.words = words;
      this.prefix = prefix;
    }

    void add(int label, double weight) {
      labels.add(label);
      weights.add(weight);
    }

    Phrase build() {
      return new Phrase(
          words.toArray(String[]::new),
          prefix,
          labels.stream().mapToInt(Integer::intValue).toArray(),
          weights.stream().mapToDouble(Double::doubleValue).toArray());
    }
  }

  /** A compiled term: its words, and the labels it credits with their weights. */
  private static final class Phrase implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * More words first, then an exact last word before a stem, then the longer stem. Phrases that
     * match at the same position are never equal under this order, so the winner is deterministic.
     */
    static final Comparator<Phrase> MOST_SPECIFIC_FIRST =
        Comparator.<Phrase>comparingInt(phrase -> -phrase.words.length)
            .thenComparing(phrase -> phrase.prefix)
            .thenComparingInt(phrase -> -phrase.words[phrase.words.length - 1].length());

    final String[] words;
    final boolean prefix;
    final int[] labels;
    final double[] weights;

    Phrase(String[] words, boolean prefix, int[] labels, double[] weights) {
      this.words = words;
      this.prefix = prefix;
      this.labels = labels;
      this.weights = weights;
    }

    boolean matchesAt(List<String> tokens, int position) {
      if (position + words.length > tokens.size()) {
        return false;
      }
      int last = words.length - 1;
      for (int i = 0; i <= last; i++) {
        String token = tokens.get(position + i);
        boolean matches = i == last && prefix ? token.startsWith(words[i]) : token.equals(words[i]);
        if (!matches) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * The result of scoring one document: its topic and one score per label, in taxonomy order.
   * Immutable and {@link Serializable} so it can be collected from executors.
   */
  public static final class Scores implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<String> labelNames;
    private final String topic;
    private final double[] scores;

    private Scores(List<String> labelNames, String topic, double[] scores) {
      this.labelNames = labelNames;
      this.topic = topic;
      this.scores = scores;
    }

    /** The chosen label; always one of {@link #labelNames()}. */
    public String topic() {
      return topic;
    }

    /** A copy of the scores, aligned with {@link #labelNames()}. */
    public double[] scores() {
      return scores.clone();
    }

    /** The scores as a list, aligned with {@link #labelNames()}, e.g. for a Spark array column. */
    public List<Double> scoreList() {
      return Arrays.stream(scores).boxed().toList();
    }

    /**
     * The score of one label.
     *
     * @throws IllegalArgumentException if {@code label} is not in the taxonomy
     */
    public double score(String label) {
      int index = labelNames.indexOf(label);
      if (index < 0) {
        throw new IllegalArgumentException(
            "Cannot get the score of '" + label + "': must be one of the labels " + labelNames);
      }
      return scores[index];
    }

    /** The labels the scores belong to, in taxonomy order. */
    public List<String> labelNames() {
      return labelNames;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Scores that
          && topic.equals(that.topic)
          && labelNames.equals(that.labelNames)
          && Arrays.equals(scores, that.scores);
    }

    @Override
    public int hashCode() {
      return Objects.hash(topic, labelNames, Arrays.hashCode(scores));
    }

    @Override
    public String toString() {
      StringBuilder text = new StringBuilder("Scores{topic=").append(topic);
      for (int i = 0; i < scores.length; i++) {
        text.append(", ").append(labelNames.get(i)).append('=').append(scores[i]);
      }
      return text.append('}').toString();
    }
  }
}
