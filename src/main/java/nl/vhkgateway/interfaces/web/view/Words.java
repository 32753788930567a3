package nl.vhkgateway.interfaces.web.view;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import nl.vhkgateway.application.console.ConsoleQueries.SubmissionRow;
import nl.vhkgateway.application.intake.messages.DutchDates;

/**
 * States, dates and codes in Dutch words for the console's lists ("doorgestuurd als VHT-2026-0042, te bespreken op
 * dinsdag 15 december"), with a badge colour. Never shows card content: only what the metadata says.
 */
public final class Words {

    public static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private Words() {
    }

    /** A state in words with its badge kind. */
    public record StateText(String badge, String text) {
        public String html() {
            return Page.badge(badge, text);
        }
    }

    /** What happened to a submission, for the deelnemer who sent it and for the staff. */
    public static StateText submission(SubmissionRow row) {
        List<String> codes = row.reasonCodes();
        String number = row.number().orElse("");
        if (codes.contains("CARD_REFUSED") || codes.contains("SENDER_REFUSED") || row.state().equals("REFUSED")
                || row.state().equals("REFUSING")) {
            return new StateText("error", "geweigerd: " + refusalReason(row));
        }
        return switch (row.state()) {
            case "RECEIVED", "SCREENED", "ROUTED" -> new StateText("neutral", "ontvangen, wordt verwerkt");
            case "ACCEPTED", "DELIVERED" -> {
                String to = codes.contains("CARD_ACCEPTED_RVDK") || row.route().filter("RVDK"::equals).isPresent()
                        ? "doorgestuurd naar de Raad voor de Kinderbescherming" : "doorgestuurd";
                String text = to + (number.isEmpty() ? "" : " als " + number)
                        + row.earliestMeeting().map(d -> ", te bespreken vanaf " + DutchDates.withWeekday(d))
                        .orElse("");
                yield new StateText("ok", text);
            }
            case "QUARANTINED" -> new StateText("warning", "in behandeling bij de beheerder");
            case "ERROR" -> new StateText("warning", "vertraagd: de beheerder lost het op");
            case "DISCARDED" -> new StateText("neutral", "verwijderd door de beheerder");
            default -> new StateText("neutral", row.state().toLowerCase(java.util.Locale.ROOT));
        };
    }

    private static String refusalReason(SubmissionRow row) {
        if (row.reasonCodes().contains("SENDER_REFUSED")) {
            return "afzender of ondertekening niet in orde";
        }
        StringBuilder reason = new StringBuilder();
        if (row.findingCount() > 0) {
            reason.append(row.findingCount()).append(row.findingCount() == 1 ? " persoonsgegeven" : " persoonsgegevens")
                    .append(" gevonden");
        }
        if (row.missingCount() > 0) {
            if (reason.length() > 0) {
                reason.append(", ");
            }
            reason.append(row.missingCount()).append(row.missingCount() == 1 ? " onderdeel ontbreekt"
                    : " onderdelen ontbreken");
        }
        if (row.reasonCodes().contains("SCREENING_INVALID")) {
            reason.append(reason.length() > 0 ? ", " : "").append("bestand niet leesbaar als kaart");
        }
        return reason.length() == 0 ? "zie de e-mail met de reden" : reason.toString();
    }

    private static final java.util.regex.Pattern DUTCH_DATE =
            java.util.regex.Pattern.compile("^(\\d{1,2})-(\\d{1,2})-(\\d{4})$");

    /** A date as typed in a form: 15-12-2026 (Dutch) or 2026-12-15 (ISO); empty when it is neither. */
    public static java.util.Optional<LocalDate> parseDate(String text) {
        String t = text.strip().replace('/', '-').replace('.', '-');
        try {
            java.util.regex.Matcher dutch = DUTCH_DATE.matcher(t);
            if (dutch.matches()) {
                return java.util.Optional.of(LocalDate.of(Integer.parseInt(dutch.group(3)),
                        Integer.parseInt(dutch.group(2)), Integer.parseInt(dutch.group(1))));
            }
            return java.util.Optional.of(LocalDate.parse(t));
        } catch (java.time.DateTimeException e) {
            return java.util.Optional.empty();
        }
    }

    public static String dateTime(Instant instant) {
        return DutchDates.dateTime(instant, DUTCH_TIME);
    }

    public static String date(Instant instant) {
        return DutchDates.date(LocalDate.ofInstant(instant, DUTCH_TIME));
    }

    public static String organisationType(String code) {
        return switch (code) {
            case "TOEGANG" -> "Toegang";
            case "VEILIG_THUIS" -> "Veilig Thuis";
            case "GI" -> "Gecertificeerde Instelling";
            case "RVDK" -> "Raad voor de Kinderbescherming";
            case "RECHTBANK" -> "Rechtbank";
            default -> code;
        };
    }

    public static String purpose(String code) {
        return switch (code) {
            case "OVERDRACHT" -> "overdracht";
            case "INTERVENTIEGESPREK" -> "interventiegesprek";
            case "TOETSING_AFSLUITING_MAATREGEL" -> "toetsing en afsluiting van een maatregel";
            default -> code;
        };
    }

    /** The reason of a refused handover, in words. */
    public static String handoverReason(String code) {
        return switch (code) {
            case "DIRECTION_NOT_PERMITTED" -> "deze richting van overdracht is niet toegestaan";
            case "VHT_SUBMISSION_MISSING" -> "de casus is nog niet ingebracht in het VeiligheidsTeam";
            case "CONSENT_NOT_FOUND" -> "geen toestemming gevonden voor deze casus";
            case "CONSENT_OTHER_CASE" -> "de toestemming hoort bij een andere casus";
            case "CONSENT_OTHER_SENDER" -> "de toestemming is voor een andere verzendende organisatie";
            case "CONSENT_OTHER_RECIPIENT" -> "de toestemming is voor een andere ontvanger";
            case "CONSENT_OTHER_PURPOSE" -> "de toestemming is voor een ander doel";
            case "CONSENT_WITHDRAWN" -> "de toestemming is ingetrokken";
            case "CONSENT_EXPIRED" -> "de toestemming is verlopen";
            case "CONSENT_NOT_YET_VALID" -> "de toestemming is nog niet geldig";
            case "CONSENT_POLICY_NOT_MET" -> "niet iedereen die moet instemmen heeft ingestemd";
            default -> code;
        };
    }
}
