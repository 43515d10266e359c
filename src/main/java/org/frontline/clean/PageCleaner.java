package org.frontline.clean;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Removes the page furniture of one document line by line with structural rules, and finds the
 * title and the publication date its header shows. Lines repeated across a source are removed
 * later, in Spark ({@link Clean}), because that needs every document.
 *
 * <p>The page is read in three parts: the header (lines before the first paragraph-like line),
 * where only the title and a date line are kept as metadata; the body; and the tail, which starts
 * at a tail marker ("Related Articles", "Leave a Reply") or is a trailing run of short
 * headline-like lines. Plain Java, unit-tested without Spark.
 */
public final class PageCleaner implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Furniture rules only apply to lines up to this long: real furniture is short, and many pages
   * run a whole article together on one line.
   */
  private static final int MAX_FURNITURE_CHARS = 400;

  /**
   * Lines holding an outlet's signature are furniture up to this long (disclaimers run to a few
   * hundred characters); a longer one is an article run together with its footer, kept whole.
   */
  private static final int MAX_SIGNATURE_LINE_CHARS = 1000;

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
  private static final Pattern TEASER_END = Pattern.compile(".*(\\.\\.\\.|…)$");

  /**
   * A cleaned page.
   *
   * @param title the first headline-like header line, or the known title when the page shows it
   * @param publishedDate the date the header or first lines show, else null
   * @param publishedBasis {@code header}, {@code dateline} or {@code published_line}, else null
   * @param lines the body lines kept, white space normalised
   * @param removed the lines removed as furniture, in page order
   */
  public record Page(
      String title,
      LocalDate publishedDate,
      String publishedBasis,
      List<String> lines,
      List<String> removed) {}

  private final CleanConfig config;
  private final Pattern tailMarker;
  private final Pattern dropLine;
  private final List<String> signatures;

  /**
   * @param signatures phrases that name an outlet in its page furniture: a line holding one is
   *     furniture (see conf/sources.conf)
   */
  public PageCleaner(CleanConfig config, List<String> signatures) {
    this.config = config;
    this.tailMarker = anyOf(config.tailMarkers());
    this.dropLine = anyOf(config.dropLines());
    this.signatures = signatures.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
  }

  private static Pattern anyOf(List<String> regexes) {
    String alternation = String.join("|", regexes.stream().map(r -> "(?:" + r + ")").toList());
    return Pattern.compile(alternation, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** Splits text into non-blank lines with white space runs folded to one space. */
  public static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    for (String raw : text.split("\n")) {
      String line = SPACES.matcher(raw).replaceAll(" ").strip();
      if (!line.isEmpty()) {
        lines.add(line);
      }
    }
    return lines;
  }

  /**
   * Cleans one page.
   *
   * @param text the article text as read, lines separated by '\n'
   * @param knownTitle the title from a manifest or the file's metadata, or null
   */
  public Page clean(String text, String knownTitle) {
    List<String> all = lines(text);
    int bodyStart = firstParagraph(all);
    String known = knownTitle == null ? null : SPACES.matcher(knownTitle).replaceAll(" ").strip();
    String title = null;
    LocalDate published = null;
    String basis = null;
    List<String> kept = new ArrayList<>();
    List<String> removed = new ArrayList<>();

    // Header: metadata lines become fields, everything else there is furniture. Without any
    // paragraph-like line there is no telling header from body, so nothing is dropped as header.
    int headerEnd = Math.max(bodyStart, 0);
    for (int i = 0; i < headerEnd; i++) {
      String line = all.get(i);
      Optional<LocalDate> dateLine = PublicationDates.parseDateLine(line);
      Optional<PublicationDates.Dated> dateline = PublicationDates.parseDateline(line);
      if (dateLine.isPresent() && published == null) {
        published = dateLine.get();
        basis = "header";
      } else if (dateline.isPresent() && published == null) {
        published = dateline.get().date();
        basis = dateline.get().basis();
      } else if (title == null && isTitle(line, known)) {
        title = line;
      } else {
        removed.add(line);
      }
    }

    // Body and tail.
    for (int i = headerEnd; i < all.size(); i++) {
      String line = all.get(i);
      boolean shortLine = line.length() <= MAX_FURNITURE_CHARS;
      if (bodyStart < 0 && title == null && isTitle(line, known)) {
        title = line;
        continue;
      }
      if (bodyStart >= 0 && shortLine && tailMarker.matcher(line).matches()) {
        removed.addAll(all.subList(i, all.size()));
        break;
      }
      if ((shortLine && dropLine.matcher(line).matches())
          || (line.length() <= MAX_SIGNATURE_LINE_CHARS && hasSignature(line))) {
        removed.add(line);
        continue;
      }
      if (published == null && kept.isEmpty()) {
        Optional<PublicationDates.Dated> dateline = PublicationDates.parseDateline(line);
        if (dateline.isPresent()) {
          published = dateline.get().date();
          basis = dateline.get().basis();
          if ("published_line".equals(basis) && wordCount(line) < config.paragraphMinWords()) {
            removed.add(line);
            continue;
          }
        }
      }
      kept.add(line);
    }
    removeTrailingRun(kept, removed);
    return new Page(title != null ? title : known, published, basis, kept, removed);
  }

  /** Teaser lists with no heading: a run of short, headline-like lines closing the page. */
  private void removeTrailingRun(List<String> kept, List<String> removed) {
    int start = kept.size();
    while (start > 0 && isTeaserLine(kept.get(start - 1))) {
      start--;
    }
    int run = kept.size() - start;
    // The whole page is never a trailing run: a page of short lines is still the article.
    if (run >= config.trailingRunMinLines() && start > 0) {
      List<String> tail = kept.subList(start, kept.size());
      removed.addAll(tail);
      tail.clear();
    }
  }

  private boolean isTeaserLine(String line) {
    return TEASER_END.matcher(line).matches()
        || PublicationDates.parseDateLine(line).isPresent()
        || (wordCount(line) < config.paragraphMinWords() && !endsSentence(line));
  }

  /**
   * The first line that reads as prose: enough words and a sentence end, or too long for a
   * headline. Headlines rarely end with a full stop, so a long headline does not open the body.
   */
  private int firstParagraph(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int words = wordCount(line);
      if (words >= config.paragraphMinWords()
          && (endsSentence(line) || words > config.headlineMaxWords())) {
        return i;
      }
    }
    return -1;
  }

  private boolean isTitle(String line, String known) {
    if (known != null) {
      return line.equalsIgnoreCase(known);
    }
    int words = wordCount(line);
    return words >= config.headlineMinWords()
        && words <= config.headlineMaxWords()
        && !line.endsWith(".")
        && !line.endsWith(":")
        && !hasSignature(line)
        && !dropLine.matcher(line).matches();
  }

  private boolean hasSignature(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    for (String signature : signatures) {
      if (lower.contains(signature)) {
        return true;
      }
    }
    return false;
  }

  /** Ends like prose. A question mark does not count: headlines often ask. */
  private static boolean endsSentence(String line) {
    char last = line.charAt(line.length() - 1);
    return last == '.' || last == '!' || last == '"' || last == '”' || last == '’' || last == ')';
  }

  static int wordCount(String line) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < line.length(); i++) {
      boolean space = line.charAt(i) == ' ';
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }
}
