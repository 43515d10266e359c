package org.frontline.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.frontline.claims.EventDates.EventDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventDatesTest {
  /** A Friday. */
  private static final LocalDate PUBLISHED = LocalDate.of(2025, 12, 19);

  private static List<EventDates.Mention> find(String text) {
    return EventDates.find(Tokenizer.tokenize(text, 0, text.length()), text);
  }

  private static EventDate resolve(String text, LocalDate published, Integer documentYear) {
    List<EventDates.Mention> found = find(text);
    assertThat(found).as(text).hasSize(1);
    return EventDates.resolve(found.get(0), published, documentYear);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "troops took it on Sunday               | 2025-12-14 | day   | relative | Sunday",
        "the town fell on Friday                | 2025-12-19 | day   | relative | Friday",
        "the town fell last Friday              | 2025-12-12 | day   | relative | last Friday",
        "shelling yesterday killed two          | 2025-12-18 | day   | relative | yesterday",
        "strikes last night hit the city        | 2025-12-18 | day   | relative | last night",
        "the village was freed today            | 2025-12-19 | day   | relative | today",
        "fighting this morning                  | 2025-12-19 | day   | relative | this morning",
        "the town fell last week                | 2025-12-08 | week  | relative | last week",
        "gains over the weekend                 | 2025-12-13 | week  | relative | over the weekend",
        "earlier this week the army advanced    | 2025-12-15 | week  | relative | earlier this week",
        "earlier this month the army advanced   | 2025-12-01 | month | relative | earlier this month",
        "last month the army advanced           | 2025-11-01 | month | relative | last month",
        "last year the army advanced            | 2024-01-01 | year  | relative | last year",
        "three days ago the army advanced       | 2025-12-16 | day   | relative | three days ago",
        "the city fell on Dec. 2                | 2025-12-02 | day   | explicit | Dec. 2",
        "by 25 December the number had dropped  | 2025-12-25 | day   | explicit | 25 December",
        "on December 24, 2024 the city fell     | 2024-12-24 | day   | explicit | December 24, 2024",
        "the 3rd of March offensive             | 2025-03-03 | day   | explicit | 3rd of March",
        "they drove them out in 2022            | 2022-01-01 | year  | explicit | 2022",
        "in early August troops crossed         | 2025-08-01 | month | explicit | early August",
        "in September 2022 troops crossed       | 2022-09-01 | month | explicit | September 2022",
      })
  void resolvesAgainstThePublicationDate(
      String text, LocalDate date, String precision, String basis, String words) {
    assertThat(resolve(text, PUBLISHED, null))
        .isEqualTo(new EventDate(date, precision, basis, words));
  }

  @Test
  void timesCountedFromTheInvasionAreItsFirstWeekOrMonth() {
    assertThat(resolve("seized in the first days of the war", PUBLISHED, null))
        .isEqualTo(
            new EventDate(EventDates.INVASION, "week", "relative", "the first days of the war"));
    assertThat(resolve("hit at the start of the invasion", PUBLISHED, null).date())
        .isEqualTo(EventDates.INVASION);
    assertThat(resolve("repelled in the early weeks of the invasion", PUBLISHED, null))
        .isEqualTo(
            new EventDate(
                LocalDate.of(2022, 3, 1), "month", "relative", "the early weeks of the invasion"));
    // Before the invasion, "the war" is another one.
    assertThat(resolve("in the early days of the war", LocalDate.of(2021, 5, 1), null).date())
        .isNull();
  }

  @Test
  void aDayAndMonthAfterPublicationBelongToTheYearBefore() {
    EventDate d = resolve("the town fell on Dec. 28", LocalDate.of(2026, 1, 3), null);
    assertThat(d.date()).isEqualTo(LocalDate.of(2025, 12, 28));
  }

  @Test
  void withoutPublicationADayTakesTheYearOfTheDocumentsOtherDates() {
    assertThat(resolve("by 25 December", null, 2025).date()).isEqualTo(LocalDate.of(2025, 12, 25));
  }

  @Test
  void withoutAnyYearADayStaysUnresolvedRatherThanGuessed() {
    assertThat(resolve("reported on Nov. 23", null, null))
        .isEqualTo(new EventDate(null, "unknown", "none", "Nov. 23"));
    assertThat(resolve("took it on Sunday", null, null))
        .isEqualTo(new EventDate(null, "unknown", "none", "Sunday"));
  }

  @Test
  void withoutADateInTheSentenceThePublicationDateStands() {
    assertThat(EventDates.fromPublication(PUBLISHED))
        .isEqualTo(new EventDate(PUBLISHED, "day", "publication", null));
    assertThat(EventDates.fromPublication(null))
        .isEqualTo(new EventDate(null, "unknown", "none", null));
  }

  @Test
  void datesThatStartAPeriodAreMarked() {
    assertThat(find("killed since Putin sent troops into Ukraine on 24 February"))
        .singleElement()
        .extracting(EventDates.Mention::periodStart)
        .isEqualTo(true);
    assertThat(find("from May the front held"))
        .singleElement()
        .extracting(EventDates.Mention::periodStart)
        .isEqualTo(true);
  }

  @Test
  void wordsThatOnlyLookLikeDatesAreNone() {
    assertThat(find("Russia may take the town and say so")).isEmpty();
    assertThat(find("a march on the capital; 2022 soldiers")).isEmpty();
  }
}
