package org.frontline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.frontline.clean.PublicationDates.Dated;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDatesTest {

  @Nested
  class Metadata {

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "2022-12-01                    | 2022-12-01",
          "2022-12-01T10:15:30Z          | 2022-12-01",
          "2022-12-01T23:30:00-05:00     | 2022-12-01",
          "2022-12-01T00:30:00+03:00     | 2022-12-01",
          "2022-12-01T10:15:30.123+0200  | 2022-12-01",
          "2022-12-01T10:15              | 2022-12-01",
          "2022-12-01 10:15:30           | 2022-12-01",
          "2022/12/01                    | 2022-12-01",
          "Thu, 01 Dec 2022 10:15:30 GMT | 2022-12-01",
          "Thu, 1 Dec 2022 10:15:30 +0000| 2022-12-01",
          "1669889730                    | 2022-12-01",
          "1669939199                    | 2022-12-01",
          "1669939200                    | 2022-12-02",
          "1669889730123                 | 2022-12-01",
          "December 1, 2022              | 2022-12-01",
          "1 December 2022               | 2022-12-01",
          "Thursday, December 1, 2022    | 2022-12-01",
          "1990-01-01                    | 1990-01-01",
          "2100-01-01                    | 2100-01-01",
        })
    void readsSupportedForms(String value, LocalDate expected) {
      assertThat(PublicationDates.parseMetadata(value)).contains(expected);
    }

    @Test
    void toleratesSurroundingWhitespace() {
      assertThat(PublicationDates.parseMetadata(" \t2022-12-01\u00A0\n"))
          .contains(LocalDate.of(2022, 12, 1));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
        strings = {
          "   ",
          "n/a",
          "yesterday",
          "2022-13-01",
          "2022-02-30",
          "2022-12-01T25:00:00Z",
          "2022-12-01Tnoon",
          "2022-12-011",
          "12345",
          "123456789",
          "123456789012",
          "16698897301234",
          "Wed, 01 Dec 2022 10:15:30 GMT",
          "December 1",
          "01 Dec",
          "1989-12-31",
          "2100-01-02",
          "0000000000",
          "9999999999",
          "9999999999999",
          "01/02/2022",
        })
    void rejectsGarbageIncompleteAndImplausibleValues(String value) {
      assertThat(PublicationDates.parseMetadata(value)).isEmpty();
    }
  }

  @Nested
  class DateLine {

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "Friday, December 19, 2025                | 2025-12-19",
          "December 19, 2025                        | 2025-12-19",
          "Dec. 19, 2025                            | 2025-12-19",
          "Dec 19, 2025                             | 2025-12-19",
          "Dec 19 2025                              | 2025-12-19",
          "DECEMBER 19, 2025                        | 2025-12-19",
          "19 December 2025                         | 2025-12-19",
          "19th December 2025                       | 2025-12-19",
          "19th of December, 2025                   | 2025-12-19",
          "Friday 19 December 2025                  | 2025-12-19",
          "Fri, 19 Dec 2025                         | 2025-12-19",
          "Wednesday, March 9, 2022, 12:48:00 PM    | 2022-03-09",
          "March 9, 2022 12:48 PM EST               | 2022-03-09",
          "March 9, 2022 at 3 p.m.                  | 2022-03-09",
          "12:48 PM, Wednesday, March 9, 2022       | 2022-03-09",
          "9 March 2022, 23:05 GMT+2                | 2022-03-09",
          "Sept. 19, 2025                           | 2025-09-19",
          "Sept 19, 2025                            | 2025-09-19",
          "Sep. 19, 2025                            | 2025-09-19",
          "September 19, 2025                       | 2025-09-19",
          "Tues., Sept. 2, 2025                     | 2025-09-02",
          "2025-12-19                               | 2025-12-19",
          "2025-12-19 08:00                         | 2025-12-19",
          "19/12/2025                               | 2025-12-19",
          "19.12.2025                               | 2025-12-19",
          "12/19/2025                               | 2025-12-19",
          "13/06/2022                               | 2022-06-13",
          "06/13/2022                               | 2022-06-13",
          "05/05/2022                               | 2022-05-05",
        })
    void readsHeaderDates(String line, LocalDate expected) {
      assertThat(PublicationDates.parseDateLine(line)).contains(expected);
    }

    @Test
    void toleratesSurroundingAndNoBreakSpaces() {
      assertThat(PublicationDates.parseDateLine("  \u00A0Friday,\u00A0December 19, 2025 \t"))
          .contains(LocalDate.of(2025, 12, 19));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
        strings = {
          "Russia attacked on December 19, 2025 again",
          "December 19, 2025 again",
          "On December 19, 2025",
          "December 19",
          "Friday, December 19",
          "Dec. 19",
          "19 December",
          "Thursday, December 19, 2025",
          "Fri 20 December 2025",
          "05/06/2022",
          "19/12/25",
          "13/13/2022",
          "December 32, 2025",
          "February 29, 2023",
          "Decembre 19, 2025",
          "December 19, 1989",
          "January 2, 2100",
          "December 19, 2025 25:00",
          "2025-12-19T08:00:00Z",
        })
    void rejectsAnythingButACompleteTrustworthyDate(String line) {
      assertThat(PublicationDates.parseDateLine(line)).isEmpty();
    }
  }

  @Nested
  class Dateline {

    @ParameterizedTest
    @CsvSource(
        delimiter = ';',
        value = {
          "Published: 10:15 EST, 3 March 2022                  ; 2022-03-03 ; 3 March 2022",
          "Published 3 March 2022 | Updated 4 March 2022       ; 2022-03-03 ; 3 March 2022",
          "Published on December 19, 2025                      ; 2025-12-19 ; December 19, 2025",
          "Published on: 2025-12-19                            ; 2025-12-19 ; 2025-12-19",
          "Posted on December 19, 2025 at 3:00 pm              ; 2025-12-19 ; December 19, 2025",
          "Posted December 19, 2025 3:00 PM by Staff           ; 2025-12-19 ; December 19, 2025",
          "Updated: Friday, December 19, 2025 10:15 AM         ; 2025-12-19 ; Friday, December 19, 2025",
          "Last updated 19 December 2025                       ; 2025-12-19 ; 19 December 2025",
          "First published on Thu 3 Mar 2022 09.00 GMT        ; 2022-03-03 ; Thu 3 Mar 2022",
          "PUBLISHED DEC. 19, 2025                             ; 2025-12-19 ; DEC. 19, 2025",
          "  Published at 12:48 PM, March 9, 2022             ; 2022-03-09 ; March 9, 2022",
        })
    void readsPublishedLines(String line, LocalDate date, String text) {
      assertThat(PublicationDates.parseDateline(line))
          .contains(new Dated(date, Dated.PUBLISHED_LINE, text));
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "KYIV, Ukraine, Dec. 19, 2025 (Reuters) - Russian forces struck | 2025-12-19 | Dec. 19, 2025",
          "KYIV, Ukraine, Dec. 19, 2025 (AP) \u2014 Russian forces struck | 2025-12-19 | Dec. 19, 2025",
          "WASHINGTON, Dec. 19, 2025 \u2014 The Pentagon said              | 2025-12-19 | Dec. 19, 2025",
          "LONDON, 19 December 2025 \u2013 Britain announced               | 2025-12-19 | 19 December 2025",
          "LONDON, 19 December 2025 - Britain announced                   | 2025-12-19 | 19 December 2025",
          "NEW YORK, Friday, December 19, 2025 (Bloomberg) -              | 2025-12-19 | Friday, December 19, 2025",
          "ST. PETERSBURG, Russia, Sept. 2, 2025\u2014                    | 2025-09-02 | Sept. 2, 2025",
          "Kramatorsk Donetsk Oblast Ukraine, 19 Dec 2025 (AFP) -         | 2025-12-19 | 19 Dec 2025",
        })
    void readsNewsDatelines(String line, LocalDate date, String text) {
      assertThat(PublicationDates.parseDateline(line))
          .contains(new Dated(date, Dated.DATELINE, text));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
        strings = {
          "KYIV, Dec. 19 (Reuters) -",
          "KYIV, Ukraine (AP) \u2014 Russian forces struck",
          "KYIV, Thursday, December 19, 2025 (Reuters) -",
          "Published December 19",
          "Published: 10:15 EST",
          "Published 3 March",
          "Published: Thursday, 4 March 2022",
          "Published on 05/06/2022",
          "Published 3 March 1989",
          "Posted online December 19, 2025",
          "Publishedly December 19, 2025",
          "Russia attacked on December 19, 2025 again",
          "The report, published on 3 March 2022, said",
          "kyiv, Dec. 19, 2025 (Reuters) -",
          "KYIV, Dec. 19, 2025 Russian forces struck",
          "One Two Three Four Five, Dec. 19, 2025 -",
          "December 19, 2025",
        })
    void rejectsLinesWithoutALeadingCompleteDate(String line) {
      assertThat(PublicationDates.parseDateline(line)).isEmpty();
    }
  }

  @Nested
  class Adversarial {

    static Stream<String> hostileLines() {
      return Stream.of(
          "1, ".repeat(33_334),
          "December ".repeat(11_112),
          "1, ".repeat(100),
          "December ".repeat(33),
          "KYIV, ".repeat(50),
          "Published ".repeat(30),
          "12:00 ".repeat(50),
          "1".repeat(300),
          "Friday, ".repeat(37));
    }

    @ParameterizedTest
    @MethodSource("hostileLines")
    void hostileLinesFinishWithoutADate(String line) {
      assertThat(PublicationDates.parseMetadata(line)).isEmpty();
      assertThat(PublicationDates.parseDateLine(line)).isEmpty();
      assertThat(PublicationDates.parseDateline(line)).isEmpty();
    }

    @Test
    void adversarialLinesAreLongEnoughToMatter() {
      assertThat("1, ".repeat(33_334)).hasSizeGreaterThanOrEqualTo(100_000);
      assertThat("December ".repeat(11_112)).hasSizeGreaterThanOrEqualTo(100_000);
    }

    @Test
    void aDateJustInsideTheLengthLimitIsStillRead() {
      String line = " ".repeat(283) + "December 19, 2025";
      assertThat(line).hasSize(300);
      assertThat(PublicationDates.parseDateLine(line)).contains(LocalDate.of(2025, 12, 19));
      assertThat(PublicationDates.parseDateLine(" " + line)).isEmpty();
    }
  }
}
