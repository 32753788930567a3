package nl.vhkgateway.domain.screening.detector;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 15: a person's home named before a street and a house number: "bij het huis van opa, Berg 12 in Nuenen",
 * "de flat van haar moeder, Hoog 4", "bij oom thuis, Dijk 20"; right before the street, with only a comma,
 * colon, bracket or "op"/"aan" between ("bij oma thuis keken ze naar Studio 100" is no address). A dwelling word ("huis", "ouderlijk huis", "flat",
 * "appartement", "woonboot" ...) with "van" and a family or social word (not a professional: "het huis van de
 * burgemeester" is no family's home), or "bij" and such a word with "thuis". "Het Huis van de Wijk" and "Huis van
 * het Kind" are organisations: their last word is no person. An address context for a street without a street
 * suffix, as a word of living is. Stateless and thread-safe.
 */
final class HomeOfPerson {

    /** Between the home and the street only a comma, colon or bracket, or "op"/"aan" (with an article). */
    private static final String LINK = "(?:\\s*[,:(]\\s*|\\s+(?:op|aan)\\s+(?:de\\s+|het\\s+)?)$";
    private static final String DETERMINER = "(?:(?:zijn|haar|hun|mijn|z'n|d'r|de|het|een)\\s+)?";
    private static final Pattern DWELLING_OF = Pattern.compile("(?iu)(?<![\\p{L}])(?:huis|huisje|flat|flatje|"
            + "appartement|boerderij|woonboot|woonwagen|stacaravan|caravan|benedenwoning|bovenwoning|portiekwoning)"
            + "\\s+van\\s+" + DETERMINER + "([\\p{L}'’]+)" + LINK);
    private static final Pattern AT_HOME = Pattern.compile("(?iu)(?<![\\p{L}])bij\\s+" + DETERMINER
            + "([\\p{L}'’]+)\\s+thuis" + LINK);

    private HomeOfPerson() {
    }

    /** A person's home named right before {@code to} (the street's start), within its sentence from {@code from}. */
    static boolean rightBefore(String text, int from, int to, WordLists words) {
        if (to - from < 10) {
            return false;
        }
        int start = Math.max(from, to - 60);
        return person(DWELLING_OF.matcher(text).region(start, to), words)
                || person(AT_HOME.matcher(text).region(start, to), words);
    }

    private static boolean person(Matcher m, WordLists words) {
        while (m.find()) {
            if (Character.isUpperCase(m.group().charAt(0)) && m.group().startsWith("Huis")) {
                continue; // "Huis van de Wijk", "Huis van het Kind": an organisation's house
            }
            String w = WordLists.lower(m.group(1));
            if (LowerCaseStreetNumber.PERSON_WORDS.contains(w)
                    || words.isKinOrRole(w) && !BirthDateDetector.PROFESSIONAL_ROLES.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
