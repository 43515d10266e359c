package org.frontline.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.frontline.dedup.Shingles;
import org.frontline.features.Analyzer;
import org.junit.jupiter.api.Test;

class CopyEditorTest {
  private static final CopyEditor.Outlet OUTLET = CopyEditor.outlets(3).get(1);

  private static final List<String> STORY =
      List.of(
          "Russian forces launched 40 drones and six missiles at energy facilities overnight, the"
              + " grid operator said on Thursday. Air defence units shot down most of them.",
          "Emergency power cuts were introduced in several regions. Engineers worked to restore"
              + " supply to hospitals and water pumping stations across the east.",
          "The energy minister said repairs could take several weeks. He urged residents to limit"
              + " their use of electricity during the evening peak.",
          "Officials in Kharkiv reported that 2 workers were injured when a substation caught fire."
              + " Western partners promised more air defence systems before the winter.");

  private static long[] shingles(List<String> paragraphs) {
    return Shingles.hashes(Analyzer.tokenize(String.join("\n\n", paragraphs)), 5);
  }

  @Test
  void wrapsTheStoryInTheOutletsFurnitureAndRelatedArticles() {
    String page =
        CopyEditor.page("Blackouts", STORY, OUTLET, false, List.of("Other story"), new Random(1));

    assertThat(page)
        .startsWith(String.join("\n\n", OUTLET.header()) + "\n\nBlackouts\n\n" + STORY.get(0))
        .contains(String.join("\n\n", STORY))
        .endsWith(String.join("\n\n", OUTLET.footer()) + "\n\nRelated Articles\n\nOther story\n");
  }

  @Test
  void keepsMostOfTheWordingOfAnEditedCopyAndChangesSome() {
    int changed = 0;
    for (int seed = 0; seed < 200; seed++) {
      List<String> copy = CopyEditor.edit(STORY, OUTLET, new Random(seed));
      double jaccard = Shingles.jaccard(shingles(STORY), shingles(copy));

      assertThat(jaccard).as("seed %d", seed).isGreaterThan(0.6);
      changed += jaccard < 1 ? 1 : 0;
    }
    assertThat(changed).as("copies with an edit").isBetween(40, 180);
  }

  @Test
  void carriesAStoryUnderSixtyWordsVerbatimUpToParagraphing() {
    List<String> brief =
        List.of(
            "Ukraine said it shot down 12 drones overnight.",
            "Officials reported no casualties. Power was restored by morning.");
    for (int seed = 0; seed < 50; seed++) {
      List<String> copy = CopyEditor.edit(brief, OUTLET, new Random(seed));

      assertThat(Analyzer.tokenize(String.join(" ", copy)))
          .isEqualTo(Analyzer.tokenize(String.join(" ", brief)));
    }
  }

  @Test
  void givesEveryOutletItsOwnNameHostAndFurniture() {
    List<CopyEditor.Outlet> outlets = CopyEditor.outlets(80);

    assertThat(outlets).extracting(CopyEditor.Outlet::host).doesNotHaveDuplicates();
    assertThat(outlets).allSatisfy(o -> assertThat(o.host()).endsWith(".example"));
    assertThat(outlets.get(0).footer()).anyMatch(line -> line.contains(outlets.get(0).name()));
  }

  @Test
  void splitsParagraphsIntoSentences() {
    assertThat(CopyEditor.sentences("Mr. Zelensky spoke. Troops held the line! Did they?"))
        .containsExactly("Mr. Zelensky spoke.", "Troops held the line!", "Did they?");
  }
}
