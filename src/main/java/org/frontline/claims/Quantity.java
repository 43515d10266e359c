package org.frontline.claims;

/**
 * A number as a claim states it, with its unit when one follows.
 *
 * @param first index of the first token (qualifier included)
 * @param last index of the last token (unit included)
 * @param numberEnd index after the last token of the number itself (before the unit)
 * @param low lowest value the words allow, or null when open
 * @param best the value a table should count: the conservative end of a range
 * @param high highest value the words allow, or null when open
 * @param qualifier exact, approx, at_least, more_than, at_most, fewer_than or vague
 * @param unit km2, percent, settlements, people, or null
 * @param unitNoun the noun that gave the unit ("civilians", "villages"), or null
 */
record Quantity(
    int first,
    int last,
    int numberEnd,
    Double low,
    Double best,
    Double high,
    String qualifier,
    String unit,
    String unitNoun) {

  Quantity withUnit(int newLast, String newUnit, String noun) {
    return new Quantity(first, newLast, numberEnd, low, best, high, qualifier, newUnit, noun);
  }

  Quantity scaled(double factor) {
    return new Quantity(
        first,
        last,
        numberEnd,
        low == null ? null : low * factor,
        best == null ? null : best * factor,
        high == null ? null : high * factor,
        qualifier,
        unit,
        unitNoun);
  }
}
