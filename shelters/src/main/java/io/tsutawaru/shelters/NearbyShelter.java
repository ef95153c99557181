package io.tsutawaru.shelters;

/**
 * An open shelter and how far it is.
 *
 * @param shelter the shelter
 * @param metres the distance in a straight line, in metres
 */
public record NearbyShelter(Shelter shelter, double metres) {
}
