package org.frontline.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantitiesTest {

  private static List<Quantity> find(String text) {
    return Quantities.find(Tokenizer.tokenize(text, 0, text.length()));
  }

  private static Quantity only(String text) {
    List<Quantity> found = find(text);
    assertThat(found).as(text).hasSize(1);
    return found.get(0);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "troops took over 30 settlements          | 30    | 30    | -     | more_than  | settlements",
        "about 1,376 square kilometres            | 1376  | 1376  | 1376  | approx     | km2",
        "roughly 800 sq km of land                | 800   | 800   | 800   | approx     | km2",
        "some 500 sq. km of land                  | 500   | 500   | 500   | approx     | km2",
        "a further 120 km2 were freed             | 120   | 120   | 120   | exact      | km2",
        "a further 120 km² were freed             | 120   | 120   | 120   | exact      | km2",
        "nearly 90% of the town                   | 90    | 90    | 90    | approx     | percent",
        "40 per cent of the region                | 40    | 40    | 40    | exact      | percent",
        "at least 19 people                       | 19    | 19    | -     | at_least   | people",
        "up to 200 soldiers a day                 | -     | 200   | 200   | at_most    | people",
        "fewer than 12 civilians                  | -     | 12    | 12    | fewer_than | people",
        "1.2 million refugees fled                | 1.2e6 | 1.2e6 | 1.2e6 | exact      | -",
        "twenty-one Russian marines               | 21    | 21    | 21    | exact      | people",
        "two hundred and fifty villages           | 250   | 250   | 250   | exact      | settlements",
        "dozens of civilians                      | 12    | 12    | -     | at_least   | people",
        "hundreds of soldiers                     | 100   | 100   | -     | at_least   | people",
        "tens of thousands of troops              | 1e4   | 1e4   | -     | at_least   | people",
        "between 7,000 and 15,000 troops          | 7000  | 7000  | 15000 | approx     | people",
        "from 10 to 15 villages                   | 10    | 10    | 15    | approx     | settlements",
        "five more villages                       | 5     | 5     | 5     | exact      | settlements",
        "15 other towns                           | 15    | 15    | 15    | exact      | settlements",
        "70,000-80,000 soldiers                   | 70000 | 70000 | 80000 | approx     | people",
        "5,000 to 5,500 troops                    | 5000  | 5000  | 5500  | approx     | people",
        "70 to 80,000 troops                      | 70000 | 70000 | 80000 | approx     | people",
        "100 to 10,000 troops                     | 100   | 100   | 1e4   | approx     | people",
        "more than two dozen victims              | 24    | 24    | -     | more_than  | people",
        "a dozen soldiers                         | 12    | 12    | 12    | exact      | people",
        "half a dozen soldiers                    | 6     | 6     | 6     | exact      | people",
        "one Ukrainian fighter                    | 1     | 1     | 1     | exact      | people",
        "five Egyptians were killed               | 5     | 5     | 5     | exact      | people",
        "36 hurt when Russian troops shelled      | 36    | 36    | 36    | exact      | -",
      })
  void readsValuesQualifiersAndUnits(
      String text, Double low, Double best, Double high, String qualifier, String unit) {
    Quantity q = only(text);
    assertThat(q.low()).isEqualTo(low);
    assertThat(q.best()).isEqualTo(best);
    assertThat(q.high()).isEqualTo(high);
    assertThat(q.qualifier()).isEqualTo(qualifier);
    assertThat(q.unit()).isEqualTo(unit);
  }

  @Test
  void squareMilesAreConvertedToSquareKilometres() {
    Quantity q = only("they liberated 1,000 square miles");
    assertThat(q.unit()).isEqualTo("km2");
    assertThat(q.best()).isCloseTo(2589.99, within(0.01));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "the war began in 2022",
        "on Feb. 24 tanks crossed",
        "on 24 February tanks crossed",
        "an 11-year-old boy",
        "a man aged 45",
        "he was 45 years old",
        "at 7:30 the sirens",
        "over the past 24 hours",
        "Flight 17 was shot down",
        "the 36th brigade",
        "a convoy 40 miles long",
        "his daughter, Alisa, 9, was hurt",
        "the famine from 1932 to 1933 killed people",
        "1932 to 1933 people starved",
      })
  void numbersThatCountNothingAreSkipped(String text) {
    assertThat(find(text)).as(text).isEmpty();
  }

  @Test
  void aYearWrittenWithAUnitIsACount() {
    assertThat(only("2000 soldiers").unit()).isEqualTo("people");
  }

  @Test
  void parseDigitsRejectsMalformedSeparators() {
    assertThat(Quantities.parseDigits("9,000")).isEqualTo(9000.0);
    assertThat(Quantities.parseDigits("1,234,567.5")).isEqualTo(1234567.5);
    assertThat(Quantities.parseDigits("1,23")).isNull();
    assertThat(Quantities.parseDigits("3.5.1")).isNull();
  }
}
