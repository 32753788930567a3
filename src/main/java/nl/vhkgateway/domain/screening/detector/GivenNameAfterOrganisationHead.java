package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 12 (oldleaks): a listed given name right after an organisation compound, as the subject of a verb that wants
 * a person ("Kinderopvang Lisa heeft gebeld", "Fysiotherapiepraktijk Ruben zegt ..."). The organisation head covers
 * the capitalised words after it as the organisation's name, which is right for "Huisartsenpraktijk De Linde" or
 * "Praktijk Noord"; a bare given name there is the person at the practice (a professional outside the cover fields,
 * flagged like "huisarts Vermeulen"). Only heads of care practices (…praktijk, …therapie, …kliniek, …team,
 * gastouderopvang; not schools, childcare, care centres or home care, named after royals, saints and brands as a
 * whole: "Basisschool Anne Frank", "Zorgcentrum Juliana", "Kinderopvang Luna"; round 12 oldleaksfix); only a given name of the
 * list that is no ordinary word, no name-that-is-a-word, no place and no listed organisation word ("Praktijk
 * Linde", "Kliniek Roos" stay), standing alone (no capitalised word after it) and followed by a person verb.
 * Stateless.
 */
final class GivenNameAfterOrganisationHead {

    // round 12 (oldleaksfix): no "opvang", "kinderdagverblijf", "centrum", "zorg": childcare, care centres and home
    // care are named after royals, saints and brands as a whole ("Zorgcentrum Juliana", "Kinderopvang Amalia",
    // "Kinderopvang Luna", "Kraamzorg Anna"); a "gastouderopvang" is named after the childminder herself
    private static final String[] HEADS = {"praktijk", "therapie", "kliniek", "team", "gastouderopvang"};

    private GivenNameAfterOrganisationHead() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 1; i + 1 < n; i++) {
            Token t = tokens.get(i);
            Token head = tokens.get(i - 1);
            if (flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || !t.spaceBefore() || !head.isWord()
                    || !organisationHead(head.lower())) {
                continue;
            }
            String lower = t.lower();
            String text = NameClassifier.stripPossessive(t.text());
            if (!words.isFirstName(text) || words.isException(text) || words.isWord(lower)
                    || words.isPlaceInContext(lower) || words.isAbroad(lower) || words.allowed().containsWord(lower)
                    || words.isKinOrRole(lower)) {
                continue;
            }
            Token next = tokens.get(i + 1);
            if (next.isWord() && next.capitalised()) {
                continue;
            }
            if (next.isWord() && next.spaceBefore() && PersonNameDetector.personVerbAfter(tokens, i)) {
                flag[i] = true;
            }
        }
    }

    private static boolean organisationHead(String lower) {
        for (String h : HEADS) {
            if (lower.endsWith(h)) {
                return true;
            }
        }
        return false;
    }
}
