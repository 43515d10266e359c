package org.frontline.claims;

import java.util.List;

/** A sentence ready for the rules. */
record Sentence(
    String body,
    int start,
    int end,
    List<Token> tokens,
    List<Gazetteer.Mention> places,
    Gazetteer.Mention[] placeStarts,
    Gazetteer.Mention[] placeEnds,
    List<Actors.Mention> actors,
    List<EventDates.Mention> dates,
    List<Place> countries) {}
