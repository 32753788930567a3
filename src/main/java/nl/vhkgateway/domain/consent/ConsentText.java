package nl.vhkgateway.domain.consent;

/**
 * Checks the short free texts of the register ("mondeling tijdens huisbezoek"): 1 to 200 characters, no control
 * characters. These texts stay in the register; they are never logged or written to the audit log. Stateless.
 */
final class ConsentText {

    static final int MAX_LENGTH = 200;

    private ConsentText() {
    }

    static String require(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(field + " is empty");
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(field + " is longer than " + MAX_LENGTH + " characters");
        }
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(field + " contains control characters");
        }
        return stripped;
    }
}
