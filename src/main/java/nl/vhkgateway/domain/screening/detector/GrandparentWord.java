package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 17 rule (r17-cards, after the review of rev-allow): a grandparent word of Sarnami or Turkish that is a given
 * name too ({@code grandparent-words.txt}: nana, nani, aja, aji, dede) is the relative, not a name, only with kin
 * evidence in the sentence:
 * <ul>
 * <li>joined by "en", "&amp;" or a comma to a kin word or another such word ("bij babaanne en dede", "Nana en nani
 * (mzk)", "oma en dede");</li>
 * <li>a family side or a kin word in brackets right after it ("nani (mzk)", "Dede (vzk)", "Aji (oma)"), or (round 24)
 * the Dutch grandparent noun with a side and a birth year ({@link GrandparentGloss}: "Nani (grootmoeder vaderskant,
 * 1951)");</li>
 * <li>written in lower case after a possessive or the article "de" ("haar nani", "de dede van vader").</li>
 * </ul>
 * Alone ("Nana zit in groep 4", "Gesproken met Aja op school"), after a kin word ("dochter Nana") and before an age
 * ("Nani (6)", "Nana, 7 jaar") it stays a name. Stateless.
 */
final class GrandparentWord {

    private static final Set<String> WORDS = WordLists.lowerCaseSet("grandparent-words.txt");
    private static final Set<String> SIDES = Set.of("mzk", "vzk", "mz", "vz", "moederszijde", "vaderszijde",
            "moederskant", "vaderskant", "mk", "vk");
    private static final Set<String> OPENERS = Set.of("haar", "zijn", "z'n", "m'n", "mijn", "hun", "onze", "de");
    private static final Set<String> JOINERS = Set.of("en", "&");
    private static final Set<String> LIVES = Set.of("woont", "woonde");
    private static final Set<String> IN_ENDS = Set.of("en", "bij", "sinds", "maar");

    private GrandparentWord() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        unflag(tokens, role, flag, words, Set.of());
    }

    /**
     * As {@link #unflag(List, int[], boolean[], WordLists)}, and (round 23, t23-cards) with the grandparent words the
     * card itself uses for a relative ({@link #learnFromFirstReading}: "ik ga naar nani", "Bij nani is het stil",
     * "Nana en nani (mzk)"): such a word capitalised only because it opens a sentence, a quote, a table cell or a list
     * item, before a lower-case word or a speaker's colon ("Nani woont op een flat", "Nani is een veilige plek", "Nani:
     * \"Ik kan D. nemen.\""), is the same relative. Dutch capitalises a common noun at a sentence start only; a card
     * that writes the word in lower case elsewhere uses it as one. The guards above hold (a kin word before: "dochter
     * Nana"; an age after: "Nani (6)"), a capital, bracket or comma after keeps the flag, a clause that says who the
     * word is as of a person keeps it ({@link PersonPredicate}, review rb: "Aja is de vriendin van oom"), and a word the
     * card names with person evidence elsewhere stays a name (the detector restores it).
     */
    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words, Set<String> cardRelatives) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || t.allCaps() || !WORDS.contains(t.lower())
                    || i > 0 && tokens.get(i - 1).isWord() && kin(tokens.get(i - 1), role, words, i - 1)
                    || ageAfter(tokens, i)) {
                continue;
            }
            if (joinedToKin(tokens, role, words, i) || sideAfter(tokens, words, i)
                    || !t.capitalised() && i > 0 && tokens.get(i - 1).isWord()
                    && OPENERS.contains(tokens.get(i - 1).lower())
                    || (cardRelatives.contains(t.lower()) && !onlyLaterHere(tokens, i, t.lower())
                    && verbOrColonAfter(tokens, i) || livesIn(tokens, i))
                    && opensClause(tokens, i) && !PersonPredicate.after(tokens, i, words)) {
                flag[i] = false;
            }
        }
    }

    /**
     * Round 23 (t23-cards): the grandparent words of one segment that the first reading of the card left unflagged
     * (written in lower case, or read as the relative by the rules above), added to {@code relatives} in lower case.
     */
    static void learnFromFirstReading(List<Token> tokens, boolean[] flag, Set<String> relatives) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!flag[i] && t.isWord() && !t.allCaps() && WORDS.contains(t.lower())) {
                relatives.add(t.lower());
            }
        }
    }

    /**
     * Round 23 (t23-cards): "Nani woont in en kookt voor het hele gezin": "woont in" (lives in with the family, as a
     * grandparent does) with nothing of a place after "in" (the end, a punctuation mark, "en", "bij"). "Nani woont in
     * Moerwijk" (a place after "in") is not this shape.
     */
    private static boolean livesIn(List<Token> tokens, int i) {
        int n = tokens.size();
        if (i + 2 >= n || !tokens.get(i + 1).isWord() || !LIVES.contains(tokens.get(i + 1).lower())
                || !tokens.get(i + 2).isWord() || !tokens.get(i + 2).lower().equals("in")) {
            return false;
        }
        if (i + 3 == n) {
            return true;
        }
        Token after = tokens.get(i + 3);
        return after.is('.') || after.is(',') || after.is(';') || after.isWord() && IN_ENDS.contains(after.lower());
    }

    /**
     * The word written in lower case in this same segment only after the capitalised one ("Aja speelt op straat; haar
     * aja kookt", "Nani zegt ...; de kinderen gaan dan naar nani"): a capitalised word opening a clause before the
     * relative is introduced may be a person of that name beside the relative (round 18's rows), so it keeps its flag.
     * A lower-case use earlier in the segment ("naar nani." Nani is een veilige plek) or in another paragraph of the
     * card vouches for it (lead, at the merge of round 23).
     */
    private static boolean onlyLaterHere(List<Token> tokens, int i, String lower) {
        boolean later = false;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (k != i && t.isWord() && !t.capitalised() && t.lower().equals(lower)) {
                if (k < i) {
                    return false;
                }
                later = true;
            }
        }
        return later;
    }

    /** Opens the segment, a sentence, a quote, a cell or a list item. */
    private static boolean opensClause(List<Token> tokens, int i) {
        if (i == 0 || tokens.get(i).sentenceStart()) {
            return true;
        }
        Token b = tokens.get(i - 1);
        return QuoteTracker.opens(b) || b.is(':') || b.is('|') || b.is('-') || b.is('•') || b.is(';');
    }

    /** A lower-case word (the clause's verb) or a speaker's colon after the word. */
    private static boolean verbOrColonAfter(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(i + 1);
        return next.isWord() && !next.capitalised() || next.is(':');
    }

    /**
     * Round 19 (fix19-items): a grandparent word written in lower case right before a capitalised word that is not in
     * capitals ("aji Soekwantie zegt", "nana Ramdin kookt"): a name would be capitalised like the word after it, so the
     * lower-case word is the relative's title and the capitalised word after it the relative's name.
     */
    static boolean lowerCaseBeforeCapital(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (i + 1 >= tokens.size() || t.capitalised() || !WORDS.contains(t.lower())) {
            return false;
        }
        Token next = tokens.get(i + 1);
        return next.isWord() && next.capitalised() && !next.allCaps();
    }

    /**
     * Round 25 (t25-items): a capitalised grandparent word opening a sentence right before a capitalised word (not in
     * capitals) that a lower-case word (the clause's verb) follows: "Nani Kalawatie woont in het gezin", "Aji Ramkisoen
     * kookt": the relative's title and name, read as "oma Kalawatie". The word after it is read like a word after a kin
     * word (a place or an organisation there stays: "Nani Paramaribo" is no name).
     */
    static boolean capitalisedOpeningBeforeCapital(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (i + 2 >= tokens.size() || !t.capitalised() || t.allCaps() || !WORDS.contains(t.lower())
                || !(i == 0 || t.sentenceStart())) {
            return false;
        }
        Token next = tokens.get(i + 1);
        Token verb = tokens.get(i + 2);
        return next.isWord() && next.capitalised() && !next.allCaps() && next.spaceBefore() && verb.isWord()
                && !verb.capitalised();
    }

    private static boolean kin(Token t, int[] role, WordLists words, int k) {
        return (role[k] & PersonNameDetector.KIN) != 0 || words.isKinOrRole(t.lower()) || WORDS.contains(t.lower());
    }

    /** "X en oma", "oma en X", "nana, nani": a kin word on the other side of a joiner. */
    private static boolean joinedToKin(List<Token> tokens, int[] role, WordLists words, int i) {
        int n = tokens.size();
        if (i + 2 < n && tokens.get(i + 2).isWord() && joined(tokens.get(i + 1), tokens.get(i + 2), role, words, i + 2)
                && !ageAfter(tokens, i + 2)) {
            return true;
        }
        return i >= 2 && tokens.get(i - 2).isWord() && joined(tokens.get(i - 1), tokens.get(i - 2), role, words, i - 2);
    }

    /**
     * "en"/"&amp;" before a kin word, or a comma before another grandparent word ("nana, nani"); a comma before any
     * other kin word is an apposition ("De oudste, Nana, past op": rev-allow-155).
     */
    private static boolean joined(Token joiner, Token other, int[] role, WordLists words, int k) {
        if (joiner.is(',')) {
            return WORDS.contains(other.lower());
        }
        return (joiner.is('&') || joiner.isWord() && JOINERS.contains(joiner.lower())) && kin(other, role, words, k);
    }

    /** "(mzk)", "(vzk)", "(oma)" right after the word; round 24: "(grootmoeder vaderskant, 1951)". */
    private static boolean sideAfter(List<Token> tokens, WordLists words, int i) {
        if (GrandparentGloss.after(tokens, i)) {
            return true;
        }
        if (i + 3 >= tokens.size() || !tokens.get(i + 1).is('(') || !tokens.get(i + 3).is(')')) {
            return false;
        }
        Token w = tokens.get(i + 2);
        return w.isWord() && (SIDES.contains(w.lower()) || words.isKinOrRole(w.lower()));
    }

    /** A number right after the word, after its bracket or after a comma ("Nani (6)", "Nana, 7 jaar"). */
    private static boolean ageAfter(List<Token> tokens, int i) {
        int k = i + 1;
        if (k < tokens.size() && (tokens.get(k).is('(') || tokens.get(k).is(','))) {
            k++;
        }
        return k < tokens.size() && tokens.get(k).isNumber();
    }
}
