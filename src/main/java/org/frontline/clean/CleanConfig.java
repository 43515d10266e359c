package org.frontline.clean;

import com.typesafe.config.Config;
import java.io.Serializable;
import java.util.List;
import org.frontline.config.Settings;

/**
 * Settings of the clean stage, validated when the run starts (see {@code conf/frontline.conf}).
 *
 * @param repeatedMinDocs a line in at least this many distinct documents of a source...
 * @param repeatedMinShare ...and this share of them is page furniture
 * @param repeatedMaxChars longer lines are never repeated-line furniture
 * @param paragraphMinWords words that make a line paragraph-like (the body starts there)
 * @param headlineMinWords fewest words of a headline-like line
 * @param headlineMaxWords most words of a headline-like line
 * @param trailingRunMinLines shortest run of trailing headline-like lines that is removed
 * @param tailMarkers regexes of lines starting the page tail
 * @param dropLines regexes of lines removed wherever they stand
 * @param sourcesFile a sources.conf replacing the embedded one, or null
 */
public record CleanConfig(
    int repeatedMinDocs,
    double repeatedMinShare,
    int repeatedMaxChars,
    int paragraphMinWords,
    int headlineMinWords,
    int headlineMaxWords,
    int trailingRunMinLines,
    List<String> tailMarkers,
    List<String> dropLines,
    String sourcesFile)
    implements Serializable {

  public static CleanConfig from(Config config) {
    Settings s = new Settings(config);
    int headlineMin = s.intIn("clean.headline-min-words", 1, 100);
    return new CleanConfig(
        s.intIn("clean.repeated-lines.min-docs", 2, Integer.MAX_VALUE),
        s.doubleIn("clean.repeated-lines.min-share", 0, 1),
        s.intIn("clean.repeated-lines.max-chars", 1, 100_000),
        s.intIn("clean.paragraph-min-words", 1, 1000),
        headlineMin,
        s.intIn("clean.headline-max-words", headlineMin, 1000),
        s.intIn("clean.trailing-run-min-lines", 1, 1000),
        s.regexList("clean.tail-markers"),
        s.regexList("clean.drop-lines"),
        s.optionalString("clean.sources-file"));
  }
}
