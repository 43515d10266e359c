package org.frontline.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the numbers of a sentence with their qualifiers and units: digits with separators and
 * decimals ("1,376", "1.2 million"), number words ("eight", "twenty-one", "two hundred"), the vague
 * plurals as ACLED codes them ("dozens" 12, "hundreds" 100, "thousands" 1,000), ranges ("between 10
 * and 15", "5,000 to 5,500", "70,000-80,000") and units (km2 in every spelling, square miles
 * converted, percent, settlements, people).
 *
 * <p>Numbers that count nothing a claim could count are skipped: years, days of a date, ages
 * ("11-year-old"), clock times, durations and distances ("24 hours", "16 miles"), ordinals and
 * identifiers ("Flight 17"). Every look-around is a fixed number of tokens, so the work is linear
 * in the sentence.
 */
final class Quantities {
  private Quantities() {}

  static final double KM2_PER_SQUARE_MILE = 2.589988110336;

  private static final Map<String, Integer> SMALL =
      Map.ofEntries(
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90),
          Map.entry("dozen", 12));

  private static final Map<String, Double> MULTIPLIERS =
      Map.of("hundred", 100.0, "thousand", 1e3, "million", 1e6, "billion", 1e9);

  /** Vague plurals and the number ACLED codes them as. */
  private static final Map<String, Double> VAGUE_PLURALS =
      Map.of("dozens", 12.0, "hundreds", 100.0, "thousands", 1e3);

  /** Words that give no number but say "some": the claim is kept, vague, without a value. */
  static final Set<String> VAGUE_WORDS =
      Set.of("several", "many", "numerous", "scores", "countless", "multiple", "some");

  private static final Set<String> TIME_NOUNS =
      Set.of(
          "hour",
          "hours",
          "day",
          "days",
          "week",
          "weeks",
          "month",
          "months",
          "year",
          "years",
          "minute",
          "minutes",
          "second",
          "seconds",
          "decade",
          "decades",
          "times",
          "am",
          "pm",
          "a.m",
          "p.m",
          "o'clock",
          "miles",
          "mile",
          "kilometres",
          "kilometers",
          "km",
          "metres",
          "meters",
          "feet",
          "tonnes",
          "tons",
          "billion",
          "dollars",
          "euros",
          "pounds",
          "rubles",
          "hryvnias",
          "barrels",
          "gigawatts",
          "megawatts",
          "degrees",
          "calibre",
          "mm",
          "st",
          "nd",
          "rd",
          "th");

  private static final Set<String> IDENTIFIER_BEFORE =
      Set.of(
          "flight",
          "no",
          "number",
          "article",
          "section",
          "brigade",
          "battalion",
          "regiment",
          "resolution",
          "route",
          "highway",
          "channel",
          "covid",
          "mh",
          "unit",
          "group",
          "division",
          "page",
          "item",
          "chapter",
          "g",
          "su",
          "mig",
          "tu",
          "t",
          "s",
          "f",
          "hour",
          "day",
          "$",
          "£",
          "€",
          "us$");

  static final Set<String> MONTHS =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec");

  /** Nouns that make a number a count of people. */
  static final Set<String> PEOPLE_NOUNS =
      Set.of(
          "people",
          "persons",
          "person",
          "civilians",
          "civilian",
          "residents",
          "children",
          "child",
          "kids",
          "women",
          "woman",
          "men",
          "man",
          "soldiers",
          "soldier",
          "troops",
          "servicemen",
          "serviceman",
          "servicemembers",
          "personnel",
          "fighters",
          "militants",
          "marines",
          "paratroopers",
          "mercenaries",
          "officers",
          "officer",
          "guardsmen",
          "conscripts",
          "recruits",
          "prisoners",
          "pows",
          "citizens",
          "ukrainians",
          "russians",
          "individuals",
          "victims",
          "workers",
          "journalists",
          "volunteers",
          "rescuers",
          "police",
          "policemen",
          "medics",
          "doctors",
          "passengers",
          "students",
          "adults",
          "babies",
          "infants",
          "teenagers",
          "boys",
          "girls",
          "patients",
          "sailors",
          "pilots",
          "crew",
          "members",
          "defenders",
          "occupiers",
          "invaders",
          "servicepeople",
          "staff",
          "villagers",
          "inhabitants",
          "mobilised",
          "mobilized",
          // The singular, for counts of one: "one Ukrainian fighter".
          "fighter",
          "militant",
          "marine",
          "paratrooper",
          "mercenary",
          "conscript",
          "volunteer",
          "journalist",
          "resident",
          "citizen",
          "worker",
          "medic",
          "doctor",
          "pilot",
          "policeman",
          "prisoner",
          "victim",
          "passenger",
          "patient",
          "teenager",
          "boy",
          "girl",
          "baby",
          "adult",
          "separatists",
          "rebels",
          "commanders",
          "generals",
          "colonels",
          "combatants",
          "employees",
          "firefighters",
          "guards",
          "elderly",
          "pensioners",
          "hostages",
          "captives",
          "servicewomen",
          "troopers",
          "gunmen",
          "contractors",
          "protesters",
          "protestors",
          "demonstrators",
          "bystanders",
          "tourists",
          "migrants",
          "detainees",
          "inmates",
          "worshippers",
          "nationals",
          "relatives",
          "others");

  /** Words that end the noun phrase of a number: "killing three and sending residents". */
  private static final Set<String> CLAUSE_WORDS =
      Set.of(
          "and", "or", "but", "with", "who", "that", "which", "were", "was", "are", "is", "have",
          "has", "had", "in", "on", "at", "from", "to", "by", "when", "while", "as", "after",
          "before", "during", "since");

  /** Words between a count and its noun that add to an earlier count: "five more villages". */
  private static final Set<String> ADDED_WORDS = Set.of("more", "other", "additional", "further");

  static final Set<String> SETTLEMENT_NOUNS =
      Set.of(
          "settlements",
          "settlement",
          "villages",
          "village",
          "towns",
          "town",
          "localities",
          "locality",
          "hamlets",
          "communities",
          "cities",
          "populated");

  /** All numbers of a sentence that may count something, in order. */
  static List<Quantity> find(List<Token> tokens) {
    List<Quantity> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Quantity q = numberAt(tokens, i);
      if (q == null) {
        i++;
        continue;
      }
      q = withQualifier(tokens, q);
      q = withUnit(tokens, q);
      if (!excluded(tokens, q)) {
        found.add(q);
      }
      i = Math.max(q.last(), q.numberEnd() - 1) + 1;
    }
    return found;
  }

  /** A number (or range) starting at token {@code i}, without qualifier or unit; or null. */
  private static Quantity numberAt(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    // "between 7,000 and 15,000" / "from 10 to 15"
    if ((t.is("between") || t.is("from")) && i + 1 < tokens.size()) {
      Value a = valueAt(tokens, i + 1);
      if (a != null && a.end + 1 < tokens.size()) {
        Token link = tokens.get(a.end);
        if (link.is("and") || link.is("to") || link.is("-")) {
          Value b = valueAt(tokens, a.end + 1);
          if (b != null && b.value > a.value) {
            return new Quantity(
                i, b.end - 1, b.end, a.value, a.value, b.value, "approx", null, null);
          }
        }
      }
    }
    Value a = valueAt(tokens, i);
    if (a == null) {
      return null;
    }
    if (a.vague) {
      return new Quantity(i, a.end - 1, a.end, a.value, a.value, null, "at_least", null, null);
    }
    // "5,000 to 5,500", "5,000-5,500"
    if (a.end + 1 < tokens.size()
        && (tokens.get(a.end).is("to") || tokens.get(a.end).is("-"))
        && tokens.get(a.end + 1).isNumber()) {
      Value b = valueAt(tokens, a.end + 1);
      if (b != null && b.value > a.value) {
        double low = sharedThousands(a.value, b.value);
        return new Quantity(i, b.end - 1, b.end, low, low, b.value, "approx", null, null);
      }
    }
    return new Quantity(i, a.end - 1, a.end, a.value, a.value, a.value, "exact", null, null);
  }

  /**
   * The low end of a range whose high end carries the thousands for both: "70 to 80,000" is 70,000
   * to 80,000, while "100 to 10,000" stays as written.
   */
  private static double sharedThousands(double low, double high) {
    boolean shared = low < 1000 && high >= 1000 && low * 1000 <= high && low * 1000 * 10 > high;
    return shared ? low * 1000 : low;
  }

  private record Value(double value, int end, boolean vague) {}

  /** A single value at token {@code i}: digits or number words, with a multiplier. */
  private static Value valueAt(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (t.isNumber()) {
      Double v = parseDigits(t.norm());
      if (v == null) {
        return null;
      }
      int end = i + 1;
      if (end < tokens.size() && MULTIPLIERS.containsKey(tokens.get(end).norm())) {
        v *= MULTIPLIERS.get(tokens.get(end).norm());
        end++;
      }
      return new Value(v, end, false);
    }
    // "tens of thousands", "hundreds of thousands", "dozens"
    if (VAGUE_PLURALS.containsKey(t.norm()) || t.is("tens")) {
      double v = t.is("tens") ? 10 : VAGUE_PLURALS.get(t.norm());
      int end = i + 1;
      if (end + 1 < tokens.size()
          && tokens.get(end).is("of")
          && VAGUE_PLURALS.containsKey(tokens.get(end + 1).norm())
          && !tokens.get(end + 1).is("dozens")) {
        v *= VAGUE_PLURALS.get(tokens.get(end + 1).norm());
        end += 2;
      } else if (t.is("tens")) {
        return null;
      }
      return new Value(v, end, true);
    }
    return numberWords(tokens, i);
  }

  /** "eight", "twenty-one", "two hundred", "a dozen", "one million", at most six words. */
  private static Value numberWords(List<Token> tokens, int i) {
    double total = 0;
    double current = 0;
    int end = i;
    boolean any = false;
    while (end < tokens.size() && end - i < 6) {
      String w = tokens.get(end).norm();
      Integer small = smallNumber(w);
      if (any && w.equals("dozen")) {
        // "two dozen" is 24.
        current *= 12;
      } else if (!any
          && w.equals("half")
          && end + 2 < tokens.size()
          && tokens.get(end + 1).is("a")
          && tokens.get(end + 2).is("dozen")) {
        return new Value(6, end + 3, false);
      } else if (small != null) {
        current += small;
        any = true;
      } else if (any && MULTIPLIERS.containsKey(w)) {
        double m = MULTIPLIERS.get(w);
        if (m == 100) {
          current *= 100;
        } else {
          total += current * m;
          current = 0;
        }
      } else if (!any && (w.equals("a") || w.equals("an")) && end + 1 < tokens.size()) {
        String next = tokens.get(end + 1).norm();
        if (!next.equals("dozen") && !MULTIPLIERS.containsKey(next)) {
          break;
        }
        current = 1;
        any = true;
      } else if (any
          && w.equals("and")
          && end + 1 < tokens.size()
          && smallNumber(tokens.get(end + 1).norm()) != null
          && current >= 100) {
        // "two hundred and fifty"
      } else {
        break;
      }
      end++;
    }
    if (!any) {
      return null;
    }
    return new Value(total + current, end, false);
  }

  private static Integer smallNumber(String word) {
    Integer n = SMALL.get(word);
    if (n != null) {
      return n;
    }
    int dash = word.indexOf('-');
    if (dash > 0) {
      Integer tens = SMALL.get(word.substring(0, dash));
      Integer ones = SMALL.get(word.substring(dash + 1));
      if (tens != null && ones != null && tens >= 20 && tens % 10 == 0 && ones < 10) {
        return tens + ones;
      }
    }
    return null;
  }

  /** Whether a number ("13", "thirteen", "dozens") starts at token {@code i}. */
  static boolean startsNumber(List<Token> tokens, int i) {
    return valueAt(tokens, i) != null;
  }

  /** "9,000", "1,376", "1.2", "100"; null for anything else ("3.5.1", "1,23"). */
  static Double parseDigits(String text) {
    int comma = text.indexOf(',');
    String plain = text;
    if (comma >= 0) {
      String[] groups = text.split(",", -1);
      if (groups[0].isEmpty() || groups[0].length() > 3) {
        return null;
      }
      for (int g = 1; g < groups.length; g++) {
        String group = groups[g];
        int point = group.indexOf('.');
        if ((point < 0 ? group.length() : point) != 3) {
          return null;
        }
      }
      plain = text.replace(",", "");
    }
    int point = plain.indexOf('.');
    if (point >= 0 && plain.indexOf('.', point + 1) >= 0) {
      return null;
    }
    for (int k = 0; k < plain.length(); k++) {
      char c = plain.charAt(k);
      if (!(Character.isDigit(c) || c == '.')) {
        return null;
      }
    }
    return Double.valueOf(plain);
  }

  static Quantity withQualifier(List<Token> tokens, Quantity q) {
    if (!"exact".equals(q.qualifier())) {
      return q;
    }
    int i = q.first();
    String one = i >= 1 ? tokens.get(i - 1).norm() : "";
    String two = i >= 2 ? tokens.get(i - 2).norm() + " " + one : "";
    String three = i >= 3 ? tokens.get(i - 3).norm() + " " + two : "";
    String qualifier;
    int words;
    if (Set.of("no fewer than", "no less than", "a minimum of").contains(three)) {
      qualifier = "at_least";
      words = 3;
    } else if (Set.of("no more than", "as many as", "in excess of").contains(three)) {
      qualifier = three.equals("in excess of") ? "more_than" : "at_most";
      words = 3;
    } else if (Set.of("at least", "at minimum").contains(two)) {
      qualifier = "at_least";
      words = 2;
    } else if (two.equals("more than")) {
      qualifier = "more_than";
      words = 2;
    } else if (Set.of("up to", "at most").contains(two)) {
      qualifier = "at_most";
      words = 2;
    } else if (Set.of("fewer than", "less than").contains(two)) {
      qualifier = "fewer_than";
      words = 2;
    } else if (Set.of("close to", "an estimated").contains(two)) {
      qualifier = "approx";
      words = 2;
    } else if (Set.of("over", "above", "upwards").contains(one)) {
      qualifier = "more_than";
      words = 1;
    } else if (Set.of("under", "below").contains(one)) {
      qualifier = "fewer_than";
      words = 1;
    } else if (Set.of(
            "about",
            "around",
            "approximately",
            "roughly",
            "nearly",
            "almost",
            "some",
            "estimated",
            "approx",
            "circa",
            "~")
        .contains(one)) {
      qualifier = "approx";
      words = 1;
    } else {
      return q;
    }
    Double low = q.low();
    Double high = q.high();
    switch (qualifier) {
      case "at_least", "more_than" -> high = null;
      case "at_most", "fewer_than" -> low = null;
      default -> {}
    }
    return new Quantity(
        q.first() - words,
        q.last(),
        q.numberEnd(),
        low,
        q.best(),
        high,
        qualifier,
        q.unit(),
        q.unitNoun());
  }

  /** Reads the unit after the number; square miles become km2. */
  private static Quantity withUnit(List<Token> tokens, Quantity q) {
    int i = q.numberEnd();
    String a = norm(tokens, i);
    String b = norm(tokens, i + 1);
    if (a.equals("%") || a.equals("percent") || a.equals("pc")) {
      return q.withUnit(i, "percent", null);
    }
    if (a.equals("per") && b.equals("cent")) {
      return q.withUnit(i + 1, "percent", null);
    }
    if (a.equals("km2") || a.equals("sqkm") || (a.equals("km") && b.equals("²"))) {
      return q.withUnit(a.equals("km") ? i + 1 : i, "km2", null);
    }
    if (a.equals("square") || a.equals("sq")) {
      int unitAt = b.equals(".") ? i + 2 : i + 1;
      String u = norm(tokens, unitAt);
      if (Set.of("kilometres", "kilometers", "kilometre", "kilometer", "km", "kms").contains(u)) {
        return q.withUnit(unitAt, "km2", null);
      }
      if (Set.of("miles", "mile", "mi").contains(u)) {
        return q.scaled(KM2_PER_SQUARE_MILE).withUnit(unitAt, "km2", null);
      }
    }
    if (settlementNoun(a)) {
      return q.withUnit(i, "settlements", a);
    }
    // "five more villages", "three other towns": the count is of the villages, not a comparison.
    if (ADDED_WORDS.contains(a) && settlementNoun(b)) {
      return q.withUnit(i + 1, "settlements", b);
    }
    // "dozens of towns and villages"
    if (a.equals("of") && settlementNoun(b)) {
      return q.withUnit(i + 1, "settlements", b);
    }

    if (a.equals("populated") && (b.equals("areas") || b.equals("localities"))) {
      return q.withUnit(i + 1, "settlements", b);
    }
    // "19 people", "7,000 Russian troops", "406 Ukrainian civilians", "60,000 Russian army
    // personnel": the people noun may follow up to three modifiers. Counted, "forces" are people
    // too ("2,000 Russian forces had been killed"), which uncounted they are not.
    for (int k = i; k < Math.min(i + 4, tokens.size()); k++) {
      Token t = tokens.get(k);
      if ((peopleNoun(t.norm()) || demonym(t) || t.is("forces")) && !beforeCarrier(tokens, k)) {
        // "two adult civilians": the last of the nouns names the people.
        while (k + 1 < tokens.size() && peopleNoun(tokens.get(k + 1).norm())) {
          k++;
        }
        return q.withUnit(k, "people", tokens.get(k).norm());
      }
      if (!t.isWord()
          || SETTLEMENT_NOUNS.contains(t.norm())
          || TIME_NOUNS.contains(t.norm())
          || CLAUSE_WORDS.contains(t.norm())
          || t.norm().endsWith("ing")) {
        break;
      }
    }
    return q;
  }

  /** A noun counting settlements; "populated" only opens "populated areas". */
  private static boolean settlementNoun(String word) {
    return SETTLEMENT_NOUNS.contains(word) && !word.equals("populated");
  }

  /**
   * Whether the word at {@code i} is the "personnel" of "armoured personnel carriers": a vehicle.
   */
  static boolean beforeCarrier(List<Token> tokens, int i) {
    return i + 1 < tokens.size() && tokens.get(i + 1).norm().startsWith("carrier");
  }

  /** A noun counting people: "civilians", "soldiers", and the plurals of persons ("nurses"). */
  private static boolean peopleNoun(String word) {
    return PEOPLE_NOUNS.contains(word) || Lexicon.personsPlural(word);
  }

  /** "eight Mexicans", "five Egyptians": a people named by where they come from. */
  private static boolean demonym(Token t) {
    return t.isCapitalised() && t.norm().length() > 5 && t.norm().endsWith("ans");
  }

  private static boolean excluded(List<Token> tokens, Quantity q) {
    int first = q.first();
    int end = q.numberEnd();
    String before = first > 0 ? tokens.get(first - 1).norm() : "";
    // "Feb. 24": the abbreviation's point stands between the month and the day.
    if (before.equals(".") && first > 1 && MONTHS.contains(tokens.get(first - 2).norm())) {
      before = tokens.get(first - 2).norm();
    }
    String after = norm(tokens, end);
    if (after.equals("years") && norm(tokens, end + 1).equals("old")) {
      return true;
    }
    if (before.equals("aged") || before.equals("age") || before.equals(":") || after.equals(":")) {

      return true;
    }
    // "Alisa, 9, and her brother": an age set off after a name.
    if (before.equals(",")
        && after.equals(",")
        && q.unit() == null
        && first > 1
        && tokens.get(first - 2).isCapitalised()) {
      return true;
    }

    if (q.unit() == null && TIME_NOUNS.contains(after)) {
      return true;
    }
    if (q.unit() == null && (MONTHS.contains(after) || MONTHS.contains(before))) {
      return true;
    }
    if (IDENTIFIER_BEFORE.contains(before) && tokens.get(q.first()).isNumber()) {
      return true;
    }
    // "from 1932 to 1933 killed millions": a range of years, whatever follows it.
    int number = q.first();
    if (tokens.get(number).is("from") || tokens.get(number).is("between")) {
      number++;
    }
    if (q.high() != null && !q.high().equals(q.low()) && year(tokens.get(number).norm())) {
      return year(tokens.get(q.numberEnd() - 1).norm());
    }
    // A bare four-digit number between 1900 and 2100 is a year.
    return q.unit() == null && year(tokens.get(number).norm());
  }

  private static boolean year(String digits) {
    if (digits.length() != 4 || !digits.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int year = Integer.parseInt(digits);
    return year >= 1900 && year <= 2100;
  }

  private static String norm(List<Token> tokens, int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i).norm() : "";
  }
}
