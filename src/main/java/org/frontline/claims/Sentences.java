package org.frontline.claims;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentences of a document body from ICU's sentence breaker with the "standard" suppressions, so
 * abbreviations such as "Nov.", "Lt." and "U.S." do not end a sentence. Line breaks end a sentence
 * too: the cleaned body keeps paragraphs and headings on lines of their own.
 */
final class Sentences {
  /** A sentence as offsets into the body, surrounding spaces excluded. */
  record Span(int start, int end) {}

  private static final BreakIterator PROTOTYPE =
      BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));

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
        String line = body.substring(lineStart, lineEnd);
        breaker.setText(line);
        int start = breaker.first();
        for (int end = breaker.next();
            end != BreakIterator.DONE;
            start = end, end = breaker.next()) {
          addTrimmed(spans, body, lineStart + start, lineStart + end);
        }
      }
      lineStart = lineEnd + 1;
    }
    return spans;
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
