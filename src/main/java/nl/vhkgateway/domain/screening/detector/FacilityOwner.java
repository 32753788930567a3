package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;
import nl.vhkgateway.domain.screening.detector.NameClassifier.WordClass;

/**
 * Round 9 rule: a care facility "van" its organisation. After a compound noun of a care facility or service
 * ("peuteropvang", "vrouwenopvang", "verpleeghuis", "aanleunwoning", "dagbesteding", "woongroep") and "van", a
 * capitalised word that no name list knows is the organisation that runs it ("de peuteropvang van Kinderstralen",
 * "de vrouwenopvang van Kopland", "een aanleunwoning van Groenhuysen"). A listed name stays a name ("de woongroep van
 * Sanne", "het verpleeghuis van Jansen").
 */
final class FacilityOwner {

    private static final String[] FACILITY_ENDINGS = {"opvang", "huis", "woning", "centrum", "locatie", "afdeling",
        "kliniek", "praktijk", "groep", "dagbesteding", "woonvorm", "zorg", "school", "team", "voorziening"};
    /** Plain words with these endings that are no facility ("het huis", "een woning", "de groep", "de zorg"). */
    private static final Set<String> PLAIN = WordSets.of("huis", "woning", "groep", "zorg", "school", "team", "centrum",
            "thuis", "opvang", "locatie", "afdeling", "praktijk", "kliniek", "ouderhuis", "familiehuis");

    private FacilityOwner() {
    }

    static void cover(List<Token> tokens, WordClass[] cls, boolean[] covered, boolean[] coveredOrganisation) {
        int n = tokens.size();
        for (int i = 0; i + 2 < n; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || t.capitalised() || !facility(t.lower()) || !tokens.get(i + 1).isWord()
                    || !tokens.get(i + 1).text().equals("van")) {
                continue;
            }
            int k = i + 2;
            if (tokens.get(k).isWord() && tokens.get(k).capitalised() && cls[k] == WordClass.UNKNOWN
                    && (k + 1 >= n || !tokens.get(k + 1).isWord() || !tokens.get(k + 1).capitalised())
                    && !(k + 1 < n && tokens.get(k + 1).is(','))) { // ", haar tante": a relative (leak review)
                covered[k] = true;
                coveredOrganisation[k] = true;
            }
        }
    }

    /** Leak review: the facility compound must start with a care prefix ("mantelzorg", "vakantiehuis" do not). */
    private static final String[] CARE_PREFIXES = {"peuter", "kinder", "vrouwen", "verpleeg", "aanleun", "dag",
        "woon", "jeugd", "zorg", "gezins", "crisis", "nacht", "logeer", "kdv", "bso", "buitenschoolse", "naschoolse"};

    private static boolean facility(String lower) {
        if (PLAIN.contains(lower) || lower.startsWith("mantelzorg") || lower.startsWith("thuiszorg")) {
            return false;
        }
        boolean care = false;
        for (String prefix : CARE_PREFIXES) {
            care |= lower.startsWith(prefix);
        }
        if (!care) {
            return false;
        }
        for (String end : FACILITY_ENDINGS) {
            if (lower.endsWith(end) && lower.length() >= end.length() + 3) {
                return true;
            }
        }
        return false;
    }
}
