package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vhkgateway.domain.screening.Category;

/**
 * Round 13: a street written in lower case with a house number after "op de"/"aan de", as dictated and telegram notes
 * write it: "de kinderen slapen bij hun op de bongerd 12", "ma woont nu aan de meent 4a in hoorn". The street is any
 * lower-case word that is no numbered thing ("op de groep 5", "aan de tafel 4"), no school type or year ("op het vwo
 * 3", "op de havo 4"), no road exit ("aan de afrit 14"), no day or month, no kin or role word and no building of an
 * organisation, and the number is no year ("op het zomerkamp 2025"); the number must end the clause or stand before "in", "te", "bij", "en", "met"
 * ("op de bank 2 nachten" is a count). It counts only where someone lives or stays: a word of living, moving or an
 * address in the sentence before it, or "bij" and a person ("bij hun", "bij oma", "bij de buren"). Stateless and
 * thread-safe.
 */
final class LowerCaseStreetNumber {

    private static final Pattern STREET = Pattern.compile("(?<![\\p{L}])(?:op|aan)\\s+(?:de|het|'t)\\s+"
            + "(\\p{Ll}[\\p{L}'’-]{2,})\\s+(\\d{1,4}(?:\\s?[a-z](?![\\p{L}\\d])|-\\d{1,3}(?![\\d]))?)"
            + "(?=\\s*(?:$|[,.;:!?)\\n]|\\s(?:in|te|bij|en|met|sinds|vanaf)(?![\\p{L}])))");
    /** "bij" and a person right after it: a pronoun, a kin or role word, "de buren", "een vriend(in)". */
    private static final Pattern AT_PERSON = Pattern.compile(
            "(?iu)(?<![\\p{L}])bij\\s+(?:(?:de|een|haar|zijn|hun|mijn|z'n|d'r)\\s+)?([\\p{L}'’]+)");
    static final Set<String> PERSON_WORDS = Set.of("hun", "hen", "ons", "haar", "hem", "mij", "me", "jou",
            "jullie", "buren", "buurvrouw", "buurman", "vriend", "vriendin", "vrienden", "vriendje", "vriendinnetje",
            "kennissen", "familie");

    /** School types and years and road exits take a number too: "op het vwo 3", "aan de afrit 14". */
    private static final Set<String> NOT_STREETS = Set.of("vwo", "havo", "mavo", "mbo", "hbo", "pro", "vso", "so",
            "tl", "gl", "kader", "basis", "brugklas", "bovenbouw", "onderbouw", "gymnasium", "atheneum", "lyceum",
            "isk", "mbo-opleiding", "niveau", "afrit", "afslag", "uitrit", "oprit", "knooppunt", "ring", "snelweg",
            "weg", "a", "n", "zomerkamp", "kamp", "toernooi", "jaargang", "editie", "cursus", "training");
    /** A year without addition after the word: "op het zomerkamp 2025". */
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

    private LowerCaseStreetNumber() {
    }

    static void find(String text, WordLists words, List<Span> spans) {
        if (text.indexOf(" de ") < 0 && text.indexOf(" het ") < 0 && text.indexOf(" 't ") < 0
                || TextWindow.digitCount(text) == 0) {
            return;
        }
        Matcher m = STREET.matcher(text);
        while (m.find()) {
            String lower = m.group(1);
            if (NOT_STREETS.contains(lower) || lower.startsWith("vmbo") || YEAR.matcher(m.group(2)).matches()
                    || AddressDetector.NUMBERED_THINGS.contains(lower) || AddressDetector.CALENDAR_WORDS.contains(lower)
                    || words.isKinOrRole(lower) || AddressDetector.institutionWord(lower) || overlaps(spans, m)) {
                continue;
            }
            int sentence = AddressDetector.sentenceStartBefore(text, m.start());
            if (AddressDetector.ADDRESS_CONTEXT.matcher(text).region(sentence, m.start()).find()
                    || atSomeonesPlace(text, sentence, m.start(), words)) {
                spans.add(new Span(m.start(1), m.end(2), Category.ADDRESS, AddressDetector.NAME));
            }
        }
    }

    /** "bij" and a person between {@code from} and {@code to}: "bij hun", "bij oma", "bij de buren". */
    static boolean atSomeonesPlace(String text, int from, int to, WordLists words) {
        if (to - from < 6) {
            return false;
        }
        Matcher m = AT_PERSON.matcher(text).region(from, to);
        while (m.find()) {
            String w = WordLists.lower(m.group(1));
            if (PERSON_WORDS.contains(w) || words.isKinOrRole(w) && !BirthDateDetector.PROFESSIONAL_ROLES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(List<Span> spans, Matcher m) {
        for (Span s : spans) {
            if (s.start() < m.end(2) && m.start(1) < s.end()) {
                return true;
            }
        }
        return false;
    }
}
