package nl.vhkgateway.domain.card;

/**
 * A youth as the card names it at intake: an initial and a birth year, "J. (2011)".
 *
 * @param initial   the initial, e.g. "J."
 * @param birthYear the birth year
 */
public record Youth(String initial, int birthYear) {

    /** Age reached in the given year (card year minus birth year), as card-format.md defines it. */
    public int ageIn(int year) {
        return year - birthYear;
    }

    @Override
    public String toString() {
        return initial + " (" + birthYear + ")";
    }
}
