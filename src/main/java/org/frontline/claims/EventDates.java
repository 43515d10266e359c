package org.frontline.claims;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the dates a sentence states and resolves them against the publication date: explicit dates
 * ("22 December", "Nov. 23", "December 24, 2025", "in September", "in 2022"), weekdays ("on
 * Sunday": the latest such day on or before publication), and relative words ("yesterday", "last
 * week", "over the weekend", "earlier this month"). A month and day without a year take the
 * publication year (the year before when that would put the day after publication), else the year
 * of the nearest full date elsewhere in the document, else stay unresolved: null rather than a
 * guess.
 */
final class EventDates {
  private EventDates() {}

  static final String DAY = "day";
  static final String WEEK = "week";
  static final String MONTH = "month";
  static final String YEAR = "year";
  static final String UNKNOWN = "unknown";

  static final String EXPLICIT = "explicit";
  static final String RELATIVE = "relative";
  static final String PUBLICATION = "publication";
  static final String NONE = "none";

  /** A resolved event date; {@code date} is null when the words cannot be placed in time. */
  record EventDate(LocalDate date, String precision, String basis, String text) {}

  /** Date words found in a sentence, not yet resolved. */
  record Mention(
      int first,
      int last,
      Kind kind,
      Integer year,
      Integer month,
      Integer day,
      DayOfWeek weekday,
      int offset,
      String text,
      boolean periodStart) {}

  enum Kind {
    FULL_DATE,
    MONTH_DAY,
    MONTH,
    YEAR,
    WEEKDAY,
    LAST_WEEKDAY,
    TODAY,
    YESTERDAY,
    LAST_NIGHT,
    THIS_WEEK,
    LAST_WEEK,
    WEEKEND,
    THIS_MONTH,
    LAST_MONTH,
    THIS_YEAR,
    LAST_YEAR,
    DAYS_AGO,
    WEEKS_AGO,
    /** "in the first days of the war", "at the start of the invasion": its first week. */
    INVASION_DAYS,
    /** "in the early weeks of the invasion": its first month. */
    INVASION_WEEKS
  }

  /**
   * The day Russia invaded Ukraine, which "the start of the war" names in the articles this project
   * reads; before it, "the war" is another one and stays undated.
   */
  static final LocalDate INVASION = LocalDate.of(2022, 2, 24);

  /** Nouns naming the war in "the first days of the war". */
  private static final Set<String> WAR_NOUNS = Set.of("war", "invasion", "conflict", "offensive");

  /** Words opening the first days or weeks of the war: "the early days of". */
  private static final Set<String> EARLY = Set.of("first", "early", "opening");

  /** Words naming the war's first day: "the start of the war". */
  private static final Set<String> OUTSET = Set.of("start", "beginning", "outset");

  private static final Map<String, Integer> MONTH_NUMBERS =
      Map.ofEntries(
          Map.entry("january", 1),
          Map.entry("jan", 1),
          Map.entry("february", 2),
          Map.entry("feb", 2),
          Map.entry("march", 3),
          Map.entry("mar", 3),
          Map.entry("april", 4),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("june", 6),
          Map.entry("jun", 6),
          Map.entry("july", 7),
          Map.entry("jul", 7),
          Map.entry("august", 8),
          Map.entry("aug", 8),
          Map.entry("september", 9),
          Map.entry("sep", 9),
          Map.entry("sept", 9),
          Map.entry("october", 10),
          Map.entry("oct", 10),
          Map.entry("november", 11),
          Map.entry("nov", 11),
          Map.entry("december", 12),
          Map.entry("dec", 12));

  private static final Map<String, DayOfWeek> WEEKDAYS =
      Map.of(
          "monday", DayOfWeek.MONDAY,
          "tuesday", DayOfWeek.TUESDAY,
          "wednesday", DayOfWeek.WEDNESDAY,
          "thursday", DayOfWeek.THURSDAY,
          "friday", DayOfWeek.FRIDAY,
          "saturday", DayOfWeek.SATURDAY,
          "sunday", DayOfWeek.SUNDAY);

  /** The day of the week a word names ("sunday"), or null. */
  static DayOfWeek weekday(String word) {
    return WEEKDAYS.get(word);
  }

  /** Words before a bare month or year that make it a time ("in May", not "may"). */
  private static final Set<String> TIME_PREPOSITIONS =
      Set.of(
          "in",
          "early",
          "late",
          "mid",
          "during",
          "since",
          "by",
          "until",
          "of",
          "last",
          "this",
          "throughout",
          "from");

  /** All date words of a sentence, in order. */
  static List<Mention> find(List<Token> tokens, String text) {
    List<Mention> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Mention m = mentionAt(tokens, i, text);
      if (m == null) {
        i++;
      } else {
        found.add(m);
        i = m.last() + 1;
      }
    }
    return found;
  }

  private static Mention mentionAt(List<Token> tokens, int i, String text) {
    Token t = tokens.get(i);
    String w = t.norm();
    boolean since = periodStart(tokens, i);
    Integer month = t.isCapitalised() ? MONTH_NUMBERS.get(w) : null;
    if (month != null) {
      int k = i + 1;
      if (norm(tokens, k).equals(".")) {
        k++;
      }
      Integer day = dayNumber(norm(tokens, k));
      if (day != null) {
        int last = k;
        Integer year = yearAt(tokens, last + 1);
        if (year == null && norm(tokens, last + 1).equals(",")) {
          year = yearAt(tokens, last + 2);
          if (year != null) {
            last += 2;
          }
        } else if (year != null) {
          last += 1;
        }
        return mention(
            tokens,
            i,
            last,
            year == null ? Kind.MONTH_DAY : Kind.FULL_DATE,
            year,
            month,
            day,
            null,
            text,
            since);
      }
      if (i > 0 && TIME_PREPOSITIONS.contains(tokens.get(i - 1).norm())) {
        Integer year = yearAt(tokens, k);
        int last = year == null ? i : k;
        int first = i;
        String before = tokens.get(i - 1).norm();
        if (Set.of("early", "late", "mid").contains(before)) {
          first = i - 1;
        }
        return mention(tokens, first, last, Kind.MONTH, year, month, null, null, text, since);
      }
      return null;
    }
    Integer day = dayNumber(w);
    if (day != null && i + 1 < tokens.size()) {
      int k = i + 1;
      if (norm(tokens, k).equals("of")) {
        k++;
      }
      Token monthToken = k < tokens.size() ? tokens.get(k) : null;
      Integer dayMonth =
          monthToken != null && monthToken.isCapitalised()
              ? MONTH_NUMBERS.get(monthToken.norm())
              : null;
      if (dayMonth != null) {
        int last = k;
        if (norm(tokens, last + 1).equals(".")) {
          last++;
        }
        Integer year = yearAt(tokens, last + 1);
        if (year != null) {
          last++;
        }
        return mention(
            tokens,
            i,
            last,
            year == null ? Kind.MONTH_DAY : Kind.FULL_DATE,
            year,
            dayMonth,
            day,
            null,
            text,
            since);
      }
    }
    Integer year = yearAt(tokens, i);
    if (year != null && i > 0 && TIME_PREPOSITIONS.contains(tokens.get(i - 1).norm())) {
      return mention(tokens, i, i, Kind.YEAR, year, null, null, null, text, since);
    }
    DayOfWeek weekday = t.isCapitalised() ? WEEKDAYS.get(t.base()) : null;
    if (weekday != null) {
      boolean last = i > 0 && tokens.get(i - 1).is("last");
      return mention(
          tokens,
          last ? i - 1 : i,
          i,
          last ? Kind.LAST_WEEKDAY : Kind.WEEKDAY,
          null,
          null,
          null,
          weekday,
          text,
          since);
    }
    String next = norm(tokens, i + 1);
    String afterNext = norm(tokens, i + 2);
    switch (w) {
      case "today", "tonight" -> {
        return mention(tokens, i, i, Kind.TODAY, null, null, null, null, text, since);
      }
      case "yesterday" -> {
        return mention(tokens, i, i, Kind.YESTERDAY, null, null, null, null, text, since);
      }
      case "overnight" -> {
        return mention(tokens, i, i, Kind.TODAY, null, null, null, null, text, since);
      }
      case "last" -> {
        Kind kind =
            switch (next) {
              case "night" -> Kind.LAST_NIGHT;
              case "week" -> Kind.LAST_WEEK;
              case "weekend" -> Kind.WEEKEND;
              case "month" -> Kind.LAST_MONTH;
              case "year" -> Kind.LAST_YEAR;
              default -> null;
            };
        return kind == null
            ? null
            : mention(tokens, i, i + 1, kind, null, null, null, null, text, since);
      }
      case "this", "earlier" -> {
        int k = w.equals("earlier") && next.equals("this") ? i + 2 : i + 1;
        if (w.equals("earlier") && !next.equals("this")) {
          return null;
        }
        Kind kind =
            switch (norm(tokens, k)) {
              case "morning", "afternoon", "evening" -> Kind.TODAY;
              case "week" -> Kind.THIS_WEEK;
              case "weekend" -> Kind.WEEKEND;
              case "month" -> Kind.THIS_MONTH;
              case "year" -> Kind.THIS_YEAR;
              default -> null;
            };
        return kind == null
            ? null
            : mention(tokens, i, k, kind, null, null, null, null, text, since);
      }
      case "over", "at" -> {
        if (next.equals("the") && afterNext.equals("weekend")) {
          return mention(tokens, i, i + 2, Kind.WEEKEND, null, null, null, null, text, since);
        }
        return null;
      }
      default -> {}
    }
    Mention invasionTime = invasionTime(tokens, i, text, since);
    if (invasionTime != null) {
      return invasionTime;
    }
    // "three days ago", "2 weeks ago"
    if ((next.equals("days") || next.equals("day") || next.equals("weeks") || next.equals("week"))
        && afterNext.equals("ago")) {
      Integer n = t.isNumber() ? dayNumber(w) : wordNumber(w);
      if (n != null) {
        Kind kind = next.startsWith("day") ? Kind.DAYS_AGO : Kind.WEEKS_AGO;
        return mention(tokens, i, i + 2, kind, null, null, n, null, text, since);
      }
    }
    return null;
  }

  /**
   * "the first days of the war", "the early weeks of the invasion", "the start of the war": times
   * counted from the invasion.
   */
  private static Mention invasionTime(List<Token> tokens, int i, String text, boolean since) {
    String w = tokens.get(i).norm();
    int of;
    Kind kind;
    String next = norm(tokens, i + 1);
    if (EARLY.contains(w) && (next.equals("days") || next.equals("weeks"))) {
      of = i + 2;
      kind = next.equals("days") ? Kind.INVASION_DAYS : Kind.INVASION_WEEKS;
    } else if (OUTSET.contains(w)) {
      of = i + 1;
      kind = Kind.INVASION_DAYS;
    } else {
      return null;
    }
    int noun = norm(tokens, of + 1).equals("the") ? of + 2 : of + 1;
    if (!norm(tokens, of).equals("of") || !WAR_NOUNS.contains(norm(tokens, noun))) {
      return null;
    }
    int first = i > 0 && tokens.get(i - 1).is("the") ? i - 1 : i;
    return mention(tokens, first, noun, kind, null, null, null, null, text, since);
  }

  /**
   * Whether the date at {@code i} starts a period rather than dating an event: "from May", or
   * "since" earlier in its clause ("since Putin sent troops into Ukraine on 24 February").
   */
  private static boolean periodStart(List<Token> tokens, int i) {
    return (i > 0 && tokens.get(i - 1).is("from")) || sinceBefore(tokens, i) >= 0;
  }

  /** The "since" earlier in the clause of the date at {@code i}, or -1. */
  static int sinceBefore(List<Token> tokens, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 10); k--) {
      String w = tokens.get(k).norm();
      if (w.equals(",") || w.equals(";")) {
        return -1;
      }
      if (w.equals("since")) {
        return k;
      }
    }
    return -1;
  }

  private static Integer wordNumber(String w) {
    return switch (w) {
      case "a", "one" -> 1;
      case "two" -> 2;
      case "three" -> 3;
      case "four" -> 4;
      case "five" -> 5;
      case "six" -> 6;
      case "seven" -> 7;
      default -> null;
    };
  }

  private static Mention mention(
      List<Token> tokens,
      int first,
      int last,
      Kind kind,
      Integer year,
      Integer month,
      Integer day,
      DayOfWeek weekday,
      String text,
      boolean periodStart) {
    int start = tokens.get(first).start();
    int end = tokens.get(last).end();
    return new Mention(
        first,
        last,
        kind,
        year,
        month,
        day,
        weekday,
        start,
        text.substring(start, end),
        periodStart);
  }

  /** "23", "23rd", "1st": a day of the month. */
  private static Integer dayNumber(String w) {
    int digits = 0;
    while (digits < w.length() && Character.isDigit(w.charAt(digits))) {
      digits++;
    }
    if (digits == 0 || digits > 2) {
      return null;
    }
    String rest = w.substring(digits);
    if (!(rest.isEmpty() || Set.of("st", "nd", "rd", "th").contains(rest))) {
      return null;
    }
    int n = Integer.parseInt(w.substring(0, digits));
    return n >= 1 && n <= 31 ? n : null;
  }

  private static Integer yearAt(List<Token> tokens, int i) {
    String w = norm(tokens, i);
    if (w.length() == 4 && w.chars().allMatch(Character::isDigit)) {
      int y = Integer.parseInt(w);
      return y >= 1900 && y <= 2100 ? y : null;
    }
    return null;
  }

  private static String norm(List<Token> tokens, int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i).norm() : "";
  }

  /**
   * Resolves a mention.
   *
   * @param published the publication date, or null
   * @param documentYear the year of the nearest full date elsewhere in the document, or null
   */
  static EventDate resolve(Mention m, LocalDate published, Integer documentYear) {
    String text = m.text();
    switch (m.kind()) {
      case FULL_DATE -> {
        LocalDate d = date(m.year(), m.month(), m.day());
        return d == null ? unresolved(text) : new EventDate(d, DAY, EXPLICIT, text);
      }
      case MONTH_DAY -> {
        Integer year = inferYear(m.month(), m.day(), published, documentYear);
        LocalDate d = year == null ? null : date(year, m.month(), m.day());
        return d == null ? unresolved(text) : new EventDate(d, DAY, EXPLICIT, text);
      }
      case MONTH -> {
        Integer year =
            m.year() != null ? m.year() : inferYear(m.month(), 1, published, documentYear);
        return year == null
            ? unresolved(text)
            : new EventDate(LocalDate.of(year, m.month(), 1), MONTH, EXPLICIT, text);
      }
      case YEAR -> {
        return new EventDate(LocalDate.of(m.year(), 1, 1), YEAR, EXPLICIT, text);
      }
      default -> {}
    }
    if (published == null) {
      return unresolved(text);
    }
    if (m.kind() == Kind.INVASION_DAYS || m.kind() == Kind.INVASION_WEEKS) {
      if (published.isBefore(INVASION)) {
        return unresolved(text);
      }
      return m.kind() == Kind.INVASION_DAYS
          ? new EventDate(INVASION, WEEK, RELATIVE, text)
          : new EventDate(INVASION.plusMonths(1).withDayOfMonth(1), MONTH, RELATIVE, text);
    }
    LocalDate p = published;
    return switch (m.kind()) {
      case WEEKDAY ->
          new EventDate(p.with(TemporalAdjusters.previousOrSame(m.weekday())), DAY, RELATIVE, text);
      case LAST_WEEKDAY ->
          new EventDate(p.with(TemporalAdjusters.previous(m.weekday())), DAY, RELATIVE, text);
      case TODAY -> new EventDate(p, DAY, RELATIVE, text);
      case YESTERDAY, LAST_NIGHT -> new EventDate(p.minusDays(1), DAY, RELATIVE, text);
      case THIS_WEEK ->
          new EventDate(
              p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), WEEK, RELATIVE, text);
      case LAST_WEEK ->
          new EventDate(
              p.minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
              WEEK,
              RELATIVE,
              text);
      case WEEKEND ->
          new EventDate(
              p.getDayOfWeek() == DayOfWeek.SUNDAY
                  ? p.minusDays(1)
                  : p.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY)),
              WEEK,
              RELATIVE,
              text);
      case THIS_MONTH -> new EventDate(p.withDayOfMonth(1), MONTH, RELATIVE, text);
      case LAST_MONTH -> new EventDate(p.minusMonths(1).withDayOfMonth(1), MONTH, RELATIVE, text);
      case THIS_YEAR -> new EventDate(p.withDayOfYear(1), YEAR, RELATIVE, text);
      case LAST_YEAR -> new EventDate(p.minusYears(1).withDayOfYear(1), YEAR, RELATIVE, text);
      case DAYS_AGO -> new EventDate(p.minusDays(m.day()), DAY, RELATIVE, text);
      case WEEKS_AGO ->
          new EventDate(
              p.minusWeeks(m.day()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
              WEEK,
              RELATIVE,
              text);
      default -> throw new IllegalStateException("unhandled " + m.kind());
    };
  }

  /** The publication date stands when the sentence gives none. */
  static EventDate fromPublication(LocalDate published) {
    return published == null
        ? new EventDate(null, UNKNOWN, NONE, null)
        : new EventDate(published, DAY, PUBLICATION, null);
  }

  private static EventDate unresolved(String text) {
    return new EventDate(null, UNKNOWN, NONE, text);
  }

  /**
   * The year of a month and day: the publication year, or the one before when the day would fall
   * more than a week after publication; without a publication date, the document's year.
   */
  private static Integer inferYear(int month, int day, LocalDate published, Integer documentYear) {
    if (published != null) {
      LocalDate candidate = date(published.getYear(), month, day);
      if (candidate != null && candidate.isAfter(published.plusDays(7))) {
        return published.getYear() - 1;
      }
      return published.getYear();
    }
    return documentYear;
  }

  private static LocalDate date(int year, int month, int day) {
    return day <= YearMonth.of(year, month).lengthOfMonth() ? LocalDate.of(year, month, day) : null;
  }
}
