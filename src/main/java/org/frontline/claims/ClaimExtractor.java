package org.frontline.claims;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.frontline.claims.RuleSupport.TimeCapExceeded;
import org.frontline.util.Hashes;

/**
 * Finds the territorial and casualty claims of one document (see ../shared/CLAIMS.md): for each
 * sentence, the numbers with their units, the words that say what happened, the side, the place,
 * the day and who says so.
 *
 * <p>Rules read a fixed number of tokens around each trigger word, so the work grows linearly with
 * the text; a document that still takes longer than the time cap stops where it is and keeps the
 * claims found so far, with a note saying so.
 *
 * <p>A claim repeated within a document (same kind, side, place and number) is kept once, at its
 * first mention: the table holds one row per claim per document.
 */
public final class ClaimExtractor implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Sentences about violence that make a whole document about it, so that "Anton was killed
   * instantly" counts there without a word of war in its own sentence.
   */
  private static final int VIOLENT_DOCUMENT = 3;

  /** Reason of the note on a document whose extraction hit the time cap. */
  public static final String TIME_CAP = "time_cap";

  /** Reason of the note on a document where a rule failed on some sentences. */
  public static final String RULE_ERROR = "rule_error";

  private final long maxMillisPerDocument;

  /**
   * @param maxMillisPerDocument the time cap of one document
   */
  public ClaimExtractor(long maxMillisPerDocument) {
    this.maxMillisPerDocument = maxMillisPerDocument;
  }

  /**
   * What is known of a document before reading it.
   *
   * @param docId the document's id, part of each claim id
   * @param published its publication date, or null
   */
  public record Context(String docId, LocalDate published) {}

  /**
   * The claims of a document and, when extraction fell short, why and what was done.
   *
   * @param reason null, {@link #TIME_CAP} or {@link #RULE_ERROR}
   * @param note null, or what was done before the time cap stopped extraction, or which sentences a
   *     failing rule cost
   */
  public record Extraction(List<Claim> claims, String reason, String note) {}

  public Extraction extract(String body, Context context) {
    long deadline = System.nanoTime() + maxMillisPerDocument * 1_000_000L;
    Gazetteer gazetteer = Gazetteer.embedded();
    List<Sentences.Span> spans = Sentences.split(body);
    List<Sentence> sentences = new ArrayList<>(spans.size());
    Map<String, Integer> regionCounts = new LinkedHashMap<>();
    Map<String, Integer> countryCounts = new LinkedHashMap<>();
    List<int[]> fullDateYears = new ArrayList<>();
    boolean violentDocument = false;
    try {
      // First pass: tokens, regions named anywhere (they settle ambiguous names) and the years
      // of full dates (they give a year to dates written without one).
      List<List<Token>> tokenized = new ArrayList<>(spans.size());
      Set<String> regions = new HashSet<>();
      int violentSentences = 0;
      for (Sentences.Span span : spans) {
        RuleSupport.checkTime(deadline);
        List<Token> tokens = Tokenizer.tokenize(body, span.start(), span.end());
        tokenized.add(tokens);
        if (RuleSupport.mentions(tokens, Lexicon.VIOLENCE)) {
          violentSentences++;
        }
        for (Gazetteer.Mention m : gazetteer.find(tokens, Set.of())) {
          if (m.place().region()) {
            regions.add(m.place().admin1());
          }
        }
      }
      violentDocument = violentSentences >= VIOLENT_DOCUMENT;
      for (int s = 0; s < spans.size(); s++) {
        RuleSupport.checkTime(deadline);
        List<Token> tokens = tokenized.get(s);
        List<Gazetteer.Mention> places = gazetteer.find(tokens, regions);
        List<EventDates.Mention> dates = EventDates.find(tokens, body);
        for (Gazetteer.Mention m : places) {
          if (m.place().admin1() != null) {
            regionCounts.merge(m.place().admin1(), 1, Integer::sum);
          }
        }
        for (EventDates.Mention d : dates) {
          if (d.kind() == EventDates.Kind.FULL_DATE) {
            fullDateYears.add(new int[] {d.offset(), d.year()});
          }
        }
        List<Place> countries = gazetteer.countriesIn(tokens);
        for (Place c : countries) {
          countryCounts.merge(c.name(), 1, Integer::sum);
        }
        sentences.add(
            new Sentence(
                body,
                spans.get(s).start(),
                spans.get(s).end(),
                tokens,
                places,
                byToken(places, tokens.size(), true),
                byToken(places, tokens.size(), false),
                Actors.find(tokens),
                dates,
                countries));
      }
    } catch (TimeCapExceeded e) {
      return new Extraction(List.of(), TIME_CAP, timeCapNote(0, spans.size()));
    } catch (RuntimeException e) {
      return new Extraction(List.of(), RULE_ERROR, "could not read the sentences: " + e);
    }
    Place documentRegion = mostNamed(regionCounts, gazetteer);
    // Where a claim naming no place happened: the country of the regions the article names, or
    // else the country it most often places events in ("in Yemen").
    Place documentCountry =
        documentRegion != null
            ? gazetteer.country(documentRegion.country())
            : gazetteer.country(mostCounted(countryCounts));

    List<Claim> claims = new ArrayList<>();
    Set<String> seenPlaced = new HashSet<>();
    Set<String> seen = new HashSet<>();
    String topicActor = null;
    String lastClaimant = null;
    int done = 0;
    int ruleErrors = 0;
    String firstRuleError = null;
    try {
      for (int s = 0; s < sentences.size(); s++) {
        RuleSupport.checkTime(deadline);
        try {
          Sentence sentence = sentences.get(s);
          List<Draft> drafts = new ArrayList<>();
          if (!isQuestion(body, sentence)) {
            TerritorialRules.territorialWithNumbers(sentence, topicActor, drafts, deadline);
            TerritorialRules.territorialPlaces(sentence, topicActor, drafts, deadline);
            CasualtyRules.casualties(
                sentence,
                s > 0 ? sentences.get(s - 1) : null,
                violentDocument,
                topicActor,
                drafts,
                deadline);
          }
          String claimant = Claimants.find(sentence.tokens(), body, lastClaimant);
          if (claimant == null && !drafts.isEmpty() && opensQuote(body, sentence)) {
            claimant = quoteAttribution(body, sentences, s, lastClaimant);
          }
          for (Draft draft : strongestPerKind(drafts)) {
            Claim claim =
                claim(
                    body,
                    context,
                    sentence,
                    s > 0 ? sentences.get(s - 1) : null,
                    draft,
                    claimant,
                    documentRegion,
                    documentCountry,
                    fullDateYears);
            // A restatement that names no place of its own ("24 people were killed, the official
            // said") repeats the claim made earlier wherever that was; "two other people were
            // killed" tells of new ones.
            boolean placeInSentence =
                draft.place() != null || RuleSupport.nearestPlace(sentence, draft.anchor()) != null;
            String unplaced = sameClaimInDocument(claim, false);
            String placed = sameClaimInDocument(claim, true);
            boolean restated =
                placeInSentence ? seenPlaced.contains(placed) : seen.contains(unplaced);
            if (restated && !countsOthers(claim.valueText())) {
              continue;
            }
            claims.add(claim);
            seenPlaced.add(placed);
            seen.add(unplaced);
          }
          if (claimant != null) {
            lastClaimant = claimant;
          }
          String subject = Sides.firstSubject(sentence);
          if (subject != null) {
            topicActor = subject;
          }
        } catch (TimeCapExceeded e) {
          throw e;
        } catch (RuntimeException e) {
          // A rule failing on one sentence costs that sentence, not the document or the run.
          if (ruleErrors++ == 0) {
            firstRuleError = "sentence " + s + ": " + e;
          }
        }
        done = s + 1;
      }
    } catch (TimeCapExceeded e) {
      return new Extraction(List.copyOf(claims), TIME_CAP, timeCapNote(done, sentences.size()));
    }
    if (ruleErrors > 0) {
      return new Extraction(
          List.copyOf(claims),
          RULE_ERROR,
          ruleErrors + " sentence(s) skipped after a rule failed, first " + firstRuleError);
    }
    return new Extraction(List.copyOf(claims), null, null);
  }

  /** Place mentions indexed by their first (or last) token, so look-ups take constant time. */
  private static Gazetteer.Mention[] byToken(
      List<Gazetteer.Mention> places, int tokens, boolean first) {
    Gazetteer.Mention[] index = new Gazetteer.Mention[tokens];
    for (Gazetteer.Mention m : places) {
      index[first ? m.first() : m.last()] = m;
    }
    return index;
  }

  private String timeCapNote(int done, int total) {
    return "stopped after "
        + maxMillisPerDocument
        + " ms at sentence "
        + done
        + " of "
        + total
        + "; the claims of the sentences before it are kept";
  }

  // ---------------------------------------------------------------------------------- drafts

  /**
   * Several rules may find the same kind in one sentence; a claim without a number is kept once per
   * kind, preferring one whose side the sentence names and whose place is explicit.
   */
  private static List<Draft> strongestPerKind(List<Draft> drafts) {
    Map<String, Draft> kept = new LinkedHashMap<>();
    for (Draft d : drafts) {
      String key =
          d.quantity() != null && d.quantity().best() != null
              ? d.kind() + "|" + d.quantity().best() + "|" + d.quantity().unit()
              : d.kind() + "|" + (d.place() == null ? "" : d.place().name());
      Draft old = kept.get(key);
      if (old == null || strength(d) > strength(old)) {
        kept.put(key, d);
      }
    }
    // Without a number: one claim per kind, the strongest, and none on the word of a count of
    // that kind ("One police officer was killed" is the count, not also "officer ... killed"; in
    // "49 colonels have died and General Kutuzov died on Sunday" each "died" has its claim).
    Map<String, Draft> byKind = new LinkedHashMap<>();
    List<Draft> result = new ArrayList<>();
    List<Draft> counted = new ArrayList<>();
    for (Draft d : kept.values()) {
      if (d.quantity() != null && d.quantity().best() != null) {
        // "772 square miles (2,000 square kilometres)": a number and its conversion are one claim.
        if (result.stream().noneMatch(r -> sameAmount(r, d))) {
          result.add(d);
        }
        counted.add(d);
      }
    }
    for (Draft d : kept.values()) {
      // "About 1,200 bodies, some found in mass graves": the graves hold the dead counted.
      boolean deadCounted =
          d.quantity() != null
              && d.quantity().unitNoun() != null
              && Lexicon.SIGNS_OF_THE_DEAD.contains(d.quantity().unitNoun())
              && counted.stream().anyMatch(c -> c.kind().equals(d.kind()));
      if ((d.quantity() != null && d.quantity().best() != null)
          || deadCounted
          || counted.stream().anyMatch(c -> sameWords(c, d))) {
        continue;
      }
      // Places taken by different verbs are claims of their own: "recaptured Balakliia and on
      // Saturday seized Kupiansk".
      String key = d.kind() + (d.place() == null ? "" : "|" + d.place().name());
      Draft old = byKind.get(key);
      if (old == null || strength(d) > strength(old)) {
        byKind.put(key, d);
      }
    }
    // A claim without a place beside one of its kind with a place is the same claim.
    Set<String> placedKinds = new HashSet<>();
    byKind.values().stream().filter(d -> d.place() != null).forEach(d -> placedKinds.add(d.kind()));
    byKind.values().removeIf(d -> d.place() == null && placedKinds.contains(d.kind()));
    // One verb naming several places ("captured Kupiansk and Izium") makes one claim, at the first.
    Set<String> verbs = new HashSet<>();
    byKind.values().removeIf(d -> !verbs.add(d.kind() + "|" + d.anchor()));
    result.addAll(byKind.values());
    result.removeIf(d -> d.actor() == null && d.category().equals(Draft.TERRITORIAL));
    return result;
  }

  /** Whether a draft without a number rests on the word or the people of a count of its kind. */
  private static boolean sameWords(Draft count, Draft d) {
    return count.kind().equals(d.kind())
        && (count.anchor() == d.anchor()
            || (d.quantity() != null
                && d.quantity().first() <= count.quantity().last()
                && count.quantity().first() <= d.quantity().last()));
  }

  /** Whether two counted drafts give the same amount of the same kind, to rounding. */
  private static boolean sameAmount(Draft a, Draft b) {
    double x = a.quantity().best();
    double y = b.quantity().best();
    return a.kind().equals(b.kind())
        && Objects.equals(a.quantity().unit(), b.quantity().unit())
        && Math.abs(x - y) <= 0.01 * Math.max(Math.abs(x), Math.abs(y));
  }

  private static int strength(Draft d) {
    return (d.actorInSentence() ? 2 : 0) + (d.place() != null ? 1 : 0);
  }

  // --------------------------------------------------------------------------- assembling

  private static Claim claim(
      String body,
      Context context,
      Sentence sentence,
      Sentence previous,
      Draft draft,
      String claimant,
      Place documentRegion,
      Place documentCountry,
      List<int[]> fullDateYears) {
    Place place = draft.place();
    if (place == null) {
      place = RuleSupport.nearestPlace(sentence, draft.anchor());
    }
    if (place == null && !sentence.countries().isEmpty()) {
      place = sentence.countries().get(0);
    }
    if (place == null && previous != null && !previous.places().isEmpty()) {
      place = previous.places().get(previous.places().size() - 1).place();
    }
    if (place == null && draft.category().equals(Draft.TERRITORIAL)) {
      place = documentRegion;
    }
    if (place == null) {
      place = documentCountry;
    }
    EventDates.EventDate date = eventDate(sentence, draft, context.published(), fullDateYears);
    Quantity q = draft.quantity();
    String kind = draft.kind();
    int start = sentence.start();
    // A sentence may hold two claims of one kind ("19 died in Kharkiv and 21 were killed in
    // Odesa"), so the id also names where the claim's own words begin.
    int wordsAt = sentence.tokens().get(q == null ? draft.anchor() : q.first()).start();
    String location = place == null ? null : place.name();
    String key =
        String.join(
            "|",
            kind,
            Objects.toString(draft.actor(), ""),
            Objects.toString(location, ""),
            q == null || q.best() == null ? "" : number(q.best()),
            date.date() == null ? "" : date.date().toString());
    return new Claim(
        Hashes.sha256Hex(context.docId() + "|" + start + "|" + kind + "|" + wordsAt)
            .substring(0, 20),
        draft.category(),
        kind,
        draft.actor(),
        q == null ? null : q.low(),
        q == null ? null : q.best(),
        q == null ? null : q.high(),
        q == null ? null : q.qualifier(),
        q == null ? null : q.unit(),
        draft.valueText(),
        location,
        place == null ? null : place.admin1(),
        place == null ? null : place.country(),
        date.date(),
        date.precision(),
        date.basis(),
        date.text(),
        claimant,
        body.substring(sentence.start(), sentence.end()),
        sentence.start(),
        sentence.end(),
        key);
  }

  /** "9000", "12.5": a value as the claim key writes it. */
  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  /**
   * The date nearest to the claim's words in its sentence, skipping the starts of periods ("since
   * February", "since he invaded the country in February"); else the publication date.
   */
  private static EventDates.EventDate eventDate(
      Sentence sentence, Draft draft, LocalDate published, List<int[]> fullDateYears) {
    List<Token> tokens = sentence.tokens();
    int anchor = draft.anchor();
    EventDates.Mention best = null;
    for (EventDates.Mention m : sentence.dates()) {
      boolean otherPeriod = m.periodStart() && !startsThePeriod(tokens, anchor, m.first());
      if (otherPeriod || sinceBetween(tokens, anchor, m.first())) {
        continue;
      }
      if (best == null
          || RuleSupport.distance(anchor, m.first(), m.last())
              < RuleSupport.distance(anchor, best.first(), best.last())) {
        best = m;
      }
    }
    if (best == null) {
      return EventDates.fromPublication(published);
    }
    return EventDates.resolve(best, published, nearestYear(fullDateYears, best.offset()));
  }

  /**
   * Whether the claim is the event that starts the period its date opens: in "since Ukrainian
   * forces swept through the Kharkiv region in September" the sweep is in September.
   */
  private static boolean startsThePeriod(List<Token> tokens, int anchor, int date) {
    int since = EventDates.sinceBefore(tokens, date);
    return since >= 0 && anchor > since && anchor < date;
  }

  private static boolean sinceBetween(List<Token> tokens, int anchor, int date) {
    for (int i = Math.min(anchor, date); i < Math.max(anchor, date); i++) {
      if (tokens.get(i).is("since")) {
        return true;
      }
    }
    return false;
  }

  private static Integer nearestYear(List<int[]> fullDateYears, int offset) {
    int[] best = null;
    for (int[] d : fullDateYears) {
      if (best == null || Math.abs(d[0] - offset) < Math.abs(best[0] - offset)) {
        best = d;
      }
    }
    return best == null ? null : best[1];
  }

  /**
   * A claim restated within one document is one claim: same kind, side, number and unit; for ground
   * and counted casualties the same place ({@code withPlace}); for claims without a number the same
   * words, by the last one naming the people or ground ("Kutuzov", "civilians", "villages").
   */
  private static String sameClaimInDocument(Claim c, boolean withPlace) {
    boolean placeMatters =
        withPlace && (c.category().equals(Draft.TERRITORIAL) || c.valueBest() != null);
    boolean countless = c.valueBest() == null;
    return String.join(
        "|",
        c.kind(),
        Objects.toString(c.actor(), ""),
        Objects.toString(c.valueBest(), ""),
        Objects.toString(c.unit(), ""),
        placeMatters ? Objects.toString(c.location(), "") : "",
        countless ? lastWord(c.valueText()) : "");
  }

  /** "two other people", "another soldier", "15 more": people besides those told of before. */
  private static boolean countsOthers(String valueText) {
    return Arrays.stream(words(valueText)).anyMatch(Lexicon.OTHERS::contains);
  }

  private static String lastWord(String text) {
    String[] words = words(text);
    return words.length == 0 ? "" : words[words.length - 1];
  }

  /** The words of a claim's value text, lower case; none for no text. */
  private static String[] words(String text) {
    return text == null ? new String[0] : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
  }

  private static Place mostNamed(Map<String, Integer> regionCounts, Gazetteer gazetteer) {
    return gazetteer.region(mostCounted(regionCounts));
  }

  /** The key counted most often, the first in case of a tie; null when there is none. */
  private static String mostCounted(Map<String, Integer> counts) {
    String best = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (best == null || e.getValue() > counts.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  private static boolean isQuestion(String body, Sentence sentence) {
    return body.charAt(sentence.end() - 1) == '?';
  }

  private static boolean opensQuote(String body, Sentence sentence) {
    char c = body.charAt(sentence.start());
    return c == '"' || c == '\u201c';
  }

  /** A quote split over sentences is attributed at its end: "...,” the source told Reuters. */
  private static String quoteAttribution(
      String body, List<Sentence> sentences, int s, String lastClaimant) {
    for (int n = s + 1; n < Math.min(sentences.size(), s + 3); n++) {
      String found = Claimants.find(sentences.get(n).tokens(), body, lastClaimant);
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
