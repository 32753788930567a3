package nl.vhkgateway.application.consent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the consent register refuses before it stores anything (issue 11, finding 4), each with a Dutch message:
 * <ul>
 *   <li>a case reference that is not a VeiligheidsTeam number ({@code VHT-2026-0042}) or of the configured extra
 *       form ({@code vhk.consent.case-pattern}) — so a surname cannot become a case number (and enter the audit
 *       log);</li>
 *   <li>{@code howGiven} that does not start with a term of {@link HowGiven}; a note after the term that holds
 *       personal data (screened by the card screener's detectors);</li>
 *   <li>{@code givenAt} in the future or before the configured earliest date; a validity that starts before the
 *       consent was given or lasts longer than the configured maximum (default two years).</li>
 * </ul>
 * Immutable, thread-safe.
 */
public final class ConsentRegistrationRules {

    /** The VeiligheidsTeam's submission numbers. */
    public static final Pattern VHT_NUMBER = Pattern.compile("VHT-\\d{4}-\\d{4,6}");
    static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

    private final Optional<Pattern> extraCasePattern;
    private final LocalDate earliestGivenAt;
    private final Period maxValidity;
    private final NoteScreening screening;

    public ConsentRegistrationRules(Optional<Pattern> extraCasePattern, LocalDate earliestGivenAt,
                                    Period maxValidity, NoteScreening screening) {
        this.extraCasePattern = Objects.requireNonNull(extraCasePattern, "extraCasePattern");
        this.earliestGivenAt = Objects.requireNonNull(earliestGivenAt, "earliestGivenAt");
        this.maxValidity = Objects.requireNonNull(maxValidity, "maxValidity");
        this.screening = Objects.requireNonNull(screening, "screening");
    }

    /** VHT numbers only, not before 2020, at most two years, with the given note screening. */
    public static ConsentRegistrationRules defaults(NoteScreening screening) {
        return new ConsentRegistrationRules(Optional.empty(), LocalDate.of(2020, 1, 1), Period.ofYears(2), screening);
    }

    /**
     * @return the registration with {@code howGiven} in its stored form ("MONDELING: note")
     * @throws ConsentRequestException with every problem, in Dutch
     */
    public ConsentRegistration check(ConsentRegistration registration, Clock clock) {
        List<String> problems = new ArrayList<>();
        String caseNumber = registration.caseReference().value();
        if (!VHT_NUMBER.matcher(caseNumber).matches()
                && extraCasePattern.map(p -> !p.matcher(caseNumber).matches()).orElse(true)) {
            problems.add("het zaaknummer (caseReference) moet een VHT-nummer zijn, zoals VHT-2026-0042"
                    + extraCasePattern.map(p -> ", of een zaaknummer in de vorm die uw team heeft afgesproken").orElse("")
                    + "; een naam of andere gegevens horen hier niet");
        }
        Optional<HowGiven.Parsed> how = HowGiven.parse(registration.howGiven());
        if (how.isEmpty()) {
            problems.add("geef bij howGiven aan hoe de toestemming is gegeven: " + HowGiven.choices()
                    + ", eventueel gevolgd door een korte toelichting zonder persoonsgegevens");
        } else if (!how.get().note().isEmpty()) {
            screening.personalDataIn(how.get().note()).ifPresent(found -> problems.add("de toelichting bij howGiven"
                    + " bevat persoonsgegevens (" + found + "); laat namen, BSN, adressen en geboortedata weg"));
        }
        Instant now = clock.instant();
        Instant earliest = earliestGivenAt.atStartOfDay(DUTCH).toInstant();
        if (registration.givenAt().isBefore(earliest)) {
            problems.add("de datum waarop de toestemming is gegeven (givenAt) ligt vóór " + earliestGivenAt
                    + "; controleer het jaartal");
        }
        if (registration.givenAt().isAfter(now)) {
            problems.add("de datum waarop de toestemming is gegeven (givenAt) ligt in de toekomst");
        }
        Instant validFrom = registration.validFrom().orElse(registration.givenAt());
        if (validFrom.isBefore(registration.givenAt())) {
            problems.add("de toestemming kan niet geldig zijn (validFrom) vóórdat ze is gegeven (givenAt)");
        }
        Instant latestEnd = validFrom.atZone(DUTCH).plus(maxValidity).plusDays(1).toInstant();
        if (registration.validUntil().isAfter(latestEnd)) {
            problems.add("een toestemming geldt hoogstens " + describe(maxValidity) + "; kies een einddatum"
                    + " (validUntil) binnen die termijn en vraag daarna opnieuw toestemming");
        }
        if (!problems.isEmpty()) {
            throw new ConsentRequestException(String.join("; ", problems));
        }
        return registration.withHowGiven(how.orElseThrow().stored());
    }

    private static String describe(Period period) {
        if (period.getMonths() == 0 && period.getDays() == 0) {
            return period.getYears() == 1 ? "één jaar" : period.getYears() + " jaar";
        }
        return period.toTotalMonths() + " maanden";
    }
}
