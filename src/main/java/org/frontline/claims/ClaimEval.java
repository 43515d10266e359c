package org.frontline.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Scores extracted claims against a gold file with the rule of ../shared/CLAIMS.md ("Scoring
 * against a gold file"): an extracted claim matches a gold claim of the same document and category
 * when the units agree, the values agree within 1 % (or both are empty, and then the kinds agree),
 * and its sentence holds at least half of the words of the gold evidence; each gold claim matches
 * at most once. Matching maximises the matched pairs, first against the required gold claims, then
 * the rest against the optional ones.
 */
public final class ClaimEval {
  private ClaimEval() {}

  /**
   * A claim of the gold file.
   *
   * @param evidence the words that make the claim
   * @param sentence the sentences of the article that hold the evidence, or the evidence itself
   *     when the gold file quotes it
   */
  public record Gold(
      String doc,
      String category,
      String kind,
      String actor,
      Double valueBest,
      String unit,
      String location,
      String eventDate,
      String evidence,
      String sentence,
      boolean optional) {

    /**
     * This claim as if a run had extracted it from its sentence, to score one annotator's gold
     * against another's with the rule a run is scored by.
     */
    public Extracted asExtracted() {
      return new Extracted(
          doc, category, kind, actor, valueBest, unit, location, eventDate, sentence);
    }
  }

  /** A claim of a run, with the file name of its document. */
  public record Extracted(
      String doc,
      String category,
      String kind,
      String actor,
      Double valueBest,
      String unit,
      String location,
      String eventDate,
      String sentence) {}

  /** A field scored on the matched pairs: how many pairs agree on it, of how many. */
  public record Accuracy(int right, int of) {
    public double rate() {
      return of == 0 ? Double.NaN : (double) right / of;
    }
  }

  /**
   * The scores of a run.
   *
   * @param extracted extracted claims scored
   * @param gold required (non-optional) gold claims
   * @param matched extracted claims matching a required gold claim
   * @param matchedOptional extracted claims matching only an optional gold claim
   * @param datedEventDate event date over the pairs whose gold claim has a date
   * @param misses required gold claims no extracted claim matched
   * @param falsePositives extracted claims matching no gold claim
   */
  public record Score(
      int extracted,
      int gold,
      int matched,
      int matchedOptional,
      Accuracy kind,
      Accuracy actor,
      Accuracy location,
      Accuracy eventDate,
      Accuracy datedEventDate,
      List<Gold> misses,
      List<Extracted> falsePositives) {

    public double precision() {
      int counted = extracted - matchedOptional;
      return counted == 0 ? Double.NaN : (double) matched / counted;
    }

    public double recall() {
      return gold == 0 ? Double.NaN : (double) matched / gold;
    }
  }

  /** Reads a gold JSONL file in the format of ../shared/expected/seeds_claims.jsonl. */
  public static List<Gold> readGold(Path file) {
    return readGold(file, null);
  }

  /**
   * Reads a gold JSONL file. A line may give its evidence as {@code "evidence_at": {"start": s,
   * "end": e}}, character offsets into its article, instead of quoting it: gold sets over corpora
   * whose text may not be copied keep only the offsets, and the words are read from {@code
   * articles} (a folder searched recursively for the {@code doc} file name) when scoring.
   */
  public static List<Gold> readGold(Path file, Path articles) {
    ObjectMapper json = new ObjectMapper();
    List<Gold> gold = new ArrayList<>();
    Map<String, Path> articleFiles = null;
    try {
      int lineNumber = 0;
      for (String line : Files.readAllLines(file)) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode n;
        try {
          n = json.readTree(line);
        } catch (IOException e) {
          throw new IllegalArgumentException(
              "Line " + lineNumber + " of " + file + " is not JSON: " + e.getMessage());
        }
        String evidence = text(n, "evidence");
        String sentence = evidence;
        if (evidence == null && n.has("evidence_at")) {
          if (articles == null) {
            throw new IllegalArgumentException(
                file
                    + " gives evidence as offsets into its articles: pass the folder of the"
                    + " articles (--articles)");
          }
          if (articleFiles == null) {
            articleFiles = filesByName(articles);
          }
          Evidence at = evidenceAt(n, articleFiles, file, lineNumber);
          evidence = at.words();
          sentence = at.sentence();
        }
        gold.add(
            new Gold(
                text(n, "doc"),
                text(n, "category"),
                text(n, "kind"),
                text(n, "actor"),
                n.hasNonNull("value_best") ? n.get("value_best").asDouble() : null,
                text(n, "unit"),
                text(n, "location"),
                text(n, "event_date"),
                Objects.toString(evidence, ""),
                Objects.toString(sentence, ""),
                n.path("optional").asBoolean(false)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read gold file " + file, e);
    }
    return gold;
  }

  /** Evidence given as offsets: its words, and the sentences of the article that hold them. */
  private record Evidence(String words, String sentence) {}

  private static Evidence evidenceAt(
      JsonNode n, Map<String, Path> articleFiles, Path file, int lineNumber) throws IOException {
    String doc = text(n, "doc");
    Path article = articleFiles.get(doc);
    if (article == null) {
      throw new IllegalArgumentException(
          "Line " + lineNumber + " of " + file + ": no article named " + doc + " in the articles");
    }
    String text = Files.readString(article, StandardCharsets.UTF_8);
    int start = n.path("evidence_at").path("start").asInt(-1);
    int end = n.path("evidence_at").path("end").asInt(-1);
    if (start < 0 || end <= start || end > text.length()) {
      throw new IllegalArgumentException(
          "Line " + lineNumber + " of " + file + ": evidence_at is outside " + doc);
    }
    return new Evidence(text.substring(start, end), sentencesAround(text, start, end));
  }

  /** The sentences of {@code text} that overlap {@code [start, end)}, as one string. */
  static String sentencesAround(String text, int start, int end) {
    int from = start;
    int to = end;
    for (Sentences.Span span : Sentences.split(text)) {
      if (span.start() < end && span.end() > start) {
        from = Math.min(from, span.start());
        to = Math.max(to, span.end());
      }
    }
    return text.substring(from, to);
  }

  private static Map<String, Path> filesByName(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(Files::isRegularFile)
          .collect(Collectors.toMap(f -> f.getFileName().toString(), f -> f, (a, b) -> a));
    }
  }

  private static String text(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asText() : null;
  }

  public static Score score(List<Gold> gold, List<Extracted> extracted) {
    List<Gold> required = gold.stream().filter(g -> !g.optional()).toList();
    List<Gold> optional = gold.stream().filter(Gold::optional).toList();
    int[] toRequired = match(extracted, required, new boolean[extracted.size()]);
    boolean[] taken = new boolean[extracted.size()];
    for (int e = 0; e < extracted.size(); e++) {
      taken[e] = toRequired[e] >= 0;
    }
    int[] toOptional = match(extracted, optional, taken);
    int matched = 0;
    int matchedOptional = 0;
    int[] kind = new int[2];
    int[] actor = new int[2];
    int[] location = new int[2];
    int[] date = new int[2];
    int[] dated = new int[2];
    boolean[] found = new boolean[required.size()];
    List<Extracted> falsePositives = new ArrayList<>();
    for (int e = 0; e < extracted.size(); e++) {
      Extracted x = extracted.get(e);
      if (toRequired[e] >= 0) {
        Gold g = required.get(toRequired[e]);
        found[toRequired[e]] = true;
        matched++;
        tally(kind, same(x.kind(), g.kind()));
        tally(actor, same(x.actor(), g.actor()));
        tally(location, same(x.location(), g.location()));
        tally(date, same(x.eventDate(), g.eventDate()));
        if (g.eventDate() != null) {
          tally(dated, same(x.eventDate(), g.eventDate()));
        }
      } else if (toOptional[e] >= 0) {
        matchedOptional++;
      } else {
        falsePositives.add(x);
      }
    }
    List<Gold> misses = new ArrayList<>();
    for (int g = 0; g < required.size(); g++) {
      if (!found[g]) {
        misses.add(required.get(g));
      }
    }
    return new Score(
        extracted.size(),
        required.size(),
        matched,
        matchedOptional,
        accuracy(kind),
        accuracy(actor),
        accuracy(location),
        accuracy(date),
        accuracy(dated),
        misses,
        falsePositives);
  }

  private static void tally(int[] counts, boolean right) {
    counts[1]++;
    if (right) {
      counts[0]++;
    }
  }

  private static Accuracy accuracy(int[] counts) {
    return new Accuracy(counts[0], counts[1]);
  }

  private static boolean same(String a, String b) {
    return a == null ? b == null : b != null && a.equalsIgnoreCase(b);
  }

  /**
   * A maximum matching of extracted claims (those not {@code taken}) to gold claims, by augmenting
   * paths: for each extracted claim, the index of its gold claim or -1.
   */
  private static int[] match(List<Extracted> extracted, List<Gold> gold, boolean[] taken) {
    boolean[][] fits = new boolean[extracted.size()][gold.size()];
    for (int e = 0; e < extracted.size(); e++) {
      for (int g = 0; g < gold.size(); g++) {
        fits[e][g] = !taken[e] && matches(extracted.get(e), gold.get(g));
      }
    }
    int[] goldTo = new int[gold.size()];
    Arrays.fill(goldTo, -1);
    for (int e = 0; e < extracted.size(); e++) {
      augment(e, fits, goldTo, new boolean[gold.size()]);
    }
    int[] toGold = new int[extracted.size()];
    Arrays.fill(toGold, -1);
    for (int g = 0; g < gold.size(); g++) {
      if (goldTo[g] >= 0) {
        toGold[goldTo[g]] = g;
      }
    }
    return toGold;
  }

  private static boolean augment(int e, boolean[][] fits, int[] goldTo, boolean[] seen) {
    for (int g = 0; g < goldTo.length; g++) {
      if (fits[e][g] && !seen[g]) {
        seen[g] = true;
        if (goldTo[g] < 0 || augment(goldTo[g], fits, goldTo, seen)) {
          goldTo[g] = e;
          return true;
        }
      }
    }
    return false;
  }

  /** The matching rule of CLAIMS.md. */
  static boolean matches(Extracted x, Gold g) {
    if (!x.doc().equals(g.doc()) || !same(x.category(), g.category())) {
      return false;
    }
    if (!Objects.equals(x.unit(), g.unit())) {
      return false;
    }
    if (x.valueBest() == null || g.valueBest() == null) {
      if (x.valueBest() != null || g.valueBest() != null || !same(x.kind(), g.kind())) {
        return false;
      }
    } else if (Math.abs(x.valueBest() - g.valueBest())
        > 0.01 * Math.max(Math.abs(x.valueBest()), Math.abs(g.valueBest()))) {
      return false;
    }
    Set<String> evidence = words(g.evidence());
    Set<String> sentence = words(x.sentence());
    long held = evidence.stream().filter(sentence::contains).count();
    return !evidence.isEmpty() && 2 * held >= evidence.size();
  }

  /** The distinct words of a text: lower case, typographic apostrophes made plain. */
  static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    String plain = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
    for (String w : plain.split("[^\\p{L}\\p{N}']+")) {
      String trimmed = w.replaceAll("^'+|'+$", "");
      if (!trimmed.isEmpty()) {
        words.add(trimmed);
      }
    }
    return words;
  }
}
