package org.frontline.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of CLAIMS.md on invented sentences. */
class ClaimExtractorTest {
  /** A Friday. */
  private static final LocalDate PUBLISHED = LocalDate.of(2025, 12, 19);

  private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(2_000);

  private static List<Claim> claims(String body) {
    return claims(body, PUBLISHED);
  }

  private static List<Claim> claims(String body, LocalDate published) {
    ClaimExtractor.Extraction extraction =
        EXTRACTOR.extract(body, new ClaimExtractor.Context("doc-1", published));
    assertThat(extraction.note()).isNull();
    return extraction.claims();
  }

  private static Claim only(String body) {
    List<Claim> found = claims(body);
    assertThat(found).as(body).hasSize(1);
    return found.get(0);
  }

  @Nested
  class Territorial {

    @Test
    void aPlaceTakenHasTheSideThatTookItAndTheCanonicalPlace() {
      Claim c = only("Ukrainian troops recaptured the eastern town of Kupyansk on Sunday.");
      assertThat(c)
          .extracting(
              Claim::category,
              Claim::kind,
              Claim::actor,
              Claim::location,
              Claim::admin1,
              Claim::country)
          .containsExactly(
              "territorial", "place_taken", "ukraine", "Kupiansk", "Kharkiv Oblast", "Ukraine");
      assertThat(c.valueBest()).isNull();
      assertThat(c.eventDate()).isEqualTo(LocalDate.of(2025, 12, 14));
    }

    @Test
    void aPassiveTakesItsSideFromTheAgent() {
      Claim c = only("The village of Robotyne was captured by Russian forces.");
      assertThat(c)
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly("place_taken", "russia", "Robotyne");
    }

    @Test
    void aPlaceLostIsTheLosersClaim() {
      Claim c = only("Ukraine lost the town of Vuhledar after a long siege.");
      assertThat(c)
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly("place_lost", "ukraine", "Vuhledar");
    }

    @Test
    void anAnnexationTakesThePlaceButAnAnnexedPlaceIsNoEvent() {
      assertThat(only("Russia annexed Crimea in 2014 after a disputed referendum."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly("place_taken", "russia", "Crimea");
      assertThat(claims("A blast damaged the bridge between annexed Crimea and Russia.")).isEmpty();
    }

    @Test
    void aGainFromASideIsTheOtherSidesAndVagueCountsOfTownsAreSettlements() {
      assertThat(only("Officials said some villages had been recaptured from Russian forces."))
          .extracting(Claim::kind, Claim::actor, Claim::valueText)
          .containsExactly("settlements_taken", "ukraine", "some villages");
      assertThat(
              only(
                  "The Ukrainian army says it has retaken dozens of towns and villages near Kherson."))
          .extracting(Claim::kind, Claim::valueBest, Claim::unit)
          .containsExactly("settlements_taken", 12.0, "settlements");
      assertThat(only("The town of Lyman has been freed by Ukrainian troops."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly("place_taken", "ukraine", "Lyman");
    }

    @Test
    void aPlaceBeforeWhichIsTheObjectOfTheRelativeClause() {
      assertThat(only("Shelling hit Izium, which Ukrainian forces liberated in September."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly("place_taken", "ukraine", "Izium");
    }

    @Test
    void aReportedGainIsAClaim() {

      Claim c = only("Ukraine is reported to have recaptured over 200 square miles in the east.");
      assertThat(c).extracting(Claim::kind, Claim::actor).containsExactly("area_gained", "ukraine");
    }

    @Test
    void aWithdrawalNeedsTroopsOrAPlace() {

      Claim c = only("Russian troops withdrew from Kherson in November.");
      assertThat(c)
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly("withdrawal", "russia", "Kherson");
      assertThat(claims("The carmaker withdrew from Russia last year.")).isEmpty();
      assertThat(claims("The U.S. will withdraw some embassy staff from Kyiv.")).isEmpty();

      assertThat(claims("Britain withdrew from the treaty.")).isEmpty();
    }

    @Test
    void areasAreGainedLostOrHeldInSquareKilometres() {
      Claim gained = only("Ukrainian forces have liberated 1,000 square miles in the south.");
      assertThat(gained.kind()).isEqualTo("area_gained");
      assertThat(gained.unit()).isEqualTo("km2");
      assertThat(gained.valueBest()).isBetween(2589.9, 2590.0);
      assertThat(gained.valueText()).isEqualTo("1,000 square miles");

      Claim held = only("Kyiv now controls about 450 sq km of the Kursk region.");
      assertThat(held)
          .extracting(Claim::kind, Claim::actor, Claim::qualifier, Claim::location)
          .containsExactly("area_controlled", "ukraine", "approx", "Kursk Oblast");
    }

    @Test
    void sharesOfAPlaceAreControlShares() {
      Claim share = only("Russia now controls roughly 18% of Ukraine.");
      assertThat(share)
          .extracting(Claim::kind, Claim::actor, Claim::valueBest, Claim::unit, Claim::location)
          .containsExactly("control_share", "russia", 18.0, "percent", "Ukraine");
      Claim lost =
          only("Ukraine has lost over 40 percent of the territory it once held near Sudzha.");
      assertThat(lost)
          .extracting(Claim::kind, Claim::actor, Claim::qualifier)
          .containsExactly("area_lost", "ukraine", "more_than");
      assertThat(claims("Prices in Russia rose by 15% this year.")).isEmpty();
    }

    @Test
    void settlementsTakenAreCountedAndVagueCountsHaveNoValue() {
      Claim counted = only("On Monday the Ukrainian army liberated 12 villages in Kherson Oblast.");
      assertThat(counted)
          .extracting(Claim::kind, Claim::actor, Claim::valueBest, Claim::unit, Claim::location)
          .containsExactly("settlements_taken", "ukraine", 12.0, "settlements", "Kherson Oblast");
      Claim vague = only("Ukrainian forces recaptured several villages near Izium.");
      assertThat(vague)
          .extracting(Claim::valueBest, Claim::qualifier, Claim::unit, Claim::valueText)
          .containsExactly(null, "vague", null, "several villages");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Russia hopes to capture Pokrovsk before winter.",
          "Russian forces could take Kupiansk within weeks.",
          "Ukraine did not withdraw from Chasiv Yar.",
          "Russian troops failed to capture Kharkiv.",
          "The offensive aimed at capturing Zaporizhzhia stalled.",
          "Kyiv demands the withdrawal of Russian troops from Crimea.",
          "Will Russia capture Bakhmut?",
          "Capturing Sievierodonetsk would give Moscow the whole region.",
        })
    void intentNegationDemandsAndQuestionsAssertNothing(String sentence) {
      assertThat(claims(sentence)).as(sentence).isEmpty();
    }

    @Test
    void theSideComesFromThePreviousSentenceWhenTheSentenceHasNone() {
      List<Claim> found =
          claims(
              "Ukraine's General Staff gave an update on the Kursk Oblast incursion. "
                  + "\"Now we control 800 square kilometres,\" a source said.");
      assertThat(found)
          .singleElement()
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly("area_controlled", "ukraine", "Kursk Oblast");
    }

    @Test
    void aPlaceFromTheDocumentsMostNamedRegionWhenNoSentenceNearbyNamesOne() {
      List<Claim> found =
          claims(
              "Fighting raged across the Donetsk region.\n\n"
                  + "Shelling continued near Pokrovsk.\n\n"
                  + "Weather slowed both armies.\n\n"
                  + "Russia has taken 300 square kilometres since October.");
      assertThat(found).extracting(Claim::location).containsExactly("Donetsk Oblast");
    }

    @Test
    void advancesAtANamedPlaceAreAreaGainedWithoutANumber() {
      assertThat(claims("Moscow's troops keep making slow gains in the Zaporizhzhia region."))
          .extracting(Claim::kind, Claim::actor, Claim::location, Claim::valueBest)
          .containsExactly(tuple("area_gained", "russia", "Zaporizhzhia Oblast", null));
      assertThat(claims("Ukrainian units advanced further towards the outskirts of Melitopol."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("area_gained", "ukraine", "Melitopol"));
    }

    @Test
    void advancesWithoutAPlaceOrDeniedAreNoClaims() {
      assertThat(claims("Russian forces have made no gains near Kramatorsk this month.")).isEmpty();
      assertThat(claims("The Ukrainian party made gains in the local polls.")).isEmpty();
      assertThat(claims("Kyiv received advanced air defences in Odesa.")).isEmpty();
      assertThat(
              claims("Russia has lost 30 percent of the land it earlier gained in Kharkiv Oblast."))
          .extracting(Claim::kind)
          .doesNotContain("area_gained");
    }

    @Test
    void aNamedWithdrawalOfItsTroopsLeavesThePlaceAroundWhichTheyStood() {
      assertThat(
              claims(
                  "Russia's defence ministry announced the withdrawal of its troops from Lyman."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("withdrawal", "russia", "Lyman"));
      assertThat(
              claims(
                  "The Russian pullout from villages around Ukraine's capital, Kyiv, was quick."))
          .extracting(Claim::kind, Claim::location)
          .containsExactly(tuple("withdrawal", "Kyiv"));
      assertThat(claims("Officials see no sign of any withdrawal of Russian troops from Belgorod."))
          .isEmpty();
    }

    @Test
    void forcesPushedOutOfAPlaceLoseItToTheSubjectOrWithdraw() {
      assertThat(claims("Kyiv's brigades drove Moscow's units out of the town of Balakliia."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("place_taken", "ukraine", "Balakliia"));
      assertThat(claims("The Russian garrison was pushed out of Kupiansk within days."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("withdrawal", "russia", "Kupiansk"));
      assertThat(claims("Russia was kicked out of the Council of Europe.")).isEmpty();
    }

    @Test
    void factsUnderAWideningIfOrABareAbilityStayClaims() {
      assertThat(claims("Hundreds if not thousands of Ukrainians have been killed in Mariupol."))
          .extracting(Claim::kind, Claim::valueBest)
          .containsExactly(tuple("killed", 1000.0));
      assertThat(claims("Ukrainian forces were able to recapture Kupiansk on Friday."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("place_taken", "ukraine", "Kupiansk"));
    }

    @Test
    void forcesMovingOnAPlaceGainGroundThere() {
      assertThat(claims("Russian forces were pressing toward Lysychansk from the north."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("area_gained", "russia", "Lysychansk"));
      assertThat(claims("Ukrainian troops are edging closer to Kherson every day."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("area_gained", "ukraine", "Kherson"));
      assertThat(claims("The city emptied as Russian forces advance into Sievierodonetsk."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("area_gained", "russia", "Sievierodonetsk"));
      assertThat(claims("Russian forces pushed deeper into the Donbas region on Monday."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("area_gained", "russia", "Donbas"));
    }

    @Test
    void forcesEnteringSweepingThroughOrMakingInroadsGainGround() {
      assertThat(claims("Russian troops had entered Sievierodonetsk, the governor said."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("area_gained", "russia", "Sievierodonetsk"));
      assertThat(claims("Ukrainian forces swept through the Kharkiv region in September."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("area_gained", "ukraine", "Kharkiv Oblast"));
      assertThat(claims("Ukrainian forces began to make inroads in Luhansk."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("area_gained", "ukraine", "Luhansk"));
      assertThat(claims("Russian troops entered Ukraine on February 24.")).isEmpty();
      assertThat(claims("Russian forces are still capable of encircling Kyiv within weeks."))
          .isEmpty();
    }

    @Test
    void territoryTakenWithoutAMeasureIsGroundGainedWhereTheWordsSay() {
      assertThat(claims("Ukrainian forces have recaptured territory in the Kharkiv region."))
          .extracting(Claim::kind, Claim::actor, Claim::location, Claim::qualifier)
          .containsExactly(tuple("area_gained", "ukraine", "Kharkiv Oblast", "vague"));
      assertThat(claims("Ukrainian forces have won back previously occupied areas of Kharkiv."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("area_gained", "ukraine", "Kharkiv"));
      assertThat(claims("Officials toured liberated territory near Izium.")).isEmpty();
    }

    @Test
    void whatAppearsToHaveHappenedIsAHedgedClaimButAnAimIsNot() {
      assertThat(
              claims(
                  "Russian troops attacked near Kharkiv. Its forces appear to have been pushed"
                      + " back after a failed counterattack."))
          .extracting(Claim::kind, Claim::actor)
          .containsExactly(tuple("withdrawal", "russia"));
      assertThat(claims("Putin's goal now seems to be capturing the Donbas region.")).isEmpty();
    }

    @Test
    void forcesThatRemainInAPlaceHoldIt() {
      assertThat(claims("Podolyak said that Russian troops remain in Kherson."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("area_controlled", "russia", "Kherson"));
      assertThat(claims("Ukrainian troops remain in control of an industrial area of Lysychansk."))
          .extracting(Claim::kind, Claim::actor)
          .containsExactly(tuple("area_controlled", "ukraine"));
      assertThat(claims("Russian troops remain in Belarus after the drills.")).isEmpty();
    }

    @Test
    void partsOfTheCountryHeldOrTakenAreGroundButAimsAndDescriptionsAreNot() {
      assertThat(claims("Russian troops captured large swathes of southern Ukraine."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("area_gained", "russia", "Ukraine"));
      assertThat(claims("But the invaders already control large chunks of Ukraine."))
          .extracting(Claim::kind, Claim::actor)
          .containsExactly(tuple("area_controlled", "russia"));
      assertThat(claims("Putin may settle for less than capturing all of Ukraine.")).isEmpty();
      assertThat(claims("The doctrine now covers occupied parts of Ukraine.")).isEmpty();
    }

    @Test
    void controlGainedTakesThePlaceAndFullControlOfARegionIsAllOfIt() {
      assertThat(claims("Russia gained control of Kherson."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("place_taken", "russia", "Kherson"));
      assertThat(
              claims(
                  "Fighting raged in Lyman. Ukrainian forces regained full control of the city."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("place_taken", "ukraine", "Lyman"));
      assertThat(claims("Russia said it had gained full control of the Kherson region."))
          .extracting(Claim::kind, Claim::valueBest, Claim::unit, Claim::location)
          .containsExactly(tuple("control_share", 100.0, "percent", "Kherson Oblast"));
      assertThat(claims("The defenders stopped Russia from gaining control of Sievierodonetsk."))
          .isEmpty();
      assertThat(claims("Gaining control of Balakliia could open the road to Izium.")).isEmpty();
      assertThat(claims("Russia has all but gained control of Mariupol.")).isEmpty();
    }

    @Test
    void allOfAPlaceHeldIsAWholeShareAndAnAimOrADemandIsNothing() {
      assertThat(claims("Russian forces now hold all of Luhansk, the ministry said."))
          .extracting(Claim::kind, Claim::actor, Claim::valueBest, Claim::unit)
          .containsExactly(tuple("control_share", "russia", 100.0, "percent"));
      assertThat(claims("Russia now controls nearly all of Luhansk."))
          .extracting(Claim::kind, Claim::valueBest, Claim::qualifier, Claim::valueText)
          .containsExactly(tuple("control_share", null, "vague", "nearly all of Luhansk"));
      assertThat(claims("The Kremlin has kept its objective of taking all of Donetsk.")).isEmpty();
      assertThat(
              claims(
                  "Putin said the U.S. ignored Russia's demands that NATO bar Ukraine from joining"
                      + " and pull back forces from Eastern Europe."))
          .isEmpty();
    }

    @Test
    void aPlaceInASidesHandsIsHeldAndControlEstablishedTakesIt() {
      assertThat(claims("Two weeks into the war, Kharkiv remained in Ukrainian hands."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("area_controlled", "ukraine", "Kharkiv"));
      assertThat(claims("Zelensky declared that Kherson is back in Ukrainian hands."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("place_taken", "ukraine", "Kherson"));
      assertThat(claims("Kyiv's forces established full control over the city of Balakliia."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("place_taken", "ukraine", "Balakliia"));
    }

    @Test
    void anAdvanceNamedOrAimedAtIsNoGround() {
      assertThat(claims("It comes as the Russian advance on Kyiv falters.")).isEmpty();
      assertThat(claims("Russian troops tried to advance toward Kramatorsk.")).isEmpty();
      assertThat(
              claims(
                  "A marine blew up a bridge to thwart Russian tanks from advancing toward Kyiv."))
          .isEmpty();
      assertThat(claims("Prices in Kyiv pushed higher into the weekend.")).isEmpty();
    }

    @Test
    void villagesTakenByPushingASideOutGoToItsEnemy() {
      assertThat(claims("They say they pushed the Russians out of two more villages this week."))
          .extracting(Claim::kind, Claim::actor, Claim::valueBest)
          .containsExactly(tuple("settlements_taken", "ukraine", 2.0));
      assertThat(claims("Russian forces were pushed out of three villages near Kharkiv."))
          .extracting(Claim::kind, Claim::actor, Claim::valueBest)
          .containsExactly(tuple("settlements_taken", "ukraine", 3.0));
    }

    @Test
    void aWithdrawalThatDatesAnotherEventHappenedWhereTheSentenceIs() {
      assertThat(claims("Bodies were found in Bucha after Russia's withdrawal."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .contains(tuple("withdrawal", "russia", "Bucha"));
      assertThat(
              claims("Russia's withdrawal on Saturday from the strategic eastern city of Lyman."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("withdrawal", "russia", "Lyman"));
      assertThat(claims("Russia's withdrawal from the International Space Station was announced."))
          .isEmpty();
    }

    @Test
    void abandonedPositionsAroundAPlaceAreAWithdrawalFromIt() {
      assertThat(claims("Russian units abandoned their positions around Kherson overnight."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("withdrawal", "russia", "Kherson"));
      assertThat(claims("Russian soldiers were seen abandoning checkpoints in Kherson."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("withdrawal", "russia", "Kherson"));
      assertThat(claims("Russian officials abandoned their plans in Kherson.")).isEmpty();
    }

    @Test
    void forcesForcedToLeaveOrFleeWithdraw() {
      assertThat(claims("Russian forces were forced to flee the city of Balakliia."))
          .extracting(Claim::kind, Claim::actor)
          .containsExactly(tuple("withdrawal", "russia"));
      assertThat(claims("Russian units near Izium had been left without support.")).isEmpty();
      assertThat(claims("The Russian soldiers have now fled Kherson after the offensive."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("withdrawal", "russia", "Kherson"));
      assertThat(claims("The Russians tried to hide evidence before they fled Kherson."))
          .extracting(Claim::kind, Claim::actor)
          .containsExactly(tuple("withdrawal", "russia"));
      assertThat(claims("Some Russians also have fled their country amid a crackdown.")).isEmpty();
    }

    @Test
    void aShareInASidesHandsIsTheShareItControls() {
      assertThat(
              claims(
                  "Only 8% of the Luhansk region is still in Ukrainian hands, the governor said."))
          .extracting(Claim::kind, Claim::actor, Claim::valueBest, Claim::unit)
          .containsExactly(tuple("control_share", "ukraine", 8.0, "percent"));
    }

    @Test
    void aNumberAndItsConversionInBracketsAreOneClaim() {
      assertThat(
              claims(
                  "Ukrainian forces retook 386 square miles (1,000 square kilometres) in a week."))
          .extracting(Claim::kind, Claim::unit)
          .containsExactly(tuple("area_gained", "km2"));
    }
  }

  @Nested
  class TerritorialConstructions {

    @Test
    void controlTakenWhereIsOfThePlaceBeforeAndAGlossDoesNotHideIt() {
      assertThat(claims("In Melitopol, where Russian troops took control overnight, shops shut."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("place_taken", "russia", "Melitopol"));
      assertThat(
              claims(
                  "In the town of Berdyansk, south-east Ukraine, where Russian forces reportedly"
                      + " seized control, residents protested."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("place_taken", "russia", "Berdyansk"));
      assertThat(
              claims("Aid reached the Kharkiv oblast (region), which was recaptured by Ukraine."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("place_taken", "ukraine", "Kharkiv Oblast"));
      assertThat(claims("In Kherson, where Russian troops hope to take control, shops shut."))
          .isEmpty();
      assertThat(claims("Evacuees reached Zaporizhzhia, after a journey which took two days."))
          .isEmpty();
    }

    @Test
    void aPlaceNamedAsTheCityOfItIsUnderControlNotAShare() {
      assertThat(
              claims(
                  "The southern city of Kherson is now reportedly back under Ukrainian control."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("place_taken", "ukraine", "Kherson"));
      assertThat(claims("The town of Izium has remained firmly under Russian control."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("area_controlled", "russia", "Izium"));
      assertThat(claims("The city of Sumy, which remains under Ukrainian control, was shelled."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("area_controlled", "ukraine", "Sumy"));
      assertThat(claims("The city of Kherson could soon be under Ukrainian control.")).isEmpty();
    }

    @Test
    void aQuotedCaptureNounIsTheClaimantsWordForACapture() {
      assertThat(claims("Moscow has claimed the \"liberation\" of Popasna."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("place_taken", "russia", "Popasna"));
      assertThat(claims("The Kremlin hailed the \"liberation\" of Lyman on Saturday."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("place_taken", "russia", "Lyman"));
      assertThat(claims("The Kremlin wants the \"liberation\" of Kramatorsk.")).isEmpty();
      assertThat(claims("Moscow planned the \"liberation\" of Odesa within weeks.")).isEmpty();
    }

    @Test
    void aPlaceTakenMayBeNamedAsASuburbOfIt() {
      assertThat(claims("Ukraine said it retook a strategically important suburb of Kyiv."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("place_taken", "ukraine", "Kyiv"));
      assertThat(claims("Russian troops seized a small suburb of Kharkiv overnight."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("place_taken", "russia", "Kharkiv"));
      assertThat(claims("Russia failed to seize a suburb of Kyiv.")).isEmpty();
    }

    @Test
    void aGerundOnTheBrinkOrInQuotesIsAnAim() {
      assertThat(claims("Russia could be on the brink of fully capturing Mariupol.")).isEmpty();
      assertThat(claims("Russian troops are on the verge of quickly taking Lysychansk.")).isEmpty();
      assertThat(claims("Moscow said it would focus on \"fully liberating\" the Donbas region."))
          .isEmpty();
      assertThat(claims("Officials declared \"liberating\" the Donbas the main goal.")).isEmpty();
      assertThat(claims("Russian troops are slowly capturing Bakhmut."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("place_taken", "russia", "Bakhmut"));
    }

    @Test
    void forcesPushedAwayOrBackFromAPlaceWithdrawFromIt() {
      assertThat(claims("Kyiv's army is steadily pushing Moscow's units back from Kherson."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("withdrawal", "russia", "Kherson"));
      // The pushed troops have no side: they are the subject's enemy.
      assertThat(claims("Ukraine's military is slowly driving troops away from Sumy."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("withdrawal", "russia", "Sumy"));
      assertThat(claims("Russian units were pushed back from Chernihiv last week."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("withdrawal", "russia", "Chernihiv"));
      assertThat(claims("Ukraine could push Russian troops away from Zaporizhzhia.")).isEmpty();
      assertThat(claims("Protesters pushed the police back from the square in Lviv.")).isEmpty();
      // "from" alone after the troops pushed, and "beat back".
      assertThat(claims("A Ukrainian counter-offensive pushed its forces from Kharkiv."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("withdrawal", "russia", "Kharkiv"));
      assertThat(claims("The army forced civilians from their homes in Izium.")).isEmpty();
      assertThat(claims("Ukrainian defenders beat back Russian units near Chernihiv."))
          .extracting(Claim::kind, Claim::actor)
          .containsExactly(tuple("withdrawal", "russia"));
    }

    @Test
    void forcesForcedOutOfAPlaceLoseItAndAnAppositiveNamesThePlace() {
      assertThat(
              claims(
                  "Moscow's troops forced the Ukrainian garrison out of Bakhmut's neighbouring"
                      + " town, Soledar."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("place_taken", "russia", "Soledar"));
      assertThat(claims("Ukrainian units forced Russian troops out of Kupiansk on Friday."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("place_taken", "ukraine", "Kupiansk"));
    }

    @Test
    void troopsForcedToRetreatAreTheSideThatWithdraws() {
      assertThat(
              claims(
                  "Ukrainian brigades broke the front near Izium, with thousands of Russian"
                      + " soldiers forced to retreat."))
          .extracting(Claim::kind, Claim::actor)
          .containsExactly(tuple("withdrawal", "russia"));
      assertThat(claims("Ukrainian units forced Russian troops to withdraw from Kherson."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("withdrawal", "russia", "Kherson"));
    }

    @Test
    void areasAndDistrictsOfAPlaceArePartsOfIt() {
      assertThat(claims("Ukraine's army is holding on to the industrial areas of Sievierodonetsk."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("area_controlled", "ukraine", "Sievierodonetsk"));
      assertThat(claims("Russian forces captured residential districts of Mariupol."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("area_gained", "russia", "Mariupol"));
      assertThat(claims("Ukraine lost key areas of the Donbas region in June."))
          .extracting(Claim::kind, Claim::actor)
          .containsExactly(tuple("area_lost", "ukraine"));
      assertThat(claims("Russia shelled residential areas of Kharkiv.")).isEmpty();
      assertThat(claims("Ukraine hopes to hold on to the industrial areas of Lysychansk."))
          .isEmpty();
    }

    @Test
    void aGoodDealOrALotOfLandIsGroundWithoutANumber() {
      assertThat(claims("Kyiv's army has recaptured a good deal of land from Russian forces."))
          .extracting(Claim::kind, Claim::actor)
          .containsExactly(tuple("area_gained", "ukraine"));
      assertThat(claims("Ukrainian troops have retaken a lot of territory near Kherson."))
          .extracting(Claim::kind, Claim::actor)
          .containsExactly(tuple("area_gained", "ukraine"));
      assertThat(claims("Russia lost a great deal of territory in September."))
          .extracting(Claim::kind, Claim::actor)
          .containsExactly(tuple("area_lost", "russia"));
      assertThat(claims("Ukraine hopes to retake a great deal of land.")).isEmpty();
      assertThat(claims("Russia lost a lot of soldiers.")).isEmpty();
    }

    @Test
    void gainsInTheEastOrSouthAloneAreInAPartOfTheCountry() {
      assertThat(claims("Moscow has now made steady progress in the east."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("area_gained", "russia", "Ukraine"));
      assertThat(claims("Ukraine is making slow, grinding progress in the south."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("area_gained", "ukraine", "Ukraine"));
      assertThat(claims("Russian troops have advanced in the east and south."))
          .extracting(Claim::kind, Claim::actor)
          .containsExactly(tuple("area_gained", "russia"));
      assertThat(claims("Russia hopes to make progress in the east.")).isEmpty();
      assertThat(claims("Russian forces have made no progress in the south.")).isEmpty();
      assertThat(claims("Separatist militia have made some progress towards Pisky."))
          .extracting(Claim::kind, Claim::location)
          .containsExactly(tuple("area_gained", "Pisky"));
      assertThat(claims("Russia made progress in the East China Sea talks.")).isEmpty();
    }

    @Test
    void gainsInAPartOfTheCountryAreAreaGained() {
      assertThat(claims("Russia is making slow gains in the country's east, officials say."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("area_gained", "russia", "Ukraine"));
      assertThat(
              claims("Moscow makes incremental gains in a grinding fight for the country's south."))
          .extracting(Claim::kind, Claim::actor)
          .containsExactly(tuple("area_gained", "russia"));
      assertThat(claims("Russian troops have gained ground in southern Ukraine."))
          .extracting(Claim::kind, Claim::actor)
          .containsExactly(tuple("area_gained", "russia"));
      assertThat(claims("Russia has made no gains in the country's east.")).isEmpty();
      assertThat(claims("Russian forces made advances in Ukraine.")).isEmpty();
    }

    @Test
    void forcesStormingIntoAPlaceGainIt() {
      assertThat(claims("Russian paratroopers stormed into Irpin on Thursday."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("area_gained", "russia", "Irpin"));
      assertThat(
              claims(
                  "Street battles broke out in Mykolaiv after Russian troops stormed in from the"
                      + " north."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("area_gained", "russia", "Mykolaiv"));
      assertThat(claims("Ukrainian tank columns swept into Balakliia at dawn."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("area_gained", "ukraine", "Balakliia"));
      assertThat(claims("Protesters stormed into the city hall in Lviv.")).isEmpty();
      assertThat(claims("Russian police stormed into a flat in Moscow.")).isEmpty();
      assertThat(claims("Russian troops could storm into Kharkiv.")).isEmpty();
    }

    @Test
    void forcesClosingInOnAPlaceGainGround() {
      assertThat(claims("Moscow's troops were closing in on Chernihiv."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("area_gained", "russia", "Chernihiv"));
      assertThat(claims("Shops shut as Putin's forces closed in on the city of Sumy."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("area_gained", "russia", "Sumy"));
      assertThat(claims("Russian troops may close in on Dnipro next month.")).isEmpty();
      assertThat(claims("Police closed in on the suspect in Kyiv.")).isEmpty();
    }

    @Test
    void anAdvanceByADistanceIsAreaGainedWithoutAValue() {
      assertThat(claims("Ukrainian units advanced 40 kilometres in three days near Izium."))
          .extracting(Claim::kind, Claim::actor, Claim::valueBest, Claim::unit, Claim::location)
          .containsExactly(tuple("area_gained", "ukraine", null, null, "Izium"));
      assertThat(claims("Russian troops have advanced about 5 miles (8 km) since Monday."))
          .extracting(Claim::kind, Claim::actor, Claim::valueBest)
          .containsExactly(tuple("area_gained", "russia", null));
      assertThat(claims("Russian troops have not advanced 5 km near Avdiivka.")).isEmpty();
    }

    @Test
    void forcesReachingABorderOrAPlaceGainGround() {
      assertThat(
              claims(
                  "The governor said Ukrainian troops counter-attacking near Kharkiv had reached"
                      + " the border with Russia."))
          .extracting(Claim::kind, Claim::actor)
          .containsExactly(tuple("area_gained", "ukraine"));
      assertThat(claims("Russian troops reached the outskirts of Kyiv within days."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("area_gained", "russia", "Kyiv"));
      assertThat(claims("Refugees reached the border with Poland.")).isEmpty();
      assertThat(claims("Russian troops failed to reach the outskirts of Kyiv.")).isEmpty();
    }

    @Test
    void aPlaceUnderASidesControlIsHeldOrTakenBackWhenAgain() {
      assertThat(claims("Kherson still remains under Russian control."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("area_controlled", "russia", "Kherson"));
      assertThat(
              claims(
                  "The towns of Izium and Lyman are now thought to be under the control of Kyiv"
                      + " once again."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("place_taken", "ukraine", "Izium"));
      assertThat(claims("Balakliia, Izium and Kupiansk have come under Ukrainian control."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("place_taken", "ukraine", "Balakliia"));
      assertThat(claims("Kupiansk is back under Ukrainian control."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("place_taken", "ukraine", "Kupiansk"));
      // The last part not under a side's control: the side holds the rest.
      assertThat(
              claims(
                  "The siege of Kherson goes on. The marines hold a shipyard that is the last"
                      + " district of the city not under Russian control."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("area_controlled", "russia", "Kherson"));
      assertThat(claims("Kharkiv is not under Russian control.")).isEmpty();
      assertThat(claims("Kherson could soon be under Ukrainian control.")).isEmpty();
      assertThat(claims("Residents of areas under Russian control fled to Zaporizhzhia."))
          .isEmpty();
    }

    @Test
    void halfOfAPlaceIsAShare() {
      assertThat(claims("Russian forces now control about half of the Zaporizhzhia region."))
          .extracting(Claim::kind, Claim::actor, Claim::valueBest, Claim::unit, Claim::qualifier)
          .containsExactly(tuple("control_share", "russia", 50.0, "percent", "approx"));
      assertThat(claims("Half of the residents of Kherson fled.")).isEmpty();
    }

    @Test
    void settlementsTakenWithoutACountAreVague() {
      assertThat(
              claims(
                  "Ukrainian troops broke through near Izium, capturing strategically important"
                      + " towns."))
          .extracting(Claim::kind, Claim::actor, Claim::valueBest, Claim::qualifier)
          .containsExactly(tuple("settlements_taken", "ukraine", null, "vague"));
      assertThat(claims("Russian units have seized villages along the Oskil river."))
          .extracting(Claim::kind, Claim::actor, Claim::qualifier)
          .containsExactly(tuple("settlements_taken", "russia", "vague"));
      assertThat(claims("Ukrainian officials toured liberated villages near Kherson.")).isEmpty();
      assertThat(claims("Russia wants to capture towns in the Donetsk region.")).isEmpty();
    }

    @Test
    void settlementsNamedByTheirKindAndTakenByANamedSideInThePassive() {
      assertThat(
              claims(
                  "Russian troops held Kupiansk for months. The town was recently recaptured by"
                      + " Ukrainian troops."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("place_taken", "ukraine", "Kupiansk"));
      assertThat(claims("Several villages were liberated by Ukrainian forces on Sunday."))
          .extracting(Claim::kind, Claim::actor, Claim::qualifier)
          .containsExactly(tuple("settlements_taken", "ukraine", "vague"));
      // A share of the city is a share; a taker not named leaves the side unknown.
      assertThat(claims("Kupiansk is contested. Half of the city has been captured by Russia."))
          .extracting(Claim::kind)
          .doesNotContain("place_taken");
      assertThat(claims("Fighting raged near Lyman. The town was captured.")).isEmpty();
    }

    @Test
    void aPlaceDescribedAsTakenByANamedSideInAnAppositiveIsTaken() {
      assertThat(claims("Girls were hurt in Ivankiv, a small town recently liberated by Ukraine."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .contains(tuple("place_taken", "ukraine", "Ivankiv"));
      assertThat(claims("It is in Enerhodar, a city seized by Russian troops in early March."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("place_taken", "russia", "Enerhodar"));
      // No taker named, as in captions: no claim.
      assertThat(claims("A resident of Izium, a recaptured city, walks past ruins.")).isEmpty();
    }

    @Test
    void theCityTakenIsTheOneNamedJustBefore() {
      assertThat(
              claims("Fighting raged around Lyman for days. Russian troops have seized the town."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("place_taken", "russia", "Lyman"));
      assertThat(claims("Fighting raged around Lyman. Russian troops seized the town hall."))
          .isEmpty();
    }

    @Test
    void aPlaceFallsAfterAnAsideBetweenCommas() {
      assertThat(
              claims(
                  "The governor confirmed that Avdiivka, including the coke plant where hundreds"
                      + " of defenders held out, had fallen to Russian forces."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("place_taken", "russia", "Avdiivka"));
      assertThat(claims("The offensive in Kherson Oblast has fallen behind schedule.")).isEmpty();
      assertThat(claims("Ukrainian units have fallen back over 300 square kilometres.")).isEmpty();
    }

    @Test
    void aCaptureNamedAsANounIsAnEventOnlyAfterAWordSayingItHappened() {
      assertThat(
              claims(
                  "Kyiv's forces pressed east. This follows the liberation of Trostianets earlier"
                      + " this week."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("place_taken", "ukraine", "Trostianets"));
      assertThat(claims("Crowds cheered after the recapture of Snihurivka by Ukrainian troops."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("place_taken", "ukraine", "Snihurivka"));
      assertThat(claims("The Russian capture of Enerhodar alarmed the agency."))
          .extracting(Claim::kind, Claim::actor)
          .containsExactly(tuple("place_taken", "russia"));
      assertThat(claims("The capture of Kharkiv remains the Russian goal.")).isEmpty();
      assertThat(claims("Russian planners expected the quick fall of Kyiv.")).isEmpty();
    }

    @Test
    void aPlaceFallingToASideOrInAnAppositiveBeforeThatFellIsTaken() {
      assertThat(claims("Shelling hit Berdiansk, the port city that fell to Russian troops."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("place_taken", "russia", "Berdyansk"));
      assertThat(claims("Reports spoke of the towns of Lyman and Izium falling to Kyiv."))
          .extracting(Claim::kind, Claim::actor)
          .containsExactly(tuple("place_taken", "ukraine"));
      assertThat(claims("Russian troops took control of the Ukrainian port city Berdiansk."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("place_taken", "russia", "Berdyansk"));
      assertThat(claims("Prices kept falling in Kyiv after Russian strikes.")).isEmpty();
    }

    @Test
    void aListOfPlacesTakenBackNeedsOnlyOneKnownPlace() {
      assertThat(
              claims(
                  "Ukrainian units pressed on. Hrakove, Verbivka and Balakliia were all snatched"
                      + " back from Russia."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("place_taken", "ukraine", "Balakliia"));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Moscow refocused its troops on capturing the Donbas region.",
          "The Russian unit was tasked with capturing Kyiv.",
          "The Russian regiment failed in its mission of encircling and then taking Kharkiv.",
          "Russia could seize most of Sievierodonetsk.",
          "Russian forces want to capture most of Donetsk Oblast.",
          "Russia will never give up its bid to take Kyiv.",
          "Moscow could move troops away from Kharkiv.",
          "Civilians are fleeing Russian troops in Kherson.",
          "The Ukrainian ministry pushed back against Russian claims.",
          "Ukrainian officials pushed back the deadline.",
          "Sanctions are pushing the Russian economy back into the Soviet era.",
          "Much of the city was destroyed by Russian shelling.",
          "The Kremlin has control over its budget.",
          "Most of Kherson's residents have fled to Odesa.",
          "The Russians will not be able to capture Luhansk region in the coming days.",
          "If and when Russian troops do withdraw from Kherson, their supply lines will shorten.",
        })
    void aimsModalsAndSharesOfOtherThingsAreNoClaims(String sentence) {
      assertThat(claims(sentence)).as(sentence).isEmpty();
    }

    @Test
    void forcesThatRetreatFleeOrAreMovedAwayWithdraw() {
      assertThat(claims("Witnesses described Russian retreats around the city of Chernihiv."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("withdrawal", "russia", "Chernihiv"));
      assertThat(
              claims(
                  "As invading troops withdrew from the villages around Sumy, they mined the"
                      + " roads."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("withdrawal", "russia", "Sumy"));
      assertThat(claims("Moscow has turned to the east, moving troops away from Chernihiv."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("withdrawal", "russia", "Chernihiv"));
      assertThat(claims("Most of the Russian soldiers fled across the river overnight."))
          .extracting(Claim::kind, Claim::actor)
          .containsExactly(tuple("withdrawal", "russia"));
    }

    @Test
    void aSideGivingUpItsAimAtAPlaceWithdrawsFromIt() {
      assertThat(claims("The Russians gave up their attempt to take Kyiv in April."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("withdrawal", "russia", "Kyiv"));
      assertThat(
              claims("Having abandoned his push on Kharkiv, the Russian commander turned south."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("withdrawal", "russia", "Kharkiv"));
    }

    @Test
    void forcesPushedBackWithdrawAndAPushOverPartOfAPlaceGainsIt() {
      // Under way, the push has not taken the place yet.
      assertThat(claims("Ukrainian units were gradually pushing Russian forces out of Sumy."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("withdrawal", "russia", "Sumy"));
      assertThat(claims("They have pushed Russian soldiers back and cut the supply lines."))
          .extracting(Claim::kind, Claim::actor)
          .containsExactly(tuple("withdrawal", "russia"));
      assertThat(claims("Ukrainian defenders were pushing back the enemy on several streets."))
          .extracting(Claim::kind, Claim::actor)
          .containsExactly(tuple("area_gained", "ukraine"));
      assertThat(claims("Kyiv's troops drove the Russians from a swath of the town centre."))
          .extracting(Claim::kind, Claim::actor)
          .containsExactly(tuple("area_gained", "ukraine"));
    }

    @Test
    void progressMadeAndGroundSecuredAreAreaGained() {
      assertThat(claims("With Russian forces making slow, grinding progress in the Donbas region."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("area_gained", "russia", "Donbas"));
      assertThat(claims("Ukrainian troops made a major breakthrough in the Kherson region."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("area_gained", "ukraine", "Kherson Oblast"));
      // Gains made with no preposition are at the place the sentence names.
      assertThat(
              claims(
                  "Russian troops hold most of Bakhmut's east and are making steady local gains."))
          .extracting(Claim::kind, Claim::actor)
          .contains(tuple("area_gained", "russia"));
      assertThat(claims("Ukrainian forces have secured a key road after heavy fighting."))
          .extracting(Claim::kind, Claim::actor)
          .containsExactly(tuple("area_gained", "ukraine"));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Russian troops have not been able to make significant progress in the Donbas region.",
          "Russia has made few advances in Donetsk Oblast this year.",
          "Ukraine and Russia made a breakthrough in talks in Istanbul.",
          "Russian negotiators made progress in the talks in Minsk.",
          "Ukraine secured funding for roads in Kyiv.",
        })
    void progressDeniedOrNotOnGroundIsNoClaim(String sentence) {
      assertThat(claims(sentence)).as(sentence).isEmpty();
    }

    @Test
    void aDefiniteCountOfSettlementsRefersBackAndIsNoNewClaim() {
      assertThat(claims("By seizing the two cities, Ukrainian forces threatened Izium.")).isEmpty();
      assertThat(claims("Ukrainian forces seized two cities near Izium."))
          .extracting(Claim::kind, Claim::valueBest)
          .containsExactly(tuple("settlements_taken", 2.0));
    }

    @Test
    void aPlaceThatAppearsToHaveBeenTakenIsAReportedCapture() {
      assertThat(claims("On Saturday Ukrainian forces appeared to have retaken the city of Lyman."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("place_taken", "ukraine", "Lyman"));
      assertThat(claims("Russia appears to want to take Lyman.")).isEmpty();
    }

    @Test
    void sharesWithoutANumberAreVagueShares() {
      assertThat(claims("Russia has seized most of Sievierodonetsk."))
          .extracting(
              Claim::kind, Claim::actor, Claim::valueBest, Claim::qualifier, Claim::location)
          .containsExactly(tuple("control_share", "russia", null, "vague", "Sievierodonetsk"));
      assertThat(claims("Ukrainian troops are still defending much of the town of Bakhmut."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("control_share", "ukraine", "Bakhmut"));
      assertThat(claims("Most of the Kherson region is still under Russian control."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("control_share", "russia", "Kherson Oblast"));
      assertThat(claims("The road near Svatove was practically under Ukrainian control."))
          .extracting(Claim::kind, Claim::actor, Claim::qualifier)
          .containsExactly(tuple("control_share", "ukraine", "vague"));
      assertThat(claims("Against all odds, most of the country remains free."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("control_share", "ukraine", "Ukraine"));
      assertThat(claims("One third of the Kharkiv region is still under occupation."))
          .extracting(Claim::kind, Claim::actor, Claim::unit)
          .containsExactly(tuple("control_share", "russia", "percent"));
    }

    @Test
    void partsOfAPlaceControlledAreAreaControlled() {
      assertThat(claims("Russian forces already control large swathes of the south."))
          .extracting(Claim::kind, Claim::actor, Claim::qualifier)
          .containsExactly(tuple("area_controlled", "russia", "vague"));
      assertThat(claims("Russia said it had control of urban parts of the city."))
          .extracting(Claim::kind, Claim::actor)
          .containsExactly(tuple("area_controlled", "russia"));
      assertThat(
              claims("Ukrainian forces were maintaining control over just one area of Lysychansk."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("area_controlled", "ukraine", "Lysychansk"));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "The assembly called on Moscow to immediately and unconditionally withdraw all its"
              + " troops from Ukraine.",
          "Russia can stop the shelling, pull back its troops to the border and end the war.",
          "Moscow's forces would regroup, then withdraw from Kherson.",
        })
    void demandsAndModalsOverAWithdrawalAssertNothing(String sentence) {
      assertThat(claims(sentence)).as(sentence).isEmpty();
    }

    @Test
    void groundOrTerritoryBeingGainedSomewhereIsGroundGained() {
      assertThat(only("Moscow's troops are steadily gaining ground in eastern Ukraine."))
          .extracting(Claim::kind, Claim::actor)
          .containsExactly("area_gained", "russia");
      assertThat(only("Russian forces had gained some territory in the Donbas."))
          .extracting(Claim::kind, Claim::location)
          .containsExactly("area_gained", "Donbas");
      assertThat(claims("The party is gaining ground in the polls.")).isEmpty();
      // "the east" with more of the clause after it, and no place named in it.
      assertThat(only("The governor said Russian forces had gained ground in the east but held."))
          .extracting(Claim::kind, Claim::location)
          .containsExactly("area_gained", "Ukraine");
    }

    @Test
    void controlExpandedOrGainedOverAreasIsGroundGained() {
      assertThat(claims("Russian forces have expanded control to areas of the south."))
          .extracting(Claim::kind, Claim::actor)
          .contains(tuple("area_gained", "russia"));
      assertThat(only("Russian forces have expanded their control over Kherson."))
          .extracting(Claim::kind, Claim::location)
          .containsExactly("place_taken", "Kherson");
      assertThat(only("Ukrainian troops regained control of areas in the north."))
          .extracting(Claim::kind, Claim::actor)
          .containsExactly("area_gained", "ukraine");
      assertThat(claims("The company expanded its control over the market.")).isEmpty();
    }
  }

  @Nested
  class Withdrawals {

    @Test
    void troopsWithNoSideLeavingANamedPlaceAreThoseOfTheSideBefore() {
      assertThat(
              claims(
                  "Russian forces shifted their focus to the east. That came after the troops"
                      + " withdrew from the Kyiv region."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("withdrawal", "russia", "Kyiv Oblast"));
      // A count of troops leaving may be of either side.
      assertThat(
              claims(
                  "Russian forces shelled the plant. Almost 1,000 troops left Mariupol's last"
                      + " stronghold this week."))
          .extracting(Claim::kind)
          .doesNotContain("withdrawal");
    }

    @Test
    void troopsPushedBackWithNoPlaceWithdraw() {
      assertThat(claims("Russian forces have been pushed back after a failed counterattack."))
          .extracting(Claim::kind, Claim::actor)
          .containsExactly(tuple("withdrawal", "russia"));
      assertThat(claims("Ukrainian troops are believed to have been forced back to the coast."))
          .extracting(Claim::kind, Claim::actor)
          .containsExactly(tuple("withdrawal", "ukraine"));
      assertThat(claims("Russia's army came close before being driven back by Ukrainian forces."))
          .extracting(Claim::kind, Claim::actor)
          .containsExactly(tuple("withdrawal", "russia"));
      // Active: the object is pushed, not the subject.
      assertThat(claims("Ukrainian forces are driving back the Russians."))
          .extracting(Claim::kind, Claim::actor)
          .containsExactly(tuple("withdrawal", "russia"));
      assertThat(claims("Russian forces could be pushed back soon.")).isEmpty();
      assertThat(claims("There will be no talks until Russian troops are pushed back.")).isEmpty();
      assertThat(claims("The Russian deadline was pushed back by weeks.")).isEmpty();
    }

    @Test
    void troopsRepelledFromAPlaceWithdrawFromIt() {
      assertThat(
              claims("Russia's offensive stalled after its troops were repelled from Chernihiv."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("withdrawal", "russia", "Chernihiv"));
      assertThat(claims("Russian units were repulsed from Kharkiv in May."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("withdrawal", "russia", "Kharkiv"));
      assertThat(claims("Ukrainian forces repelled Russian troops from Sumy."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("withdrawal", "russia", "Sumy"));
      assertThat(claims("Ukrainian forces repelled an attack from the direction of Bakhmut."))
          .isEmpty();
      assertThat(claims("Ukraine hopes to repel Russian troops from Kherson.")).isEmpty();
    }

    @Test
    void troopsDemandedToLeaveDoNotWithdraw() {
      assertThat(claims("Zelensky demanded that Russian troops leave the nuclear plant."))
          .isEmpty();
      assertThat(claims("The council urged that Russian forces withdraw from Kherson.")).isEmpty();
      assertThat(claims("Kyiv demands that Russian units pull out of Crimea.")).isEmpty();
      assertThat(claims("Officials said that Russian troops withdrew from Kherson."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly(tuple("withdrawal", "russia", "Kherson"));
    }

    @Test
    void forcesThatLeaveOrFleeWithdraw() {
      assertThat(only("The Russians fled the town of Trostianets on Monday."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly("withdrawal", "russia", "Trostianets");
      assertThat(only("After the invaders left, residents of Bucha came out.").kind())
          .isEqualTo("withdrawal");
      assertThat(claims("Many Ukrainians fled the city of Kharkiv.")).isEmpty();
      assertThat(claims("Russian troops left behind mines in Irpin.")).isEmpty();
      assertThat(claims("They are the last Ukrainian defenders left in the city of Mariupol."))
          .isEmpty();
    }

    @Test
    void forcesThatOccupyAPlaceTakeIt() {
      assertThat(only("Russian troops occupied Melitopol on Sunday."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly("place_taken", "russia", "Melitopol");
      assertThat(
              only("Russian troops came. Residents left after they occupied Kherson in March.")
                  .location())
          .isEqualTo("Kherson");
      assertThat(claims("The occupied town of Izium was shelled.")).isEmpty();
    }

    @Test
    void aPlaceARelativeClauseSaysIsUnderControlIsHeld() {
      assertThat(only("Mariupol, which is now under Russian control, lies in ruins."))
          .extracting(Claim::kind, Claim::actor, Claim::location)
          .containsExactly("area_controlled", "russia", "Mariupol");
    }
  }

  @Nested
  class Casualties {

    @Test
    void countsOfKilledAndWoundedWithTheirPeople() {
      List<Claim> found =
          claims("A missile strike on Odesa killed at least 21 civilians and wounded 40 others.");
      assertThat(found)
          .extracting(
              Claim::category,
              Claim::kind,
              Claim::actor,
              Claim::valueBest,
              Claim::qualifier,
              Claim::unit,
              Claim::location)
          .containsExactly(
              tuple("casualty", "killed", "civilians", 21.0, "at_least", "people", "Odesa"),
              tuple("casualty", "wounded", "civilians", 40.0, "exact", "people", "Odesa"));
    }

    @Test
    void aSideNamedWithTheNounIsWhosePeople() {
      Claim c = only("Kyiv says 500 Russian soldiers were killed in the assault on Avdiivka.");
      assertThat(c)
          .extracting(Claim::kind, Claim::actor, Claim::valueBest)
          .containsExactly("killed", "russia", 500.0);
      assertThat(c.location()).isEqualTo("Avdiivka");
      assertThat(c.admin1()).isEqualTo("Donetsk Oblast");
    }

    @Test
    void killedAndWoundedTogetherAreCasualties() {
      Claim c = only("Some 3,500 Russian troops have been killed or wounded since the offensive.");
      assertThat(c)
          .extracting(Claim::kind, Claim::actor, Claim::valueBest)
          .containsExactly("casualties", "russia", 3500.0);
    }

    @Test
    void heavyLossesAreAVagueCasualtyClaimOfTheSideThatSuffersThem() {
      Claim suffered = only("Russian units suffered heavy losses in the attack on Vuhledar.");
      assertThat(suffered)
          .extracting(
              Claim::kind, Claim::actor, Claim::valueBest, Claim::qualifier, Claim::valueText)
          .containsExactly("casualties", "russia", null, "vague", "heavy losses");
      Claim inflicted = only("Ukrainian gunners inflicted heavy losses during the assault.");
      assertThat(inflicted.actor()).isEqualTo("russia");
    }

    @Test
    void capturedAndMissing() {
      assertThat(claims("Ukraine said 120 Russian soldiers were taken prisoner in the battle."))
          .extracting(Claim::kind, Claim::valueBest)
          .containsExactly(tuple("captured", 120.0));
      assertThat(claims("After the missile strike, 15 people were still missing."))
          .extracting(Claim::kind, Claim::valueBest)
          .containsExactly(tuple("missing", 15.0));
    }

    @Test
    void wordsCountLikeDigitsAndDozensCountTwelve() {
      assertThat(claims("Shelling killed three people and injured dozens in Kherson."))
          .extracting(Claim::kind, Claim::valueBest)
          .containsExactly(tuple("killed", 3.0), tuple("wounded", 12.0));
    }

    @Test
    void deathsOutsideTheWarAreNoClaims() {
      assertThat(claims("The outbreak has killed over 2,100 people worldwide.")).isEmpty();
      assertThat(claims("Three people were killed in bike crashes in the city in July.")).isEmpty();
    }

    @Test
    void forceCountsAreNoCasualties() {
      assertThat(claims("Nearly 60,000 Russian troops are stationed in the Kursk region."))
          .isEmpty();
    }

    @Test
    void aNamedPersonKilledIsAClaimWithoutANumber() {
      Claim c = only("Colonel Andrii Petrenko was killed near Bakhmut on Tuesday.");
      assertThat(c)
          .extracting(
              Claim::kind,
              Claim::valueBest,
              Claim::qualifier,
              Claim::unit,
              Claim::valueText,
              Claim::location)
          .containsExactly("killed", null, "vague", null, "Colonel Andrii Petrenko", "Bakhmut");
      assertThat(c.eventDate()).isEqualTo(LocalDate.of(2025, 12, 16));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "A volunteer medic killed in the shelling of Kherson was buried on Monday.",
          "Residents who were wounded in the missile strike on Dnipro were taken to hospital.",
          "Photographer Olena Marchuk, 34, was killed by shrapnel in Kharkiv.",
          "He was reportedly wounded by a drone near Sumy.",
          "A 12-year-old boy was shot in the leg by a sniper in Kherson.",
          "Officials said a railway worker had been killed in the strike.",
          "Several civilians died when a shell hit the market in Donetsk.",
        })
    void peopleBeforeAPassiveOrAVerbOfDyingAreTheCasualties(String sentence) {
      Claim c = only(sentence);
      assertThat(c.category()).isEqualTo("casualty");
      assertThat(c.valueBest()).as(sentence).isNull();
      assertThat(c.qualifier()).isEqualTo("vague");
    }

    @Test
    void theObjectOfAnActiveVerbIsTheCasualtyAndItsSideComesWithIt() {
      Claim soldier = only("The drone strike killed a Ukrainian soldier near Pokrovsk.");
      assertThat(soldier)
          .extracting(Claim::kind, Claim::actor, Claim::valueText)
          .containsExactly("killed", "ukraine", "a Ukrainian soldier");
      assertThat(
              claims(
                  "A missile hit the station in Lviv, killing 12 people and injuring many more."))
          .extracting(Claim::kind, Claim::valueBest, Claim::valueText)
          .containsExactly(tuple("killed", 12.0, "12 people"), tuple("wounded", null, "many more"));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "If the last defenders are killed, the talks will end.",
          "No civilians were injured in the attack on the depot.",
          "How many soldiers have been killed in the war remains unclear.",
          "The shelling could have killed a child.",
          "Prosecutors accused the soldier of killing a civilian during the war.",
          "Protesters urged the army to stop killing people.",
          "After the dictator died, the army chose a new leader.",
          "The general has killed the plan for a new offensive.",
          "Nobody was hurt when the drone fell in the field.",
        })
    void peopleWhoseFateIsNotAssertedAreNoClaim(String sentence) {
      assertThat(claims(sentence)).as(sentence).isEmpty();
    }

    @Test
    void eachPersonOfADocumentIsOneClaimHoweverOftenNamed() {
      List<Claim> found =
          claims(
              "Major Oleh Ivanenko was killed near Izium on Monday. His deputy, Captain Taras"
                  + " Bondar, was killed alongside him. Ivanenko was killed instantly, the"
                  + " brigade said.");
      assertThat(found)
          .extracting(Claim::valueText)
          .containsExactly("Major Oleh Ivanenko", "Captain Taras Bondar");
    }

    @Test
    void killingsOutsideTheWarAreClaimsButAccidentsAreNot() {
      assertThat(only("A gunman opened fire at a shopping centre, killing two police officers."))
          .extracting(Claim::kind, Claim::valueBest, Claim::unit)
          .containsExactly("killed", 2.0, "people");
      assertThat(claims("Protests spread after a young woman was killed in police custody."))
          .extracting(Claim::kind, Claim::actor)
          .containsExactly(tuple("killed", "civilians"));
      String war =
          "Russian shelling hit Kherson overnight. Missiles struck the port. Artillery fire"
              + " continued into the morning. ";
      assertThat(claims(war + "Anton Melnyk was killed instantly."))
          .extracting(Claim::kind, Claim::valueText)
          .containsExactly(tuple("killed", "Anton Melnyk"));
      assertThat(claims(war + "Separately, two people were killed in a car crash on a highway."))
          .isEmpty();
    }

    @Test
    void aBreakdownAfterIncludingIsPartOfTheCountButEachKindIsItsOwnClaim() {
      assertThat(claims("Shelling of Kherson killed 24 people, including 11 men and 13 women."))
          .extracting(Claim::valueBest)
          .containsExactly(24.0);
      assertThat(
              claims(
                  "The UN has counted 7,500 civilian casualties in Ukraine, including 3,600"
                      + " killed and 3,900 injured."))
          .extracting(Claim::kind, Claim::valueBest)
          .containsExactly(
              tuple("casualties", 7500.0), tuple("killed", 3600.0), tuple("wounded", 3900.0));
    }

    @Test
    void hedgedReportsLivesLostAndOtherWordsForKilling() {
      assertThat(only("Nearly 5,000 soldiers are believed to have been killed in the battle."))
          .extracting(Claim::kind, Claim::valueBest)
          .containsExactly("killed", 5000.0);
      assertThat(
              only("At least 37 members of the 331st regiment have lost their lives in the war."))
          .extracting(Claim::kind, Claim::valueBest)
          .containsExactly("killed", 37.0);
      assertThat(only("At least 200 civilians were slaughtered in the town, officials said."))
          .extracting(Claim::kind, Claim::valueBest)
          .containsExactly("killed", 200.0);
      assertThat(only("The war has cost hundreds of thousands of lives."))
          .extracting(Claim::kind, Claim::valueBest)
          .containsExactly("killed", 100_000.0);
    }

    @Test
    void anAppositiveOrAReportingVerbStandsBetweenThePersonAndTheVerb() {
      assertThat(
              claims(
                  "Oksana Hrytsenko, a nurse at the regional hospital, was killed when a missile"
                      + " hit Dnipro."))
          .extracting(Claim::kind, Claim::valueText)
          .containsExactly(tuple("killed", "Oksana Hrytsenko"));
      assertThat(claims("Two weeks later the border guards were presumed to be dead."))
          .extracting(Claim::kind, Claim::valueText)
          .containsExactly(tuple("killed", "the border guards"));
      assertThat(
              claims("Since 2001, at least 2,310 U.S. troops have died in Afghanistan fighting."))
          .extracting(Claim::kind, Claim::valueBest)
          .containsExactly(tuple("killed", 2310.0));
    }

    @Test
    void deathsOfNamedPeopleNeedTheirCauseAndLivesLostCountAsDeaths() {
      assertThat(claims("General Ivan Sokolov died in a drone strike near Kherson."))
          .extracting(Claim::kind, Claim::valueText)
          .containsExactly(tuple("killed", "General Ivan Sokolov"));
      assertThat(claims("Two guards lost their lives in the attack on the embassy."))
          .extracting(Claim::kind, Claim::valueBest)
          .containsExactly(tuple("killed", 2.0));
      assertThat(claims("An elderly man and a woman also lost their lives in the blast."))
          .extracting(Claim::kind)
          .containsExactly("killed");
      assertThat(claims("The old marshal died, and the troops mourned him.")).isEmpty();
      assertThat(claims("Ivan Sokolov, a veteran of the Afghan war, died in 2015 from cancer."))
          .isEmpty();
    }

    @Test
    void aCasualtyWordInsideTheCountGivesItsKind() {
      assertThat(claims("Troops found hundreds of dead civilians in the town of Bucha."))
          .extracting(Claim::kind, Claim::valueBest)
          .containsExactly(tuple("killed", 100.0));
      assertThat(claims("Medics in Avdiivka were caring for 500 injured troops."))
          .extracting(Claim::kind, Claim::valueBest)
          .containsExactly(tuple("wounded", 500.0));
    }

    @Test
    void aCountIsReadInItsOwnClause() {
      assertThat(
              claims("The strike in Kherson killed a child and two adults, and injured 17 others."))
          .extracting(Claim::kind, Claim::valueBest)
          .containsExactly(tuple("wounded", 17.0), tuple("killed", null));
      assertThat(claims("The shelling left him with injuries to one of his legs."))
          .extracting(Claim::valueBest)
          .doesNotContain(1.0);
    }

    @Test
    void aCountInAnAsideDoesNotHideTheCountBeforeIt() {

      assertThat(claims("At least 600 civilians, including 45 children, have been killed so far."))
          .extracting(Claim::valueBest)
          .containsExactly(600.0, 45.0);
    }

    @Test
    void agesAndCountsAfterAPrepositionAreNoCasualties() {
      assertThat(claims("The soldier died at age 46 from his wounds in 2015."))
          .extracting(Claim::kind, Claim::valueBest)
          .containsExactly(tuple("killed", null));

      assertThat(claims("Twelve people have died and 30 were injured in 21 attacks on hospitals."))
          .extracting(Claim::kind, Claim::valueBest)
          .containsExactly(tuple("killed", 12.0), tuple("wounded", 30.0));
    }

    @Test
    void aNumberAfterByCountsWhatKilledNotWhoDied() {

      Claim c = only("Her son was killed by two gunshots during the occupation of Bucha.");
      assertThat(c)
          .extracting(Claim::kind, Claim::valueBest, Claim::valueText)
          .containsExactly("killed", null, "Her son");
    }

    @Test
    void aRestatementNamingNoPlaceIsTheClaimMadeBefore() {
      List<Claim> found =
          claims(
              "Shelling killed 24 people in Kherson on Friday.\n\n"
                  + "\"It was a massacre.\"\n\n"
                  + "The governor added: \"24 people were killed.\"");
      assertThat(found).extracting(Claim::location).containsExactly("Kherson");
    }

    @Test
    void casualtiesAreCountedWithoutAPeopleNounUnlikeLosses() {
      assertThat(claims("The invading army has suffered 4,000 casualties in the war."))
          .extracting(Claim::kind, Claim::valueBest)
          .containsExactly(tuple("casualties", 4000.0));
      assertThat(claims("The invading army has suffered 40 losses in the war.")).isEmpty();
    }

    @Test
    void bodiesAndCorpsesCountTheDeadWhenTheyArePeople() {
      assertThat(claims("After the shelling, medics recovered 120 bodies from the rubble."))
          .extracting(Claim::kind, Claim::valueBest)
          .containsExactly(tuple("killed", 120.0));
      assertThat(claims("Police found the bodies of 18 residents after the attack on Izium."))
          .extracting(Claim::kind, Claim::valueBest)
          .containsExactly(tuple("killed", 18.0));
      assertThat(claims("The governing bodies of 9 nations met to discuss the war.")).isEmpty();
    }

    @Test
    void aRunningCountTakesItsWordFromTheTallyBeforeTheVerb() {
      assertThat(claims("The number of civilians killed in the war now stands at 4,120."))
          .extracting(Claim::kind, Claim::valueBest)
          .containsExactly(tuple("killed", 4120.0));
      assertThat(claims("The human toll of the invasion has reached 7,500."))
          .extracting(Claim::kind, Claim::valueBest)
          .containsExactly(tuple("killed", 7500.0));
      assertThat(claims("The number of tanks destroyed in the war has reached 300.")).isEmpty();
    }

    @Test
    void livesLostAndTheKillingOfPeopleAreTheDead() {
      assertThat(claims("Seven lives were lost when the missile struck the market."))
          .extracting(Claim::kind, Claim::valueBest)
          .containsExactly(tuple("killed", 7.0));
      assertThat(claims("Prosecutors are examining the killing of four civilians during the war."))
          .extracting(Claim::kind, Claim::valueBest)
          .containsExactly(tuple("killed", 4.0));
    }

    @Test
    void aFatalWoundKills() {
      assertThat(claims("A teenager was fatally wounded when the shell hit the yard."))
          .extracting(Claim::kind)
          .containsExactly("killed");
    }

    @Test
    void placesTakenByTwoVerbsAreTwoClaimsAndOneVerbWithTwoPlacesIsOne() {
      assertThat(
              claims(
                  "Ukrainian forces recaptured the town of Balakliia and on Saturday seized"
                      + " Kupiansk."))
          .extracting(Claim::kind, Claim::location)
          .containsExactly(tuple("place_taken", "Balakliia"), tuple("place_taken", "Kupiansk"));
      assertThat(claims("Ukrainian forces recaptured Balakliia and Kupiansk on Saturday."))
          .extracting(Claim::location)
          .containsExactly("Balakliia");
    }

    @Test
    void claimsWithoutANumberAreRestatedOnlyWithTheSameWords() {
      assertThat(
              claims(
                  "Ukrainian forces broke through near Izium, capturing several towns. Ukrainian"
                      + " troops also retook several villages in the south."))
          .extracting(Claim::kind, Claim::valueText)
          .containsExactly(
              tuple("settlements_taken", "several towns"),
              tuple("settlements_taken", "several villages"));
    }

    @Test
    void aClaimNamingNoPlaceIsInTheCountryTheArticleIsAbout() {
      List<Claim> found =
          claims(
              "Shelling hit Kharkiv on Monday. In other news, officials said. Kyiv says 500"
                  + " Russian soldiers have been killed since the offensive began. Two aid workers"
                  + " were killed in Yemen.");
      assertThat(found)
          .extracting(Claim::valueBest, Claim::location, Claim::admin1, Claim::country)
          .containsExactly(
              tuple(500.0, "Ukraine", null, "Ukraine"), tuple(2.0, "Yemen", null, "Yemen"));
    }

    @Test
    void aPlaceThatOnlySaysWhereAnotherLiesIsNotTheLocation() {
      assertThat(
              claims(
                  "A strike on Uman, 200 km south of Kyiv, killed three people, officials said."))
          .extracting(Claim::location)
          .containsExactly("Uman");
    }

    /** A sentence of war before the one under test, as articles give it. */
    private static final String WAR = "Russian missiles struck the region overnight. ";

    @Test
    void gravesBesideACountOfTheDeadAreThatCountAndACaseIsNoEvent() {
      assertThat(claims(WAR + "About 1,200 bodies, some found in mass graves, are not identified."))
          .extracting(Claim::kind, Claim::valueBest)
          .containsExactly(tuple("killed", 1200.0));
      assertThat(claims(WAR + "Doctors in Lviv prepared a system in case of mass casualties."))
          .isEmpty();
    }

    @Test
    void aCountWithoutItsOwnPeopleCountsThePeopleOfTheCountBefore() {
      assertThat(claims(WAR + "Four civilians were killed and 10 more wounded in Kharkiv."))
          .extracting(Claim::kind, Claim::actor)
          .containsExactly(tuple("killed", "civilians"), tuple("wounded", "civilians"));
      assertThat(claims(WAR + "Two soldiers were killed and three people wounded in Sumy."))
          .extracting(Claim::kind, Claim::actor)
          .containsExactly(tuple("killed", null), tuple("wounded", "civilians"));
    }

    @Test
    void anAsideBetweenCommasDoesNotTakeTheCountOutOfReach() {
      assertThat(
              claims(
                  WAR
                      + "Russia said 1,026 soldiers of Ukraine's 36th Marine Brigade, including 162"
                      + " officers, had surrendered near the plant."))
          .extracting(Claim::kind, Claim::valueBest)
          .contains(tuple("captured", 1026.0));
    }

    @Test
    void theNthPersonToBeKilledIsKilled() {
      assertThat(
              only(WAR + "He is thought to be the second Briton to have been killed in Ukraine."))
          .extracting(Claim::kind)
          .isEqualTo("killed");
      assertThat(claims(WAR + "Russia agreed last week to withdraw troops from Chernihiv."))
          .isEmpty();
    }

    @Test
    void soldiersDyingEachDayAreADailyToll() {
      assertThat(only(WAR + "Up to 100 Ukrainian soldiers are dying every day in the Donbas."))
          .extracting(Claim::kind, Claim::actor, Claim::valueBest, Claim::qualifier)
          .containsExactly("killed", "ukraine", 100.0, "at_most");
      assertThat(claims(WAR + "Some 9,000 people are dying of the virus every day in China."))
          .isEmpty();
    }

    @Test
    void aRangeWrittenWithToIsACountNotAnInfinitive() {
      assertThat(only(WAR + "Officials said 100 to 200 Ukrainian troops were killed."))
          .extracting(Claim::kind, Claim::valueLow, Claim::valueHigh)
          .containsExactly("killed", 100.0, 200.0);
      // Losses called steep beside their count: the gold counts both, the vague one optional or
      // not.
      assertThat(
              claims(
                  WAR
                      + "Ukrainian losses have been steep: as many as 100 to 200 casualties a day."))
          .extracting(Claim::kind, Claim::valueBest)
          .containsExactlyInAnyOrder(tuple("casualties", 100.0), tuple("casualties", null));
    }

    @Test
    void lossesCalledHeavyWithoutANumberAreCasualties() {
      assertThat(claims(WAR + "Heavy Ukrainian losses in the Kherson region are also reported."))
          .extracting(Claim::kind, Claim::actor, Claim::qualifier)
          .containsExactly(tuple("casualties", "ukraine", "vague"));
      assertThat(claims(WAR + "Russian casualties were heavier than expected."))
          .extracting(Claim::kind, Claim::actor)
          .containsExactly(tuple("casualties", "russia"));
      assertThat(claims(WAR + "Russia has likely lost one-third of its ground combat forces."))
          .extracting(Claim::kind, Claim::actor, Claim::valueBest)
          .containsExactly(tuple("casualties", "russia", null));
      assertThat(claims(WAR + "Russia has lost half of its heavy weapons.")).isEmpty();
      assertThat(claims(WAR + "There are casualties among children."))
          .extracting(Claim::kind, Claim::actor)
          .containsExactly(tuple("casualties", "civilians"));
      assertThat(claims(WAR + "There were no casualties among the crew.")).isEmpty();
      assertThat(claims(WAR + "Russian losses are certainly high."))
          .extracting(Claim::kind, Claim::actor)
          .containsExactly(tuple("casualties", "russia"));
      assertThat(claims(WAR + "Ukrainian units held the line amid rapidly mounting casualties."))
          .extracting(Claim::kind, Claim::actor)
          .containsExactly(tuple("casualties", "ukraine"));
    }

    @Test
    void aPersonShotAndKilledOrHurtAfterALongAppositiveIsACasualty() {
      assertThat(only(WAR + "Her son Roman, 57, was shot and killed in his hometown of Bucha."))
          .extracting(Claim::kind, Claim::valueText)
          .containsExactly("killed", "Roman");
      assertThat(
              only(
                  WAR
                      + "On 31 May, Ivan, 24, a car mechanic from western Ukraine, was injured"
                      + " near Rubizhne."))
          .extracting(Claim::kind, Claim::valueText)
          .containsExactly("wounded", "Ivan");
    }

    @Test
    void peopleMissingInAWarAreMissingButThingsLackingAreNot() {
      assertThat(only(WAR + "A Ukrainian soldier is still missing."))
          .extracting(Claim::kind, Claim::actor)
          .containsExactly("missing", "ukraine");
      assertThat(claims(WAR + "Many of the soldiers were missing limbs.")).isEmpty();
      assertThat(claims(WAR + "Two officials are missing from the list of speakers.")).isEmpty();
    }

    @Test
    void countsOfTwoKindsOfPeopleJoinedByAndAreOneCount() {
      Claim c = only(WAR + "Three women and two men died when a shell hit the shelter in Sumy.");
      assertThat(c)
          .extracting(Claim::kind, Claim::valueBest, Claim::valueText)
          .containsExactly("killed", 5.0, "Three women and two men");
      // Sides apart, or a breakdown after "including", stay apart.
      assertThat(claims(WAR + "Four soldiers and three civilians were killed in Sumy."))
          .extracting(Claim::valueBest, Claim::actor)
          .containsExactlyInAnyOrder(tuple(4.0, null), tuple(3.0, "civilians"));
      assertThat(
              claims(
                  WAR
                      + "About 60 people, including 20 civilians and five children, were killed"
                      + " in Sumy."))
          .extracting(Claim::valueBest)
          .doesNotContain(25.0);
    }

    @Test
    void aGroupThatOnlySaysWhereThePartCameFromIsNoCount() {
      Claim c =
          only(WAR + "Of 40 recruits from the village, nine died in the fighting near Izium.");
      assertThat(c.valueBest()).isEqualTo(9.0);
    }

    @Test
    void noneOfACountIsNoCasualty() {
      assertThat(claims(WAR + "None of the 120 passengers died when the train was hit near Lviv."))
          .isEmpty();
    }

    @Test
    void otherPeopleAreANewClaimNotARestatement() {
      List<Claim> found =
          claims(
              "A drone strike killed two medics in Kherson. Two other people were reported killed"
                  + " and 11 wounded.");
      assertThat(found)
          .extracting(Claim::kind, Claim::valueBest)
          .containsExactly(tuple("killed", 2.0), tuple("killed", 2.0), tuple("wounded", 11.0));
      assertThat(found.get(1).claimant()).isNull();
    }

    @Test
    void lossesSufferedOrSustainedAreVagueCasualties() {
      Claim suffered = only(WAR + "Moscow keeps suffering losses around Vuhledar.");
      assertThat(suffered)
          .extracting(Claim::kind, Claim::actor, Claim::qualifier, Claim::valueBest)
          .containsExactly("casualties", "russia", "vague", null);
      Claim sustained = only(WAR + "Ukraine's worst losses were sustained near Bakhmut.");
      assertThat(sustained.actor()).isEqualTo("ukraine");
      assertThat(claims(WAR + "The army drafts men to replenish losses.")).isEmpty();
      assertThat(claims(WAR + "Russia has suffered losses of 40 tanks near Izium.")).isEmpty();
      assertThat(claims(WAR + "Russia could suffer losses if it attacks Sumy.")).isEmpty();
    }

    @Test
    void aRunningCountOfLossesStandsAtItsFigure() {
      Claim c =
          only(WAR + "The combat losses of Russian troops stand at about 31,500 personnel so far.");
      assertThat(c)
          .extracting(Claim::kind, Claim::actor, Claim::valueBest, Claim::qualifier)
          .containsExactly("casualties", "russia", 31500.0, "approx");
    }

    @Test
    void singleFatalitiesAndPluralDeathsNearViolence() {
      assertThat(only(WAR + "Medics saw one fatality at the scene.").valueBest()).isEqualTo(1.0);
      Claim several = only(WAR + "Several pensioners have died, the health ministry said.");
      assertThat(several)
          .extracting(Claim::kind, Claim::valueText)
          .containsExactly("killed", "Several pensioners");
      // One person dying is no war death unless the sentence says how.
      assertThat(claims(WAR + "Her grandfather died last spring.")).isEmpty();
    }

    @Test
    void bodiesShownShotInTheHeadAndDrownedAreDead() {
      assertThat(only(WAR + "Graphic photos from Bucha showed bodies in the streets.").kind())
          .isEqualTo("killed");
      assertThat(only(WAR + "Officials said some civilians were shot in the head."))
          .extracting(Claim::kind, Claim::actor)
          .containsExactly("killed", "civilians");
      assertThat(only(WAR + "Five Ukrainian men were forced to kneel and shot in the head."))
          .extracting(Claim::kind, Claim::valueBest)
          .containsExactly("killed", 5.0);
      assertThat(only(WAR + "A soldier was shot in the leg near Bakhmut.").kind())
          .isEqualTo("wounded");
      assertThat(only(WAR + "Many Russian soldiers drowned in the river as they fled."))
          .extracting(Claim::kind, Claim::actor)
          .containsExactly("killed", "russia");
    }

    @Test
    void fightersEliminatedAreKilledButOtherThingsEliminatedAreNot() {
      assertThat(only(WAR + "Russian forces have eliminated more than 400 nationalist fighters."))
          .extracting(Claim::kind, Claim::valueBest)
          .containsExactly("killed", 400.0);
      assertThat(claims(WAR + "He eliminated 11 political parties with ties to the Kremlin."))
          .isEmpty();
      assertThat(claims(WAR + "Over 1,000 armored personnel carriers have been eliminated."))
          .isEmpty();
      assertThat(claims(WAR + "Naomi Osaka was eliminated by Shuai Zhang.")).isEmpty();
    }

    @Test
    void aCountOfPrisonersOfWarIsACountOfPeopleCaptured() {
      assertThat(only(WAR + "Nearly a dozen POWs have appeared in news conferences."))
          .extracting(Claim::kind, Claim::valueBest)
          .containsExactly("captured", 12.0);
      assertThat(only(WAR + "Russia holds 1,000 Ukrainian prisoners of war."))
          .extracting(Claim::kind, Claim::actor, Claim::valueBest)
          .containsExactly("captured", "ukraine", 1000.0);
      assertThat(claims(WAR + "Belarus holds 1,000 political prisoners.")).isEmpty();
      assertThat(claims(WAR + "The two also discussed prisoners of war.")).isEmpty();
    }

    @Test
    void twoPeopleNamedInTheSingularAreACountOfTwo() {
      Claim c = only(WAR + "A paramedic and a driver riding with her were killed near Sumy.");
      assertThat(c)
          .extracting(Claim::kind, Claim::valueBest, Claim::unit)
          .containsExactly("killed", 2.0, "people");
      // A verb after them opens another clause: the people carried are the wounded.
      assertThat(
              claims(
                  WAR + "A medic and a soldier carry a man who was wounded by shelling in Sumy."))
          .extracting(Claim::valueBest, Claim::valueText)
          .containsExactly(tuple(null, "a man"));
      assertThat(only(WAR + "A pregnant woman and her husband killed in Kyiv were buried today."))
          .extracting(Claim::valueBest, Claim::valueText)
          .containsExactly(2.0, "A pregnant woman and her husband");
      // One person with two roles.
      assertThat(only(WAR + "An American journalist and filmmaker was killed near Irpin."))
          .extracting(Claim::valueBest)
          .isNull();
    }

    @Test
    void theSubjectOpeningTheClauseIsThePersonNotANameInItsDescription() {
      Claim c =
          only(WAR + "A major close to the defence minister has been badly wounded near Izium.");
      assertThat(c.valueText()).isEqualTo("A major");
    }

    @Test
    void aSubjectDescribedByAParticipleOrAWhoClauseIsStillThePerson() {
      assertThat(
              only(WAR + "A Canadian volunteer dubbed 'the Wolf' has been killed near Bakhmut.")
                  .valueText())
          .isEqualTo("A Canadian volunteer");
      assertThat(
              only(WAR
                      + "A Ukrainian official who ran the port of Berdiansk was wounded in a blast.")
                  .valueText())
          .isEqualTo("A Ukrainian official");
      assertThat(
              only(WAR + "An American volunteer soldier fighting near Bakhmut was killed.")
                  .valueText())
          .isEqualTo("An American volunteer soldier");
      // "died" is a verb of its own, not a description: the wounded is the child.
      assertThat(
              claims(
                      WAR
                          + "Her husband died and her child was badly wounded when a shell hit Izium.")
                  .stream()
                  .filter(c -> c.kind().equals("wounded"))
                  .map(Claim::valueText))
          .containsExactly("her child");
    }

    @Test
    void aNamedDeathBesideACountIsAClaimOfItsOwn() {
      List<Claim> found =
          claims(
              WAR
                  + "About 30 Russian officers have died in the war, and General Ivan Petrov died"
                  + " on Sunday.");
      assertThat(found)
          .extracting(Claim::valueBest, Claim::valueText)
          .containsExactly(
              tuple(30.0, "About 30 Russian officers"), tuple(null, "General Ivan Petrov"));
    }

    @Test
    void aCountOfThemIsACountOfPeople() {
      assertThat(claims(WAR + "The city reported 90 casualties, with 25 of them being deaths."))
          .extracting(Claim::kind, Claim::valueBest)
          .containsExactly(tuple("casualties", 90.0), tuple("killed", 25.0));
    }

    @Test
    void peopleWhoDidSomethingElseAndWereKilledAreItsSubject() {
      assertThat(
              only(WAR + "Three men left the cellar for water and were killed by a shell.")
                  .valueBest())
          .isEqualTo(3.0);
      assertThat(
              only(WAR + "A teacher went out for bread and was wounded by shrapnel.").valueText())
          .isEqualTo("A teacher");
      assertThat(claims(WAR + "Two soldiers went home and were happy.")).isEmpty();
    }

    @Test
    void aQuotedVerbStillHasItsSubject() {
      assertThat(
              only(WAR + "Ivan Hrytsenko was \"brutally killed by the occupiers,\" she said.")
                  .kind())
          .isEqualTo("killed");
    }

    @Test
    void soldiersCapturedByASideAreCaptured() {
      Claim c =
          only(WAR + "Ukrainian units say they captured dozens of Russian soldiers near Izium.");
      assertThat(c).extracting(Claim::kind, Claim::actor).containsExactly("captured", "russia");
      assertThat(
              claims(
                  WAR + "The convoy included an armoured personnel carrier captured near Izium."))
          .isEmpty();
      // A town taken is ground, not people.
      assertThat(only(WAR + "Ukrainian troops captured Izium on Sunday.").kind())
          .isEqualTo("place_taken");
    }

    @Test
    void twoParticiplesShareTheirSubject() {
      assertThat(
              only(WAR + "Her brother had been tortured and executed by the occupiers.")
                  .valueText())
          .isEqualTo("Her brother");
      assertThat(only(WAR + "A Russian major was mown down and killed by a tank.").kind())
          .isEqualTo("killed");
      assertThat(only(WAR + "Two women had been beaten before being killed.").valueBest())
          .isEqualTo(2.0);
      assertThat(
              only(WAR + "Medics facing trial after being captured near Izium appealed.")
                  .valueText())
          .isEqualTo("Medics");
    }

    @Test
    void someOrManyAsTheSubjectArePeopleLeftUnnamed() {
      assertThat(
              only(WAR + "Villagers were rounded up near Izium and some were later killed.").kind())
          .isEqualTo("killed");
      assertThat(claims(WAR + "Many were tired and some were hungry.")).isEmpty();
    }

    @Test
    void theKillingOfOnePersonIsAClaimButKillingInGeneralIsNot() {
      Claim c = only(WAR + "Kyiv condemned the assassination of a village mayor near Kherson.");
      assertThat(c)
          .extracting(Claim::kind, Claim::valueText)
          .containsExactly("killed", "a village mayor");
      assertThat(claims(WAR + "Allies condemned the killing of civilians.")).isEmpty();
      assertThat(claims(WAR + "He denied any role in the mass murder of villagers.")).isEmpty();
    }

    @Test
    void aHeavyTollOnASideIsVagueCasualties() {
      assertThat(only(WAR + "The fighting is taking a heavy toll on Russian units.").kind())
          .isEqualTo("casualties");
      assertThat(claims(WAR + "The long nights took a heavy toll, mentally and physically."))
          .isEmpty();
    }

    @Test
    void pluralsOfPersonsArePeople() {
      assertThat(only(WAR + "Three nurses were wounded in Kherson.").valueBest()).isEqualTo(3.0);
      assertThat(only(WAR + "Two deputies were later killed.").valueText())
          .isEqualTo("Two deputies");
    }

    @Test
    void peopleWhoSpeakOrMissPapersAreNoCasualties() {
      Claim c = only(WAR + "Two officials told reporters the death toll had risen to 30.");
      assertThat(c.valueBest()).isEqualTo(30.0);
      assertThat(claims(WAR + "Two families are stuck with missing visas.")).isEmpty();
      assertThat(only(WAR + "Dozens of people have been reported killed near Izium.").valueBest())
          .isEqualTo(12.0);
    }

    @Test
    void peopleTakenPrisonerOrCaptiveAreCaptured() {
      assertThat(only(WAR + "The Ukrainian troops in Mariupol were taken prisoner."))
          .extracting(Claim::kind, Claim::actor)
          .containsExactly("captured", "ukraine");
      assertThat(only(WAR + "They freed a local mayor who was taken captive.").kind())
          .isEqualTo("captured");
    }

    @Test
    void unitsThatSurrenderAndPeopleHeldAsPrisonersAreCaptured() {
      assertThat(only(WAR + "The 12th battalion surrendered near Izium.").kind())
          .isEqualTo("captured");
      assertThat(only(WAR + "Two medics are held as prisoners of war in Donetsk.").kind())
          .isEqualTo("captured");
      assertThat(only(WAR + "Ukrainian troops took several prisoners near Izium.").kind())
          .isEqualTo("captured");
      assertThat(claims(WAR + "They should be treated as prisoners of war.")).isEmpty();
      assertThat(claims(WAR + "Ukraine and Russia exchanged political prisoners.")).isEmpty();
    }

    @Test
    void killingsToldWithoutTheirPeopleAreKilledClaims() {
      assertThat(only(WAR + "A deadly strike hit a bus station in Sumy on Tuesday."))
          .extracting(Claim::kind, Claim::location)
          .containsExactly("killed", "Sumy");
      assertThat(only(WAR + "The Irpin massacre shocked Europe.").kind()).isEqualTo("killed");
      assertThat(only(WAR + "Investigators found mass graves near Izium.").kind())
          .isEqualTo("killed");
      assertThat(only(WAR + "Fallen soldiers were buried in Lviv.").kind()).isEqualTo("killed");
      assertThat(claims(WAR + "Kyiv wants to prevent a massacre in Sumy.")).isEmpty();
      assertThat(claims(WAR + "Old graves were found near Izium.")).isEmpty();
    }

    @Test
    void deathsToldWithoutANumberOrBySaying() {
      assertThat(only(WAR + "Shelling went on in Sumy as the death toll mounts.").kind())
          .isEqualTo("killed");
      assertThat(only(WAR + "The death toll rose to 50 in Sumy.").valueBest()).isEqualTo(50.0);
      assertThat(only(WAR + "Putin hides the huge Russian death toll in Ukraine."))
          .extracting(Claim::kind, Claim::actor, Claim::valueBest)
          .containsExactly("killed", "russia", null);
      assertThat(only(WAR + "A nurse was among those killed in Sumy.").valueText())
          .isEqualTo("A nurse");
      assertThat(only(WAR + "Russia has suffered a huge number of casualties.").kind())
          .isEqualTo("casualties");
      assertThat(only(WAR + "There are still dead bodies in the streets of Irpin.").kind())
          .isEqualTo("killed");
      // "major" before a noun is no person: the stronghold was captured, not people.
      assertThat(claims(WAR + "Russia captured the last major stronghold in Luhansk."))
          .extracting(Claim::kind)
          .doesNotContain("captured");
    }

    @Test
    void theSurrenderOrCaptureOfACountIsCaptured() {
      assertThat(only(WAR + "The plant fell with the surrender of 1,200 Ukrainian marines."))
          .extracting(Claim::kind, Claim::valueBest, Claim::actor)
          .containsExactly("captured", 1200.0, "ukraine");
      assertThat(claims(WAR + "Russia demanded the surrender of Mariupol.")).isEmpty();
    }

    @Test
    void capturedSoldiersAndBodiesFoundAreCountlessClaims() {
      Claim captured = only(WAR + "A captured Russian pilot has described the assault.");
      assertThat(captured)
          .extracting(Claim::kind, Claim::actor, Claim::valueText)
          .containsExactly("captured", "russia", "Russian pilot");
      Claim bodies = only(WAR + "Bodies lay in the streets of Irpin for days.");
      assertThat(bodies)
          .extracting(Claim::kind, Claim::location)
          .containsExactly("killed", "Irpin");
      assertThat(only(WAR + "Drone footage showing dead civilians in Irpin spread online.").kind())
          .isEqualTo("killed");
      assertThat(claims(WAR + "The governing bodies of the league met in Lviv.")).isEmpty();
      assertThat(claims(WAR + "He dreams of his dead relatives.")).isEmpty();
      assertThat(claims(WAR + "The spy took a dead person's name.")).isEmpty();
      assertThat(only(WAR + "Murdered civilians were found in a cellar in Irpin.").kind())
          .isEqualTo("killed");
      // Counted bodies are left to the rules of numbers.
      assertThat(claims(WAR + "Divers found four dead bodies in the river near Irpin."))
          .extracting(Claim::valueBest)
          .doesNotContainNull();
    }

    @Test
    void aCombatantWhoDiedNearTheWarIsKilledUnlessByHisOwnHand() {
      assertThat(only(WAR + "A paratrooper died near Bakhmut."))
          .extracting(Claim::kind, Claim::valueBest)
          .containsExactly("killed", null);
      assertThat(claims(WAR + "The teacher died in Kharkiv.")).isEmpty();
      assertThat(claims(WAR + "Another colonel died by suicide after a dressing down.")).isEmpty();
    }

    @Test
    void countsAfterCloseToOrUpToAreNoInfinitive() {
      assertThat(only(WAR + "The Kremlin put the toll close to 1,350 deaths."))
          .extracting(Claim::kind, Claim::valueBest, Claim::qualifier)
          .containsExactly("killed", 1350.0, "approx");
      assertThat(only(WAR + "Up to 300 mercenaries were killed in the attack."))
          .extracting(Claim::valueBest, Claim::qualifier)
          .containsExactly(300.0, "at_most");
    }

    @Test
    void countedForcesArePeopleButUncountedForcesAreNot() {
      assertThat(only(WAR + "Between 2,000 and 4,000 Russian forces had been killed."))
          .extracting(Claim::kind, Claim::actor, Claim::unit)
          .containsExactly("killed", "russia", "people");
      assertThat(claims(WAR + "Kherson was the only regional capital Russian forces had captured."))
          .extracting(Claim::category)
          .doesNotContain("casualty");
    }

    @Test
    void countedPeopleHeldByASideAreCaptured() {
      assertThat(only(WAR + "Around 2,500 defenders of Azovstal are now being held by Russia."))
          .extracting(Claim::kind, Claim::valueBest)
          .containsExactly("captured", 2500.0);
      assertThat(claims(WAR + "Moscow wants the two territories held by Russian-backed rebels."))
          .isEmpty();
    }

    @Test
    void aToBeforeADeterminerOrANameIsNoInfinitive() {
      assertThat(only(WAR + "The attack led to the deaths of four Ukrainian soldiers."))
          .extracting(Claim::kind, Claim::valueBest)
          .containsExactly("killed", 4.0);
      assertThat(only(WAR + "Russia has handed over to Kyiv the bodies of 210 Ukrainian fighters."))
          .extracting(Claim::kind, Claim::valueBest)
          .containsExactly("killed", 210.0);
      assertThat(claims(WAR + "Russian troops threatened to kill the hostages.")).isEmpty();
    }

    @Test
    void aNumberedOrOwnedOrdinalBeforeAnInfinitiveTellsAFact() {
      assertThat(only(WAR + "She is the 97th known colonel to have been killed in the war."))
          .extracting(Claim::kind)
          .isEqualTo("killed");
      assertThat(only(WAR + "Russia mourned its first female regular soldier to be killed."))
          .extracting(Claim::kind)
          .isEqualTo("killed");
    }

    @Test
    void aModalOrNegationBeforeTheCountAssertsNoCasualties() {
      assertThat(claims(WAR + "An invasion could result in up to 100,000 civilian deaths."))
          .isEmpty();
      assertThat(claims(WAR + "The war would mean thousands more deaths.")).isEmpty();
      assertThat(claims(WAR + "No one was reported killed.")).isEmpty();
    }
  }

  @Nested
  class DatesClaimantsAndIdentity {

    @Test
    void theDateNearestTheClaimCountsAndPeriodStartsDoNot() {
      Claim c =
          only(
              "Since the invasion began on February 24, more than 5,000 Ukrainian soldiers"
                  + " have been killed, officials said.");
      assertThat(c.dateBasis()).isEqualTo("publication");
      assertThat(c.eventDate()).isEqualTo(PUBLISHED);
      // The event that opens the period is dated by it.
      Claim sweep =
          only(
              "It is the worst blow since Ukrainian forces swept through the Kharkiv region in"
                  + " September 2022.");
      assertThat(sweep)
          .extracting(Claim::kind, Claim::eventDate, Claim::datePrecision)
          .containsExactly("area_gained", LocalDate.of(2022, 9, 1), "month");
    }

    @Test
    void withoutPublicationDateARelativeDateIsUnknown() {
      List<Claim> found =
          claims("Ukrainian forces retook the village of Andriivka on Sunday.", null);
      assertThat(found)
          .singleElement()
          .extracting(Claim::eventDate, Claim::datePrecision, Claim::dateBasis, Claim::dateText)
          .containsExactly(null, "unknown", "none", "Sunday");
    }

    @Test
    void aYearFromAnotherDateOfTheDocumentDatesADayWithoutOne() {
      List<Claim> found =
          claims(
              "The map shows the front as of 24 December 2025.\n\n"
                  + "By 26 December, Russian troops had withdrawn from Siversk.",
              null);
      assertThat(found)
          .singleElement()
          .extracting(Claim::eventDate, Claim::dateBasis)
          .containsExactly(LocalDate.of(2025, 12, 26), "explicit");
    }

    @Test
    void theClaimantIsWhoeverTheArticleAttributesTheClaimTo() {
      Claim c = only("Russian troops withdrew from Kherson, according to the regional governor.");
      assertThat(c.claimant()).isEqualTo("the regional governor");
    }

    @Test
    void aClaimRepeatedInADocumentIsKeptOnceAtItsFirstMention() {
      List<Claim> found =
          claims(
              "Russian forces captured Soledar on Friday. Moscow said its troops captured"
                  + " Soledar. Later that day Russian forces captured Soledar, officials said.");
      assertThat(found).hasSize(1);
      assertThat(found.get(0).charStart()).isZero();
    }

    @Test
    void idsAreStableAndKeysNameTheClaimWithoutItsDocument() {
      String body = "Ukrainian forces liberated 20 villages in the Kharkiv region on Sunday.";
      Claim first = only(body);
      Claim again = only(body);
      assertThat(first.claimId()).isEqualTo(again.claimId()).hasSize(20);
      assertThat(first.claimKey())
          .isEqualTo("settlements_taken|ukraine|Kharkiv Oblast|20|2025-12-14");
      assertThat(body.substring(first.charStart(), first.charEnd())).isEqualTo(first.sentence());
    }

    @Test
    void twoClaimsOfOneKindInASentenceHaveTheirOwnIds() {
      List<Claim> found =
          claims(
              "At least 19 people died when a missile hit a market in Kharkiv on Monday and 21"
                  + " people were killed when a block of flats was struck in Odesa.");
      assertThat(found).extracting(Claim::valueBest).containsExactlyInAnyOrder(19.0, 21.0);
      assertThat(found).extracting(Claim::claimId).doesNotHaveDuplicates();
    }
  }

  @Nested
  class BoundedTime {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "killed ",
          "captured Kupiansk ",
          "12 ",
          "from ",
          "between 1 and ",
          "Sunday ",
          "Ivan Petrenko, 40, was killed ",
          "the commander, who was killed ",
          "killing Ivan ",
          "U.S.",
          "A.",
          "was shot in the leg ",
          "the soldier died in shelling "
        })
    void aHundredThousandRepeatedTriggerWordsFinishQuickly(String word) {
      String body = word.repeat(100_000);
      long start = System.nanoTime();
      ClaimExtractor.Extraction extraction =
          new ClaimExtractor(60_000).extract(body, new ClaimExtractor.Context("d", PUBLISHED));
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
      assertThat(extraction.note()).isNull();
    }

    @Test
    void aDocumentPastTheTimeCapStopsWithANoteInsteadOfRunningOn() {
      String body =
          "Russian forces captured Soledar.\n"
              + "Russian troops killed 12 civilians in Kherson. ".repeat(200_000);
      ClaimExtractor.Extraction extraction =
          new ClaimExtractor(1).extract(body, new ClaimExtractor.Context("d", PUBLISHED));
      assertThat(extraction.reason()).isEqualTo(ClaimExtractor.TIME_CAP);
      assertThat(extraction.note()).startsWith("stopped after 1 ms at sentence");
    }
  }
}
