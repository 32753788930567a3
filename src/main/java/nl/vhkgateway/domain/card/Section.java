package nl.vhkgateway.domain.card;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The sections of a Veiligheidskaart with their canonical label and accepted synonyms
 * (shared/docs/card-format.md). A card labels a section either with a heading paragraph or with the first cell
 * of a two-column table row; {@link #match(String)} recognises a label case- and accent-insensitively, ignoring a
 * trailing colon, extra spaces and numbering ("3. Vraag aan het VHT:").
 */
public enum Section {
    // Voorblad
    DATUM(CardPart.VOORBLAD, Requirement.REQUIRED, "Datum", "Datum inbreng"),
    SOORT_INBRENG(CardPart.VOORBLAD, Requirement.REQUIRED, "Soort inbreng", "Type inbreng"),
    JEUGDIGE(CardPart.VOORBLAD, Requirement.REQUIRED, "Jeugdige (voorletter en geboortejaar)", "Jeugdige", "Jeugdige(n)",
            "Jeugdigen"),
    // round 19 (r19-cover): plurals, "Inbrenger(s)", "Vaste deelnemers" (a card with two inbrengers writes them so)
    INBRENGER(CardPart.VOORBLAD, Requirement.REQUIRED, "Inbrenger", "Inbrenger (naam, functie, organisatie)",
            "Inbrenger(s)", "Inbrengers", "Inbrenger(s) (naam, functie, organisatie)",
            "Inbrengers (naam, functie, organisatie)"),
    VASTE_DEELNEMER(CardPart.VOORBLAD, Requirement.REQUIRED, "Vaste deelnemer", "Vaste deelnemer(s)",
            "Vaste deelnemers", "Vaste deelnemer VHT", "Vaste deelnemer(s) VHT", "Vaste deelnemers VHT"),
    GEMEENTE(CardPart.VOORBLAD, Requirement.REQUIRED, "Verantwoordelijke gemeente", "Gemeente"),
    GEDRAGSDESKUNDIGE(CardPart.VOORBLAD, Requirement.OPTIONAL, "Gedragsdeskundige geraadpleegd",
            "Gedragswetenschapper geraadpleegd", "Gedragsdeskundige", "Gedragswetenschapper",
            "Gedragsdeskundige(n)", "Gedragsdeskundigen", "Gedragsdeskundige(n) geraadpleegd"),
    GEINFORMEERD(CardPart.VOORBLAD, Requirement.REQUIRED, "Geïnformeerd en gesproken", "Wie is wanneer geïnformeerd"),
    INSTEMMING(CardPart.VOORBLAD, Requirement.REQUIRED, "Instemming betrokkenen", "Instemming"),
    VRAAG_AAN_VHT(CardPart.VOORBLAD, Requirement.REQUIRED, "Vraag aan het VeiligheidsTeam", "Vraag aan het VHT",
            "Hulpvraag aan het VHT"),
    EXPERTS(CardPart.VOORBLAD, Requirement.OPTIONAL, "Uit te nodigen experts", "Experts"),
    // Voorblad, for a handover to a partner (overdracht@, issue 5); not used at intake
    OVERDRACHT_AAN(CardPart.VOORBLAD, Requirement.OPTIONAL, "Overdracht aan", "Overdragen aan",
            "Ontvangende organisatie"),
    TOESTEMMINGSNUMMER(CardPart.VOORBLAD, Requirement.OPTIONAL, "Toestemmingsnummer", "Nummer toestemming"),
    DOEL_OVERDRACHT(CardPart.VOORBLAD, Requirement.OPTIONAL, "Doel van de overdracht", "Doel overdracht"),
    CASUSNUMMER(CardPart.VOORBLAD, Requirement.OPTIONAL, "Casusnummer", "Inzendingsnummer", "Casuspseudoniem"),
    // Veiligheidskaart
    GEZINSSAMENSTELLING(CardPart.VEILIGHEIDSKAART, Requirement.REQUIRED, "Gezinssamenstelling"),
    ONVEILIGHEID(CardPart.VEILIGHEIDSKAART, Requirement.REQUIRED, "Wat is er nu onveilig", "Zorgen", "Onveiligheid"),
    PATROON(CardPart.VEILIGHEIDSKAART, Requirement.OPTIONAL, "Patroon", "Patroon uit het verleden"),
    KRACHTEN(CardPart.VEILIGHEIDSKAART, Requirement.REQUIRED, "Krachten en beschermende factoren", "Krachten"),
    RISICOFACTOREN(CardPart.VEILIGHEIDSKAART, Requirement.REQUIRED, "Risicofactoren"),
    STEM_JEUGDIGE(CardPart.VEILIGHEIDSKAART, Requirement.REQUIRED_FROM_AGE_12, "Stem van de jeugdige",
            "Wat zegt de jeugdige"),
    STEM_OUDERS(CardPart.VEILIGHEIDSKAART, Requirement.REQUIRED, "Stem van ouders en verzorgers", "Stem van ouders"),
    VISIE_INBRENGER(CardPart.VEILIGHEIDSKAART, Requirement.REQUIRED, "Visie van de inbrenger", "Visie inbrenger"),
    VEILIGHEIDSSCORE(CardPart.VEILIGHEIDSKAART, Requirement.REQUIRED, "Veiligheidsscore", "Score"),
    BETROKKEN_HULPVERLENING(CardPart.VEILIGHEIDSKAART, Requirement.OPTIONAL, "Betrokken hulpverlening"),
    // Uitkomst inbreng VHT (filled after a discussion)
    ADVIES(CardPart.UITKOMST_INBRENG, Requirement.OPTIONAL, "Advies"),
    AFSPRAKEN(CardPart.UITKOMST_INBRENG, Requirement.OPTIONAL, "Afspraken en actiepunten"),
    UITKOMST_GESPREK(CardPart.UITKOMST_INBRENG, Requirement.OPTIONAL, "Uitkomst gesprek"),
    // Borgingsplan
    BORGINGSAFSPRAKEN(CardPart.BORGINGSPLAN, Requirement.OPTIONAL, "Borgingsafspraken"),
    WAAR_TERECHT(CardPart.BORGINGSPLAN, Requirement.OPTIONAL, "Waar kunnen ouders en jeugdige terecht"),
    // Persoonsgegevens: must be empty at intake
    NAAM_JEUGDIGE(CardPart.PERSOONSGEGEVENS, Requirement.EMPTY_AT_INTAKE, "Naam jeugdige"),
    GEBOORTEDATUM(CardPart.PERSOONSGEGEVENS, Requirement.EMPTY_AT_INTAKE, "Geboortedatum"),
    BSN(CardPart.PERSOONSGEGEVENS, Requirement.EMPTY_AT_INTAKE, "BSN"),
    ADRES(CardPart.PERSOONSGEGEVENS, Requirement.EMPTY_AT_INTAKE, "Adres"),
    OUDERS_GEZAGDRAGERS(CardPart.PERSOONSGEGEVENS, Requirement.EMPTY_AT_INTAKE, "Ouders / gezagdragers",
            "Ouders", "Gezagdragers"),
    TELEFOON(CardPart.PERSOONSGEGEVENS, Requirement.EMPTY_AT_INTAKE, "Telefoon", "Telefoonnummer"),
    EMAIL(CardPart.PERSOONSGEGEVENS, Requirement.EMPTY_AT_INTAKE, "E-mail", "E-mailadres", "Email");

    /** What intake requires of a section. */
    public enum Requirement {
        REQUIRED, OPTIONAL, REQUIRED_FROM_AGE_12, EMPTY_AT_INTAKE
    }

    /**
     * "3.", "3)", "(3)", "b)"; round 19 (r19-cover): a number with a letter or a sub-number, "4a.", "4a", "4.a",
     * "4a)", "4.1".
     */
    private static final Pattern LEADING_NUMBERING = Pattern.compile(
            "^(?:\\(?[0-9]{1,2}(?:\\.?[a-z]|(?:\\.[0-9]{1,2}){1,2})?[.)]?|[a-z][.)])\\s+");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s:*?]+$");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern SPACE_AROUND_BRACKETS = Pattern.compile("\\s*([/()])\\s*");
    private static final Map<String, Section> BY_NORMALISED_LABEL = new HashMap<>();
    private static final Map<String, CardPart> PARTS_BY_NORMALISED_LABEL = new HashMap<>();

    static {
        for (Section section : values()) {
            for (String label : section.labels) {
                Section previous = BY_NORMALISED_LABEL.put(normalise(label), section);
                if (previous != null) {
                    throw new IllegalStateException("label '" + label + "' names two sections");
                }
            }
        }
        for (CardPart part : CardPart.values()) {
            if (part != CardPart.UNKNOWN) {
                PARTS_BY_NORMALISED_LABEL.put(normalise(part.label()), part);
            }
        }
    }

    private final CardPart part;
    private final Requirement requirement;
    private final List<String> labels;

    Section(CardPart part, Requirement requirement, String canonicalLabel, String... synonyms) {
        this.part = part;
        this.requirement = requirement;
        this.labels = java.util.stream.Stream.concat(java.util.stream.Stream.of(canonicalLabel),
                java.util.Arrays.stream(synonyms)).toList();
    }

    public CardPart part() {
        return part;
    }

    public Requirement requirement() {
        return requirement;
    }

    /** The canonical Dutch label, as in the template. */
    public String label() {
        return labels.get(0);
    }

    /** Canonical label followed by the synonyms. */
    public List<String> labels() {
        return labels;
    }

    /** The section a label names ("3. Vraag aan het VHT:" names {@link #VRAAG_AAN_VHT}), if any. */
    public static Optional<Section> match(String label) {
        return Optional.ofNullable(BY_NORMALISED_LABEL.get(normalise(label)));
    }

    /** The card part a heading names ("Voorblad", "PERSOONSGEGEVENS"), if any. */
    public static Optional<CardPart> matchPart(String heading) {
        return Optional.ofNullable(PARTS_BY_NORMALISED_LABEL.get(normalise(heading)));
    }

    /**
     * Normal form for comparing labels: lower case, accents removed, numbering, trailing colon and surrounding
     * punctuation removed, white space folded.
     */
    public static String normalise(String label) {
        // NFD and the removal of marks change nothing in ASCII text, the most common case
        String text = ascii(label) ? label : DIACRITICS.matcher(Normalizer.normalize(label, Normalizer.Form.NFD))
                .replaceAll("");
        text = text.replace('\u00a0', ' ').toLowerCase(Locale.ROOT).strip();
        text = LEADING_NUMBERING.matcher(text).replaceFirst("");
        // round 23 (t23-speed): each pattern only where it can match (LabelShape: a char test that says so)
        if (LabelShape.mayEndInPunctuation(text)) {
            text = TRAILING_PUNCTUATION.matcher(text).replaceAll("");
        }
        if (LabelShape.hasWhiteSpaceToFold(text)) {
            text = WHITE_SPACE.matcher(text).replaceAll(" ");
        }
        // round 13 (speed): the pattern needs a "/", "(" or ")"
        if (text.indexOf('/') >= 0 || text.indexOf('(') >= 0 || text.indexOf(')') >= 0) {
            text = SPACE_AROUND_BRACKETS.matcher(text).replaceAll("$1");
        }
        return text.strip();
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
