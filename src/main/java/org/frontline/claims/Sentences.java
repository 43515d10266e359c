package org.frontline.claims;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentences of a document body from ICU's sentence breaker with its English suppressions, so
 * abbreviations such as "Nov." and "U.S." do not end a sentence, plus the military and official
 * titles war reporting puts before names ("Lt. Gen.", "Col.", "Gov."), which ICU's list lacks. Line
 * breaks end a sentence too: the cleaned body keeps paragraphs and headings on lines of their own.
 */
final class Sentences {
  /** A sentence as offsets into the body, surrounding spaces excluded. */
  record Span(int start, int end) {}

  private static final List<String> TITLES =
      List.of(
          "Lt.", "Gen.", "Col.", "Maj.", "Capt.", "Sgt.", "Cpl.", "Pvt.", "Adm.", "Brig.", "Cmdr.",
          "Gov.", "Sen.", "Rep.", "Amb.", "Insp.", "Supt.", "Pres.", "Prof.");

  private static final BreakIterator PROTOTYPE = breaker();

  private static BreakIterator breaker() {
    ULocale english = new ULocale("en");
    FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getInstance(english);
    TITLES.forEach(builder::suppressBreakAfter);
    return builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(english));
  }

  private Sentences() {}

  static List<Span> split(String body) {
    List<Span> spans = new ArrayList<>();
    // ICU iterators are not thread-safe; a clone per call is cheap.
    BreakIterator breaker = (BreakIterator) PROTOTYPE.clone();
    int lineStart = 0;
    while (lineStart < body.length()) {
      int lineEnd = body.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = body.length();
      }
      if (lineEnd > lineStart) {
        breaker.setText(body.substring(lineStart, lineEnd));
        int start = breaker.first();
        for (int end = breaker.next();
            end != BreakIterator.DONE;
            start = end, end = breaker.next()) {
          // ICU's filter misses a title followed by another ("Lt. Gen."): join such pieces.
          if (endsWithTitle(body, lineStart + start, lineStart + end)
              && end < lineEnd - lineStart) {
            end = breaker.next();
            if (end == BreakIterator.DONE) {
              end = lineEnd - lineStart;
            }
          }
          addTrimmed(spans, body, lineStart + start, lineStart + end);
        }
      }
      lineStart = lineEnd + 1;
    }
    return spans;
  }

  private static boolean endsWithTitle(String body, int start, int end) {
    String piece = body.substring(start, end).stripTrailing();
    for (String title : TITLES) {
      if (piece.endsWith(title)
          && (piece.length() == title.length()
              || !Character.isLetter(piece.charAt(piece.length() - title.length() - 1)))) {
        return true;
      }
    }
    return false;
  }

  private static void addTrimmed(List<Span> spans, String body, int start, int end) {
    while (start < end && Character.isWhitespace(body.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      spans.add(new Span(start, end));
    }
  }
}
