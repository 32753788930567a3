package nl.vhkgateway.domain.consent;

import java.util.Arrays;
import java.util.Optional;

/**
 * Age groups that matter for consent of a youth: under 12 the parents decide, from 12 the youth is heard and
 * (under the Jeugdwet) consents together with the parents, from 16 the youth decides alone. Ordered from young to
 * old.
 */
public enum AgeGroup {
    ONDER_12("0-11", "jonger dan 12 jaar"),
    VAN_12_TOT_16("12-15", "12 tot 16 jaar"),
    VANAF_16("16+", "16 jaar of ouder");

    private final String code;
    private final String label;

    AgeGroup(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The short form used in the API: "0-11", "12-15", "16+". */
    public String code() {
        return code;
    }

    /** Dutch, for use inside a sentence ("16 jaar of ouder"). */
    public String label() {
        return label;
    }

    public boolean atLeast(AgeGroup other) {
        return compareTo(other) >= 0;
    }

    /** Reads "16+", "12-15", "0-11" or the constant name. */
    public static Optional<AgeGroup> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values()).filter(g -> g.code.equals(t) || g.name().equalsIgnoreCase(t)).findFirst();
    }
}
