package nl.vhkgateway.domain.card;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a piece of text stands: the document part (body, header, comment, ...), the card part and section it
 * belongs to when known, and a human-readable detail ("tabel 1, rij 3", "alinea 12", "opmerking 2").
 * Immutable.
 */
public final class Location {

    private final DocumentPart documentPart;
    private final CardPart cardPart;
    private final Section section;
    private final String detail;

    private Location(DocumentPart documentPart, CardPart cardPart, Section section, String detail) {
        this.documentPart = Objects.requireNonNull(documentPart, "documentPart");
        this.cardPart = Objects.requireNonNull(cardPart, "cardPart");
        this.section = section;
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    public static Location of(DocumentPart documentPart, String detail) {
        return new Location(documentPart, CardPart.UNKNOWN, null, detail);
    }

    public static Location inSection(DocumentPart documentPart, Section section, String detail) {
        Objects.requireNonNull(section, "section");
        return new Location(documentPart, section.part(), section, detail);
    }

    public static Location inPart(DocumentPart documentPart, CardPart cardPart, String detail) {
        return new Location(documentPart, cardPart, null, detail);
    }

    public DocumentPart documentPart() {
        return documentPart;
    }

    public CardPart cardPart() {
        return cardPart;
    }

    public Optional<Section> section() {
        return Optional.ofNullable(section);
    }

    public String detail() {
        return detail;
    }

    /** Dutch description for a sender: "in een opmerking, bij 'Wat is er nu onveilig' (opmerking 2)". */
    public String describeInDutch() {
        StringBuilder text = new StringBuilder(documentPart.dutchPhrase());
        section().ifPresent(s -> text.append(", bij '").append(s.label()).append('\''));
        if (section == null && cardPart != CardPart.UNKNOWN) {
            text.append(", in het deel '").append(cardPart.label()).append('\'');
        }
        if (!detail.isBlank()) {
            text.append(" (").append(detail).append(')');
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Location other
                && documentPart == other.documentPart
                && cardPart == other.cardPart
                && section == other.section
                && detail.equals(other.detail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(documentPart, cardPart, section, detail);
    }

    @Override
    public String toString() {
        return documentPart + "/" + cardPart + "/" + (section == null ? "-" : section.name()) + "/" + detail;
    }
}
