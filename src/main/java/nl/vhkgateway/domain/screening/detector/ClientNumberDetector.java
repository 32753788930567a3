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
 * also with up to three words and a colon between label and number: "Cliëntnummer gemeente: 2025-001234",
 * "kenmerk", "leerlingnummer", "patiëntnummer", "polisnummer"), and court case numbers ({@code C/02/412345}).
 * The gateway's own submission numbers ({@code VHT-2026-0042}) are allowed: they name a submission, not a family.
 * Thread-safe.
 */
public final class ClientNumberDetector extends SpanDetector {

    public static final String NAME = "CLIENT_NUMBER";

    private static final Pattern LABEL_BEFORE = Pattern.compile(
            "(?iu)\\b(dossier|cli[eë]nt|client|registratie|zaak|casus|melding|meld|vt|gi|rvdk|raad|cjg|wijkteam|"
                    + "toegang|jbb|wss|patiënt|patient|leerling|klant|relatie|polis|verzekerden?|referentie|kenmerk|"
                    + "rol|parket|aanmeld|intake|jeugdzorg|hulpverlenings)"
                    + "([\\s-]?(?:(?:nummer|nr\\.?|no\\.?|id|code|kenmerk)s?)?)"
                    // "Cliëntnummer gemeente: 2025-001234": up to three words between label and value, then a colon
                    + "(?:(?:\\s+\\p{L}[\\p{L}'-]*){1,3}\\s*[:=#])?"
                    + "\\s*(?:is|:|=|#|-)?\\s*"
                    + "((?-i:[A-Z]{1,5}[-/ ]?)?)$");
    private static final KeyWords KEYS = new KeyWords("dossier", "cli", "registratie", "zaak", "casus", "meld", "vt", "gi",
        "rvdk", "raad", "cjg", "wijkteam", "toegang", "jbb", "wss", "pati", "leerling", "klant", "relatie", "polis",
        "verzekerd", "referentie", "kenmerk", "rol", "parket", "aanmeld", "intake", "jeugdzorg", "hulpverlenings");
    private static final Pattern VALUE = Pattern.compile("\\d[\\dA-Za-z]*(?:[-/.]\\w+){0,4}");
    private static final Pattern COURT_CASE = Pattern.compile("(?<![\\w/])[A-Z]{1,2}/\\d{2}/\\d{4,}(?:\\s?/\\s?[A-Z]{2}\\s?[A-Z]{2}\\s?\\d{2}-\\d+)?");
    private static final Pattern OWN_SUBMISSION = Pattern.compile("(?i)VHT-\\d{4}-\\d{1,6}");
    private static final Pattern REQUIRES_LABEL = Pattern.compile(
            "(?iu)^(?:vt|gi|rvdk|raad|cjg|wijkteam|toegang|jbb|wss|melding|meld|aanmeld|intake|jeugdzorg|rol|"
                    + "zaak|casus|dossier|relatie|referentie|hulpverlenings|parket|registratie|polis|klant)$");

    /** "zaak 2" or "melding 3 keer" is not the number of a case: these words need "nummer", "nr" or "id". */
    private static boolean labelled(Matcher label) {
        String firstWord = label.group(1).toLowerCase(java.util.Locale.ROOT);
        boolean labelled = !label.group(2).isBlank() || firstWord.equals("kenmerk");
        return labelled || !REQUIRES_LABEL.matcher(firstWord).matches();
    }


    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Span> spans(TextSegment segment, ScreeningContext context) {
        String text = segment.text();
        if (text.length() < 6 || TextWindow.digitCount(text) < 3) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>(0);
        Matcher value = VALUE.matcher(text);
        int skipUntil = -1;
        String lower = null;
        for (int number : TextWindow.digitRunStarts(text)) {
            if (number < skipUntil) {
                continue;
            }
            if (lower == null) {
                lower = TextWindow.lowerSameLength(text);
            }
            int windowStart = Math.max(0, number - 45);
            Matcher label = null;
            for (int p = number - 1; p >= windowStart && label == null; p--) {
                if (KEYS.startsAt(lower, p, number)) {
                    Matcher candidate = LABEL_BEFORE.matcher(text).useTransparentBounds(true)
                            .useAnchoringBounds(true).region(p, number);
                    if (candidate.lookingAt() && labelled(candidate)) {
                        label = candidate;
                    }
                }
            }
            if (label == null) {
                continue;
            }
            value.region(number, text.length());
            if (!value.lookingAt()) {
                continue;
            }
            int start = number - label.group(3).length();
            String v = text.substring(start, value.end());
            if (OWN_SUBMISSION.matcher(v).matches() || TextWindow.digitCount(v) < 3) {
                continue;
            }
            spans.add(new Span(start, value.end(), Category.CLIENT_NUMBER, NAME));
            skipUntil = value.end();
        }
        if (text.indexOf('/') >= 0) {
            Matcher m = COURT_CASE.matcher(text);
            while (m.find()) {
                spans.add(new Span(m.start(), m.end(), Category.CLIENT_NUMBER, NAME));
            }
        }
        return spans;
    }
}
