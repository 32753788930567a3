package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 24 rule (t24-places): the place of a visit written in the visit's own brackets after a contact line
 * ("gesproken op 3-11-2026 (huisbezoek, Rosmalen)", "(huisbezoek in Kerk en Zanen)", "(locatie Berghem)", "(gesprek op
 * school, Nistelrode)"). The bracket opens with a visit noun (a word ending in "bezoek", after at most two lower-case
 * words: "eerste huisbezoek"), "locatie", or a talk or meeting noun (ending in "gesprek" or "overleg", {@link
 * VisitPlace#visitNoun}, or "mdo") with its own place ("op school", "op kantoor", "thuis"); then a comma, "in" or "te" (or, after a visit
 * noun or "locatie", nothing) and the place up to the closing bracket: capitalised words joined by a hyphen, "en",
 * "aan", "den", "de" or "op". Cleared in that place, when no word of it is a given name or stands with person evidence:
 * a word of a place list (also one a surname list holds: "Heesch", "Uden"), a word of the neighbourhood shape ({@link
 * NeighbourhoodShape}: "Graafsewijk", "Boswijk"), and after "in" a surname joined by "en" to a capitalised Dutch word
 * that is no given name (the two-part names "Kerk en Zanen", "Berg en Dal"). Stay names: a surname of no place list and no
 * place shape ("(huisbezoek, Jansen)", "(huisbezoek, Kooijdam)": a family visited is written so too), a title or
 * "fam." before it ("(huisbezoek, fam. Meerwijk)": a lower-case word breaks the place), a given name anywhere in it
 * ("(huisbezoek, Sanne Boswijk)"), a talk without a place of its own ("(gesprek, Heesch)": a talk is with someone)
 * and "bij" ("(huisbezoek bij Heesch)": a host). Stateless.
 */
final class VisitBracketPlace {

    /** Their own place: "op school", "op kantoor", "op locatie", "thuis". */
    private static final Set<String> OWN_PLACES = Set.of("school", "kantoor", "locatie", "het kantoor", "de school",
            "het wijkteam", "het wijkcentrum", "het stadhuis", "het gemeentehuis");
    /** Lower-case words that join the parts of one place's name ("Alphen aan den Rijn", "Kerk en Zanen"). */
    private static final Set<String> NAME_JOINS = Set.of("en", "aan", "den", "de", "op", "-", "–");
    private static final int MAX_PLACE = 7;

    private VisitBracketPlace() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int open = 0; open < n; open++) {
            if (!tokens.get(open).is('(')) {
                continue;
            }
            int start = placeStart(tokens, open);
            if (start < 0) {
                continue;
            }
            int close = start;
            while (close < n && close - start <= MAX_PLACE && !tokens.get(close).is(')')) {
                close++;
            }
            if (close >= n || !tokens.get(close).is(')') || close == start) {
                continue;
            }
            boolean afterIn = tokens.get(start - 1).isWord() && tokens.get(start - 1).lower().equals("in");
            clearPlace(tokens, role, flag, words, start, close, afterIn);
        }
    }

    /** The first token of the place after the bracket's visit words and mark, or -1. */
    private static int placeStart(List<Token> tokens, int open) {
        int n = tokens.size();
        int k = open + 1;
        int adjectives = 0;
        while (k < n && adjectives <= 2 && tokens.get(k).isWord() && !tokens.get(k).capitalised()
                && !visitWord(tokens.get(k)) && !talkWord(tokens.get(k))) {
            k++;
            adjectives++;
        }
        if (k >= n || adjectives > 2) {
            return -1;
        }
        Token noun = tokens.get(k);
        boolean visit = visitWord(noun);
        boolean talk = !visit && talkWord(noun);
        if (!visit && !talk) {
            return -1;
        }
        k++;
        boolean ownPlace = false;
        if (k < n && tokens.get(k).isWord() && tokens.get(k).lower().equals("thuis")) {
            ownPlace = true;
            k++;
        } else if (k + 1 < n && tokens.get(k).isWord() && tokens.get(k).lower().equals("op")) {
            int m = ownPlaceEnd(tokens, k + 1);
            if (m > 0) {
                ownPlace = true;
                k = m;
            }
        }
        if (k >= n) {
            return -1;
        }
        Token mark = tokens.get(k);
        boolean prepositionMark = mark.isWord() && !mark.capitalised()
                && (mark.lower().equals("in") || mark.lower().equals("te"));
        if (mark.is(',') || prepositionMark) {
            if (talk && !ownPlace && !prepositionMark) {
                return -1; // "(gesprek, Heesch)": a talk is with someone
            }
            return k + 1 < n ? k + 1 : -1;
        }
        if (mark.isWord() && mark.capitalised() && !talk) {
            return k; // "(huisbezoek Rosmalen)", "(locatie Berghem)"
        }
        return -1;
    }

    private static int ownPlaceEnd(List<Token> tokens, int k) {
        int n = tokens.size();
        if (k < n && tokens.get(k).isWord() && OWN_PLACES.contains(tokens.get(k).lower())) {
            return k + 1;
        }
        if (k + 1 < n && tokens.get(k).isWord() && tokens.get(k + 1).isWord()
                && OWN_PLACES.contains(tokens.get(k).lower() + " " + tokens.get(k + 1).lower())) {
            return k + 2;
        }
        return -1;
    }

    /** A lower-case visit noun ("huisbezoek", "schoolbezoek") or "locatie". */
    private static boolean visitWord(Token t) {
        return t.isWord() && !t.capitalised() && (t.lower().endsWith("bezoek") || t.lower().equals("locatie"));
    }

    /** A lower-case talk or meeting noun ("gesprek", "oudergesprek", "netwerkoverleg", "mdo"). */
    private static boolean talkWord(Token t) {
        return VisitPlace.visitNoun(t) && !visitWord(t) || t.isWord() && !t.capitalised() && t.lower().equals("mdo");
    }

    private static void clearPlace(List<Token> tokens, int[] role, boolean[] flag, WordLists words, int start,
            int close, boolean afterIn) {
        boolean nounPart = false;
        for (int k = start; k < close; k++) {
            Token t = tokens.get(k);
            if (t.isWord() && !t.capitalised() && NAME_JOINS.contains(t.lower()) || t.is('-') || t.is('–')) {
                continue;
            }
            if (!t.isWord() || !t.capitalised() || t.allCaps() || words.isFirstName(t.text())
                    || words.isFirstNameLower(t.lower()) || RelativeGuard.kinBefore(tokens, role, words, k)) {
                return; // a lower-case word, a number, a given name or a title: no place's name
            }
            nounPart |= plainNoun(t, words);
        }
        if (!tokens.get(start).isWord() || !tokens.get(start).capitalised()
                || PlacesBySurroundings.personAround(tokens, role, words, close - 1)) {
            return;
        }
        for (int k = start; k < close; k++) {
            Token t = tokens.get(k);
            if (!flag[k] || !t.isWord() || !t.capitalised()) {
                continue;
            }
            String lower = t.lower();
            boolean place = words.isPlaceInContext(lower) || words.isVillage(lower) || VillageSurnames.contains(lower);
            boolean joinedToNoun = afterIn && nounPart && joinedByEn(tokens, start, close);
            if (place || NeighbourhoodShape.shaped(t, words) || joinedToNoun) {
                flag[k] = false;
            }
        }
    }

    /**
     * A capitalised Dutch word that is no given name ("Kerk" in "Kerk en Zanen"; a surname list may hold it: after "in"
     * a Dutch word with a capital is a proper name's part, not a person).
     */
    private static boolean plainNoun(Token t, WordLists words) {
        String lower = t.lower();
        return words.isDutchWord(lower) && !words.isFirstName(t.text()) && !words.isFirstNameLower(lower);
    }

    /** The place has the two-part shape "X en Y". */
    private static boolean joinedByEn(List<Token> tokens, int start, int close) {
        return close - start == 3 && tokens.get(start + 1).isWord() && tokens.get(start + 1).lower().equals("en");
    }
}
