package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vhkgateway.domain.screening.Category;

/**
 * Round 17 (r17-cover): a case reference of a youth-protection agency made of a year, a district code and a serial
 * number ("RvdK 2026/HW/0175", "Rvdk 2025.ZL.0412", "VT-2025-ZL-0412", "RvdK-nr 25/ZL/412", "kenmerk 2026/HW/0175"):
 * the district letters break the digit run that the long-number rule reads, so neither it nor the slash-serial
 * rule ({@link SlashReferenceSerial}, letters first) sees the code. It is a person's file when
 * <ul>
 * <li>an agency that opens case files on families stands right before it ({@code case-agencies.txt}: RvdK, VT,
 * JBB, ...; in any case: "RvdK", "Rvdk", "RVDK"), or</li>
 * <li>a record label stands in its sentence (kenmerk, ons kenmerk, zaak, zaaknummer, dossier, referentie, ref.,
 * casus, registratie, a "-nummer"/"-nr" compound) and no document word of an organisation does without a family
 * word ("raadsbesluit met kenmerk 2025/JZ/0412" stays allowed, "kenmerk brief Raad inzake het gezin: ..." not).</li>
 * </ul>
 * A month name or abbreviation as the middle part ("politie 14-okt-2026", "RvdK 03-nov-2026") is a date, never a
 * reference. The gateway's own submission numbers ("VHT-nummer 2026-Z-0117", "VHT 2026/HW/0042") stay allowed. Stateless and
 * thread-safe.
 */
final class AgencyCaseReference {

    private static final Pattern REFERENCE = Pattern.compile("(?<![\\p{L}\\d/.-])(?:(?<agency>\\p{L}{2,7})[\\s/-]{1,2})?"
            + "(?<year>(?:19|20)?\\d{2})(?<sep>[/.-])(?<district>[A-Za-z]{1,4})\\k<sep>(?<serial>\\d{2,6})"
            + "(?![\\p{L}\\d]|[/-]\\w|[.,]\\d)");
    private static final Set<String> AGENCIES = WordLists.lowerCaseSet("case-agencies.txt");
    /** A month name or abbreviation in the middle part makes the code a date ("14-okt-2026"), never a reference. */
    private static final Set<String> MONTHS = Set.of("jan", "feb", "febr", "mrt", "maa", "mar", "apr", "mei", "may",
            "jun", "juni", "jul", "juli", "aug", "sep", "sept", "okt", "oct", "nov", "dec");
    /** Labels of a record in the sentence. */
    private static final Pattern RECORD_LABEL = Pattern.compile("(?iu)(?<![\\p{L}])(?:\\p{L}*kenmerk\\p{L}*|zaak\\p{L}*"
            + "|dossier\\p{L}*|referentie\\p{L}*|ref\\.?|casus\\p{L}*|registratie\\p{L}*|[\\p{L}-]*nummer|"
            + "[\\p{L}-]*nr\\.?)(?![\\p{L}])");
    /** The gateway's own submission numbers. */
    private static final Pattern OWN = Pattern.compile("(?iu)(?<![\\p{L}])vht(?![\\p{L}])");
    /** An organisation's own documents (as {@link SlashReferenceSerial} reads them). */
    private static final Pattern DOCUMENT = Pattern.compile("(?iu)(?<![\\p{L}])(?:\\p{L}*besluit\\p{L}*|\\p{L}*brief|"
            + "brieven|contract\\p{L}*|\\p{L}*nota|circulaire|protocol\\p{L}*|richtlijn\\p{L}*|regeling\\p{L}*|"
            + "subsidie\\p{L}*|beleid\\p{L}*|verordening|raadsvoorstel\\p{L}*|aanbesteding\\p{L}*|publicatie|"
            + "convenant)(?![\\p{L}])");
    private static final Pattern FAMILY = Pattern.compile("(?iu)(?<![\\p{L}])(?:gezin|familie|jeugdige|kind|kinderen|"
            + "moeder|vader|ouders|zoon|dochter|cliënt|client|cliënte|baby|broer|zus|oma|opa|pleegkind)(?![\\p{L}])");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<!(?i:nr|ref|no))[.!?;]\\s+(?=\\p{Lu})|\\n");

    private AgencyCaseReference() {
    }

    /** Adds the references found in {@code text} that no span in {@code spans} covers yet. */
    static void find(String text, List<Span> spans) {
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            String agency = m.group("agency");
            if (MONTHS.contains(WordLists.lower(m.group("district"))) && m.group("serial").matches("(?:19|20)\\d{2}")) {
                continue; // "RvdK 03-nov-2026": a date with a short month name
            }
            boolean byAgency = agency != null && AGENCIES.contains(WordLists.lower(agency));
            int start = byAgency ? m.start() : m.start("year");
            if (covered(spans, start, m.end()) || agency != null && OWN.matcher(agency).matches()) {
                continue;
            }
            int[] sentence = sentence(text, m.start(), m.end());
            if (OWN.matcher(text).region(sentence[0], sentence[1]).find()) {
                continue; // "VHT-nummer 2026-Z-0117": the gateway's own submission number
            }
            if (byAgency || labelled(text, sentence, start, m.end())) {
                spans.add(new Span(start, m.end(), Category.CLIENT_NUMBER, ClientNumberDetector.NAME));
            }
        }
    }

    private static boolean labelled(String text, int[] sentence, int start, int end) {
        Matcher label = RECORD_LABEL.matcher(text).region(sentence[0], sentence[1]);
        boolean found = false;
        while (label.find() && !found) {
            found = label.end() <= start || label.start() >= end;
        }
        if (!found) {
            return false;
        }
        boolean document = DOCUMENT.matcher(text).region(sentence[0], sentence[1]).find();
        return !document || FAMILY.matcher(text).region(sentence[0], sentence[1]).find();
    }

    private static int[] sentence(String text, int start, int end) {
        int from = 0;
        int to = text.length();
        Matcher b = SENTENCE_END.matcher(text);
        while (b.find()) {
            if (b.end() <= start) {
                from = b.end();
            } else if (b.start() >= end) {
                to = b.start();
                break;
            }
        }
        return new int[] {from, to};
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
