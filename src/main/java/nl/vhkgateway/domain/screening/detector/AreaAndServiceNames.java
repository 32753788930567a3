package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;
import nl.vhkgateway.domain.screening.detector.NameClassifier.WordClass;

/**
 * Round 8 rules: organisations and areas by the shape of their names, where no list can know every neighbourhood.
 * <ul>
 * <li>A team or service word before a capitalised run names the team's area or the service's unit: "wijkteam
 * Charlois", "jeugdteam Escamp", "sociaal wijkteam Krispijn", "basisteam Hoefkade", "GGZ Breburg", "JGZ Rotterdam",
 * "CJG Hoeksche Waard", "WIJ Selwerd", "Toegang Rucphen".</li>
 * <li>A single capitalised word in brackets right after an organisation is its unit or programme ("Surplus
 * (Moed)"); a listed name that is no ordinary word stays a name.</li>
 * <li>A housing corporation named "[Name] Wonen" ("Oostflakkee Wonen", "Zeeuw Wonen"): the word before a capitalised
 * "Wonen" (or "Woondiensten", "Woongroep") is no person.</li>
 * <li>Dutch place names with the old genitive "'s-" ("'s-Gravendeel", "'s-Heerenberg", "'s-Gravenzande"): no person
 * is written that way.</li>
 * <li>A place adjective after an article before a capitalised noun names an institution or a place ("de Haagse
 * Scholen", "de Haagse Toegang", "de Haagse Markt"): the adjective and the noun.</li>
 * <li>A multi-word place written with hyphens (file names: "VHK_Hoeksche-Waard_...", "Goeree-Overflakkee" is one
 * already): when the words joined by spaces are a listed place ("Hoeksche Waard"), they are that place.</li>
 * </ul>
 */
final class AreaAndServiceNames {

    /** Service and organisation words (lower case) whose capitalised run after them is a unit or area. */
    private static final Set<String> SERVICES = WordSets.of("ggz", "jgz", "ggd", "cjg", "wij", "toegang", "jggz",
            "basisteam", "politieteam", "wijkcentrum", "buurtcentrum", "jongerenwerk", "welzijn",
            "stadsdeel", "deelgemeente", "wijkraad", "wijkbureau", "gebied", "sociaal", "jeugdbescherming",
            "reclassering", "leerplicht", "rbl", "zorgteam", "servicepunt", "loket", "wmo-loket",
            // round 9: police and youth offices of a place ("Polizei Aachen", "Bundespolizei Kleve", "Jugendamt
            // Kleve", "Amtsgericht Aachen"), and MEE's regional units ("MEE Gelderse Poort", written in capitals)
            "politie", "polizei", "bundespolizei", "landespolizei", "kriminalpolizei", "jugendamt", "kreisjugendamt",
            "stadtjugendamt", "jobcenter", "amtsgericht", "familiengericht", "landgericht", "rechtbank");
    /** Leak review: after these only a place that a list knows ("Polizei Aachen"; "politie Visser" is a person). */
    private static final Set<String> PLACE_ONLY_SERVICES = Set.of("politie", "polizei", "bundespolizei",
            "landespolizei", "kriminalpolizei", "jugendamt", "kreisjugendamt", "stadtjugendamt", "jobcenter",
            "amtsgericht", "familiengericht", "landgericht", "rechtbank");
    /** Heads of housing-corporation names after their proper part ("Oostflakkee Wonen"). */
    private static final Set<String> HOUSING_HEADS = Set.of("wonen", "woondiensten", "woongroep", "woonstichting",
            "woonservice", "woonbedrijf", "woningstichting");
    private static final Set<String> ARTICLES = Set.of("de", "het", "een", "die", "deze", "dit", "van", "bij", "op",
            "naar", "in", "aan");

    /** Lower-case links inside place names written with hyphens ("Land-van-Cuijk", "Bergen-op-Zoom"). */
    private static final Set<String> LINKS = Set.of("van", "aan", "op", "de", "den", "der", "en", "in");

    private AreaAndServiceNames() {
    }

    static void cover(List<Token> tokens, WordClass[] cls, boolean[] covered, boolean[] coveredOrganisation,
                      WordLists words) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (t.is('(') && i > 0 && i + 2 < n && coveredOrganisation[i - 1] && tokens.get(i + 1).isWord()
                    && tokens.get(i + 1).capitalised() && tokens.get(i + 2).is(')')
                    && (cls[i + 1] == WordClass.UNKNOWN || cls[i + 1] == WordClass.DICTIONARY
                    || (cls[i + 1] == WordClass.AMBIGUOUS_SURNAME || cls[i + 1] == WordClass.AMBIGUOUS_FIRST_NAME)
                    && words.isDutchWord(tokens.get(i + 1).lower()))) {
                covered[i + 1] = true; // "Surplus (Moed)": a unit or programme of the organisation before it
                coveredOrganisation[i + 1] = true;
            }
            if (!t.isWord()) {
                continue;
            }
            String lower = t.lower();
            if ((SERVICES.contains(lower) || t.text().equals("MEE") && i + 1 < n
                    && !words.isName(NameClassifier.stripPossessive(tokens.get(i + 1).text())) || lower.length() > 6 && (lower.endsWith("team")
                    || lower.endsWith("psychiatrie"))) && i + 1 < n
                    && tokens.get(i + 1).isWord() && tokens.get(i + 1).capitalised()
                    && tokens.get(i + 1).spaceBefore() && cls[i + 1] != WordClass.INITIAL
                    && cls[i + 1] != WordClass.ROLE && !givenName(tokens.get(i + 1), words)
                    && (!PLACE_ONLY_SERVICES.contains(lower) || words.isPlaceInContext(
                    WordLists.lower(tokens.get(i + 1).text())) && !words.isSurname(tokens.get(i + 1).text())
                    || words.isPlace(WordLists.lower(tokens.get(i + 1).text())))) {
                run(tokens, cls, covered, coveredOrganisation, i + 1, words); // "wijkteam Charlois", "GGZ Breburg"
            }
            if (t.capitalised() && i + 1 < n && tokens.get(i + 1).isWord() && tokens.get(i + 1).capitalised()
                    && HOUSING_HEADS.contains(tokens.get(i + 1).lower()) && cls[i] != WordClass.INITIAL) {
                covered[i] = true; // "Oostflakkee Wonen"
                coveredOrganisation[i] = true;
                covered[i + 1] = true;
                coveredOrganisation[i + 1] = true;
            }
            if (t.capitalised() && i >= 2 && tokens.get(i - 1).is('-') && !tokens.get(i - 1).spaceBefore()
                    && !t.spaceBefore() && tokens.get(i - 2).isWord()
                    && (tokens.get(i - 2).lower().equals("'s") || tokens.get(i - 2).lower().equals("’s"))) {
                covered[i] = true; // "'s-Gravendeel"
                placeRunAfterHyphens(tokens, covered, i);
            }
            if (t.capitalised() && cls[i] != WordClass.NAME && lower.length() >= 6 && lower.endsWith("se") && i > 0
                    && i + 1 < n && tokens.get(i - 1).isWord() && !tokens.get(i - 1).capitalised()
                    && ARTICLES.contains(tokens.get(i - 1).lower()) && tokens.get(i + 1).isWord()
                    && tokens.get(i + 1).capitalised() && tokens.get(i + 1).spaceBefore()
                    && (cls[i + 1] == WordClass.DICTIONARY || cls[i + 1] == WordClass.AMBIGUOUS_SURNAME
                    || cls[i + 1] == WordClass.ALLOWED)) {
                covered[i] = true; // "de Haagse Scholen", "de Haagse Toegang", "bij de Haagse Markt"
                coveredOrganisation[i] = true;
                covered[i + 1] = true;
                coveredOrganisation[i + 1] = true;
            }
            if (t.capitalised() && i + 2 < n && tokens.get(i + 1).is('-') && !tokens.get(i + 1).spaceBefore()
                    && tokens.get(i + 2).isWord() && (tokens.get(i + 2).capitalised()
                    || LINKS.contains(tokens.get(i + 2).text())) && !tokens.get(i + 2).spaceBefore()) {
                StringBuilder phrase = new StringBuilder(lower);
                int k = i + 2;
                int last = i;
                while (k < n && tokens.get(k).isWord() && (tokens.get(k).capitalised()
                        || LINKS.contains(tokens.get(k).text())) && k <= i + 8) {
                    phrase.append(' ').append(tokens.get(k).lower());
                    if (words.isPlace(phrase.toString()) || words.isPlace(phrase.toString().replace(' ', '-'))) {
                        last = k; // "Hoeksche-Waard" = "Hoeksche Waard"
                    }
                    if (k + 2 < n && tokens.get(k + 1).is('-') && !tokens.get(k + 1).spaceBefore()) {
                        k += 2;
                    } else {
                        break;
                    }
                }
                for (int m = i; m <= last && last > i; m++) {
                    covered[m] = true;
                }
            }
        }
    }

    /**
     * A listed given name that is no place: "het wijkteam Sanne", "jeugdteam Emma" name a person (a professional
     * named outside the cover fields is flagged too), so no area or unit rule may cover it.
     */
    private static boolean givenName(Token t, WordLists words) {
        String text = NameClassifier.stripPossessive(t.text());
        return words.isFirstName(text) && !words.isPlace(t.lower());
    }

    private static void placeRunAfterHyphens(List<Token> tokens, boolean[] covered, int from) {
        int k = from + 1;
        while (k + 1 < tokens.size() && tokens.get(k).is('-') && !tokens.get(k).spaceBefore()
                && tokens.get(k + 1).isWord() && !tokens.get(k + 1).spaceBefore()) {
            covered[k + 1] = true;
            k += 2;
        }
    }

    /** Covers the capitalised run (with hyphens and particles between) from {@code from} as an organisation unit. */
    private static void run(List<Token> tokens, WordClass[] cls, boolean[] covered, boolean[] coveredOrganisation,
                            int from, WordLists words) {
        int k = from;
        while (k < tokens.size() && k < from + 5) {
            Token t = tokens.get(k);
            if (t.isWord() && t.capitalised() && cls[k] != WordClass.ROLE && cls[k] != WordClass.INITIAL
                    && !givenName(t, words)) {
                covered[k] = true;
                coveredOrganisation[k] = true;
                k++;
            } else if ((t.is('-') || t.isWord() && cls[k] == WordClass.TUSSENVOEGSEL && !t.capitalised())
                    && k > from && k + 1 < tokens.size() && tokens.get(k + 1).isWord()
                    && tokens.get(k + 1).capitalised()) {
                k++;
            } else {
                break;
            }
        }
    }
}
