package org.frontline.clean;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication date of a scraped article from the three places publishers state it:
 * structured metadata (manifests, JSON fields, HTML {@code <meta>}), a page-header line that holds
 * nothing but a date, and a "Published ..." line or news-agency dateline opening the body.
 *
 * <p>The date decides which day an article counts towards, so every method prefers no answer to a
 * guessed one: a date is returned only when the text states a complete calendar date with a
 * four-digit year. Nothing is filled in from context (no current year, no crawl date), a weekday
 * that disagrees with its date discards the date because the line can no longer be trusted, and
 * dates before 1990-01-01 or after 2100-01-01 are treated as placeholders or typos rather than
 * publication dates.
 *
 * <p>Purely numeric day-month forms ({@code 05/06/2022}) are read only when they cannot be misread:
 * when one of the two leading numbers exceeds 12, or both are equal. Sources in this corpus mix US
 * (month first) and European (day first) order, so any other numeric date is left unresolved rather
 * than risk a silent month/day swap.
 *
 * <p>The input is scraped text, so the patterns are built to stay linear: lines longer than 300
 * characters are rejected before any matching, every quantifier is bounded, every repeated group is
 * closed by a separator it cannot itself match (so no input can be split in more than one way), and
 * matching is anchored at the start of the line ({@link Matcher#matches()} or {@link
 * Matcher#lookingAt()}, never a scanning {@link Matcher#find()}).
 *
 * <p>Month and weekday names are English ({@link Locale#ENGLISH}): full, three-letter, with or
 * without a trailing period, and "Sept." for September.
 */
public final class PublicationDates {

  /** Longer lines are prose, not dates; rejecting them first also caps the work of every match. */
  private static final int MAX_LINE_LENGTH = 300;

  /** Earliest year of a plausible publication date; older values are placeholders or typos. */
  private static final int EARLIEST_YEAR = 1990;

  /** January 1st of this year is the latest plausible publication date. */
  private static final int LATEST_YEAR = 2100;

  /** Spaces as scraped pages write them, including no-break and thin spaces. */
  private static final String SPACE = "[\\s\\p{Zs}]{1,3}";

  private static final String OPTIONAL_SPACE = "[\\s\\p{Zs}]{0,3}";

  private static final String MONTH =
      "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

  private static final String WEEKDAY =
      "(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
          + "|sat(?:urday)?|sun(?:day)?)\\.?";

  private static final String ORDINAL = "(?:st|nd|rd|th)?";

  /**
   * A calendar date with a year, optionally led by a weekday, in the group {@code date}. The
   * alternatives part ways within their first three characters (a letter, a day then a space or
   * ordinal, four digits, one or two digits then a separator), so backtracking between them is
   * bounded by a constant.
   */
  private static final String DATE =
      "(?<date>(?:(?<weekday>"
          + WEEKDAY
          + "),?"
          + SPACE
          + ")?(?:(?<mdyMonth>"
          + MONTH
          + ")"
          + SPACE
          + "(?<mdyDay>[0-3]?[0-9])"
          + ORDINAL
          + ",?"
          + SPACE
          + "(?<mdyYear>[0-9]{4})"
          + "|(?<dmyDay>[0-3]?[0-9])"
          + ORDINAL
          + "(?:"
          + SPACE
          + "of)?"
          + SPACE
          + "(?<dmyMonth>"
          + MONTH
          + "),?"
          + SPACE
          + "(?<dmyYear>[0-9]{4})"
          + "|(?<ymdYear>[0-9]{4})(?<ymdSep>[-/.])(?<ymdMonth>[0-9]{1,2})\\k<ymdSep>"
          + "(?<ymdDay>[0-9]{1,2})"
          + "|(?<numericFirst>[0-9]{1,2})(?<numericSep>[-/.])(?<numericSecond>[0-9]{1,2})"
          + "\\k<numericSep>(?<numericYear>[0-9]{4})"
          + "))(?![\\p{L}\\p{N}])";

  private static final String MERIDIEM = "[ap]\\.?m\\.?(?!\\p{L})";

  /** Upper-case abbreviations ("EST", "GMT+2") or a numeric offset ("+0200"). */
  private static final String ZONE =
      "(?:(?-i:[A-Z]{2,5})(?:[+-][0-9]{1,2}(?::?[0-9]{2})?)?|[+-][0-9]{2}:?[0-9]{2})"
          + "(?![\\p{L}\\p{N}])";

  /** A clock time; it is only skipped over, since the date as written is the publisher's day. */
  private static final String TIME =
      "(?:[01]?[0-9]|2[0-3])(?::[0-5][0-9](?::[0-5][0-9])?(?:"
          + OPTIONAL_SPACE
          + MERIDIEM
          + ")?|"
          + OPTIONAL_SPACE
          + MERIDIEM
          + ")(?:"
          + SPACE
          + ZONE
          + ")?";

  private static final String TIME_BEFORE = "(?:" + TIME + ",?" + SPACE + ")?";

  private static final String TIME_AFTER = "(?:,?" + SPACE + "(?:at" + SPACE + ")?" + TIME + ")?";

  /** Capitalised place name word such as "KYIV", "Ukraine" or "ST." (case-sensitive). */
  private static final String PLACE_WORD = "\\p{Lu}[\\p{L}'\\u2019.-]{0,24}";

  private static final int FLAGS = Pattern.CASE_INSENSITIVE;

  private static final Pattern DATE_LINE = Pattern.compile(TIME_BEFORE + DATE + TIME_AFTER, FLAGS);

  private static final Pattern PUBLISHED_LINE =
      Pattern.compile(
          "(?:first"
              + SPACE
              + "published|published|posted|last"
              + SPACE
              + "updated|updated)(?:"
              + SPACE
              + "(?:on|at))?(?:"
              + OPTIONAL_SPACE
              + ":"
              + OPTIONAL_SPACE
              + "|"
              + SPACE
              + ")"
              + TIME_BEFORE
              + DATE,
          FLAGS);

  /**
   * "KYIV, Ukraine, Dec. 19, 2025 (Reuters) -": place words, date, then a dash or an agency. The
   * place is matched reluctantly so that a leading weekday ("NEW YORK, Friday, Dec. 19, 2025") is
   * read as part of the date, and checked, rather than swallowed as a place word.
   */
  private static final Pattern DATELINE =
      Pattern.compile(
          "(?-i:"
              + PLACE_WORD
              + "(?:,?"
              + SPACE
              + PLACE_WORD
              + "){0,3}?),"
              + SPACE
              + DATE
              + OPTIONAL_SPACE
              + "(?:[-\\u2010-\\u2015]|\\(\\p{L}[\\p{L} .&]{0,30}\\))",
          FLAGS);

  private static final Pattern EPOCH =
      Pattern.compile("(?<seconds>[0-9]{10})|(?<millis>[0-9]{13})");

  /**
   * ISO-8601 style timestamps; the offset is ignored so the date stays as the publisher wrote it.
   */
  private static final Pattern ISO_TIMESTAMP =
      Pattern.compile(
          "(?<year>[0-9]{4})-(?<month>[0-9]{2})-(?<day>[0-9]{2})[T ](?:[01][0-9]|2[0-3]):[0-5][0-9]"
              + "(?::[0-5][0-9](?:[.,][0-9]{1,9})?)?"
              + "(?:Z|[+-](?:[01][0-9]|2[0-3])(?::?[0-5][0-9])?)?",
          FLAGS);

  private static final DateTimeFormatter MONTH_ABBREVIATION =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendText(ChronoField.MONTH_OF_YEAR, TextStyle.SHORT)
          .toFormatter(Locale.ENGLISH);

  private static final DateTimeFormatter WEEKDAY_ABBREVIATION =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendText(ChronoField.DAY_OF_WEEK, TextStyle.SHORT)
          .toFormatter(Locale.ENGLISH);

  private PublicationDates() {}

  /**
   * A date read from article text, with how it was recognised and the words it was read from, so
   * that downstream tables can weigh the source and reviewers can check the reading.
   *
   * @param date the calendar date as the publisher wrote it
   * @param basis {@link #PUBLISHED_LINE} or {@link #DATELINE}
   * @param text the date words exactly as they appear in the line, weekday included
   */
  public record Dated(LocalDate date, String basis, String text) {

    /** Basis of a date read from a "Published/Posted/Updated ..." line. */
    public static final String PUBLISHED_LINE = "published_line";

    /** Basis of a date read from a news-agency dateline such as "KYIV, Dec. 19, 2025 -". */
    public static final String DATELINE = "dateline";

    /** Rejects missing components, which would make the record useless for auditing. */
    public Dated {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(basis, "basis");
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * Reads a date from a metadata value: ISO dates and timestamps ({@code 2022-12-01}, {@code
   * 2022-12-01T23:30:00-05:00}, {@code 2022-12-01 10:15:30}), {@code 2022/12/01}, RFC 1123 ({@code
   * Thu, 01 Dec 2022 10:15:30 GMT}), epoch seconds (10 digits) or milliseconds (13 digits) in UTC,
   * and every form {@link #parseDateLine(String)} accepts.
   *
   * <p>Timestamps with an offset keep the date as written rather than converting to UTC: the
   * publisher's local day is the day the article appeared for its readers.
   *
   * @param value a metadata value, possibly null or blank
   * @return the date, or empty when the value is not a complete, plausible date
   */
  public static Optional<LocalDate> parseMetadata(String value) {
    return prepared(value).flatMap(PublicationDates::metadataDate);
  }

  /**
   * Reads a line that consists of nothing but a date, as page headers show it: "Friday, December
   * 19, 2025", "19 December 2025", "Dec. 19, 2025", "Wednesday, March 9, 2022, 12:48:00 PM", "March
   * 9, 2022 12:48 PM EST", "2025-12-19", "19/12/2025". Any other words on the line make it prose
   * that merely mentions a date, so the result is empty.
   *
   * @param line one line of page text, possibly null
   * @return the date, or empty when the line is not exactly a complete, plausible date
   */
  public static Optional<LocalDate> parseDateLine(String line) {
    return prepared(line).flatMap(PublicationDates::dateLine);
  }

  /**
   * Reads the date at the start of a line that announces publication ("Published: 10:15 EST, 3
   * March 2022", "Posted on December 19, 2025 at 3:00 pm", "Last updated ...", "First published on
   * ...") or opens a news-agency story ("KYIV, Ukraine, Dec. 19, 2025 (Reuters) - ..."). Only the
   * first date counts, so "Published 3 March 2022 | Updated 4 March 2022" yields 3 March. Datelines
   * without a year ("KYIV, Dec. 19 (Reuters) -") give empty.
   *
   * @param line one line of article text, possibly null
   * @return the date with its basis and the words it was read from, or empty
   */
  public static Optional<Dated> parseDateline(String line) {
    return prepared(line)
        .flatMap(
            text ->
                dated(PUBLISHED_LINE, text, Dated.PUBLISHED_LINE)
                    .or(() -> dated(DATELINE, text, Dated.DATELINE)));
  }

  /**
   * Strips surrounding (including no-break) spaces; null, blank and overlong input are rejected.
   */
  private static Optional<String> prepared(String line) {
    if (line == null || line.length() > MAX_LINE_LENGTH) {
      return Optional.empty();
    }
    int start = 0;
    int end = line.length();
    while (start < end && isSpace(line.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(line.charAt(end - 1))) {
      end--;
    }
    return start == end ? Optional.empty() : Optional.of(line.substring(start, end));
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static Optional<LocalDate> metadataDate(String value) {
    Matcher epoch = EPOCH.matcher(value);
    if (epoch.matches()) {
      Instant instant =
          epoch.group("seconds") != null
              ? Instant.ofEpochSecond(Long.parseLong(epoch.group("seconds")))
              : Instant.ofEpochMilli(Long.parseLong(epoch.group("millis")));
      return plausible(LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }
    Matcher iso = ISO_TIMESTAMP.matcher(value);
    if (iso.matches()) {
      return date(number(iso, "year"), number(iso, "month"), number(iso, "day"));
    }
    return dateLine(value);
  }

  private static Optional<LocalDate> dateLine(String line) {
    Matcher matcher = DATE_LINE.matcher(line);
    return matcher.matches() ? resolve(matcher) : Optional.empty();
  }

  private static Optional<Dated> dated(Pattern pattern, String line, String basis) {
    Matcher matcher = pattern.matcher(line);
    if (!matcher.lookingAt()) {
      return Optional.empty();
    }
    return resolve(matcher).map(date -> new Dated(date, basis, matcher.group("date")));
  }

  /** Turns a successful {@link #DATE} match into a date, checking the weekday if one is given. */
  private static Optional<LocalDate> resolve(Matcher matcher) {
    Optional<LocalDate> date;
    if (matcher.group("mdyYear") != null) {
      date =
          date(
              number(matcher, "mdyYear"),
              month(matcher.group("mdyMonth")),
              number(matcher, "mdyDay"));
    } else if (matcher.group("dmyYear") != null) {
      date =
          date(
              number(matcher, "dmyYear"),
              month(matcher.group("dmyMonth")),
              number(matcher, "dmyDay"));
    } else if (matcher.group("ymdYear") != null) {
      date =
          date(number(matcher, "ymdYear"), number(matcher, "ymdMonth"), number(matcher, "ymdDay"));
    } else {
      date =
          numericDate(
              number(matcher, "numericYear"),
              number(matcher, "numericFirst"),
              number(matcher, "numericSecond"));
    }
    String weekday = matcher.group("weekday");
    return weekday == null ? date : date.filter(d -> d.getDayOfWeek() == dayOfWeek(weekday));
  }

  /**
   * Resolves "first/second/year" only when day-first and month-first readings cannot disagree: one
   * number is above 12 (so it must be the day), or both are the same.
   */
  private static Optional<LocalDate> numericDate(int year, int first, int second) {
    if (first == second || (first > 12 && second <= 12)) {
      return date(year, second, first);
    }
    if (second > 12 && first <= 12) {
      return date(year, first, second);
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> date(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1 || !YearMonth.of(year, month).isValidDay(day)) {
      return Optional.empty();
    }
    return plausible(LocalDate.of(year, month, day));
  }

  private static Optional<LocalDate> plausible(LocalDate date) {
    boolean inRange =
        !date.isBefore(LocalDate.of(EARLIEST_YEAR, 1, 1))
            && !date.isAfter(LocalDate.of(LATEST_YEAR, 1, 1));
    return inRange ? Optional.of(date) : Optional.empty();
  }

  private static int number(Matcher matcher, String group) {
    return Integer.parseInt(matcher.group(group));
  }

  /** Every accepted month spelling starts with the English three-letter abbreviation. */
  private static int month(String name) {
    return Month.from(MONTH_ABBREVIATION.parse(name.substring(0, 3))).getValue();
  }

  /** Every accepted weekday spelling starts with the English three-letter abbreviation. */
  private static DayOfWeek dayOfWeek(String name) {
    return DayOfWeek.from(WEEKDAY_ABBREVIATION.parse(name.substring(0, 3)));
  }
}
