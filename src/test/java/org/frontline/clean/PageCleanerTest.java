package org.frontline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.frontline.config.FrontlineConfig;
import org.junit.jupiter.api.Test;

class PageCleanerTest {
  private static final FrontlineConfig CONFIG = FrontlineConfig.load(null);
  private static final PageCleaner CLEANER =
      new PageCleaner(
          CONFIG.clean(),
          CONFIG.sources().outlets().stream().flatMap(o -> o.signatures().stream()).toList());

  private static PageCleaner.Page seed(String prefix) throws IOException {
    try (var files = Files.list(Path.of("data/sample"))) {
      Path file =
          files
              .filter(f -> f.getFileName().toString().startsWith(prefix))
              .findFirst()
              .orElseThrow();
      return CLEANER.clean(Files.readString(file, StandardCharsets.UTF_8), null);
    }
  }

  private static String body(PageCleaner.Page page) {
    return String.join("\n", page.lines());
  }

  @Test
  void theTwoWrappersOfOneStoryCleanToTheSameBody() throws IOException {
    PageCleaner.Page first = seed("000");
    PageCleaner.Page second = seed("001");
    assertThat(first.lines()).isEqualTo(second.lines());
    assertThat(first.title()).isEqualTo(second.title());
    assertThat(first.lines().get(0))
        .startsWith("It appears the war in Ukraine has come to a turning point");
    assertThat(body(first))
        .contains("Just on Sunday alone, armed forces from Kyiv took over 30 settlements")
        .contains("approximately 9,000 square kilometres");
  }

  @Test
  void headerDateLineBecomesThePublicationDate() throws IOException {
    PageCleaner.Page page = seed("000");
    assertThat(page.publishedDate()).isEqualTo(LocalDate.of(2025, 12, 19));
    assertThat(page.publishedBasis()).isEqualTo("header");
    assertThat(seed("001").publishedDate()).isNull();
    assertThat(seed("004").publishedDate())
        .as("a date inside the text is no publication date")
        .isNull();
  }

  @Test
  void titlesAreTheFirstHeadlineLikeLines() throws IOException {
    assertThat(seed("000").title()).startsWith("Is Russia Losing the War? Ukraine Forces Push");
    assertThat(seed("002").title()).startsWith("Russia Withdrawing Troops From Ukraine After");
    assertThat(seed("003").title()).startsWith("Russia ramps up pressure after Kupiansk defeat");
    assertThat(seed("004").title())
        .isEqualTo("Ukraine has lost over 40% of territory captured in Russia’s Kursk: Report");
  }

  @Test
  void noTeaserOfTheRelatedAndRecentListsSurvives() throws IOException {
    assertThat(body(seed("000")))
        .doesNotContain(
            "Soma Gold", "Justin Trudeau", "Oil Is Fair In War", "Related News", "Video Articles");
    assertThat(body(seed("001"))).doesNotContain("Leave a Reply");
    assertThat(body(seed("002")))
        .doesNotContain(
            "Read Full Article",
            "Pentagon to Cut Academic Ties",
            "Super Bowl",
            "Epoch Times",
            "5Mind")
        .startsWith("Russia is now withdrawing some of its troops after suffering “heavy losses”");
    assertThat(body(seed("003")))
        .doesNotContain("Read also", "No comments yet", "Back to feed", "5 min")
        .contains("approximately 90% of Kupiansk");
    assertThat(body(seed("004")))
        .doesNotContain("Recent Posts", "Iran atomic chief", "minutes ago", "Media Wire")
        .startsWith("Ukraine has lost over 40 percent of the territory")
        .contains("Now we control approximately 800 square kilometres");
  }

  @Test
  void removedLinesAreKept() throws IOException {
    PageCleaner.Page page = seed("004");
    assertThat(page.removed()).contains("Recent Posts", "Media Wire", "52 minutes ago");
  }

  private static final String PARAGRAPH =
      "Ukrainian forces pushed back an assault near the river crossing on Tuesday, officials said.";

  @Test
  void tailMarkersOnlyCutOnceTheBodyHasStarted() {
    PageCleaner.Page page =
        CLEANER.clean(
            "Related Articles\n\n" + PARAGRAPH + "\n\nRelated Articles\nA teaser headline here\n",
            null);
    assertThat(page.lines()).containsExactly(PARAGRAPH);
    assertThat(page.removed())
        .containsExactly("Related Articles", "Related Articles", "A teaser headline here");
  }

  @Test
  void dropLinesGoWhereverTheyStand() {
    PageCleaner.Page page =
        CLEANER.clean(
            PARAGRAPH + "\nAdvertisement\n" + PARAGRAPH + "\nShare this article\n" + PARAGRAPH,
            null);
    assertThat(page.lines()).containsExactly(PARAGRAPH, PARAGRAPH, PARAGRAPH);
    assertThat(page.removed()).containsExactly("Advertisement", "Share this article");
  }

  @Test
  void aTrailingRunOfShortHeadlinesIsRemovedButNotTheWholePage() {
    PageCleaner.Page page =
        CLEANER.clean(
            PARAGRAPH
                + "\nKyiv reports new drone strikes\nMarkets fall on sanctions news\nWhat we know so far\n",
            null);
    assertThat(page.lines()).containsExactly(PARAGRAPH);
    PageCleaner.Page shortPage =
        CLEANER.clean("Line one here\nLine two here\nLine three here", null);
    assertThat(shortPage.lines()).hasSize(2);
    assertThat(shortPage.title()).isEqualTo("Line one here");
  }

  @Test
  void aKnownTitleIsTakenOutOfTheBody() {
    PageCleaner.Page page =
        CLEANER.clean("Drone strikes hit Kyiv\n\n" + PARAGRAPH, "Drone  strikes hit Kyiv");
    assertThat(page.title()).isEqualTo("Drone strikes hit Kyiv");
    assertThat(page.lines()).containsExactly(PARAGRAPH);
    assertThat(page.removed()).isEmpty();
  }

  @Test
  void aPublishedLineGivesTheDateAndIsRemoved() {
    PageCleaner.Page page = CLEANER.clean("Published: 3 March 2022\n" + PARAGRAPH, null);
    assertThat(page.publishedDate()).isEqualTo(LocalDate.of(2022, 3, 3));
    assertThat(page.publishedBasis()).isEqualTo("published_line");
    assertThat(page.lines()).containsExactly(PARAGRAPH);
  }

  @Test
  void linesFoldWhiteSpaceAndDropBlankLines() {
    assertThat(PageCleaner.lines(" a\u00A0 b \r\n\n\t\nc ")).isEqualTo(List.of("a b", "c"));
    assertThat(PageCleaner.wordCount("one two  three")).isEqualTo(3);
  }
}
