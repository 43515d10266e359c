package org.frontline.claims;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The words that make a claim, grouped by what they say happened. Verbs come in every form news
 * text uses; nouns that name the same event ("capture", "withdrawal") are included where the place
 * or side follows with "of".
 */
final class Lexicon {
  private Lexicon() {}

  /** Taking ground: the actor gains. */
  static final Set<String> GAIN =
      Set.of(
          "took",
          "taken",
          "taking",
          "takes",
          "captured",
          "capturing",
          "captures",
          "capture",
          "seized",
          "seizing",
          "seizes",
          "liberated",
          "liberating",
          "liberates",
          "recaptured",
          "recapturing",
          "recaptures",
          "recapture",
          "regained",
          "regaining",
          "regains",
          "retook",
          "retaken",
          "annexed",
          "annexing",
          "annexes",
          "freed",
          "freeing",
          "deoccupied",
          "de-occupied",
          // Hyphenated as some outlets write them: "Ukraine has re-taken several villages".
          "re-taken",
          "re-took",
          "re-taking",
          "re-captured",
          "re-capturing",
          "snatched",
          "wrested",
          "retaking",
          "retakes",
          // "Russian troops overran the city of Lysychansk"
          "overran",
          "overrun",
          "overrunning",
          "reclaimed",
          "reclaiming",
          "reclaims",
          "overtaking",
          "overtook",
          "overtaken",
          "gained",
          "gaining",
          "gains",
          "won",
          "drove",
          "driven",
          "pushed",
          "returned",
          "fell",
          "fallen");

  /** Verbs of falling: the place falls, needing no auxiliary, to its taker ("fell to Russia"). */
  static final Set<String> FALLING = Set.of("fell", "fallen");

  /** Words after "fell" that make it no capture: "had fallen behind schedule", "fell back". */
  static final Set<String> FALL_ASIDE =
      Set.of(
          "behind", "back", "short", "silent", "ill", "apart", "asleep", "quiet", "sharply",
          "below", "victim", "by", "off");

  /** Settlements taken without a count: "capturing strategically important towns". */
  static final Set<String> SETTLEMENTS_PLURAL =
      Set.of("villages", "towns", "cities", "settlements", "hamlets", "localities");

  /** A settlement named only by its kind: "seized the city" names the one named just before. */
  static final Set<String> SETTLEMENT_KINDS = Set.of("city", "town", "village");

  /** Verbs of {@link #GAIN} that are too general to take a place without a number. */
  static final Set<String> GAIN_NEEDS_NUMBER = Set.of("gained", "gaining", "gains", "won");

  /** Verbs of {@link #GAIN} that only take ground with a particle: "drove out", "took back". */
  static final Set<String> GAIN_WITH_PARTICLE =
      Set.of("drove", "driven", "pushed", "returned", "snatched", "wrested");

  /**
   * Nouns naming a capture, followed by "of" and the place: "the liberation of Trostianets". They
   * name an aim as often as an event ("the capture of Kyiv was the goal"), so only after a word
   * that presupposes it happened ({@link #EVENT_LEADS}) are they a claim.
   */
  static final Set<String> CAPTURE_NOUNS =
      Set.of("capture", "recapture", "liberation", "seizure", "takeover", "fall");

  /**
   * Words before a capture noun that say it happened: "after the fall of Mariupol", "this follows
   * the liberation of", "learned of the recapture of".
   */
  static final Set<String> EVENT_LEADS =
      Set.of(
          "after",
          "following",
          "follows",
          "followed",
          "since",
          "celebrated",
          "celebrating",
          "celebrate",
          "celebrates",
          "hailed",
          "welcomed",
          "announced",
          "confirmed",
          "marked",
          "marks",
          "learned",
          "learnt",
          "news",
          "reports",
          "claimed",
          "claims");

  /**
   * Adjectives that make a capture noun an event: "the recent recapture of Kherson"; "the quick
   * fall of Kyiv" was as often predicted.
   */
  static final Set<String> DONE = Set.of("recent", "successful");

  /** Verbs that hedge a fact before "to": "appeared to have retaken Izium". */
  static final Set<String> APPEARING = Set.of("appeared", "appears", "seemed", "seems");

  /**
   * Present forms of falling, a capture only when the taker follows ("Izium falling to Kyiv"):
   * prices, debris and people fall as well.
   */
  static final Set<String> FALLING_NOW = Set.of("falling", "falls");

  /** Ground gained without a number, a claim only with a place: "made gains in the Donbas". */
  static final Set<String> ADVANCES = Set.of("advances", "advanced", "gains", "gained", "gaining");

  /** The words of {@link #ADVANCES} that are nouns after a determiner: "made some gains". */
  static final Set<String> ADVANCE_NOUNS = Set.of("advances", "gains");

  /**
   * Nouns of advance that need a verb of making: "making slow, grinding progress in the Donbas",
   * "made a major breakthrough in the Kharkiv region".
   */
  static final Set<String> PROGRESS =
      Set.of("progress", "breakthrough", "breakthroughs", "inroads");

  /** Verbs of making an advance: "made gains", "making progress". */
  static final Set<String> MAKING = Set.of("make", "makes", "made", "making");

  /** Words that deny an advance a few words before its verb: "failed to make progress". */
  static final Set<String> UNABLE = Set.of("unable", "failed", "fail", "fails", "failing");

  /** Verbs of securing ground: "Ukrainian forces have secured a key route". */
  static final Set<String> SECURING = Set.of("secured", "securing", "secures");

  /** Ground that forces secure: a route, a bridgehead, heights; not funding or a release. */
  static final Set<String> SECURED_GROUND =
      Set.of(
          "route",
          "routes",
          "road",
          "roads",
          "highway",
          "bridgehead",
          "foothold",
          "crossing",
          "heights",
          "corridor",
          "positions",
          "perimeter",
          "airfield",
          "airport");

  /** Words that are no ground: "withdraw from the deal", "a breakthrough in talks". */
  static final Set<String> NON_GROUND =
      Set.of(
          "deal",
          "treaty",
          "agreement",
          "talks",
          "negotiations",
          "market",
          "council",
          "organization",
          "organisation",
          "competition",
          "tournament",
          "race",
          "contract",
          "project",
          "programme",
          "program",
          "sanctions",
          "convention",
          "accord",
          "pact",
          "initiative",
          "event",
          "games",
          "league",
          "company",
          "business",
          "bid",
          "election",
          "nomination",
          "post",
          "role",
          "festival",
          "contest",
          "polls");

  /**
   * Words between an advance and its preposition: "gained ground in", "advanced further into",
   * "gained some territory in".
   */
  static final Set<String> ADVANCE_FILLERS =
      Set.of("ground", "territory", "some", "further", "deeper", "steadily", "closer", "forward");

  /** Prepositions that put an advance at a place. */
  static final Set<String> ADVANCE_PREPOSITIONS =
      Set.of("in", "into", "towards", "toward", "on", "around", "near", "across", "through");

  /** Verbs that keep the gerund after "from" from happening: "prevent troops from reaching". */
  static final Set<String> PREVENTING =
      Set.of(
          "prevent",
          "prevents",
          "prevented",
          "preventing",
          "stop",
          "stops",
          "stopped",
          "stopping",
          "block",
          "blocked",
          "thwart",
          "thwarted",
          "halt",
          "halted",
          "deter",
          "keep",
          "kept");

  /** Verbs of closing in, an advance with "in on" after them: "troops closed in on Kyiv". */
  static final Set<String> CLOSING_IN = Set.of("closed", "closing", "close", "closes");

  /** Verbs of forces entering ground by force: "stormed into Irpin", "columns swept into Izium". */
  static final Set<String> STORMING =
      Set.of("stormed", "storming", "swept", "sweeping", "rolled", "rolling", "burst", "bursting");

  /**
   * Verbs of forces moving onto ground, an advance only with a word of direction after them:
   * "pressing toward the border", "pushed deeper into the city", "inching closer to Kherson", "as
   * they advance in the Kharkiv region". "pushed" alone pushes the enemy ({@link #PUSH}).
   */
  static final Set<String> MOVING_ON =
      Set.of(
          "advance", "advancing", "pressing", "pressed", "pushing", "pushed", "inching", "edging");

  /** Words of degree between {@link #MOVING_ON} and its direction: "pushed deeper into". */
  static final Set<String> DEEPER = Set.of("further", "deeper");

  /** Words of direction after {@link #MOVING_ON}: "pressing toward", "edging closer to". */
  static final Set<String> ONWARD = Set.of("into", "toward", "towards", "closer", "forward");

  /** The words of a demand itself, which reach across a clause: "its demands that NATO ...". */
  static final Set<String> DEMAND_WORDS = Set.of("demand", "demands", "demanded", "demanding");

  /** Things that tell of the dead without counting them: "mass graves", "bodies". */
  static final Set<String> SIGNS_OF_THE_DEAD =
      Set.of("graves", "grave", "bodies", "corpses", "remains", "massacre", "massacres");

  /** Ordinals that make an infinitive a fact: "the first city to fall", "the last to leave". */
  static final Set<String> ORDINALS =
      Set.of("first", "second", "third", "fourth", "fifth", "seventh", "last", "latest");

  /** Verbs of forces staying where they are: "Russian troops remain in the city". */
  static final Set<String> REMAINING =
      Set.of("remain", "remains", "remained", "stay", "stays", "stayed");

  /** What people are taken as when captured: "taken prisoner", "taken hostage". */
  static final Set<String> TAKEN_AS = Set.of("prisoner", "prisoners", "captive", "hostage");

  /** Nouns that count people besides those of a count before: "and 40 others wounded". */
  static final Set<String> PEOPLE_BESIDES = Set.of("others", "more");

  /** Words that date one event by another: "bodies found after Russia's withdrawal". */
  static final Set<String> AFTER_EVENT = Set.of("after", "following", "since");

  /** Verbs of forces entering a place: "Russian troops had entered Sievierodonetsk". */
  static final Set<String> ENTERING = Set.of("entered", "entering", "enters");

  /**
   * Verbs that widen control, ground gained: "Russian forces have expanded control to areas of the
   * south", "extended their control over the city".
   */
  static final Set<String> EXPANDING =
      Set.of(
          "expanded",
          "expanding",
          "expands",
          "extended",
          "extending",
          "extends",
          "widened",
          "widening",
          "widens");

  /** Verbs that set up control, a place taken: "established full control over Peski". */
  static final Set<String> ESTABLISHING =
      Set.of(
          "established",
          "establishing",
          "establishes",
          "assumed",
          "assuming",
          "assumes",
          // "gained full control of the Kherson region", "claimed control over the last
          // stronghold": verbs too general to take a place alone take it with "control".
          "gained",
          "gaining",
          "gains",
          "regained",
          "regaining",
          "regains",
          "won",
          "got",
          "claimed",
          "claims",
          "claiming");

  /** Verbs of forces reaching ground: "reached the outskirts of Kyiv", "reached the border". */
  static final Set<String> REACHING = Set.of("reached", "reaching", "reaches");

  /** What forces reach at the edge of ground: "reached the border with Russia". */
  static final Set<String> BORDERS = Set.of("border", "borders", "frontier");

  /** Units of a distance advanced: "advanced 70 kilometres" gains ground but gives no area. */
  static final Set<String> DISTANCE_UNITS =
      Set.of("km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile");

  /** Adjectives that make a country part of it: "gains in eastern Ukraine" are in a region. */
  static final Set<String> COMPASS_ADJECTIVES =
      Set.of(
          "eastern",
          "western",
          "northern",
          "southern",
          "northeastern",
          "northwestern",
          "southeastern",
          "southwestern",
          "north-eastern",
          "north-western",
          "south-eastern",
          "south-western");

  /** Armour that advances or withdraws as troops do: "Russian columns stormed into Kharkiv". */
  static final Set<String> MILITARY_VEHICLES =
      Set.of("tanks", "columns", "convoy", "convoys", "armour", "armor", "armoured", "armored");

  /** Words that deny an advance or a withdrawal: "made no gains", "not seeing any withdrawal". */
  static final Set<String> DENIALS = Set.of("no", "not", "never", "any", "without", "little");

  /**
   * Words between "from" and the place a withdrawal leaves: "from towns around Kyiv", "from the
   * area around Ukraine's capital, Kyiv".
   */
  static final Set<String> AREA_FILLERS =
      Set.of(
          "the",
          "towns",
          "villages",
          "cities",
          "areas",
          "area",
          "positions",
          "outskirts",
          "parts",
          "around",
          "near",
          "of",
          "its",
          "their",
          "ukraine",
          "capital",
          // "abandoning checkpoints in Kherson", "abandoned their trenches near Izium"
          "checkpoints",
          "posts",
          "bases",
          "trenches",
          "in",
          ",");

  /** Compass words that make the place after them a reference point: "60km east of Kyiv". */
  static final Set<String> COMPASS =
      Set.of(
          "north",
          "south",
          "east",
          "west",
          "northeast",
          "northwest",
          "southeast",
          "southwest",
          "north-east",
          "north-west",
          "south-east",
          "south-west");

  /** Losing ground: the actor loses. */
  static final Set<String> LOSS =
      Set.of("lost", "losing", "loses", "loss", "ceded", "ceding", "cedes", "surrendered");

  static final Set<String> WITHDRAW =
      Set.of(
          "withdrew",
          "withdrawn",
          "withdrawing",
          "withdraws",
          "withdraw",
          "withdrawal",
          "retreat",
          "retreated",
          "retreating",
          "retreats",
          "pulled",
          "pulling",
          "pull",
          "pulls",
          "pullout",
          "pullback",
          "abandoned",
          "abandoning",
          "abandon",
          "abandons",
          "abandonment");

  /** Fleeing, a withdrawal when forces flee: "the bulk of Moscow's forces fled back". */
  static final Set<String> FLEEING = Set.of("fled", "fleeing", "flee", "flees");

  /** The forms of "leave", which forces do to ground as they do in {@link #FLEEING}. */
  static final Set<String> LEAVING = Set.of("left", "leaving", "leave", "leaves");

  /**
   * Words after "left" that say what was left behind, not which ground ("left behind mines"), or
   * that those left remain ("the last defenders left in the city").
   */
  static final Set<String> LEFT_THINGS =
      Set.of(
          "behind", "a", "an", "their", "his", "its", "dead", "many", "several", "no", "bodies",
          "in", "at", "to", "over");

  /**
   * Peoples that stand for the invading forces: "the Russians fled", "the invaders left" (fleeing
   * Ukrainians are mostly refugees).
   */
  static final Set<String> FORCES_AS_PEOPLE = Set.of("russians", "invaders", "occupiers");

  /** Words that make forces the invader's: "as invading troops withdrew from Kyiv". */
  static final Set<String> INVADING = Set.of("invading", "occupying");

  /**
   * Verbs of moving one's own forces: "moving troops away from the north" is a withdrawal by the
   * side that moves them.
   */
  static final Set<String> RELOCATING =
      Set.of(
          "moving",
          "moved",
          "move",
          "moves",
          "redeploying",
          "redeployed",
          "redeploys",
          "shifting",
          "shifted",
          "shifts");

  /** Verbs of giving up, with "up" after them: "gave up their bid to capture Kyiv". */
  static final Set<String> GIVING_UP = Set.of("gave", "given", "giving", "give", "gives");

  /**
   * Aims that a side gives up or abandons, a withdrawal from the place aimed at: "abandoned his
   * campaign to capture Kyiv", "gave up their bid to take Kyiv", "dropped the assault on Kyiv".
   */
  static final Set<String> AIMS =
      Set.of(
          "bid",
          "attempt",
          "attempts",
          "push",
          "offensive",
          "assault",
          "campaign",
          "effort",
          "efforts",
          "plan",
          "plans",
          "hopes",
          "goal",
          "advance",
          "siege");

  /** Verbs of taking in the infinitive of an aim: "their attempt to take Kyiv". */
  static final Set<String> TAKING_AIMED =
      Set.of("take", "seize", "capture", "retake", "recapture", "liberate", "encircle", "storm");

  /**
   * Prepositions before a gerund of taking that make it an aim: "focused on capturing", "tasked
   * with capturing Kyiv".
   */
  static final Set<String> AIM_PREPOSITIONS =
      Set.of("on", "for", "at", "towards", "toward", "of", "with");

  /** Ground a push gains part of: "pushing back the enemy on some streets". */
  static final Set<String> GROUND_PARTS =
      Set.of(
          "swath",
          "swathe",
          "swaths",
          "swathes",
          "part",
          "parts",
          "streets",
          "districts",
          "neighbourhoods",
          "neighborhoods",
          "sectors",
          "areas",
          "blocks");

  /** What a side pushes back besides its troops: "pushed back the Russian frontline". */
  static final Set<String> FRONTS =
      Set.of(
          "foes",
          "frontline",
          "front",
          "lines",
          "line",
          "invasion",
          "advance",
          "offensive",
          "war",
          "positions");

  /** Words for the other side, pushed or held off by the speaker's: "pushing back the enemy". */
  static final Set<String> ENEMY = Set.of("enemy", "enemy's");

  /** Withdrawal verbs that need "out" or "back" after them. */
  static final Set<String> WITHDRAW_WITH_PARTICLE = Set.of("pulled", "pulling", "pull", "pulls");

  /** Withdrawal named as a noun. */
  static final Set<String> WITHDRAW_NOUNS =
      Set.of("withdrawal", "pullout", "pullback", "abandonment");

  /**
   * Verbs that push forces off ground: "drove Russian troops out of Kherson", "pushing troops back
   * from Kharkiv", "forced the garrison out of Soledar". "forces" is left out: it is a noun as
   * often.
   */
  static final Set<String> PUSH =
      Set.of(
          "drove", "driven", "drive", "drives", "driving", "pushed", "pushing", "push", "pushes",
          "forced", "forcing", "beat", "beating", "beaten");

  /** Auxiliaries of a passive: "were pushed back", "has been recaptured". */
  static final Set<String> PASSIVE_AUXILIARIES =
      Set.of("was", "were", "been", "is", "are", "being");

  /** Verbs of repelling, which push forces off ground named with "from" alone. */
  static final Set<String> REPEL = Set.of("repelled", "repulsed", "repel", "repels", "repelling");

  /** Verbs that make their object act: "forced Russian troops to withdraw" is a withdrawal. */
  static final Set<String> CAUSATIVES = Set.of("forced", "forcing", "compelled", "obliged");

  /**
   * Modal verbs and "to" right after the side that would withdraw: "Russia can pull back its
   * troops", "called for Russia to withdraw" tell of no withdrawal.
   */
  static final Set<String> MODAL_VERBS =
      Set.of("will", "would", "could", "might", "should", "must", "can", "may", "shall", "to");

  /** Words that make a named withdrawal a demand or a negotiating aim. */
  static final Set<String> DEMANDS =
      Set.of(
          "demand",
          "demands",
          "demanded",
          "demanding",
          "goal",
          "goals",
          "call",
          "calls",
          "called",
          "calling",
          "urged",
          "urge",
          "urging",
          "discuss",
          "negotiate",
          "negotiations",
          "talks",
          "ceasefire",
          "cease-fire",
          "immediate",
          "condition",
          "conditions",
          "until",
          "push",
          "planning",
          "planned",
          "plan",
          "plans",
          "possible",
          "would",
          "could",
          "will");

  /** Verbs before a participle that make it describe a person: "became withdrawn". */
  static final Set<String> LINKING_VERBS =
      Set.of(
          "became",
          "become",
          "becoming",
          "becomes",
          "seemed",
          "seems",
          "looked",
          "grew",
          "felt",
          "feel",
          "appeared");

  /** People whose leaving is no withdrawal of forces: "withdrew embassy staff from Kyiv". */
  static final Set<String> DIPLOMATS =
      Set.of(
          "embassy",
          "diplomats",
          "diplomatic",
          "ambassador",
          "ambassadors",
          "citizens",
          "nationals",
          "advisers",
          "advisors");

  /** Abandoning needs ground as its object, not equipment. */
  static final Set<String> ABANDON =
      Set.of("abandoned", "abandoning", "abandon", "abandons", "abandonment");

  /** Holding ground; only a claim with a number (km2 or percent). */
  static final Set<String> CONTROL =
      Set.of(
          "control",
          "controls",
          "controlled",
          "controlling",
          "hold",
          "holds",
          "held",
          "holding",
          "occupy",
          "occupies",
          "occupied",
          "occupying",
          "occupation",
          // "5% of the region remains in Ukrainian hands"
          "hands");

  /** Shares written as words: "about half of Donetsk", "two-thirds of the region". */
  static final Map<String, Double> FRACTIONS =
      Map.of(
          "half", 50.0,
          "two-thirds", 200.0 / 3,
          "three-quarters", 75.0,
          "third", 100.0 / 3,
          "quarter", 25.0);

  /** Ground a fraction is a share of: "half of the city", "a third of the region". */
  static final Set<String> SHARED_GROUND =
      Set.of("city", "town", "village", "region", "oblast", "province", "territory", "country");

  /**
   * Shares without a number: "Russia has seized most of Sievierodonetsk", "his troops are still
   * defending much of the town". "bulk" and "majority" need "the" before them.
   */
  static final Set<String> VAGUE_SHARES = Set.of("most", "much", "bulk", "majority");

  /**
   * Parts of ground without a share: "Russian forces control large swathes of the south",
   * "recaptured a good deal of land", "retook a lot of territory".
   */
  static final Set<String> AREA_PARTS =
      Set.of(
          "swathes",
          "swaths",
          "swathe",
          "swath",
          "parts",
          "tracts",
          "chunks",
          "deal",
          "lot",
          "areas",
          "districts");

  /** Words between a verb and a vague share: "now control large swathes of", "held about". */
  static final Set<String> SHARE_FILLERS =
      Set.of(
          "now",
          "already",
          "still",
          "effectively",
          "largely",
          "reportedly",
          "also",
          "the",
          "a",
          "large",
          "vast",
          "huge",
          "big",
          "significant",
          "key",
          "strategic",
          "urban",
          "good",
          "great",
          // "is holding on to the industrial areas of Sievierodonetsk"
          "on",
          "onto",
          "to",
          "industrial",
          "residential");

  /** Verbs of holding ground against attack, a hold on it: "still defending much of the town". */
  static final Set<String> DEFENDING = Set.of("defending", "defend", "defends", "defended");

  /** Verbs of having control: "had control of urban parts of the city". */
  static final Set<String> HAVING_CONTROL =
      Set.of(
          "had",
          "has",
          "have",
          "having",
          "maintain",
          "maintains",
          "maintained",
          "maintaining",
          "retain",
          "retains",
          "retained",
          "retaining",
          "keep",
          "keeps",
          "kept",
          "keeping");

  /** Words of a small part before the ground controlled: "control over just one area". */
  static final Set<String> FEW_OF = Set.of("just", "only", "one", "some", "several", "two");

  /** Adjectives of control between its verb and "control": "had full control of". */
  static final Set<String> CONTROL_ADJECTIVES =
      Set.of("full", "total", "complete", "effective", "firm", "partial", "operational");

  /** Adjectives of {@link #CONTROL_ADJECTIVES} that make control of a region all of it. */
  static final Set<String> WHOLE_CONTROL = Set.of("full", "total", "complete");

  /** Words for ground held, after "control of": "control over just one area". */
  static final Set<String> HELD_GROUND =
      Set.of(
          "area",
          "areas",
          "part",
          "parts",
          "territory",
          "territories",
          "district",
          "districts",
          "city",
          "town",
          "village",
          "region",
          "swathes",
          "swaths");

  /**
   * Adverbs that make control partial, a share without a number: "the road was practically under
   * Ukrainian control".
   */
  static final Set<String> PARTIAL_CONTROL =
      Set.of(
          "practically",
          "mostly",
          "largely",
          "partly",
          "partially",
          "almost",
          "nearly",
          "virtually",
          "mainly");

  /**
   * Holding words whose side, unnamed, is the occupier: "a third of the region is under
   * occupation".
   */
  static final Set<String> OCCUPATION = Set.of("occupation", "occupied");

  /** Words of ground its own country holds: "most of this country remains independent". */
  static final Set<String> UNOCCUPIED = Set.of("free", "independent", "unoccupied");

  /** Words before a count that refer back to places told of: "by seizing the two cities". */
  static final Set<String> REFERRING_BACK = Set.of("the", "these", "those", "both");

  /** Fractions that need "a" or "one" before them: "a third of", not "the third of". */
  static final Set<String> SINGLE_FRACTIONS = Set.of("third", "quarter");

  /**
   * Words between a place and "under" a side's control that link them: "Kherson remains under",
   * "Izium is now believed to be back under".
   */
  static final Set<String> CONTROL_LINKS =
      Set.of(
          "is",
          "are",
          "was",
          "were",
          "be",
          "been",
          "being",
          "remains",
          "remained",
          "remain",
          "stays",
          "stayed",
          "now",
          "still",
          "firmly",
          "fully",
          "entirely",
          "completely",
          "already",
          "again",
          "once",
          "back",
          "thought",
          "believed",
          "reported",
          "reportedly",
          "said",
          "to",
          "has",
          "have",
          "had",
          "fell",
          "fallen",
          "came",
          "come",
          "not");

  /** Links that make control a change of hands: "fell under", "back under", "once again". */
  static final Set<String> RETAKEN = Set.of("back", "again", "fell", "fallen", "came", "come");

  /** Words that open a clause saying when something else happened: "when Bucha was under". */
  static final Set<String> TIME_CLAUSES =
      Set.of("when", "while", "whilst", "until", "before", "time", "period", "during", "as");

  /** Words before "not under X control" that leave only a part to the other side. */
  static final Set<String> LAST_PART = Set.of("last", "only");

  static final Set<String> KILLED =
      Set.of(
          "killed",
          "dying",
          "killing",
          "kills",
          "kill",
          "dead",
          "died",
          "die",
          "dies",
          "deaths",
          "fatalities",
          "fatality",
          "perished",
          "drowned",
          "slain",
          "slaughtered",
          "massacred",
          "murdered",
          "executed",
          "assassinated",
          // "eliminated over 2,000 mercenaries", as the Russian ministry words it
          "eliminated",
          "toll",
          "lives",
          "bodies",
          "corpses");

  static final Set<String> WOUNDED =
      Set.of("wounded", "wounding", "injured", "injuring", "injuries", "hurt", "injures");

  static final Set<String> CAPTURED =
      Set.of(
          "captured",
          "prisoner",
          "prisoners",
          "pows",
          "surrendered",
          "surrendering",
          "captive",
          "captives",
          "capturing");

  static final Set<String> MISSING = Set.of("missing");

  /**
   * Words that put a casualty figure in the war or in other violence (a shooting, a crackdown)
   * rather than in a road accident.
   */
  static final Set<String> VIOLENCE =
      Set.of(
          "war",
          "invasion",
          "attack",
          "attacks",
          "strike",
          "strikes",
          "shell",
          "shelling",
          "shrapnel",
          "shelled",
          "missile",
          "missiles",
          "rocket",
          "rockets",
          "forces",
          "troops",
          "soldiers",
          "military",
          "army",
          "front",
          "frontline",
          "fighting",
          "battle",
          "battles",
          "offensive",
          "bombing",
          "bombardment",
          "drone",
          "drones",
          "artillery",
          "occupied",
          "occupation",
          "combat",
          "airstrike",
          "airstrikes",
          "explosion",
          "blast",
          "shells",
          "conflict",
          "servicemen",
          "invaders",
          "occupiers",
          "mercenaries",
          "fighters",
          "defence",
          "defense",
          "donbas",
          "donbass",
          "siege",
          "assault",
          "counteroffensive",
          "prisoners",
          "pows",
          "casualties",
          "shooting",
          "shootings",
          "gunfire",
          "gunman",
          "gunmen",
          "sniper",
          "snipers",
          "stabbing",
          "stabbed",
          "murder",
          "murdered",
          "massacre",
          "terrorist",
          "terrorists",
          "militants",
          "bomb",
          "bombs",
          "grenade",
          "ambush",
          "raid",
          "clashes",
          "police",
          "custody",
          "crackdown",
          "protests",
          "protesters",
          "riots",
          "unrest",
          "killings",
          "executed",
          "execution",
          "assassinated",
          "hostages");

  /** Words of accidents and illness: a death they cause is no casualty claim. */
  static final Set<String> MISHAP =
      Set.of(
          "accident",
          "accidents",
          "crash",
          "crashes",
          "crashed",
          "collision",
          "collided",
          "derailed",
          "collapsed",
          "earthquake",
          "flood",
          "floods",
          "storm",
          "hurricane",
          "avalanche",
          "drowned",
          "outbreak",
          "pandemic",
          "covid",
          "covid-19",
          "coronavirus",
          "virus",
          "disease",
          "illness",
          "cancer",
          "overdose");

  /** Verbs that make "lives" a count of the dead: "lost their lives", "cost 50 lives". */
  static final Set<String> LIFE_TAKING =
      Set.of(
          "lost",
          "losing",
          "claimed",
          "claiming",
          "claims",
          "cost",
          "costs",
          "costing",
          "took",
          "taken",
          "gave",
          "given",
          "sacrificed");

  /**
   * Participles that say what happened to the people before them: "the colonel was killed", "a
   * woman injured in the blast", "civilians who were executed".
   */
  static final Set<String> PASSIVE_CASUALTY =
      Set.of(
          "killed",
          "slain",
          "slaughtered",
          "massacred",
          "murdered",
          "executed",
          "assassinated",
          "dead",
          "wounded",
          "injured",
          "hurt",
          "captured",
          "missing");

  /**
   * Persons who serve in a war, whose death is one of the war where war is near: "a paratrooper
   * died near Bakhmut" after a sentence of fighting, unlike "the teacher died".
   */
  static final Set<String> COMBATANTS =
      Set.of(
          "soldier",
          "officer",
          "commander",
          "general",
          "colonel",
          "lieutenant",
          "sergeant",
          "pilot",
          "marine",
          "paratrooper",
          "fighter",
          "volunteer",
          "mercenary",
          "conscript",
          "serviceman",
          "servicewoman");

  /**
   * Words that follow the preposition "to" but never the infinitive's "to": "led to the deaths",
   * "rose to at least 12", "losses to date".
   */
  static final Set<String> NOT_AFTER_INFINITIVE_TO =
      Set.of(
          "the",
          "a",
          "an",
          "his",
          "her",
          "its",
          "their",
          "our",
          "my",
          "your",
          "this",
          "that",
          "these",
          "those",
          "date",
          "at",
          "more",
          "around",
          "nearly",
          "almost",
          "approximately",
          "roughly",
          "over",
          "under",
          "some");

  /** Verbs of dying, with their subject before them: "the pilot died". */
  static final Set<String> DYING = Set.of("died", "perished", "drowned");

  /** Words after "died" that say how or where: "died in a strike", "died when the car exploded". */
  static final Set<String> HOW_DIED =
      Set.of(
          "in",
          "on",
          "at",
          "near",
          "when",
          "while",
          "after",
          "during",
          "from",
          "fighting",
          "defending",
          "instantly",
          "immediately");

  /** Words between "was" and its participle that report it: "was reported killed", "found dead". */
  static final Set<String> REPORTED =
      Set.of(
          "reported",
          "confirmed",
          "presumed",
          "believed",
          "feared",
          "listed",
          "found",
          "declared",
          "announced",
          "pronounced",
          "thought",
          "known",
          "as",
          "to",
          "be");

  /** Active verbs whose object is the people: "the strike killed a volunteer". */
  static final Set<String> ACTIVE_CASUALTY =
      Set.of(
          "killing",
          "kills",
          "killed",
          "wounding",
          "wounded",
          "injuring",
          "injured",
          "captured",
          "capturing");

  /** Forms of "be", "have" and "get" in a passive or perfect: "has been killed", "got hurt". */
  static final Set<String> BE_HAVE =
      Set.of("was", "were", "been", "being", "is", "are", "be", "has", "have", "had", "got");

  /** The forms of {@link #BE_HAVE} that make a participle passive. */
  static final Set<String> BE = Set.of("was", "were", "been", "being", "is", "are", "be", "got");

  /** Ground a gain may merely describe: "the territory it previously gained in Kursk Oblast". */
  static final Set<String> GROUND = Set.of("territory", "land", "ground", "areas");

  /** Words between a verb of taking and its ground: "won back previously occupied areas". */
  static final Set<String> GROUND_FILLERS =
      Set.of(
          "back",
          "more",
          "much",
          "some",
          "significant",
          "large",
          "vast",
          "new",
          "previously",
          "occupied",
          "lost",
          "key",
          "strategic",
          "important",
          "additional",
          "further");

  /** Owners of the troops in "the withdrawal of its troops". */
  static final Set<String> FORCE_OWNERS = Set.of("its", "their", "our");

  /** Owners of the things a number picks from in "one of his legs". */
  static final Set<String> THING_OWNERS = Set.of("his", "her", "their", "its");

  /** Owners of the lives in "lost their lives". */
  static final Set<String> LIFE_OWNERS = Set.of("their", "his", "her");

  static final Set<String> LIVES = Set.of("lives", "life");

  /** Verbs before a gerund that tell of no event: "stop killing people". */
  static final Set<String> HABIT_VERBS = Set.of("stop", "stopped", "keep", "kept", "avoid");

  /** Words right before people that make their fate no assertion: "if the defenders are killed". */
  static final Set<String> NOT_ASSERTED = Set.of("if", "unless", "whether", "how", "no");

  /** Words that make a death in the sentence one of violence: "died from his wounds". */
  static final Set<String> WOUNDS = Set.of("wounds", "injuries");

  /** Where a shot kills as a rule: "civilians were shot in the head". */
  static final Set<String> HEAD = Set.of("head", "neck", "temple");

  /** Where a shot wounds rather than kills: "shot in the leg". */
  static final Set<String> LIMBS =
      Set.of(
          "leg",
          "legs",
          "arm",
          "arms",
          "hand",
          "hands",
          "foot",
          "feet",
          "shoulder",
          "knee",
          "thigh",
          "ankle",
          "hip");

  /**
   * Nouns for one person or a group of people, the {@link #COMBATANTS} among them, for claims
   * without a number ("a soldier was killed"); counted people are {@link Quantities#PEOPLE_NOUNS}.
   */
  static final Set<String> PERSONS =
      plus(
          COMBATANTS,
          "major",
          "captain",
          "sailor",
          "journalist",
          "reporter",
          "photographer",
          "photojournalist",
          "cameraman",
          "filmmaker",
          "producer",
          "priest",
          "medic",
          "doctor",
          "nurse",
          "teacher",
          "student",
          "child",
          "baby",
          "newborn",
          "boy",
          "girl",
          "teenager",
          "man",
          "woman",
          "person",
          "civilian",
          "resident",
          "driver",
          "worker",
          "guard",
          "policeman",
          "policewoman",
          "firefighter",
          "rescuer",
          "mayor",
          "official",
          "governor",
          "deputy",
          "activist",
          "blogger",
          "citizen",
          "national",
          "pensioner",
          // Units are their people when they surrender or are wiped out.
          "brigade",
          "battalion",
          "regiment",
          "garrison",
          "platoon",
          "survivor",
          "passenger",
          "hostage",
          "prisoner",
          "protester",
          "family",
          "husband",
          "wife",
          "son",
          "daughter",
          "mother",
          "father",
          "brother",
          "sister",
          "grandmother",
          "grandfather",
          "friend",
          "friends",
          "comrade",
          "comrades",
          "parents",
          "leader",
          "leaders",
          "correspondent",
          "commentator",
          "businessman",
          "tycoon",
          "oligarch",
          "executive",
          "lawmaker",
          "politician",
          "diplomat",
          "veteran",
          "paramedic",
          "surgeon",
          "engineer",
          "farmer",
          "neighbour",
          "neighbor",
          "colleague",
          "colleagues",
          "relative",
          "victim",
          "others",
          "more");

  /** Words before a name that belong to it: "Col Sergei Sukharev", "Maj. Gen. Kutuzov". */
  static final Set<String> TITLES =
      Set.of(
          "col",
          "maj",
          "gen",
          "lt",
          "capt",
          "sgt",
          "cpl",
          "dr",
          "mr",
          "mrs",
          "ms",
          "snr",
          "jr",
          "lieutenant",
          "colonel",
          "major",
          "general",
          "captain",
          "sergeant",
          "corporal",
          "private",
          "commander",
          "president",
          "prince",
          "sir",
          "st");

  /**
   * Capitalised words that open a sentence without naming anyone: "It was captured" names no
   * person.
   */
  static final Set<String> NOT_NAMES =
      Set.of(
          "the",
          "a",
          "an",
          "it",
          "this",
          "that",
          "these",
          "those",
          "there",
          "here",
          "what",
          "which",
          "who",
          "whom",
          "they",
          "we",
          "i",
          "you",
          "nobody",
          "none",
          "everyone",
          "everybody",
          "anyone",
          "someone",
          "somebody",
          "all",
          "most",
          "few",
          "both",
          "each",
          "his",
          "her",
          "their",
          "its",
          "our",
          "my",
          "your",
          "another",
          "one",
          "if",
          "when",
          "while",
          "after",
          "before",
          "but",
          "and",
          "so",
          "yet",
          "no",
          "not",
          "also",
          "then");

  /** Losses and casualties: killed and wounded together, or unspecified. */
  static final Set<String> CASUALTIES =
      Set.of("casualties", "casualty", "losses", "lost", "losing");

  /** The words of {@link #CASUALTIES} that count tanks and planes as often as people. */
  static final Set<String> LOSSES = Set.of("losses", "lost", "losing");

  /** Words that tell bodies were found, not counted or governing: "bodies lay in the street". */
  static final Set<String> BODIES_FOUND =
      Set.of(
          "found",
          "discovered",
          "recovered",
          "exhumed",
          "lie",
          "lay",
          "lying",
          "littered",
          "scattered",
          "strewn",
          "showing",
          "showed",
          "shows",
          "saw",
          "seen",
          "litter",
          "lined",
          "lining",
          "piled",
          "buried",
          "exhuming");

  /** Pronouns after "N of" that make N a count of people: "64 of them", "three of whom". */
  static final Set<String> PRONOUNS_OF_PEOPLE = Set.of("them", "whom", "those", "us");

  /** Marks that end the clause before them: the subject of the next one starts after. */
  static final Set<String> CLAUSE_BREAKS =
      Set.of(",", ";", ":", "\u2014", "\u2013", "-", "\"", "\u201c", "\u201d");

  /** Words that open a clause of their own inside a subject: "a man who said", "that". */
  static final Set<String> CLAUSE_OPENERS =
      Set.of("who", "whom", "whose", "which", "that", "when", "where", "while", "because", "if");

  /**
   * Participles that describe people after their noun, not verbs of their own: "a fighter dubbed
   * the Ninja", "Azov fighters housed at the complex".
   */
  static final Set<String> DESCRIBED_AS =
      Set.of(
          "dubbed",
          "named",
          "nicknamed",
          "called",
          "known",
          "identified",
          "described",
          "based",
          "stationed",
          "deployed",
          "housed",
          "born",
          "aged");

  /** Words between forces and their leaving: "troops were forced to leave", "had to flee". */
  static final Set<String> LEAVING_LINKS =
      Set.of("to", "forced", "were", "was", "had", "have", "has", "began", "decided");

  /** Words opening the second person of a pair: "a woman and her husband", "a man and a woman". */
  static final Set<String> ONE_OF_A_PAIR = Set.of("a", "an", "his", "her", "their", "another");

  /** Words joining two things that happened in turn: "raped before being killed". */
  static final Set<String> THEN = Set.of("before", "then", "after");

  /** Whether a word is the plural of a person of {@link #PERSONS}: "nurses", "deputies". */
  static boolean personsPlural(String word) {
    if (word.endsWith("ies")) {
      return PERSONS.contains(word.substring(0, word.length() - 3) + "y");
    }
    if (word.endsWith("men")) {
      return PERSONS.contains(word.substring(0, word.length() - 3) + "man");
    }
    return word.endsWith("s") && PERSONS.contains(word.substring(0, word.length() - 1));
  }

  /** Words before "prisoners" that make people captives: "taken prisoners", "are prisoners". */
  static final Set<String> MADE_PRISONER =
      Set.of("taken", "took", "taking", "take", "be", "are", "were", "remain", "became");

  /** Verbs before "as prisoners" that hold people: "held as prisoners", not "treated as". */
  static final Set<String> HELD = Set.of("held", "kept", "taken", "detained");

  /** Nouns of a capture of people named after "of": "the surrender of 2,439 fighters". */
  static final Set<String> CAPTURES_OF = Set.of("surrender", "capture");

  /** Verbs of a toll that grows: "the death toll mounts". */
  static final Set<String> RISING =
      Set.of(
          "mounts",
          "mounted",
          "mounting",
          "rises",
          "rose",
          "rising",
          "climbs",
          "climbed",
          "climbing",
          "grows",
          "grew",
          "growing",
          "continues");

  /** Persons whose word is also an adjective: "a major offensive", "a general strike". */
  static final Set<String> PERSONS_AS_ADJECTIVES =
      Set.of("major", "general", "national", "official", "deputy", "chief", "senior");

  /** Particles of phrasal verbs: "mown down", "shot up". */
  static final Set<String> PARTICLES = Set.of("down", "up", "out", "off");

  /** Words for people killed, before the people: "dead civilians", "murdered civilians". */
  static final Set<String> DEAD = Set.of("dead", "murdered", "executed", "slain", "fallen");

  /** Nouns of a killing before "of" and its victim: "the assassination of a mayor". */
  static final Set<String> KILLING_NOUNS =
      Set.of(
          "killing", "killings", "murder", "murders", "assassination", "execution", "executions");

  /** Adjectives that make an attack a killing: "a deadly strike". */
  static final Set<String> DEADLY = Set.of("deadly", "fatal", "lethal", "deadliest");

  /** Attacks that {@link #DEADLY} describes. */
  static final Set<String> ATTACKS =
      Set.of(
          "strike",
          "strikes",
          "airstrike",
          "airstrikes",
          "attack",
          "attacks",
          "shelling",
          "blast",
          "blasts",
          "explosion",
          "bombing",
          "bombardment",
          "raid",
          "assault",
          "ambush");

  /** Words that tell of people killed without naming them: "the massacre", "mass graves". */
  static final Set<String> KILLINGS_UNNAMED = Set.of("massacre", "massacres", "graves");

  /** Words standing for people unnamed as the subject of a casualty: "some were killed". */
  static final Set<String> SOME_PEOPLE =
      Set.of("some", "many", "several", "most", "dozens", "hundreds", "thousands", "scores");

  /** Verbs that say losses were borne: "suffered losses", "losses were sustained". */
  static final Set<String> SUFFERED =
      Set.of(
          "suffer",
          "suffers",
          "suffered",
          "suffering",
          "sustain",
          "sustains",
          "sustained",
          "sustaining",
          "incur",
          "incurred",
          "incurring");

  /**
   * Words of a count that adds people to those already told of: "two other people". Not "others" or
   * "more", which mostly set the wounded beside the dead ("killed two and wounded 13 others").
   */
  static final Set<String> OTHERS = Set.of("other", "another", "further", "additional");

  /** Nouns before "toll" that make it a count of people: "death toll", "human toll". */
  static final Set<String> TOLLS = Set.of("death", "human", "casualty", "civilian");

  /** Nouns of a running count: "the number of civilians killed stands at 352". */
  static final Set<String> TALLIES = Set.of("number", "tally", "total", "count", "toll");

  /** Verbs that give a running count its value: "stands at 352", "has risen to 50". */
  static final Set<String> STANDS_AT =
      Set.of(
          "stand", "stands", "stood", "rose", "risen", "reached", "climbed", "hit", "passed", "is",
          "was");

  /** Shares of a side's forces lost: "lost a third of its combat forces". */
  static final Set<String> SHARES_OF_FORCES =
      Set.of("third", "quarter", "half", "fifth", "one-third", "one-quarter", "fraction");

  /** Adjectives that make "losses" or "casualties" a claim without a number. */
  static final Set<String> HEAVY =
      Set.of(
          "heavy",
          "significant",
          "huge",
          "massive",
          "serious",
          "big",
          "enormous",
          "major",
          "considerable",
          "high",
          "severe",
          "staggering",
          "catastrophic",
          "colossal",
          "great",
          "mass",
          "horrendous",
          "substantial",
          "devastating",
          "heavier",
          "steep",
          "heavier-than-expected",
          "large",
          // "amid mounting casualties"
          "mounting",
          "rising",
          "growing");

  /** Words between a verb and its place: "took the eastern city of", "seized control of". */
  static final Set<String> OBJECT_FILLERS =
      Set.of(
          "the",
          "a",
          "suburb",
          "city",
          "town",
          "village",
          "settlement",
          "of",
          "control",
          "over",
          "key",
          "strategic",
          "strategically",
          "important",
          "eastern",
          "southern",
          "northern",
          "western",
          "southeastern",
          "northeastern",
          "southwestern",
          "northwestern",
          "small",
          "port",
          "nearby",
          "back",
          "frontline",
          "front-line",
          "occupied",
          "industrial",
          "hub",
          "large",
          "most",
          "much",
          "all",
          "whole",
          "entire",
          "full",
          "parts",
          "part",
          "rest",
          "remaining",
          "embattled",
          "besieged",
          "regional",
          "capital",
          "southern-",
          "outskirts",
          "centre",
          "center",
          "devastated",
          "ruined",
          "coastal",
          "river",
          "area",
          "areas",
          "neighbouring",
          "neighboring",
          "vital",
          "crucial",
          "nearly",
          "almost",
          "another",
          "railway",
          "junction",
          "logistics",
          "logistical",
          "mining",
          "salt",
          "villages",
          "towns",
          "settlements",
          "and",
          "an",
          "districts",
          "district",
          "province",
          "cities",
          // "took control of the Ukrainian port city Kherson"
          "ukrainian",
          "russian");

  /** Words before a trigger that make it no assertion: modals, negation, intent. */
  static final Set<String> MODALS =
      Set.of(
          "will",
          "would",
          "could",
          "might",
          "should",
          "must",
          "can",
          "cannot",
          "can't",
          "won't",
          "wouldn't",
          "couldn't",
          "shouldn't",
          "not",
          "never",
          "n't",
          "didn't",
          "hasn't",
          "haven't",
          "hadn't",
          "wasn't",
          "weren't",
          "isn't",
          "aren't",
          "doesn't",
          "don't",
          "if",
          "unless",
          "failed",
          "fail",
          "fails",
          "failing",
          "refused",
          "denied",
          "denies",
          "deny",
          "no",
          "nobody",
          "none",
          "without",
          "whether",
          "possible",
          "possibly",
          "potential",
          "threatened",
          "threatens",
          "threatening",
          "risk",
          "risks",
          "avoid",
          "prevent",
          "demanding",
          "demanded",
          "demand",
          "demands",
          "urged",
          "urging",
          "until",
          "aimed",
          "aiming",
          "aim",
          "aims",
          "bid",
          "calls",
          "calling",
          "hopes",
          "hope",
          "hoping",
          "chance",
          "chances",
          "attempt",
          "attempts",
          "attempted",
          "effort",
          "efforts",
          "plan",
          "plans",
          "planning",
          "planned",
          "preparing",
          "ready",
          "trying",
          "tried",
          "try",
          "tries",
          "seeking",
          "seek",
          "sought",
          "rejected",
          "rejects",
          "notion",
          "idea",
          "expected",
          "expect",
          "want",
          "wants",
          "wanted");

  /** "to capture" is intent unless one of these comes before "to". */
  static final Set<String> TO_AS_FACT =
      Set.of(
          "managed",
          "forced",
          "decided",
          "began",
          "begun",
          "started",
          "continue",
          "continued",
          "continues",
          "continuing",
          "forcing",
          "allowed",
          "went",
          "moved",
          "had",
          "able",
          "due",
          "referring",
          "compelled",
          "obliged",
          // "is believed to have been killed", "is reported to have recaptured": hedged, but
          // a report of what happened.
          "believed",
          "thought",
          "reported",
          "said",
          "known",
          "confirmed",
          "understood",
          "estimated",
          "presumed",
          "feared",
          "claimed",
          "claim",
          "claims",
          "claiming",
          "say",
          "says",
          "alleged",
          // "its forces appear to have been pushed back": hedged like "believed to".
          "appear",
          "appears",
          "appeared",
          "seem",
          "seems",
          "seemed");

  /** Nouns for people under arms: their side is the side of the sentence. */
  static final Set<String> FORCE_NOUNS =
      Set.of(
          "forces",
          "troops",
          "soldiers",
          "army",
          "military",
          "units",
          "fighters",
          "servicemen",
          "personnel",
          "defenders",
          "marines",
          "paratroopers",
          "brigade",
          "battalion",
          "regiment",
          "mercenaries",
          "group",
          "command",
          "staff",
          "side");

  /** Prepositions whose object is no subject: "against Russia", "from Russia's military". */
  static final Set<String> PREPOSITIONS =
      Set.of(
          "from", "against", "on", "to", "with", "of", "into", "for", "than", "by", "at", "toward",
          "towards", "under", "about", "over", "near", "in", "inside", "across", "between",
          "within", "through", "around", "outside", "behind", "beyond");

  /** Forms of "be" and "have" that put a participle in the passive or perfect. */
  static final Set<String> AUXILIARIES =
      Set.of(
          "was",
          "were",
          "been",
          "being",
          "is",
          "are",
          "be",
          "has",
          "have",
          "had",
          "now",
          "recently",
          "fully",
          "officially",
          "reportedly",
          "also",
          "finally",
          "largely",
          "already",
          "just",
          "since",
          "completely",
          "effectively",
          // "Izium and Lyman were all retaken"
          "all",
          ",",
          "which");

  /** {@code words} and {@code more}, as one set. */
  private static Set<String> plus(Set<String> words, String... more) {
    Set<String> all = new HashSet<>(words);
    all.addAll(Set.of(more));
    return Set.copyOf(all);
  }
}
