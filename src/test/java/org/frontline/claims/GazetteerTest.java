package org.frontline.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GazetteerTest {
  private static final Gazetteer EMBEDDED = Gazetteer.embedded();

  private static List<Place> places(Gazetteer gazetteer, String text, Set<String> nearby) {
    return gazetteer.find(Tokenizer.tokenize(text, 0, text.length()), nearby).stream()
        .map(Gazetteer.Mention::place)
        .toList();
  }

  private static List<String> names(String text) {
    return places(EMBEDDED, text, Set.of()).stream().map(Place::name).toList();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "fighting near Kupyansk     | Kupiansk   | Kharkiv Oblast   | Ukraine",
        "the recapture of Izyum     | Izium      | Kharkiv Oblast   | Ukraine",
        "shelling of Kharkov        | Kharkiv    | Kharkiv Oblast   | Ukraine",
        "the battle for Artemovsk   | Bakhmut    | Donetsk Oblast   | Ukraine",
        "the road to Chasov Yar     | Chasiv Yar | Donetsk Oblast   | Ukraine",
        "attacks on Rabotino        | Robotyne   | Zaporizhzhia Oblast | Ukraine",
        "drones over Kursk          | Kursk      | Kursk Oblast     | Russia",
      })
  void spellingsResolveToTheCanonicalPlace(
      String text, String name, String admin1, String country) {
    assertThat(places(EMBEDDED, text, Set.of()))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.name()).isEqualTo(name);
              assertThat(p.admin1()).isEqualTo(admin1);
              assertThat(p.country()).isEqualTo(country);
            });
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "retreat from the Kharkiv region       | Kharkiv Oblast",
        "the southeastern region of Kharkiv    | Kharkiv Oblast",
        "in Russia's Kursk Oblast              | Kursk Oblast",
        "across the Kherson province           | Kherson Oblast",
        "the annexation of Crimea              | Crimea",
        "the battle for Donbass                | Donbas",
      })
  void regionsAreNamedWithTheirWord(String text, String region) {
    List<Place> found = places(EMBEDDED, text, Set.of());
    assertThat(found).extracting(Place::name).containsExactly(region);
    assertThat(found.get(0).region()).isTrue();
  }

  @Test
  void ambiguousNamesPreferUkraine() {
    assertThat(places(EMBEDDED, "the fall of Pokrovsk", Set.of()))
        .singleElement()
        .extracting(Place::country)
        .isEqualTo("Ukraine");
  }

  @Test
  void ambiguousNamesPreferTheOwnNameThenTheRegionNamedNearbyThenPopulation() {
    Gazetteer small =
        Gazetteer.load(
            List.of(
                "country\tadmin1_code\tname\troots\tbare",
                "UA\t05\tDonetsk Oblast\tDonetsk\tno",
                "UA\t07\tKharkiv Oblast\tKharkiv\tno"),
            List.of(
                "geonameid\tname\tcountry\tadmin1_code\tadmin1_name\tpopulation\tfeature_code\tspellings",
                "1\tOlhivka\tUA\t05\tDonetsk\t9000\tPPL\tOlhivka|Olgovka",
                "2\tOlhivka\tUA\t07\tKharkiv\t600\tPPL\tOlhivka|Olgovka",
                "3\tNovyi Svit\tUA\t07\tKharkiv\t90000\tPPL\tNovyi Svit|Olhivka"),
            List.of("name\tcountry\tadmin1_code\tspellings"),
            List.of(),
            List.of("name\tspellings"));
    assertThat(places(small, "near Olhivka", Set.of()))
        .extracting(Place::admin1)
        .containsExactly("Donetsk Oblast");
    assertThat(places(small, "near Olhivka", Set.of("Kharkiv Oblast")))
        .extracting(Place::name, Place::admin1)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Olhivka", "Kharkiv Oblast"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Vladimir Putin said",
        "President Volodymyr Zelensky said",
        "the Azov regiment",
        "the sinking of the Moskva",
        "spokeswoman Anna Malyar said",
        "Kyiv says the strikes",
        "Moscow's forces advanced",
        "armed forces from Kyiv took",
      })
  void namesOfPeopleShipsAndGovernmentsAreNoPlaces(String text) {
    assertThat(names(text)).as(text).isEmpty();
  }

  @Test
  void capitalsArePlacesAfterAPrepositionAndTheCapitalIsKyiv() {
    assertThat(names("explosions in Kyiv")).containsExactly("Kyiv");
    assertThat(names("their bid to capture Kyiv")).containsExactly("Kyiv");
    assertThat(names("retreated from Hostomel Airport")).containsExactly("Hostomel");
    assertThat(names("the bulk of Moscow's forces")).isEmpty();
    assertThat(names("Moscow took Kyiv's warning seriously")).isEmpty();
    assertThat(names("accusations of the Taliban taking Moscow money")).isEmpty();
    assertThat(names("withdrew from around the capital")).containsExactly("Kyiv");
    assertThat(names("drones over the Russian capital")).containsExactly("Moscow");
    assertThat(names("the capital of Donetsk Oblast")).containsExactly("Donetsk Oblast");
  }

  @Test
  void keysIgnoreCaseApostrophesAndHyphens() {
    assertThat(Gazetteer.key("Kup’yans’k")).isEqualTo(Gazetteer.key("kupyansk"));
    assertThat(Gazetteer.key("Kupiansk-Vuzlovyi")).isEqualTo("kupiansk vuzlovyi");
  }

  @Test
  void countriesArePlacesOnlyWhereSomethingIsPutInThem() {
    Gazetteer gazetteer = Gazetteer.embedded();
    String text = "Ukraine said two aid workers were killed in Yemen and across the United States.";
    assertThat(gazetteer.countriesIn(Tokenizer.tokenize(text, 0, text.length())))
        .extracting(Place::name, Place::admin1, Place::country)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Yemen", null, "Yemen"),
            org.assertj.core.groups.Tuple.tuple("United States", null, "United States"));
    assertThat(gazetteer.country("Ukraine").name()).isEqualTo("Ukraine");
  }

  @Test
  void aSettlementTheGazetteerLacksIsNamedByTheTextThatSaysItIsOne() {
    Gazetteer gazetteer = Gazetteer.embedded();
    String text = "troops entered the village of Husarivka Druha and the town of Izium";
    assertThat(gazetteer.find(Tokenizer.tokenize(text, 0, text.length()), Set.of()))
        .extracting(m -> m.place().name(), m -> m.place().admin1())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Husarivka Druha", null),
            org.assertj.core.groups.Tuple.tuple("Izium", "Kharkiv Oblast"));
  }
}
