package nl.vhkgateway.domain.consent;

import java.util.Optional;

/**
 * The number of a consent record (the "toestemmingsnummer" a professional quotes when handing a card over).
 * Immutable.
 */
public record ConsentId(long value) {

    public ConsentId {
        if (value <= 0) {
            throw new IllegalArgumentException("a consent id is positive");
        }
    }

    /** Reads "17" (surrounding spaces allowed); empty for anything else. */
    public static Optional<ConsentId> parse(String text) {
        if (text == null || !text.strip().matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        long value = Long.parseLong(text.strip());
        return value > 0 ? Optional.of(new ConsentId(value)) : Optional.empty();
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
