package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.vhkgateway.domain.screening.detector.NameClassifier.WordClass;

/**
 * Round 9 rules: places by the shape of the text, where no list knows every village, neighbourhood or town abroad.
 * <ul>
 * <li>A place in brackets after a known place or country names a town or neighbourhood in it: "de Filipijnen
 * (Cebu)", "Arnhem-Zuid (Malburgen)", "Curaçao (Banda Abou)"; a listed given name that is no place stays a name.</li>
 * <li>A list of capitalised words before a country in brackets names places in it: "Santiago en Praia
 * (Kaapverdië)".</li>
 * <li>A list of single capitalised words joined by commas, "en" or "of", with a known place in it and otherwise
 * only words no name list knows or places that are also names: every member is a place ("Manilla, Cebu, Dubai",
 * "Hoogstraten, Meerle en Minderhout", "(Goor, Delden)").</li>
 * <li>A capitalised run joined by a hyphen to a lower-case place noun is a place name as a whole: "Ho Chi
 * Minh-stad", "Kuala Lumpur-city".</li>
 * </ul>
 */
final class PlaceShapes {

    private static final Set<String> PLACE_NOUNS = Set.of("stad", "city", "dorp", "eiland", "town", "ville");
    /** Compass parts of a place compound ("Arnhem-Zuid", "Amsterdam-Noord"). */
    private static final Set<String> COMPASS = Set.of("noord", "zuid", "oost", "west", "centrum", "noordoost",
            "noordwest", "zuidoost", "zuidwest", "nieuw-west");

    private PlaceShapes() {
    }

    static void cover(List<Token> tokens, WordClass[] cls, boolean[] covered, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (t.is('(') && i > 0 && i + 2 < n && placeBefore(tokens, i - 1, words)) {
                bracketRun(tokens, cls, covered, words, i + 1);
            }
            if (t.isWord() && !t.capitalised() && PLACE_NOUNS.contains(t.lower()) && i >= 2
                    && tokens.get(i - 1).is('-') && !tokens.get(i - 1).spaceBefore() && !t.spaceBefore()
                    && tokens.get(i - 2).isWord() && tokens.get(i - 2).capitalised()) {
                for (int k = i - 2; k >= 0 && k > i - 6 && tokens.get(k).isWord() && tokens.get(k).capitalised()
                        && cls[k] != WordClass.ROLE; k--) {
                    covered[k] = true; // "Ho Chi Minh-stad"
                }
            }
        }
        lists(tokens, cls, covered, words);
    }

    /** The word before the bracket is a known place or country, or a place with a compass part ("Arnhem-Zuid"). */
    private static boolean placeBefore(List<Token> tokens, int k, WordLists words) {
        Token p = tokens.get(k);
        if (!p.isWord() || !p.capitalised()) {
            return false;
        }
        String lower = WordLists.lower(p.text());
        if (words.isPlace(lower) && !words.isFirstName(p.text())) {
            return true;
        }
        return COMPASS.contains(lower) && k >= 2 && tokens.get(k - 1).is('-') && tokens.get(k - 2).isWord()
                && words.isPlaceInContext(WordLists.lower(tokens.get(k - 2).text()));
    }

    /** "(Cebu)", "(Banda Abou)", "(Goor, Delden)": one or more places in the brackets. */
    private static void bracketRun(List<Token> tokens, WordClass[] cls, boolean[] covered, WordLists words, int from) {
        int n = tokens.size();
        int k = from;
        int start = k;
        while (k < n && k < from + 8) {
            Token t = tokens.get(k);
            if (t.isWord() && t.capitalised() && cls[k] != WordClass.ROLE && cls[k] != WordClass.INITIAL
                    && !givenNameOnly(t, words) && k < start + 3) {
                k++;
            } else if (k > start && (t.is(',') || t.isWord() && (t.text().equals("en") || t.text().equals("of")))
                    && k + 1 < n && tokens.get(k + 1).isWord() && tokens.get(k + 1).capitalised()) {
                k++;
                start = k;
            } else {
                break;
            }
        }
        if (k > from && k < n && tokens.get(k).is(')')) {
            for (int m = from; m < k; m++) {
                covered[m] = true;
            }
        }
    }

    private static boolean givenNameOnly(Token t, WordLists words) {
        String text = NameClassifier.stripPossessive(t.text());
        return words.isFirstName(text) && !words.isPlaceInContext(WordLists.lower(text));
    }

    /** Lists of single capitalised words (or hyphenated ones) joined by commas, "en" and "of". */
    private static void lists(List<Token> tokens, WordClass[] cls, boolean[] covered, WordLists words) {
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            List<int[]> members = new ArrayList<>();
            int k = i;
            while (k < n) {
                int end = member(tokens, cls, k);
                if (end <= k) {
                    break;
                }
                members.add(new int[] {k, end});
                if (end + 1 < n && (tokens.get(end).is(',') || tokens.get(end).isWord()
                        && (tokens.get(end).text().equals("en") || tokens.get(end).text().equals("of")))) {
                    k = end + 1;
                } else {
                    k = end;
                    break;
                }
            }
            if (members.size() >= 2) {
                judge(tokens, cls, covered, words, members, k);
            }
            i = Math.max(k, i + 1);
        }
    }

    /** One member: a capitalised word, or capitalised words joined by hyphens; the end (exclusive). */
    private static int member(List<Token> tokens, WordClass[] cls, int k) {
        int n = tokens.size();
        if (!tokens.get(k).isWord() || !tokens.get(k).capitalised() || cls[k] == WordClass.ROLE
                || cls[k] == WordClass.INITIAL || tokens.get(k).allCaps()) {
            return k;
        }
        int end = k + 1;
        while (end + 1 < n && tokens.get(end).is('-') && !tokens.get(end).spaceBefore()
                && tokens.get(end + 1).isWord() && tokens.get(end + 1).capitalised()) {
            end += 2;
        }
        if (end < n && tokens.get(end).isWord() && tokens.get(end).capitalised()) {
            return k; // two capitalised words: a full name or an institution, no single place
        }
        return end;
    }

    private static void judge(List<Token> tokens, WordClass[] cls, boolean[] covered, WordLists words,
                              List<int[]> members, int after) {
        int known = 0;
        for (int[] m : members) {
            Token first = tokens.get(m[0]);
            String lower = WordLists.lower(compound(tokens, m));
            boolean place = words.isPlace(lower) || words.isPlaceInContext(lower);
            boolean unknown = cls[m[0]] == WordClass.UNKNOWN || cls[m[0]] == WordClass.DICTIONARY
                    && !words.isCommonWord(first.lower());
            if (!place && !unknown || givenNameOnly(first, words) || words.isKinOrRole(first.lower())) {
                return; // "Jansen, Dubai en Sanne": not a list of places
            }
            if (words.isPlace(lower) && !words.isFirstName(first.text())) {
                known++;
            } else if (place && !words.isFirstName(first.text()) && !words.isSurname(first.text())) {
                known++;
            }
        }
        boolean allPlaces = true;
        for (int[] m : members) {
            allPlaces &= words.isPlaceInContext(WordLists.lower(compound(tokens, m)));
        }
        if (known == 0 && !(allPlaces && members.size() >= 3)) {
            return;
        }
        for (int[] m : members) {
            for (int k = m[0]; k < m[1]; k++) {
                covered[k] = true;
            }
        }
    }

    private static String compound(List<Token> tokens, int[] m) {
        StringBuilder b = new StringBuilder();
        for (int k = m[0]; k < m[1]; k++) {
            b.append(tokens.get(k).text());
        }
        return b.toString();
    }
}
