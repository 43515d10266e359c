package org.frontline.claims;

import java.io.Serializable;

/**
 * A place of the gazetteer in its canonical spelling.
 *
 * @param name canonical spelling ("Kupiansk", "Kharkiv Oblast")
 * @param admin1 the oblast, krai or republic it lies in (itself for a region), or null
 * @param country "Ukraine" or "Russia"
 * @param region whether the place is a region rather than a settlement
 * @param population inhabitants per GeoNames, 0 when unknown
 */
public record Place(String name, String admin1, String country, boolean region, long population)
    implements Serializable {}
