package nl.vhkgateway.infrastructure.config;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import nl.vhkgateway.application.consent.ConsentRegistrationRules;
import nl.vhkgateway.application.consent.NoteScreening;

/**
 * Reads the consent register's validation settings ({@code vhk.consent.case-pattern},
 * {@code vhk.consent.earliest-date}, {@code vhk.consent.max-validity-months}); an invalid value stops the start.
 */
public final class ConsentRulesSettings {

    private ConsentRulesSettings() {
    }

    /** @throws IllegalArgumentException naming the key */
    public static ConsentRegistrationRules read(Optional<String> casePattern, String earliestDate,
                                                int maxValidityMonths, NoteScreening screening) {
        Optional<Pattern> pattern;
        try {
            pattern = casePattern.map(String::strip).filter(p -> !p.isEmpty()).map(Pattern::compile);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(ConfigKey.CONSENT_CASE_PATTERN.key() + " is not a regular expression");
        }
        LocalDate earliest;
        try {
            earliest = LocalDate.parse(earliestDate.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(ConfigKey.CONSENT_EARLIEST_DATE.key() + " must be a date (2020-01-01)");
        }
        if (maxValidityMonths < 1 || maxValidityMonths > 120) {
            throw new IllegalArgumentException(ConfigKey.CONSENT_MAX_VALIDITY.key() + " must be 1 to 120 months");
        }
        return new ConsentRegistrationRules(pattern, earliest, Period.ofMonths(maxValidityMonths), screening);
    }
}
