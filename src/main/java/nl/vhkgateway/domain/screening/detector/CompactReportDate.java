package nl.vhkgateway.domain.screening.detector;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 14 (r14-allow2): eight digits yyyymmdd right after a report word ("Zorgmelding politie 20261003", "mutatie
 * 20251121", "proces-verbaal 20260108"; round 20: "Zitting rechtbank: 20260330") are the date of that report, not a
 * number of a person, when they spell a real
 * calendar date within the card's year or the year before. A number label between or in the report word ("melding nr
 * 20261003", "meldingnummer 20261003", "dossier 20261003"), another shape (ddmmyyyy, more digits, letters) or an
 * older year keeps the number refused. Round 24 (t24-inst): a reporter of child care or care after the report word
 * ("Melding kinderopvang 20261102"), a time hhmm after the date ("MUTATIE 20261102 2315 HUISELIJK GEWELD"), and the
 * digits after a verb of receiving or reporting and "op" ("door VT ontvangen op 20261103"); "ontvangen onder nummer
 * 20261103", "dossier 20261102 2315", a time that is no time ("20261102 2375") stay refused. Stateless.
 */
final class CompactReportDate {

    /** A report word, optionally followed by one word of the reporter ("politie", "VT", "wijkagent"), then the date. */
    private static final Pattern REPORT_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}-])(?:zorg|politie|ambts|"
            + "incident|crisis)?(?:melding|mutatie|proces-verbaal|pv|aangifte|rapportage|verslag|"
            // round 20 (t20-items): a court hearing dated so ("Zitting rechtbank: 20260330")
            + "zitting|hoorzitting|rechtszitting)"
            + "(?:\\s+(?:politie|vt|veilig\\s+thuis|wijkagent|huisarts|school|van|d\\.?d\\.?|rechtbank|"
            // round 24 (t24-inst): the reporters a report names ("Melding kinderopvang 20261102")
            + "kinderrechter|kinderopvang|kdv|bso|ggz|ggd|jgz|ziekenhuis|seh|wijkteam|buurtteam))?"
            + "\\s*[:.]?\\s*$");
    /**
     * Round 24 (t24-inst): a verb of receiving or reporting and "op" right before the digits ("door VT ontvangen op
     * 20261103", "gemeld op 20261102"): a date, as a number is "onder" or "met" a number label.
     */
    private static final Pattern DATED_VERB_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(?:ontvangen|gemeld|"
            + "binnengekomen|gedaan|besproken|verstuurd|gestuurd|doorgestuurd|doorgezet|opgemaakt|geregistreerd)"
            + "\\s+op\\s*$");
    /** Round 24 (t24-inst): the date followed by a space and a time hhmm ("MUTATIE 20261102 2315"). */
    private static final Pattern DATE_TIME = Pattern.compile("\\d{8} ([01]\\d|2[0-3])[0-5]\\d");

    private static final int WINDOW = 40;
    /** Labels of a court case's numbers: before "zitting" they make the digits the case's number. */
    private static final Pattern CASE_LABEL = Pattern.compile("(?iu)(?<![\\p{L}])(?:rol\\p{L}*|zaak\\p{L}*|"
            + "parket\\p{L}*|kenmerk\\p{L}*|dossier\\p{L}*|rekest\\p{L}*|\\p{L}*nummer|\\p{L}*nr\\.?)(?![\\p{L}])");

    private CompactReportDate() {
    }

    /** Drops the spans that are exactly a compact report date of the card's year or the year before. */
    static void dropReportDates(String text, int cardYear, List<Span> spans) {
        spans.removeIf(s -> reportDate(text, s.start(), s.end(), cardYear));
    }

    static boolean reportDate(String text, int start, int end, int cardYear) {
        if (end - start == 13 && DATE_TIME.matcher(text.substring(start, end)).matches()) {
            end = start + 8; // round 24: the time after the date is the report's time
        }
        if (end - start != 8) {
            return false;
        }
        String v = text.substring(start, end);
        for (int k = 0; k < 8; k++) {
            if (!Character.isDigit(v.charAt(k)) || v.charAt(k) > '9') {
                return false;
            }
        }
        int year = Integer.parseInt(v.substring(0, 4));
        if (year != cardYear && year != cardYear - 1) {
            return false;
        }
        try {
            LocalDate.of(year, Integer.parseInt(v.substring(4, 6)), Integer.parseInt(v.substring(6)));
        } catch (DateTimeException e) {
            return false;
        }
        String before = text.substring(Math.max(0, start - WINDOW), start);
        Matcher report = REPORT_BEFORE.matcher(before);
        if (!report.find()) {
            return DATED_VERB_BEFORE.matcher(before).find();
        }
        // round 20 (review): a case label before a hearing keeps its number ("Rolnummer zitting: 20260330")
        return !report.group().toLowerCase(java.util.Locale.ROOT).contains("zitting")
                || !CASE_LABEL.matcher(before.substring(0, report.start())).find();
    }
}
