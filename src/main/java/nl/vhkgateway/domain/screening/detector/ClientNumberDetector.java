package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vhkgateway.domain.card.TextSegment;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.ScreeningContext;

/**
 * CLIENT_NUMBER: client, dossier, case and registration numbers of organisations, recognised by their context
 * ("dossiernummer 2026-12345", "cliëntnr: 884213", "VT-nummer 26-00123", "zaaknummer", "registratienummer",
 * "kenmerk", "leerlingnummer", "patiëntnummer", "polisnummer"), and court case numbers ({@code C/02/412345}).
 * The gateway's own submission numbers ({@code VHT-2026-0042}) are allowed: they name a submission, not a family.
 * Thread-safe.
 */
public final class ClientNumberDetector extends SpanDetector {

    public static final String NAME = "CLIENT_NUMBER";

    private static final Pattern CONTEXT = Pattern.compile(
            "(?iu)\\b(?:dossier|cli[eë]nt|client|registratie|zaak|casus|melding|meld|vt|gi|rvdk|raad|cjg|wijkteam|"
                    + "toegang|jbb|wss|patiënt|patient|leerling|klant|relatie|polis|verzekerden?|referentie|kenmerk|"
                    + "rol|parket|aanmeld|intake|bsn-?loos|jeugdzorg|hulpverlenings)"
                    + "[\\s-]?(?:nummer|nr\\.?|no\\.?|id|code|kenmerk)?s?\\s*(?:is|:|=|#|-)?\\s*"
                    + "((?:[A-Z]{1,5}[-/ ]?)?\\d[\\dA-Za-z]*(?:[-/.]\\w+){0,4})");
    private static final Pattern COURT_CASE = Pattern.compile("(?<![\\w/])[A-Z]{1,2}/\\d{2}/\\d{4,}(?:\\s?/\\s?[A-Z]{2}\\s?[A-Z]{2}\\s?\\d{2}-\\d+)?");
    private static final Pattern OWN_SUBMISSION = Pattern.compile("(?i)VHT-\\d{4}-\\d{1,6}");
    private static final Pattern REQUIRES_LABEL = Pattern.compile(
            "(?iu)^(?:vt|gi|rvdk|raad|cjg|wijkteam|toegang|jbb|wss|melding|meld|aanmeld|intake|jeugdzorg|rol|"
                    + "zaak|casus|dossier|relatie|referentie|hulpverlenings|parket|registratie|polis|klant)$");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Span> spans(TextSegment segment, ScreeningContext context) {
        String text = segment.text();
        if (text.length() < 6) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>(0);
        Matcher m = CONTEXT.matcher(text);
        while (m.find()) {
            String head = text.substring(m.start(), m.start(1)).toLowerCase(java.util.Locale.ROOT);
            String firstWord = head.replaceAll("[\\s:=#-].*$", "").replaceAll("(nummer|nr\\.?|no\\.?|id|code)s?$", "");
            boolean labelled = head.matches("(?s).*(nummer|nr\\.?|no\\.?|id|code|kenmerk)s?\\b.*")
                    || head.startsWith("kenmerk");
            if (REQUIRES_LABEL.matcher(firstWord).matches() && !labelled) {
                continue; // "zaak 2" or "melding 3 keer" is not a number of a case
            }
            String value = m.group(1);
            if (OWN_SUBMISSION.matcher(value).matches() || TextWindow.digits(value).length() < 3) {
                continue;
            }
            if (value.matches("\\d{4}") && head.matches("(?s).*\\b(sinds|in|van)\\b.*")) {
                continue;
            }
            spans.add(new Span(m.start(1), m.end(1), Category.CLIENT_NUMBER, NAME));
        }
        m = COURT_CASE.matcher(text);
        while (m.find()) {
            spans.add(new Span(m.start(), m.end(), Category.CLIENT_NUMBER, NAME));
        }
        return spans;
    }
}
