package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.vhkgateway.domain.screening.detector.NameClassifier.WordClass;

/**
 * Round 9 rules: places by the shape of the text, where no list knows every village, neighbourhood or town abroad.
 * <ul>
 * <li>A place in brackets after a known place or country names a town in it: "komt uit de Filipijnen (Cebu)" (a word of
 * no list only in a sentence about origin); a listed name that no place list knows stays a name.</li>
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

    private static final Set<String> PLACE_NOUNS = WordSets.of("stad", "city", "dorp", "eiland", "town", "ville");
    /** Compass parts of a place compound ("Arnhem-Zuid", "Amsterdam-Noord"). */
    private static final Set<String> COMPASS = WordSets.of("noord", "zuid", "oost", "west", "centrum", "noordoost",
            "noordwest", "zuidoost", "zuidwest", "nieuw-west");

    private PlaceShapes() {
    }

    /** "noord", "centrum", "zuidwest": a compass part or centre, also the name of a police or care district. */
    static boolean compass(String lower) {
        return COMPASS.contains(lower) || lower.equals("midden");
    }

    static void cover(List<Token> tokens, WordClass[] cls, boolean[] covered, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (t.is('(') && i > 0 && i + 2 < n && placeBefore(tokens, i - 1, words)) {
                bracketRun(tokens, cls, covered, words, i + 1, origin(tokens, i));
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

    /** Verbs and words of origin before the country: "komt uit", "afkomstig uit", "geboren in", "gevlucht uit". */
    private static final Set<String> ORIGIN = Set.of("komt", "komen", "kwam", "kwamen", "afkomstig", "geboren",
            "gevlucht", "vluchtte", "opgegroeid", "origine", "oorspronkelijk", "herkomst", "geboorteland");

    /**
     * Leak review: an unknown word in brackets after a country is a town only in a sentence about where someone comes
     * from ("Moeder komt uit de Filipijnen (Cebu)", "Gezin komt uit Iran (Shiraz)"); "Tante woont in Eritrea
     * (Ghebremariam)" may name the family.
     */
    private static boolean origin(List<Token> tokens, int bracket) {
        for (int k = bracket - 1; k >= 0 && k >= bracket - 8; k--) {
            Token t = tokens.get(k);
            if (t.is('.') || t.is(';')) {
                return false;
            }
            if (t.isWord() && ORIGIN.contains(t.lower())) {
                return true;
            }
        }
        return false;
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

    /**
     * "(Cebu)", "(Shiraz)" after a known place or country in a sentence about origin: one or more places in the
     * brackets. A listed name that no place list knows ends the run (leak review: "in Roosendaal (Jansen)", "in
     * Eritrea (Ghebremariam)" name families); after a Dutch town or district, or without origin, only known places.
     */
    private static void bracketRun(List<Token> tokens, WordClass[] cls, boolean[] covered, WordLists words, int from,
                                   boolean origin) {
        int n = tokens.size();
        int k = from;
        int start = k;
        while (k < n && k < from + 8) {
            Token t = tokens.get(k);
            String lower = WordLists.lower(t.text());
            boolean listedName = words.isName(NameClassifier.stripPossessive(t.text())) || words.isWeakName(lower);
            boolean ok = origin ? !listedName || words.isPlace(lower) : words.isPlace(lower) && !listedName;
            if (t.isWord() && t.capitalised() && cls[k] != WordClass.ROLE && cls[k] != WordClass.INITIAL && ok
                    && k < start + 3) {
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

    /**
     * Leak review: a member that is a listed name counts only when a place list (not the list of places that are also
     * names) knows it; the list needs a known place and no person verb after it ("Anna, David en Charlotte slapen").
     */
    private static void judge(List<Token> tokens, WordClass[] cls, boolean[] covered, WordLists words,
                              List<int[]> members, int after) {
        int known = 0;
        for (int[] m : members) {
            Token first = tokens.get(m[0]);
            String lower = WordLists.lower(compound(tokens, m));
            boolean listedName = words.isName(NameClassifier.stripPossessive(first.text()))
                    || words.isWeakName(first.lower());
            boolean place = words.isPlace(lower);
            boolean unknown = !listedName && (cls[m[0]] == WordClass.UNKNOWN || cls[m[0]] == WordClass.DICTIONARY
                    && !words.isCommonWord(first.lower()));
            if (listedName && !place || !place && !unknown || words.isKinOrRole(first.lower())) {
                return; // "Jansen, Dubai en Sanne", "Kaya, Mila en Ngozi": not a list of places
            }
            if (place) {
                known++;
            }
        }
        if (known == 0 || after < tokens.size() && tokens.get(after).isWord()
                && PersonNameDetector.isPersonVerb(tokens.get(after).lower())) {
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
