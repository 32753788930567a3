package nl.vhkgateway.infrastructure.docx;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.vhkgateway.domain.card.Section;

/**
 * Round 17 (fix17-cover): a label | value row (numbered or not) whose label cell names no section ("| 6. | Netwerk |
 * K. Benali en S. Benali |", "| Aanwezig bij gesprek | ... |", "| 11.2 | Netwerk | ... |" under Uit te nodigen
 * experts) does not continue an open professionals' cover field (Inbrenger, Vaste deelnemer, Gedragsdeskundige): its
 * names would pass as professionals'. Such a row is screened as ordinary text of its part. A label cell that names a
 * professional's role ("Procesregisseur", "Tweede inbrenger", "Tolk") keeps the row in the field. A row whose first
 * professional's role in its value ("| Pieter Smit | gezinsvoogd |") too. A row whose first
 * cell is blank or continues a merged cell stays a continuation ({@link CardStructure} handles it before). Stateless.
 */
final class ProfessionalFieldRow {

    private static final Set<Section> PROFESSIONAL_FIELDS = Set.of(Section.INBRENGER, Section.VASTE_DEELNEMER,
            Section.GEDRAGSDESKUNDIGE);
    /** A short label: a few words, no digits, no comma (a value such as "P. Smit, Wijkteam" is no label). */
    private static final Pattern SHORT_LABEL = Pattern.compile("[\\p{L}][\\p{L} '’/&()-]{0,39}:?");
    /** Role words that keep a row a professional's. */
    private static final Pattern ROLE = Pattern.compile("(?iu)inbrenger|deelnemer|deskundige|regisseur|regie|voogd"
            + "|consulent|hulpverlener|begeleider|medewerker|co[oö]rdinator|wetenschapper|pedagoog|psycholoog|tolk"
            + "|casemanager|professional|arts|verpleegkundige|werker|behandelaar|therapeut|mentor|functie"
            + "|organisatie|instelling|team");
    /** A professional's role in a value cell. */
    private static final Pattern PERSON_ROLE = Pattern.compile("(?iu)regisseur|voogd|consulent|hulpverlener"
            + "|begeleider|co[oö]rdinator|wetenschapper|pedagoog|psycholoog|casemanager|jeugdarts|verpleegkundige"
            + "|maatschappelijk werker|behandelaar|therapeut");
    private static final int MAX_LEADING = 4; // round 18 (r18-cover): as RowNumberColumn
    private static final int MAX_WORDS = 4;

    /**
     * Round 19 (r19-cover): a line label of its own ("Ook aanwezig:", "Netwerk:") inside a professionals' field: two to
     * four words of which only the first may be capitalised (a label, not a name: "Sanne Verhoef: ..." is none), or a
     * label holding one of the words of {@link #LABEL_WORDS} in any case ("Ook Aanwezig:", "steunfiguur:").
     */
    private static final Pattern LINE_LABEL = Pattern.compile("\\p{L}[\\p{Ll}'’-]*(?:\\s+\\p{Ll}[\\p{Ll}'’/-]*){1,3}");
    private static final Set<String> LABEL_WORDS = Set.of("aanwezig", "afwezig", "netwerk", "familie", "familieleden",
            "gezin", "betrokkenen", "overig", "overige", "ouders", "naasten", "steunfiguur", "steunfiguren", "gasten",
            "verwanten");
    /** Contact and work details of the professional that keep a line in the field ("Tel:", "Bereikbaar:"). */
    private static final Pattern CONTACT = Pattern.compile("(?iu)tel|mobiel|gsm|mail|bereikba|werkdag|afdeling|locatie"
            + "|werkzaam|rol\\b|taak|vervang|verhinder|ziekte|afwezigheid|aanspreekpunt|adres|website|functie"
            + "|organisatie|naam|datum|gesproken|overleg|geraadpleegd");
    /**
     * A professional's role or organisation in the value ("Bij verhindering: S. Bos, Toegang Roosendaal", "Samen met:
     * J. Mol (Sterk Huis)") keeps the line in the field whatever its label.
     */
    private static final Pattern PROFESSIONAL_VALUE = Pattern.compile("(?iu)regisseur|voogd|consulent|hulpverlen"
            + "|begeleider|co[oö]rdinator|wetenschapper|pedagoog|psycholoog|casemanager|jeugdarts|verpleegkundige"
            + "|(?-i:(?<=[a-z])arts|\\b[Aa]rts|\\bARTS)\\b"
            + "|maatschappelijk werk|behandelaar|therapeut|gezinscoach|toegang|wijkteam|team\\b|ggz|ggd|stichting"
            + "|jeugdzorg|jeugdhulp|pleegzorg|veilig thuis|sterk huis|centrum|praktijk|kliniek|instituut|bureau|dienst"
            + "|\\b(?:MEE|WSS|JBB|GI|RvdK|VT|CJG)\\b");

    private ProfessionalFieldRow() {
    }

    /**
     * Round 19 (r19-cover): whether {@code text}, a line or cell inside an open professionals' field, opens with a label
     * of its own that names no professional ("Ook aanwezig: <naam> en <naam>", "Netwerk: ..."): its names are no
     * professional's, so the field ends there. A professional's role ("Tweede inbrenger:", "Procesregisseur:"), a
     * contact or work detail ("Tel:", "E-mail:", "Bij verhindering:") in the label, or a role or organisation in the
     * value ("Ook betrokken: J. Mol, ambulant hulpverlener Sterk Huis") keeps the line in the field.
     */
    static boolean foreignLabelLine(Section open, String text) {
        if (open == null || !PROFESSIONAL_FIELDS.contains(open)) {
            return false;
        }
        String t = text.strip();
        int colon = t.indexOf(':');
        if (colon <= 0 || colon > 40 || t.substring(colon + 1).isBlank()
                || t.substring(colon + 1).codePoints().noneMatch(Character::isUpperCase)) {
            return false; // "Netwerk: geen", "Ouders: op de hoogte": no name, the field goes on
        }
        String label = t.substring(0, colon).strip();
        String lower = label.toLowerCase(Locale.ROOT);
        if (ROLE.matcher(lower).find() || CONTACT.matcher(lower).find()
                || PROFESSIONAL_VALUE.matcher(t.substring(colon + 1)).find()) {
            return false;
        }
        if (LINE_LABEL.matcher(label).matches()) {
            return true;
        }
        for (String word : lower.split("[\\s/]+")) {
            if (LABEL_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Round 19 (merge review): whether {@code text} names a professional's role or organisation ("GZ-psycholoog, Yulius",
     * "huisarts", "Toegang Roosendaal"); "arts" counts only as a word or a word's end in lower case, so the surname
     * "Aarts" is no doctor.
     */
    static boolean namesProfessional(String text) {
        return PROFESSIONAL_VALUE.matcher(text).find();
    }

    /**
     * Round 20 (t20-cards): whether a paragraph opens with a professionals' label before a colon or a dash
     * ("Gedragsdeskundige: ...", "Vaste deelnemer - ..."): the cheap test before {@link CardStructure#professionalLineInCell}.
     */
    static boolean mayBeLabelLine(CharSequence value) {
        String text = value.toString().strip();
        int colon = text.indexOf(':');
        java.util.Optional<String> head = colon > 0 && colon <= 60 ? java.util.Optional.of(text.substring(0, colon))
                : LabelInText.dash(text).map(LabelInText.Split::label);
        return head.flatMap(Section::match).filter(PROFESSIONAL_FIELDS::contains).isPresent();
    }

    /** Whether {@code section} is one of the professionals' cover fields. */
    static boolean professionalField(Section section) {
        return PROFESSIONAL_FIELDS.contains(section);
    }

    /** Whether {@code cells} is a row with a non-section label cell while a professionals' field is open. */
    static boolean foreignLabelRow(Section open, List<CardStructure.Cell> cells) {
        if (open == null || !PROFESSIONAL_FIELDS.contains(open)) {
            return false;
        }
        int i = 0;
        while (i < cells.size() && i <= MAX_LEADING
                && (cells.get(i).text().isBlank() || RowNumberColumn.rowNumber(cells.get(i).text()))) {
            if (cells.get(i).continuation()) {
                return false; // the row continues a merged label cell above it
            }
            i++;
        }
        if (i >= cells.size() || i > MAX_LEADING || cells.get(i).continuation()) {
            return false;
        }
        String label = cells.get(i).text().strip();
        if (!SHORT_LABEL.matcher(label).matches() || label.split("\\s+").length > MAX_WORDS
                || ROLE.matcher(label.toLowerCase(Locale.ROOT)).find()) {
            return false;
        }
        boolean value = false;
        for (int k = i + 1; k < cells.size(); k++) {
            String text = cells.get(k).text();
            if (PERSON_ROLE.matcher(text.toLowerCase(Locale.ROOT)).find()) {
                return false; // "| Pieter Smit | gezinsvoogd |": a professional's row
            }
            value |= !text.isBlank();
        }
        return value;
    }
}
