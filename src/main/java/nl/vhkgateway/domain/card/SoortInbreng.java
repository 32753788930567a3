package nl.vhkgateway.domain.card;

import java.util.Arrays;
import java.util.Optional;

/** The kind of submission named on the cover ("Soort inbreng"). */
public enum SoortInbreng {
    EERSTE_INBRENG("Eerste inbreng"),
    VERVOLGBESPREKING("Vervolgbespreking"),
    MONITORING("Monitoring"),
    OVERDRACHT("Overdracht");

    private final String label;

    SoortInbreng(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Recognises the value of the Soort inbreng field ("vervolgbespreking", "Eerste inbreng (nieuw)"). */
    public static Optional<SoortInbreng> fromText(String text) {
        String normalised = Section.normalise(text);
        return Arrays.stream(values())
                .filter(s -> normalised.contains(Section.normalise(s.label)))
                .findFirst();
    }
}
