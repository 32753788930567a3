package nl.vhkgateway.application.consent;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a consent was given: a fixed term, optionally followed by a short note ({@code "MONDELING"},
 * {@code "MONDELING: tijdens huisbezoek"}). The term is what the register relies on; the note is free text and is
 * therefore screened for personal data before it is stored (see {@link ConsentRegistrationRules}).
 */
public enum HowGiven {
    MONDELING, SCHRIFTELIJK, DIGITAAL, TELEFONISCH;

    /** The terms, for messages: "MONDELING, SCHRIFTELIJK, DIGITAAL of TELEFONISCH". */
    public static String choices() {
        String[] names = Arrays.stream(values()).map(Enum::name).toArray(String[]::new);
        return String.join(", ", Arrays.copyOf(names, names.length - 1)) + " of " + names[names.length - 1];
    }

    /** A term with its (possibly empty) note. */
    public record Parsed(HowGiven term, String note) {

        /** The stored form: the term, or "TERM: note". */
        public String stored() {
            return note.isEmpty() ? term.name() : term.name() + ": " + note;
        }
    }

    /**
     * Reads "term", "term: note" or "term note" (the term in any case); empty when the text does not start with a
     * term of the vocabulary.
     */
    public static Optional<Parsed> parse(String text) {
        String stripped = text == null ? "" : text.strip();
        int end = 0;
        while (end < stripped.length() && Character.isLetter(stripped.charAt(end))) {
            end++;
        }
        String word = stripped.substring(0, end).toUpperCase(Locale.ROOT);
        for (HowGiven term : values()) {
            if (term.name().equals(word)) {
                String note = stripped.substring(end).replaceFirst("^[\\s:;,.-]+", "").strip();
                return Optional.of(new Parsed(term, note));
            }
        }
        return Optional.empty();
    }
}
