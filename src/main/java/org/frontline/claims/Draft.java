package org.frontline.claims;

/** A claim found by a rule, before its place, date and claimant are settled. */
record Draft(
    String category,
    String kind,
    int anchor,
    Quantity quantity,
    String valueText,
    String actor,
    boolean actorInSentence,
    Place place) {
  /** The two categories of claims. */
  static final String TERRITORIAL = "territorial";

  static final String CASUALTY = "casualty";
}
