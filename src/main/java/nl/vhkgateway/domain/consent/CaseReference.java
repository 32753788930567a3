package nl.vhkgateway.domain.consent;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which case a consent is about, without saying who it is about: a submission number ({@code VHT-2026-0042}) or a
 * case pseudonym the sending organisation uses ({@code ROOS-2026-117}). Upper-case letters, digits and hyphens,
 * 3 to 40 characters, at least one digit: a name ("JANSEN") is refused, so the register and the audit log never
 * carry one here. Stored and compared in upper case. Immutable.
 */
public record CaseReference(String value) {

    private static final Pattern FORM = Pattern.compile("(?=.*[0-9])[A-Z0-9][A-Z0-9-]{2,39}");

    public CaseReference {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a case reference (value not shown)");
        }
    }

    /** Normalises ("vht-2026-0042 " becomes "VHT-2026-0042"); empty when it is not a case reference. */
    public static Optional<CaseReference> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalised = text.strip().toUpperCase(Locale.ROOT);
        return FORM.matcher(normalised).matches() ? Optional.of(new CaseReference(normalised)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
