package nl.vhkgateway.domain.screening.detector;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 15: a person's home named before a street and a house number: "bij het huis van opa, Berg 12 in Nuenen",
 * "de flat van haar moeder, Hoog 4", "bij oom thuis, Dijk 20"; right before the street, with only a comma,
 * bracket or "op"/"aan" between ("bij oma thuis keken ze naar Studio 100", "Bij opa thuis: Studio 100 kijken" are no
 * address). A dwelling word ("huis", "ouderlijk huis", "flat",
 * "appartement", "woonboot" ...) with "van" and a family or social word, or "thuis" and a comma before a name that
 * is no Dutch word ("gebeurde thuis, Reigersbos 17 zwart") (not a professional: "het huis van de
 * burgemeester" is no family's home), or "bij" and such a word with "thuis". "Het Huis van de Wijk" and "Huis van
 * het Kind" are organisations: their last word is no person. An address context for a street without a street
 * suffix, as a word of living is. Stateless and thread-safe.
 */
final class HomeOfPerson {

    /** Between the home and the street only a comma, colon or bracket, or "op"/"aan" (with an article). */
    private static final String LINK = "(?:\\s*,\\s*|\\s+(?:op|aan)\\s+(?:de\\s+|het\\s+)?)$";
    /** After the house number: the end of the clause, or "in"/"te"/"op" and a capitalised place. */
    private static final Pattern END_AFTER = Pattern.compile("^(?:\\s*(?:$|[,.;!?)\\n])|\\s+(?:in|te|op)\\s+\\p{Lu}"
            // a door's colour or a floor after the number, as Amsterdam writes it: "Reigersbos 17 zwart", "12 hoog"
            + "|\\s+(?:zwart|rood|hoog|boven|beneden|huis|hs|bis)(?:\\s*(?:$|[,.;!?)\\n])))");
    /** "thuis" alone and a comma: "incident gebeurde thuis, Reigersbos 17". */
    private static final Pattern HOME_ALONE = Pattern.compile("(?iu)(?<![\\p{L}])thuis\\s*,\\s*$");
    private static final String DETERMINER = "(?:(?:zijn|haar|hun|mijn|z'n|d'r|de|het|een)\\s+)?";
    private static final Pattern DWELLING_OF = Pattern.compile("(?iu)(?<![\\p{L}])(?:huis|huisje|flat|flatje|"
            + "appartement|boerderij|woonboot|woonwagen|stacaravan|caravan|benedenwoning|bovenwoning|portiekwoning)"
            + "\\s+van\\s+" + DETERMINER + "([\\p{L}'’]+)" + LINK);
    private static final Pattern AT_HOME = Pattern.compile("(?iu)(?<![\\p{L}])bij\\s+" + DETERMINER
            + "([\\p{L}'’]+)\\s+thuis" + LINK);

    /** "bij zijn moeder op", "bij oma aan de": a relative's home right before a street. */
    private static final Pattern AT_RELATIVE_ON = Pattern.compile("(?iu)(?<![\\p{L}])bij\\s+" + DETERMINER
            + "([\\p{L}'’]+)\\s+(?:op|aan)\\s+(?:de\\s+|het\\s+)?$");

    private static final Pattern NAME_AFTER = Pattern.compile("(\\p{Lu}[\\p{L}'’-]+)\\s+\\d");

    private HomeOfPerson() {
    }

    /**
     * A person's home named right before {@code to} (the street's start), within its sentence from {@code from}, and
     * the house number (ending at {@code end}) ends its clause or stands before "in"/"te"/"op" and a place ("het huis
     * van zijn moeder, Lego City 2 dozen" is a count).
     */
    static boolean rightBefore(String text, int from, int to, int end, WordLists words) {
        if (to - from < 10 || !END_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
            return false;
        }
        int start = Math.max(from, to - 60);
        if (person(DWELLING_OF.matcher(text).region(start, to), words)) {
            return true;
        }
        if (person(AT_HOME.matcher(text).region(start, to), words) || HOME_ALONE.matcher(text).region(start, to).find()) {
            // "(bij opa) thuis, <name> <number>": the name must be no Dutch word ("Bij opa thuis, Formule 1." and
            // "thuis, Studio 100." are programmes)
            Matcher name = NAME_AFTER.matcher(text).region(to, end);
            return name.lookingAt() && !words.isWord(WordLists.lower(name.group(1)));
        }
        return false;
    }

    /**
     * Round 16 (r16-names): "vader zit bij zijn moeder op Kanaal Oost drie", "slaapt bij oma aan de Molenlaan twaalf":
     * "bij", a family or social word and "op"/"aan" right before {@code to} (the street's start), within the clause
     * from {@code from}. An address context for a house number in words, as a word of living is; not a professional's
     * place ("bij de huisarts op de Markt").
     */
    static boolean atRelativeOn(String text, int from, int to, WordLists words) {
        return to - from >= 8 && person(AT_RELATIVE_ON.matcher(text).region(Math.max(from, to - 40), to), words);
    }

    /**
     * Round 26 (t26-held): a relative's home as an apposition, right before the street and its house number: "bij
     * tante, Heerlerbaan 301.", "slaapt bij zijn oom, Dorpsweg 12", "Oma (Nuenen), Berg 14, heeft een logeerkamer":
     * "bij" and a family or social word, or a family word with its place in brackets, then a comma; the house number
     * ends its clause. Not a professional ("bij de huisarts, Markt 4"), not a family word alone before the comma
     * ("Zus, groep 7, ...", "oma, Psalm 23": no home named).
     */
    static boolean relativeApposition(String text, int from, int to, int end, WordLists words) {
        if (to - from < 5 || !END_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
            return false;
        }
        int start = Math.max(from, to - 50);
        return person(AT_RELATIVE_COMMA.matcher(text).region(start, to), words)
                || person(RELATIVE_PLACE_COMMA.matcher(text).region(start, to), words);
    }

    /** "bij (zijn) tante, ". */
    private static final Pattern AT_RELATIVE_COMMA = Pattern.compile("(?iu)(?<![\\p{L}])bij\\s+" + DETERMINER
            + "([\\p{L}'’]+)\\s*,\\s*$");
    /** "Oma (Nuenen), ": a family word with its town in brackets. */
    private static final Pattern RELATIVE_PLACE_COMMA = Pattern.compile("(?iu)(?<![\\p{L}])([\\p{L}'’]+)\\s*"
            + "\\(\\p{Lu}[\\p{L}'’ -]{1,30}\\)\\s*,\\s*$");

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
