package nl.vhkgateway.domain.card;

/**
 * The parts of a Veiligheidskaart, in the order they appear in the Word template.
 * {@link #UNKNOWN} is text that stands before the first recognised part or outside the card's structure.
 */
public enum CardPart {
    VOORBLAD("Voorblad"),
    VEILIGHEIDSKAART("Veiligheidskaart"),
    UITKOMST_INBRENG("Uitkomst inbreng VHT"),
    BORGINGSPLAN("Borgingsplan"),
    PERSOONSGEGEVENS("Persoonsgegevens"),
    UNKNOWN("onbekend deel");

    private final String label;

    CardPart(String label) {
        this.label = label;
    }

    /** The Dutch name of the part as it stands on the card. */
    public String label() {
        return label;
    }
}
