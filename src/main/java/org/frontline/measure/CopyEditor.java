package org.frontline.measure;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the copies of one story as different outlets carry it: each outlet's page furniture around
 * the text, and in every copy but the first, the edits syndication brings. The edits are bounded by
 * the length of the story, because a copy is only a copy while most of its wording survives:
 *
 * <ul>
 *   <li>a trim: the last paragraph dropped (30% of copies), when the story has at least four
 *       paragraphs and that one holds at most 15% of its words;
 *   <li>sentence edits: each sentence edited with probability 0.1, at most one edit per 60 words
 *       (so a story under 60 words is carried verbatim): a number changed (a toll updated), a word
 *       replaced, the sentence dropped, or a line of the outlet's own added after it;
 *   <li>paragraphing: two paragraphs merged or one split at a sentence end (half of the copies
 *       each), which changes the lines but not the words.
 * </ul>
 */
public final class CopyEditor {

  /** Words per sentence edit a story must have. */
  static final int WORDS_PER_EDIT = 60;

  private static final double EDIT_PROBABILITY = 0.1;
  private static final double TRIM_PROBABILITY = 0.3;
  private static final double TRIM_MAX_SHARE = 0.15;

  private static final List<String> ADDED_LINES =
      List.of(
          "Officials did not immediately respond to a request for comment.",
          "The Associated Press contributed to this report.",
          "This story has been updated with additional details.",
          "Reporting was contributed by our correspondents in the region.",
          "The information could not be independently verified.");

  private static final ULocale SENTENCES = new ULocale("en@ss=standard");

  private static final Pattern NUMBER = Pattern.compile("\\b\\d{1,6}\\b");
  private static final Pattern WORD = Pattern.compile("\\b\\p{L}{4,}\\b");

  /**
   * A news site of the synthetic corpus.
   *
   * @param name the outlet's display name
   * @param host its host name (under .example, which is reserved for examples)
   * @param header lines above every article
   * @param footer lines below every article, before its related-article teasers
   */
  public record Outlet(String name, String host, List<String> header, List<String> footer) {}

  private CopyEditor() {}

  /** {@code count} outlets with distinct names and furniture. */
  public static List<Outlet> outlets(int count) {
    String[] places = {
      "Northern",
      "Eastern",
      "Continental",
      "Metro",
      "Harbour",
      "Capital",
      "Valley",
      "Coastal",
      "Prairie",
      "Highland"
    };
    String[] kinds = {"Courier", "Ledger", "Dispatch", "Herald", "Observer", "Gazette", "Tribune"};
    String[] menus = {
      "Home | World | Europe | Ukraine | Opinion",
      "News  Politics  World  Business  Video",
      "Latest | War in Ukraine | Analysis | Newsletters",
    };
    List<Outlet> outlets = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String name =
          places[i % places.length]
              + " "
              + kinds[(i / places.length) % kinds.length]
              + (i >= places.length * kinds.length
                  ? " " + (i / (places.length * kinds.length))
                  : "");
      String host = name.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example";
      outlets.add(
          new Outlet(
              name,
              host,
              List.of(name, menus[i % menus.length]),
              List.of(
                  i % 2 == 0 ? "Share this article" : "Share",
                  "Follow " + name + " on Telegram",
                  "© 2022 " + name + ". All rights reserved.")));
    }
    return outlets;
  }

  /**
   * One copy of a story as a page of {@code outlet}.
   *
   * @param paragraphs the story's paragraphs
   * @param edited whether the copy carries edits (the group's first copy does not)
   * @param teasers headlines of other stories for the page's related-articles list
   */
  public static String page(
      String title,
      List<String> paragraphs,
      Outlet outlet,
      boolean edited,
      List<String> teasers,
      Random random) {
    List<String> body = edited ? edit(paragraphs, outlet, random) : new ArrayList<>(paragraphs);
    List<String> lines = new ArrayList<>(outlet.header());
    if (title != null) {
      lines.add(title);
    }
    lines.addAll(body);
    lines.addAll(outlet.footer());
    lines.add("Related Articles");
    lines.addAll(teasers);
    return String.join("\n\n", lines) + "\n";
  }

  /** The edited paragraphs of one copy. */
  static List<String> edit(List<String> paragraphs, Outlet outlet, Random random) {
    List<String> kept = new ArrayList<>(paragraphs);
    int words = words(String.join(" ", kept));
    if (kept.size() >= 4
        && random.nextDouble() < TRIM_PROBABILITY
        && words(kept.get(kept.size() - 1)) <= TRIM_MAX_SHARE * words) {
      kept.remove(kept.size() - 1);
    }

    List<List<String>> sentences = new ArrayList<>();
    for (String paragraph : kept) {
      sentences.add(sentences(paragraph));
    }
    int budget = words / WORDS_PER_EDIT;
    for (List<String> paragraph : sentences) {
      for (int i = 0; i < paragraph.size() && budget > 0; i++) {
        if (random.nextDouble() < EDIT_PROBABILITY) {
          budget--;
          editSentence(paragraph, i, outlet, random);
        }
      }
    }

    List<String> edited = new ArrayList<>();
    for (List<String> paragraph : sentences) {
      if (!paragraph.isEmpty()) {
        edited.add(String.join(" ", paragraph));
      }
    }
    if (edited.size() >= 2 && random.nextBoolean()) {
      int i = random.nextInt(edited.size() - 1);
      edited.set(i, edited.get(i) + " " + edited.remove(i + 1));
    }
    if (random.nextBoolean()) {
      int i = random.nextInt(edited.size());
      List<String> parts = sentences(edited.get(i));
      if (parts.size() >= 2) {
        int cut = 1 + random.nextInt(parts.size() - 1);
        edited.set(i, String.join(" ", parts.subList(0, cut)));
        edited.add(i + 1, String.join(" ", parts.subList(cut, parts.size())));
      }
    }
    return edited;
  }

  private static void editSentence(List<String> paragraph, int i, Outlet outlet, Random random) {
    String sentence = paragraph.get(i);
    switch (random.nextInt(4)) {
      case 0 -> {
        Matcher number = NUMBER.matcher(sentence);
        if (number.find()) {
          long value = Long.parseLong(number.group()) + 1 + random.nextInt(5);
          paragraph.set(
              i, sentence.substring(0, number.start()) + value + sentence.substring(number.end()));
        } else {
          paragraph.set(i, replaceWord(sentence, random));
        }
      }
      case 1 -> paragraph.set(i, replaceWord(sentence, random));
      case 2 -> {
        if (paragraph.size() > 1) {
          paragraph.remove(i);
        } else {
          paragraph.set(i, replaceWord(sentence, random));
        }
      }
      default ->
          paragraph.add(
              i + 1, ADDED_LINES.get(Math.floorMod(outlet.host().hashCode(), ADDED_LINES.size())));
    }
  }

  /** The sentence with one of its longer words replaced by another of its words. */
  private static String replaceWord(String sentence, Random random) {
    List<int[]> spans = new ArrayList<>();
    Matcher word = WORD.matcher(sentence);
    while (word.find()) {
      spans.add(new int[] {word.start(), word.end()});
    }
    if (spans.size() < 2) {
      return sentence;
    }
    int[] target = spans.get(random.nextInt(spans.size()));
    int[] donor = spans.get(random.nextInt(spans.size()));
    return sentence.substring(0, target[0])
        + sentence.substring(donor[0], donor[1])
        + sentence.substring(target[1]);
  }

  static List<String> sentences(String paragraph) {
    // "ss=standard" makes ICU skip the ends of abbreviations such as "Mr." and "U.S.".
    BreakIterator breaks = BreakIterator.getSentenceInstance(SENTENCES);
    breaks.setText(paragraph);
    List<String> sentences = new ArrayList<>();
    int start = breaks.first();
    for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
      String sentence = paragraph.substring(start, end).strip();
      if (!sentence.isEmpty()) {
        sentences.add(sentence);
      }
    }
    return sentences;
  }

  private static int words(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }
}
