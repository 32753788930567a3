package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 11 rule (allow2): an organisation compound followed by the municipality or residence it works in
 * ("Woningstichting Den Helder stuurt", "Huisartsenpraktijk Den Burg heeft"). The place must be a gazetteer place of
 * the lists (a PLACE phrase of the allow index, "Den Helder", or a place of {@code places.txt}); a single word is
 * never a place that is also a name ({@code places-also-names.txt}) nor any listed name, the first word is never a
 * listed given name, and nothing may describe it as a person afterwards (a bracket, an apposition, a family word).
 * Stateless.
 */
final class OrganisationHeadPlace {

    /** Heads of organisation compounds ("woningstichting", "huisartsenpraktijk", "jeugdteam"). */
    private static final String[] HEADS = {"praktijk", "stichting", "centrum", "kliniek", "team", "dienst", "bureau",
        "loket", "corporatie", "vereniging", "school", "college", "poli", "polikliniek", "opvang", "huis", "punt"};

    /** Longest organisation phrase looked back for (tokens). */
    private static final int MAX_PHRASE = 7;

    private OrganisationHeadPlace() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 1; i < n; i++) {
            Token head = tokens.get(i - 1);
            Token t = tokens.get(i);
            if (!t.isWord() || !t.capitalised() || !head.isWord() || !head.capitalised()) {
                continue;
            }
            int phraseStart = listedOrganisationEndingAt(tokens, i - 1, words);
            boolean listed = phraseStart >= 0;
            if (!listed && (!organisationHead(head.lower()) || words.isName(head.text()))) {
                continue;
            }
            int length = placeLength(tokens, i, words);
            if (length == 0) {
                continue;
            }
            int last = i + length - 1;
            boolean any = false;
            for (int k = i; k <= last; k++) {
                any |= flag[k];
            }
            if (!any) {
                continue;
            }
            if (last + 1 < n && (tokens.get(last + 1).is('(') || tokens.get(last + 1).is(','))
                    || RelativeGuard.familyAfter(tokens, words, last)
                    || kinInside(tokens, role, words, i, last, listed ? phraseStart : i - 1)) {
                continue; // "Stichting Den Helder (oom)": brackets and appositions are person evidence
            }
            for (int k = i; k <= last; k++) {
                flag[k] = false;
            }
            i = last;
        }
    }

    static boolean organisationHead(String lower) {
        for (String suffix : HEADS) {
            if (lower.endsWith(suffix) && lower.length() > suffix.length() + 2) {
                return true;
            }
        }
        return false;
    }

    /** Tokens of a gazetteer place starting at {@code i}, or 0. */
    private static int placeLength(List<Token> tokens, int i, WordLists words) {
        PhraseIndex.Match m = words.allowed().match(tokens, i);
        int length;
        if (m.length() > 0 && m.kind() == PhraseIndex.Kind.PLACE) {
            length = m.length();
        } else if (words.isPlace(tokens.get(i).lower())) {
            length = 1;
        } else if (OrganisationsBySurroundings.regionWithoutName(tokens.get(i), words)) {
            return 1; // Round 12 (fix30): "Kredietbank Drechtsteden", a region that no name list holds
        } else {
            return 0;
        }
        Token first = tokens.get(i);
        if (words.isFirstName(first.text()) || words.isFirstNameLower(first.lower())
                || words.isWeakName(first.lower())) {
            return 0; // never a listed given name ("Praktijk Sofia")
        }
        if (length == 1 && RelativeGuard.listedName(first, words)) {
            return 0; // one word that a name list holds, or a place that is also a name ("Praktijk Kesteren")
        }
        return length;
    }

    /**
     * Start of a listed organisation phrase of the allow index ({@code organisations.txt}: "Centrum Jeugd en Gezin",
     * "Veilig Thuis") whose last token is {@code end}, written with a capital, or -1. Round 11 (fix26): the head of
     * "Centrum Jeugd en Gezin Den Haag" is the last word of the listed phrase, the place is its local branch.
     */
    static int listedOrganisationEndingAt(List<Token> tokens, int end, WordLists words) {
        for (int start = end; start >= 0 && start >= end - MAX_PHRASE; start--) {
            Token first = tokens.get(start);
            if (!first.isWord() || !first.capitalised()) {
                continue;
            }
            PhraseIndex.Match m = words.allowed().match(tokens, start);
            if (m.kind() == PhraseIndex.Kind.ORGANISATION && start + m.length() - 1 == end) {
                return start;
            }
        }
        return -1;
    }

    /**
     * A kin or title role on the place's tokens, or a kin word, role or title before the phrase that holds the place
     * ({@code before}: the head compound, or the first token of the listed organisation phrase).
     */
    private static boolean kinInside(List<Token> tokens, int[] role, WordLists words, int from, int to, int before) {
        for (int k = from; k <= to; k++) {
            if (tokens.get(k).isWord() && (role[k] & (PersonNameDetector.KIN | PersonNameDetector.TITLE)) != 0) {
                return true;
            }
        }
        return RelativeGuard.kinBefore(tokens, role, words, before);
    }
}
