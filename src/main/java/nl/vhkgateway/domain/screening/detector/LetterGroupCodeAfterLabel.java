package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vhkgateway.domain.screening.Category;

/**
 * Round 23 (t23-items): a code of two or three groups of capitals joined by hyphens that ends in a serial number of
 * three or four digits ("Dossier ST-OLD-4471", "registratie jeugdreclassering JR-NML-8812"), right after a record
 * label: a person's file at an organisation. The long-number rule wants five or more digits, and the slash-serial
 * rule ({@link SlashReferenceSerial}) slashes; an organisation's team and its region ("ST-OLD") do not make the code
 * theirs, the label before it says it is a file. Read:
 * <ul>
 * <li>a record label within 40 characters before it in its sentence (dossier, registratie, kenmerk, zaak, casus,
 * cliënt, referentie, ref.; compounds too: "dossiernr.", "Halt-registratienr."), up to three words between;</li>
 * <li>never the gateway's own submission numbers ("zaaknr VHT-TW-0887": VHT in the sentence), never an
 * organisation's own documents ("kenmerk besluit GEM-JZ-415", as {@link AgencyCaseReference} reads them) without a
 * family word, and a last group from 1900 to 2099 only with a family word (an edition year otherwise).</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class LetterGroupCodeAfterLabel {

    private static final Pattern CODE = Pattern.compile("(?<![\\p{L}\\d/.-])[A-Z]{2,5}(?:-[A-Z]{2,5}){1,2}-(\\d{3,4})"
            + "(?![\\p{L}\\d]|[/-]\\w|[.,]\\d)");
    /** A record label, then up to three words (and a colon) right before the code. */
    private static final Pattern LABEL_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(?:[\\p{L}-]*dossier\\p{L}*|"
            + "[\\p{L}-]*registratie\\p{L}*|[\\p{L}-]*kenmerk|zaak\\p{L}*|casus\\p{L}*|cli[eë]nt\\p{L}*|"
            + "referentie\\p{L}*|ref)\\.?(?:\\s*:)?(?:\\s+[\\p{L}-]+\\.?){0,3}\\s*:?\\s*$");
    private static final Pattern OWN = Pattern.compile("(?iu)(?<![\\p{L}])vht(?![\\p{L}])");
    private static final Pattern DOCUMENT = Pattern.compile("(?iu)(?<![\\p{L}])(?:\\p{L}*besluit\\p{L}*|\\p{L}*brief|"
            + "brieven|contract\\p{L}*|\\p{L}*nota|circulaire|protocol\\p{L}*|richtlijn\\p{L}*|regeling\\p{L}*|"
            + "subsidie\\p{L}*|beleid\\p{L}*|verordening|raadsvoorstel\\p{L}*|aanbesteding\\p{L}*|publicatie|"
            + "convenant|norm|normen|iso|nen)(?![\\p{L}])");
    private static final Pattern FAMILY = Pattern.compile("(?iu)(?<![\\p{L}])(?:gezin|familie|jeugdige|kind|kinderen|"
            + "moeder|vader|ouders|zoon|dochter|cliënt|client|cliënte|baby|broer|zus|oma|opa|pleegkind)(?![\\p{L}])");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

    private LetterGroupCodeAfterLabel() {
    }

    /** Adds the codes found in {@code text} that no span in {@code spans} covers yet. */
    static void find(String text, List<Span> spans) {
        if (text.indexOf('-') < 0) {
            return;
        }
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            if (covered(spans, m.start(), m.end())) {
                continue;
            }
            int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
            int from = Math.max(lineStart, m.start() - 40);
            if (!LABEL_BEFORE.matcher(text).region(from, m.start()).find()) {
                continue;
            }
            int lineEnd = text.indexOf('\n', m.end());
            int to = lineEnd < 0 ? text.length() : lineEnd;
            if (OWN.matcher(text).region(lineStart, to).find()) {
                continue;
            }
            boolean family = FAMILY.matcher(text).region(lineStart, to).find();
            if (!family && (DOCUMENT.matcher(text).region(lineStart, to).find() || YEAR.matcher(m.group(1)).matches())) {
                continue;
            }
            spans.add(new Span(m.start(), m.end(), Category.CLIENT_NUMBER, ClientNumberDetector.NAME));
        }
    }

    private static boolean covered(List<Span> spans, int start, int end) {
        for (Span s : spans) {
            if (s.start() < end && start < s.end()) {
                return true;
            }
        }
        return false;
    }
}
