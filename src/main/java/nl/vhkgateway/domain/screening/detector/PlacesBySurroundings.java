package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 11 allow rules: places that no list knows as a place anywhere, read from the words around them. Each rule
 * only clears a word the detector flagged, and never one with person evidence around it (a family word, role or
 * title right before it, a family apposition, an age or a family word in brackets after it, a verb only a person
 * does, a relative pronoun, "en zijn/haar" or a capital after it); a name the card names elsewhere with evidence is
 * flagged again by the detector afterwards.
 * <ul>
 * <li>{@link #inBracketsAfterPlace}: a single word in brackets after a known place or a place with a compass part
 * names a part of it: "Kaapverdië (Praia)", "Arnhem-Zuid (Malburgen)". The word must be a place of a list (also a
 * place that is a name elsewhere, places-also-names.txt) that no given-name, surname or weak-name list holds, or a
 * word of no list at all with a Dutch place-name ending ("-kwartier", "-burgen"). "in Breda (Visser)" and "in Eritrea
 * (Ghebremariam)" stay names.</li>
 * <li>{@link #nearPlace}: "bij" right after a place phrase means near: "in Duitsland, bij Kleve", "in Vianen (NB) bij
 * Cuijk". The word after "bij" must be a place of a context-free list (places.txt, places abroad) that no given-name,
 * surname or weak-name list holds (round 11 leak fix: "in Spanje bij Garcia", "in Rotterdam bij Sofia", "in Brabant, bij
 * Putten" stay names); "in Duitsland, bij Kees", "in Duitsland bij oom Kleve" stay names.</li>
 * <li>{@link #unknownWithPlaceEnding}: a word of no list at all (no name, weak name or word) with a Dutch place-name
 * ending after a place preposition ("naar Vathorst", "terug naar Hillegersberg") or after "in de" ("in de
 * Graafsewijk") is a neighbourhood or village, as the OpenTaal villages of places-villages.txt are.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class PlacesBySurroundings {

    /** Prepositions before a place ("naar Vathorst", "uit Malburgen"). */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "naar", "uit", "te", "vanuit", "richting",
            "nabij");
    /**
     * Endings of Dutch neighbourhood, village and town names, the long ones only (a subset of the generator's
     * TOPONYM_ENDING, plus "kwartier" and "buurt"): a word of no list with such an ending is a place in place context.
     */
    private static final List<String> PLACE_ENDINGS = List.of("wijk", "kwartier", "buurt", "berg", "bergen", "burg",
            "burgen", "horst", "dorp", "veen", "dijk", "broek", "hoven", "haven", "polder", "woude", "zijl", "plaat",
            "weer", "kerk", "hout", "drecht", "sluis", "oord", "waard");
    private static final int MIN_LENGTH = 7;
    /** A relative pronoun of a person after the word ("bij Kleve, die ..."). */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("die", "wie");
    /** "en zijn vriendin", "en haar man": a possessive after "en" speaks of a person. */
    private static final Set<String> POSSESSIVES = Set.of("zijn", "haar", "z'n", "d'r", "hun", "diens");
    /** The longest distance from "bij" back to the "in" of the place phrase before it. */
    private static final int NEAR_WINDOW = 8;
    /** The most tokens from a word in a bracketed list of places to the list's bracket ("(Nordhorn, Lingen, Meppen)"). */
    private static final int BRACKET_LIST = 6;

    private PlacesBySurroundings() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || personAround(tokens, role, words, i)) {
                continue;
            }
            if (inBracketsAfterPlace(tokens, words, i) || nearPlace(tokens, words, i)
                    || unknownWithPlaceEnding(tokens, words, i)) {
                flag[i] = false;
            }
        }
    }

    /**
     * Person evidence: a family word, role or title before; a family apposition, an age or a description in brackets,
     * a person verb or a capital after.
     */
    static boolean personAround(List<Token> tokens, int[] role, WordLists words, int i) {
        if (RelativeGuard.around(tokens, role, words, i)) {
            return true;
        }
        int next = i + 1;
        if (next < tokens.size() && tokens.get(next).is(')')) {
            next++;
        }
        if (next >= tokens.size()) {
            return false;
        }
        Token after = tokens.get(next);
        if (after.isWord() && (RELATIVE_PRONOUNS.contains(after.lower()) || after.lower().equals("en")
                && next + 1 < tokens.size() && (POSSESSIVES.contains(tokens.get(next + 1).lower())
                || words.isKinOrRole(tokens.get(next + 1).lower())))) {
            return true; // "bij Kleve die hem onderdak geeft", "bij Cuijk en zijn vriendin", "bij Haaren en diens vrouw"
        }
        return after.isWord() && (after.capitalised() && next == i + 1
                || PersonNameDetector.isPersonVerb(after.lower())) || describedInBrackets(tokens, words, i);
    }

    /** "(de zus van vader)", "(oom)", "(15)": a family word or an age in the brackets right after the word. */
    private static boolean describedInBrackets(List<Token> tokens, WordLists words, int i) {
        int n = tokens.size();
        if (i + 2 >= n || !tokens.get(i + 1).is('(')) {
            return false;
        }
        for (int k = i + 2; k < n && k <= i + 4 && !tokens.get(k).is(')'); k++) {
            Token w = tokens.get(k);
            if (w.isNumber() || w.isWord() && words.isKinOrRole(w.lower())) {
                return true;
            }
        }
        return false;
    }

    /** A listed given name, surname or weak name, in any case (not a place that is also a name). */
    static boolean personListed(Token t, WordLists words) {
        String lower = t.lower();
        String cap = NameClassifier.capitalise(lower);
        return words.isName(NameClassifier.stripPossessive(t.text())) || words.isName(cap)
                || words.isFirstNameLower(lower) || words.isWeakName(lower);
    }

    /** No list at all knows the word: no name, weak name, place, word or allowed phrase. */
    static boolean unknown(Token t, WordLists words) {
        String lower = WordLists.lower(t.text());
        return !personListed(t, words) && !words.isWord(lower) && !words.isPlaceInContext(lower)
                && !words.isVillage(lower) && !words.allowed().containsWord(lower);
    }

    static boolean placeEnding(String lower) {
        if (lower.length() < MIN_LENGTH) {
            return false;
        }
        for (String e : PLACE_ENDINGS) {
            if (lower.endsWith(e) && lower.length() >= e.length() + 3) {
                return true;
            }
        }
        return false;
    }

    private static boolean knownPlace(Token t, WordLists words) {
        String lower = WordLists.lower(t.text());
        return words.isPlaceInContext(lower) || words.isVillage(lower) || words.isAbroad(lower);
    }

    /**
     * "Kaapverdië (Praia)", "Rotterdam-Noord (Liskwartier)"; round 17 (r17-allow): also a place of a list that a
     * surname list holds too ("Brussel (Molenbeek)", "Duitsland (Kleef)": the brackets after a place are a place
     * slot; not after a place with a compass part, "Arnhem-Zuid (Brinkhorst)" stays a name), and every member of a list of such places in the brackets ("Duitsland (Nordhorn, Lingen)"); never a given
     * or weak name ("Tilburg (Gül)"), never a word of no place list ("Breda (Visser)"), never a bracket that holds
     * another word than places, commas and "en".
     */
    static boolean inBracketsAfterPlace(List<Token> tokens, WordLists words, int i) {
        int n = tokens.size();
        if (i < 2 || i + 1 >= n) {
            return false;
        }
        int open = i - 1;
        while (open >= 0 && !tokens.get(open).is('(') && i - open <= BRACKET_LIST) {
            open--;
        }
        int close = i + 1;
        while (close < n && !tokens.get(close).is(')') && close - i <= BRACKET_LIST) {
            close++;
        }
        if (open < 1 || close >= n || !tokens.get(open).is('(') || !tokens.get(close).is(')')
                || !placeBefore(tokens, open - 1, words)) {
            return false;
        }
        // a place with a compass part ("Arnhem-Zuid (Brinkhorst)") keeps the older reading: a listed surname in the
        // brackets after a city part is where the family stays, with whom (earlier rounds' rows)
        boolean surnameMayBePlace = !tokens.get(open - 1).is('-') && !(open >= 3 && tokens.get(open - 2).is('-'));
        if (open == i - 1 && close == i + 1) {
            Token t = tokens.get(i);
            return surnameMayBePlace ? bracketPlace(t, words)
                    : knownPlace(t, words) && !personListed(t, words)
                    || unknown(t, words) && placeEnding(WordLists.lower(t.text()));
        }
        if (!surnameMayBePlace) {
            return false;
        }
        for (int k = open + 1; k < close; k++) { // a list: place, place en place
            Token m = tokens.get(k);
            boolean member = (k - open) % 2 == 1;
            if (member ? !m.isWord() || !m.capitalised() || !bracketPlace(m, words)
                    : !m.is(',') && !(m.isWord() && m.text().equals("en"))) {
                return false;
            }
        }
        return (close - open) % 2 == 0;
    }

    /** A place of a list that no given or weak name list holds (a surname may), or an unknown word of place shape. */
    private static boolean bracketPlace(Token t, WordLists words) {
        String lower = WordLists.lower(t.text());
        return knownPlace(t, words) && !words.isFirstName(t.text()) && !words.isFirstNameLower(lower)
                && !words.isWeakName(lower)
                || unknown(t, words) && placeEnding(lower);
    }

    /** A known place or country, or a place with a compass part ("Arnhem-Zuid"), at {@code k}. */
    private static boolean placeBefore(List<Token> tokens, int k, WordLists words) {
        Token p = tokens.get(k);
        if (!p.isWord() || !p.capitalised()) {
            return false;
        }
        String lower = WordLists.lower(p.text());
        if (words.isPlace(lower) && !words.isFirstName(p.text())) {
            return true;
        }
        return PlaceShapes.compass(lower) && k >= 2 && tokens.get(k - 1).is('-') && tokens.get(k - 2).isWord()
                && words.isPlaceInContext(WordLists.lower(tokens.get(k - 2).text()));
    }

    /** "in Duitsland, bij Kleve", "in Vianen (NB) bij Cuijk": "bij" right after "in" and a known place. */
    static boolean nearPlace(List<Token> tokens, WordLists words, int i) {
        if (i < 3 || !tokens.get(i - 1).isWord() || !tokens.get(i - 1).lower().equals("bij")) {
            return false;
        }
        Token t = tokens.get(i);
        // Round 11 leak fix: only a place of the context-free lists (places.txt, places abroad) that no given-name,
        // surname or weak-name list holds; a place that is also a name (places-also-names.txt, the OpenTaal villages)
        // never counts here, nor a given name that is a place too ("in Rotterdam bij Sofia", "in Eritrea bij Saba").
        if (!words.isPlace(WordLists.lower(t.text())) || personListed(t, words)) {
            return false;
        }
        int k = i - 2;
        if (k >= 0 && tokens.get(k).is(',')) {
            k--;
        }
        if (k >= 0 && tokens.get(k).is(')')) { // "(NB)", "(Gld)": a province after the place
            int open = k - 1;
            while (open >= 0 && open > k - 4 && !tokens.get(open).is('(')) {
                open--;
            }
            if (open < 0 || !tokens.get(open).is('(')) {
                return false;
            }
            k = open - 1;
        }
        if (k < 1 || !tokens.get(k).isWord() || !tokens.get(k).capitalised()) {
            return false;
        }
        String place = WordLists.lower(tokens.get(k).text());
        Token in = tokens.get(k - 1);
        return i - k <= NEAR_WINDOW && in.isWord() && in.lower().equals("in") && words.isPlaceInContext(place)
                && !words.isFirstName(tokens.get(k).text());
    }

    /** "naar Vathorst", "terug naar Hillegersberg", "in de Graafsewijk". */
    static boolean unknownWithPlaceEnding(List<Token> tokens, WordLists words, int i) {
        Token t = tokens.get(i);
        if (i < 1 || !unknown(t, words) || !placeEnding(WordLists.lower(t.text()))) {
            return false;
        }
        Token before = tokens.get(i - 1);
        if (!before.isWord()) {
            return false;
        }
        if (PLACE_PREPOSITIONS.contains(before.text())) {
            return true;
        }
        return before.text().equals("de") && i >= 2 && tokens.get(i - 2).isWord()
                && tokens.get(i - 2).text().equals("in");
    }
}
