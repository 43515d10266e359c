package org.frontline.claims;

import java.time.LocalDate;

/**
 * One claim of one document, with every field of ../shared/CLAIMS.md that the text gives (the
 * document's own columns, such as source and topic, are added by the Spark stage).
 *
 * @param claimId stable id: hash of doc_id, char_start, kind and the offset of the claim's words
 * @param category territorial or casualty
 * @param kind see CLAIMS.md: place_taken ... control_share, killed ... casualties
 * @param actor the side gaining, holding, losing or withdrawing; for casualties whose people
 * @param valueLow lowest value the words allow, or null
 * @param valueBest the value to count, or null when the claim has no number
 * @param valueHigh highest value the words allow, or null
 * @param qualifier exact, approx, at_least, more_than, at_most, fewer_than or vague
 * @param unit km2, percent, settlements, people, or null
 * @param valueText the words the number came from
 * @param location the place in its canonical spelling, or null
 * @param admin1 the oblast of the place, or null
 * @param country the country of the place, or null
 * @param eventDate the day the claim refers to, or null
 * @param datePrecision day, week, month, year or unknown
 * @param dateBasis explicit, relative, publication or none
 * @param dateText the words the date came from
 * @param claimant who asserts it, or null when the article does
 * @param sentence the evidence
 * @param charStart offset of the sentence in the body
 * @param charEnd offset after the sentence in the body
 * @param claimKey the claim without its document: kind, actor, location, value and day
 */
public record Claim(
    String claimId,
    String category,
    String kind,
    String actor,
    Double valueLow,
    Double valueBest,
    Double valueHigh,
    String qualifier,
    String unit,
    String valueText,
    String location,
    String admin1,
    String country,
    LocalDate eventDate,
    String datePrecision,
    String dateBasis,
    String dateText,
    String claimant,
    String sentence,
    int charStart,
    int charEnd,
    String claimKey) {}
