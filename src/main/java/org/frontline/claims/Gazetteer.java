package org.frontline.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The places of Ukraine and Russia that claims are about, from the files of {@code conf/gazetteer}
 * (embedded in the jar): settlements with every Latin spelling outlets use, and regions named as
 * "Kharkiv Oblast", "the Kharkiv region", "region of Kharkiv" or, for Crimea and Donbas, bare.
 * Look-ups are hash look-ups of up to four consecutive words, so finding the places of a sentence
 * is linear in it.
 */
public final class Gazetteer implements Serializable {
  private static final long serialVersionUID = 1L;

  static final String RESOURCE_FOLDER = "frontline-defaults/gazetteer/";
  private static final int MAX_WORDS = 4;
  private static final String UKRAINE = "Ukraine";

  /** Words after a region's root that make it the region: "Kharkiv Oblast", "Kursk region". */
  private static final Set<String> REGION_WORDS =
      Set.of("oblast", "region", "province", "krai", "kray", "oblasts", "regions", "provinces");

  /** Prepositions that make a capital a place rather than its government ("in Kyiv"). */
  private static final Set<String> LOCATIVE =
      Set.of(
          "in",
          "near",
          "around",
          "outside",
          "on",
          "over",
          "at",
          "into",
          "towards",
          "toward",
          "of",
          "across",
          "to",
          "from",
          "above",
          "within",
          "inside",
          "throughout");

  /**
   * Verbs whose object is ground, so that a capital after them is the city: "their bid to capture
   * Kyiv", "Russian troops encircled Kyiv"; "took Kyiv's side" is the government's.
   */
  private static final Set<String> TAKING =
      Set.of(
          "capture",
          "captured",
          "capturing",
          "take",
          "took",
          "taking",
          "seize",
          "seized",
          "seizing",
          "encircle",
          "encircled",
          "encircling",
          "retake",
          "retook",
          "retaking");

  /** Words that may follow a capital taken: "capture Kyiv and Kharkiv", "took Kyiv within days". */
  private static final Set<String> AFTER_TAKEN =
      Set.of("and", "or", "by", "in", "within", "before", "after", "itself", "quickly", "on", "at");

  /** Sites named after their place: "Hostomel Airport", "Kherson Bridge". */
  private static final Set<String> SITES =
      Set.of("airport", "airfield", "airbase", "bridge", "dam", "port", "station", "district");

  /** Nouns that say the name after "of" is a settlement: "the village of Husarivka". */
  private static final Set<String> SETTLEMENT_WORDS =
      Set.of("village", "town", "city", "settlement", "hamlet");

  /** Prepositions that put something in a country: "killed in Yemen", "across Ukraine". */
  private static final Set<String> COUNTRY_LOCATIVE =
      Set.of("in", "across", "throughout", "inside", "within", "into");

  private static final Set<String> FORCE_WORDS =
      Set.of("forces", "troops", "soldiers", "army", "military", "units", "officials");

  /** Capitals whose names more often stand for their governments ("Kyiv says", "Moscow's"). */
  private static final Set<String> CAPITALS = Set.of("kyiv", "kiev", "moscow");

  /** A settlement spelling and whether it is the place's own name or an alternate one. */
  private record Entry(Place place, boolean ownName) implements Serializable {}

  private final Map<String, List<Entry>> settlements;
  private final Map<String, Place> regionRoots;
  private final Map<String, Place> bareRegions;
  private final Map<String, Place> regionsByName;
  private final Map<String, Place> countries;

  private Gazetteer(
      Map<String, List<Entry>> settlements,
      Map<String, Place> regionRoots,
      Map<String, Place> bareRegions,
      Map<String, Place> regionsByName,
      Map<String, Place> countries) {
    this.settlements = settlements;
    this.regionRoots = regionRoots;
    this.bareRegions = bareRegions;
    this.regionsByName = regionsByName;
    this.countries = countries;
  }

  /** A place named in a sentence: tokens {@code first..last}. */
  record Mention(int first, int last, Place place) {}

  private static Gazetteer embedded;

  /** The gazetteer embedded in the jar, read once per JVM. */
  public static synchronized Gazetteer embedded() {
    if (embedded == null) {
      embedded =
          load(
              lines("regions.tsv"),
              lines("geonames-ua-ru.tsv"),
              lines("frontline-places.tsv"),
              lines("not-places.txt"),
              lines("countries.tsv"));
    }
    return embedded;
  }

  private static List<String> lines(String file) {
    String resource = RESOURCE_FOLDER + file;
    try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath; rebuild");
      }
      List<String> lines = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line);
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }

  /**
   * Builds a gazetteer from the lines of its files (comments dropped, header lines kept): regions,
   * GeoNames settlements, hand-kept settlements, spellings that are not places and countries.
   */
  static Gazetteer load(
      List<String> regions,
      List<String> geonames,
      List<String> handKept,
      List<String> notPlaces,
      List<String> countryLines) {
    Set<String> stop = new HashSet<>();
    notPlaces.forEach(s -> stop.add(key(s)));
    Map<String, String> admin1Names = new HashMap<>();
    Map<String, Place> regionRoots = new HashMap<>();
    Map<String, Place> bareRegions = new HashMap<>();
    Map<String, Place> regionsByName = new HashMap<>();
    for (String line : regions.subList(1, regions.size())) {
      String[] f = line.split("\t", -1);
      String country = countryName(f[0]);
      Place region = new Place(f[2], f[2], country, true, 0);
      regionsByName.put(f[2], region);
      if (!f[1].isEmpty()) {
        admin1Names.put(f[0] + "." + f[1], f[2]);
      }
      for (String root : f[3].split("\\|")) {
        regionRoots.put(key(root), region);
        if (f[4].equals("yes")) {
          bareRegions.put(key(root), region);
        }
      }
    }
    Map<String, List<Entry>> settlements = new HashMap<>();
    for (String line : geonames.subList(1, geonames.size())) {
      String[] f = line.split("\t", -1);
      String admin1 = admin1Names.getOrDefault(f[2] + "." + f[3], f[4].isEmpty() ? null : f[4]);
      Place place = new Place(f[1], admin1, countryName(f[2]), false, Long.parseLong(f[5]));
      addSpellings(settlements, stop, place, f[7]);
    }
    for (String line : handKept.subList(1, handKept.size())) {
      String[] f = line.split("\t", -1);
      String admin1 = admin1Names.get(f[1] + "." + f[2]);
      addSpellings(settlements, stop, new Place(f[0], admin1, countryName(f[1]), false, 0), f[3]);
    }
    Map<String, Place> countries = new HashMap<>();
    for (String line : countryLines.subList(1, countryLines.size())) {
      String[] f = line.split("\t", -1);
      Place country = new Place(f[0], null, f[0], false, 0);
      for (String spelling : f[1].split("\\|")) {
        countries.put(key(spelling), country);
      }
    }
    return new Gazetteer(settlements, regionRoots, bareRegions, regionsByName, countries);
  }

  private static void addSpellings(
      Map<String, List<Entry>> index, Set<String> stop, Place place, String spellings) {
    Set<String> keys = new HashSet<>();
    for (String spelling : spellings.split("\\|")) {
      String key = key(spelling);
      if (!stop.contains(key) && keys.add(key)) {
        boolean own = key.equals(key(place.name()));
        index.computeIfAbsent(key, k -> new ArrayList<>()).add(new Entry(place, own));
      }
    }
  }

  private static String countryName(String code) {
    return switch (code) {
      case "UA" -> UKRAINE;
      case "RU" -> "Russia";
      default -> throw new IllegalArgumentException("Unknown country code " + code);
    };
  }

  /** Lower case, apostrophes dropped, hyphens as spaces: "Kup'yans'k" and "Kupyansk" agree. */
  static String key(String spelling) {
    StringBuilder b = new StringBuilder(spelling.length());
    for (int i = 0; i < spelling.length(); i++) {
      char c = spelling.charAt(i);
      if (Tokenizer.isApostrophe(c)) {
        continue;
      }
      b.append(c == '-' || c == '\u2011' ? ' ' : c);
    }
    return b.toString().toLowerCase(Locale.ROOT).strip();
  }

  /** The region of a canonical admin1 name, or null. */
  Place region(String admin1) {
    return admin1 == null ? null : regionsByName.get(admin1);
  }

  /** The country of a canonical name ("Ukraine"), or null. */
  Place country(String name) {
    return name == null ? null : countries.get(key(name));
  }

  /**
   * The countries a sentence places something in: "in Yemen", "across Ukraine", "inside Russia". A
   * country named otherwise is mostly a side or a government ("Ukraine said", "Russia's army").
   */
  List<Place> countriesIn(List<Token> tokens) {
    List<Place> found = new ArrayList<>();
    for (int at = 1; at < tokens.size(); at++) {
      if (!COUNTRY_LOCATIVE.contains(tokens.get(at - 1).norm())) {
        continue;
      }
      // "in the United States"
      int i = tokens.get(at).is("the") && at + 1 < tokens.size() ? at + 1 : at;
      if (!tokens.get(i).isCapitalised()) {
        continue;
      }
      for (int n = Math.min(MAX_WORDS, tokens.size() - i); n >= 1; n--) {
        String key = words(tokens, i, n);
        Place country = key == null ? null : countries.get(key);
        if (country != null) {
          found.add(country);
          break;
        }
      }
    }
    return found;
  }

  /**
   * The places named in a sentence, in order.
   *
   * @param regionsNearby admin1 names of regions the document names, preferred for ambiguous names
   */
  List<Mention> find(List<Token> tokens, Set<String> regionsNearby) {
    List<Mention> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Mention m = mentionAt(tokens, i, regionsNearby);
      if (m == null) {
        i++;
      } else {
        found.add(m);
        i = m.last() + 1;
      }
    }
    return found;
  }

  private Mention mentionAt(List<Token> tokens, int i, Set<String> regionsNearby) {
    Token t = tokens.get(i);
    // "the capital", "the Ukrainian capital": Kyiv, unless it is the capital of somewhere else.
    if (t.is("capital") && i > 0 && !(i + 1 < tokens.size() && tokens.get(i + 1).is("of"))) {
      String before = tokens.get(i - 1).base();
      String city =
          switch (before) {
            case "the", "ukrainian", "ukraine" -> "kyiv";
            case "russian", "russia" -> "moscow";
            default -> null;
          };
      if (city != null) {
        return new Mention(i, i, best(settlements.get(city), regionsNearby));
      }
    }
    // "the region of Kharkiv", "the oblast of Kursk"
    if ((t.is("region") || t.is("oblast") || t.is("province"))
        && i + 2 < tokens.size()
        && tokens.get(i + 1).is("of")
        && tokens.get(i + 2).isCapitalised()) {
      for (int n = Math.min(MAX_WORDS, tokens.size() - i - 2); n >= 1; n--) {
        Place region = regionRoots.get(words(tokens, i + 2, n));
        if (region != null) {
          return new Mention(i, i + 1 + n, region);
        }
      }
    }
    Mention unknown = unknownSettlement(tokens, i);
    if (unknown != null) {
      return unknown;
    }
    if (!t.isWord() || !t.isCapitalised()) {
      return null;
    }
    for (int n = Math.min(MAX_WORDS, tokens.size() - i); n >= 1; n--) {
      String key = words(tokens, i, n);
      if (key == null) {
        continue;
      }
      int after = i + n;
      Place region = regionRoots.get(key);
      if (region != null
          && after < tokens.size()
          && REGION_WORDS.contains(tokens.get(after).norm())) {
        return new Mention(i, after, region);
      }
      Place bare = bareRegions.get(key);
      if (bare != null) {
        return new Mention(i, after - 1, bare);
      }
      List<Entry> entries = settlements.get(key);
      if (entries == null) {
        continue;
      }
      String previous = i > 0 ? tokens.get(i - 1).norm() : "";
      // "forces from Kyiv" and "the bulk of Moscow's forces" are a side's forces, not a place.
      boolean ofForces =
          (i > 1
                  && (previous.equals("from") || previous.equals("of"))
                  && FORCE_WORDS.contains(tokens.get(i - 2).norm()))
              || (t.norm().endsWith("'s")
                  && after < tokens.size()
                  && FORCE_WORDS.contains(tokens.get(after).norm()));
      // "taking Moscow money": a noun after the capital makes it an owner.
      boolean taken =
          TAKING.contains(previous)
              && !t.norm().endsWith("'s")
              && (after >= tokens.size()
                  || !tokens.get(after).isWord()
                  || tokens.get(after).isCapitalised()
                  || AFTER_TAKEN.contains(tokens.get(after).norm()));
      if (n == 1
          && CAPITALS.contains(t.base())
          && (!(LOCATIVE.contains(previous) || taken) || ofForces)) {
        return null;
      }
      // A single word followed by a capitalised one is a person's name ("Anna Malyar"), not
      // when it names a site of the place ("Hostomel Airport").
      if (n == 1
          && after < tokens.size()
          && tokens.get(after).isWord()
          && tokens.get(after).isCapitalised()
          && !REGION_WORDS.contains(tokens.get(after).norm())
          && !SITES.contains(tokens.get(after).norm())
          && !settlements.containsKey(words(tokens, after, 1))) {
        return null;
      }
      return new Mention(i, after - 1, best(entries, regionsNearby));
    }
    return null;
  }

  /**
   * "the village of Husarivka" where the gazetteer lacks Husarivka: the text says it is a
   * settlement, so its name as written is the place (no oblast or country known).
   */
  private Mention unknownSettlement(List<Token> tokens, int i) {
    if (!SETTLEMENT_WORDS.contains(tokens.get(i).norm())
        || i + 2 >= tokens.size()
        || !tokens.get(i + 1).is("of")
        || !tokens.get(i + 2).isWord()
        || !tokens.get(i + 2).isCapitalised()) {
      return null;
    }
    int first = i + 2;
    int last = first;
    if (last + 1 < tokens.size()
        && tokens.get(last + 1).isWord()
        && tokens.get(last + 1).isCapitalised()) {
      last++;
    }
    for (int n = last - first + 1; n >= 1; n--) {
      String key = words(tokens, first, n);
      if (settlements.containsKey(key)
          || regionRoots.containsKey(key)
          || bareRegions.containsKey(key)
          || countries.containsKey(key)) {
        return null;
      }
    }
    String name = tokens.get(first).text();
    if (last > first) {
      name = name + " " + tokens.get(last).text();
    }
    return new Mention(first, last, new Place(name, null, null, false, 0));
  }

  /** The key of {@code n} words from {@code i}, or null when one of them is not a word. */
  private static String words(List<Token> tokens, int i, int n) {
    if (i + n > tokens.size()) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (int k = i; k < i + n; k++) {
      Token t = tokens.get(k);
      if (!t.isWord()) {
        return null;
      }
      if (k > i) {
        b.append(' ');
      }
      // Possessives name the place too: "Kharkiv's mayor".
      b.append(k == i + n - 1 ? key(t.base()) : key(t.norm()));
    }
    return b.toString();
  }

  /** Ukraine before Russia, own name before alternate spelling, nearby region, population. */
  private static Place best(List<Entry> entries, Set<String> regionsNearby) {
    return entries.stream()
        .max(
            Comparator.comparing((Entry e) -> UKRAINE.equals(e.place().country()))
                .thenComparing(e -> e.ownName())
                .thenComparing(e -> regionsNearby.contains(e.place().admin1()))
                .thenComparingLong(e -> e.place().population()))
        .map(Entry::place)
        .orElseThrow();
  }
}
