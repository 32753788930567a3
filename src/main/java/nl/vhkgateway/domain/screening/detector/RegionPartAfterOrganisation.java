package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 13 rule (r13-allow): a compass part of a region after an organisation or a place ("Leger des Heils (Noord)",
 * "Stichting Jeugdteams Zuid-Holland Noord", "Politie Rotterdam (Zuid)"). A capitalised compass word (Noord, Zuid,
 * Oost, West, Midden, Noordoost ...) is cleared when it stands right after the end of an organisation phrase of the
 * lists ({@code organisations.txt}) or after a place of the context-free list (also a hyphenated one, "Zuid-Holland"),
 * alone in brackets or without them. Guards: the word before is no listed given name or surname ("Jan Noord", "Bakker
 * (Noord)"), no family word, title or role right before the organisation or place, no family apposition or person
 * verb after the compass word unless the anchor is a hyphenated region ("Zuid-Holland Noord heeft de regie"; "Veilig
 * Thuis Midden belde" stays a name), no capitalised word right after it ("Noord Jansen"). Stateless.
 */
final class RegionPartAfterOrganisation {

    private static final Set<String> COMPASS = WordSets.of("noord", "zuid", "oost", "west", "midden", "noordoost",
            "noordwest", "zuidoost", "zuidwest", "centrum");

    private RegionPartAfterOrganisation() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 1; i < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || !COMPASS.contains(t.lower())) {
                continue;
            }
            boolean bracket = tokens.get(i - 1).is('(') && i + 1 < n && tokens.get(i + 1).is(')');
            int prev = bracket ? i - 2 : i - 1;
            if (prev < 0 || !tokens.get(prev).isWord() || !tokens.get(prev).capitalised()) {
                continue;
            }
            Token p = tokens.get(prev);
            int anchorStart = anchorStart(tokens, words, prev);
            if (anchorStart < 0 || PlacesBySurroundings.personListed(p, words) && anchorStart == prev
                    || RelativeGuard.kinBefore(tokens, role, words, anchorStart)) {
                continue;
            }
            int after = bracket ? i + 1 : i;
            boolean hyphenatedPlace = anchorStart == prev - 2;
            boolean singlePlace = !hyphenatedPlace; // leak review: "Veilig Thuis Midden belde namens de oma"
            if (RelativeGuard.familyAfter(tokens, words, after) || after + 1 < n && tokens.get(after + 1).isWord()
                    && (!bracket && tokens.get(after + 1).capitalised()
                    || singlePlace && PersonNameDetector.isPersonVerb(tokens.get(after + 1).lower()))) {
                continue;
            }
            flag[i] = false;
        }
    }

    /**
     * Start of the organisation phrase or place that ends at {@code end}: a listed organisation, a place of the
     * context-free list or a hyphenated place ("Zuid-Holland"); -1 when none ends there.
     */
    private static int anchorStart(List<Token> tokens, WordLists words, int end) {
        int org = OrganisationHeadPlace.listedOrganisationEndingAt(tokens, end, words);
        if (org >= 0) {
            return org;
        }
        String lower = WordLists.lower(tokens.get(end).text());
        if (end >= 2 && tokens.get(end - 1).is('-') && tokens.get(end - 2).isWord()
                && words.isPlace(WordLists.lower(tokens.get(end - 2).text()) + "-" + lower)) {
            return end - 2;
        }
        return words.isPlace(lower) && !words.isFirstName(tokens.get(end).text()) ? end : -1;
    }
}
