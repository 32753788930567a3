package nl.vhkgateway.domain.consent;

/** What the betrokkenen agreed the card with personal data may be shared for. */
public enum Purpose {
    /** Handing the case over to another partner ("Overdracht tussen netwerkpartners", seed 000). */
    OVERDRACHT("overdracht"),
    /** The final card for the participants of an intervention talk with the RvdK (seed 001). */
    INTERVENTIEGESPREK("interventiegesprek"),
    /** Ending a child-protection measure: the closing talk with the new Toegang casusregisseur (seed 001 §5). */
    TOETSING_AFSLUITING_MAATREGEL("toetsing en afsluiting van een maatregel");

    private final String label;

    Purpose(String label) {
        this.label = label;
    }

    /** Dutch, lower case, for use inside a sentence. */
    public String label() {
        return label;
    }
}
