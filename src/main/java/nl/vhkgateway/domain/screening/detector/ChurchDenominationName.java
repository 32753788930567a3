package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 15 rule (r15-allow2): the name of a Dutch church denomination ("de Oud Gereformeerde Gemeente", "de Hersteld
 * Hervormde Kerk", "de Gereformeerde Gemeenten in Nederland") is an organisation, not a person. The denominations'
 * names are a closed set of parts (source: the denominations' own names as listed in Wikipedia NL "Lijst van
 * protestantse kerkgenootschappen in Nederland" and CBS/KASKI church statistics; typed for the project, CC0): a
 * qualifier (Oud, Hersteld, Vrijgemaakt, Nederlands ...), one or more church adjectives (Gereformeerde, Hervormde,
 * Lutherse, Evangelische ...) and a head (Kerk, Kerken, Gemeente, Gemeenten). A flagged word of the closed qualifier
 * or adjective set is cleared only when the chain of closed words after it ends in a head; flagged particles right
 * before it ("van de Oud Gereformeerde Gemeente" after a family word) are cleared with it. Any word outside the
 * closed sets ("moeder Jansen Gereformeerde Kerk", "Van Oud en Gereformeerde Kerk") breaks the chain and keeps its
 * flag. The qualifier must follow the article "de" (a denomination is named with it; not "den":
 * "van den Oud" is a surname), no family noun before "van de" ("het gezin van de Oud Gereformeerde Gemeente"), and no form of address, title
 * or family word may stand right before that article ("mevrouw de Vrij Evangelische Gemeente"); a qualifier right
 * after a form of address or family word ("mevrouw Oud Gereformeerde Gemeente", leak review) keeps its flag.
 * Stateless.
 */
final class ChurchDenominationName {

    /** Words that stand before the church adjective in a denomination's name. */
    private static final Set<String> QUALIFIERS = WordSets.of("oud", "hersteld", "vrijgemaakt", "nederlands",
            "nederlandse", "nederduits", "nederduitse", "christelijke", "christelijk", "vrije", "rooms", "oud-katholieke",
            "oud-gereformeerde", "rooms-katholieke", "evangelisch-lutherse", "protestantse", "remonstrantse",
            "doopsgezinde", "evangelische", "evangelisch", "gereformeerde", "hervormde", "lutherse", "katholieke",
            "apostolische", "pinkstergemeente", "baptisten", "vrij", "voortgezette");

    /** The head that closes a denomination's name. */
    private static final Set<String> HEADS = WordSets.of("kerk", "kerken", "gemeente", "gemeenten", "broederschap",
            "kerkgenootschap");

    private static final int MAX_CHAIN = 4;

    private static final Set<String> FAMILY_NOUNS = WordSets.of("gezin", "familie", "fam", "huize", "echtpaar");

    private ChurchDenominationName() {
    }

    static void unflag(List<Token> tokens, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || !QUALIFIERS.contains(t.lower())
                    || !afterArticle(tokens, i, words)) {
                continue;
            }
            int end = chainEnd(tokens, i);
            if (end < 0) {
                continue;
            }
            for (int k = i; k <= end; k++) {
                flag[k] = false;
            }
            for (int k = i - 1; k >= 0 && flag[k] && tokens.get(k).isWord() && !tokens.get(k).capitalised()
                    && isParticle(tokens.get(k).lower()); k--) {
                flag[k] = false;
            }
        }
    }

    /** The index of the head closing a chain of capitalised closed words that starts at {@code i}, or -1. */
    private static int chainEnd(List<Token> tokens, int i) {
        boolean adjective = false;
        for (int k = i + 1; k < tokens.size() && k <= i + MAX_CHAIN; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || !t.capitalised() || !t.spaceBefore()) {
                return -1;
            }
            if (HEADS.contains(t.lower())) {
                return adjective || !tokens.get(i).lower().equals("oud") ? k : -1;
            }
            if (!QUALIFIERS.contains(t.lower())) {
                return -1;
            }
            adjective = true;
        }
        return -1;
    }

    /**
     * A denomination is named with its article: "de" (or "der", "den") right before the qualifier, and no form of
     * address, title or family word right before that article ("mevrouw de Vrij Evangelische Gemeente").
     */
    private static boolean afterArticle(List<Token> tokens, int i, WordLists words) {
        if (i < 1) {
            return false;
        }
        Token article = tokens.get(i - 1);
        if (!article.isWord() || article.capitalised() || !article.lower().equals("de")) {
            return false;
        }
        if (i < 2) {
            return true;
        }
        Token before = tokens.get(i - 2);
        if (before.isWord() && (words.isTitle(before.lower()) || words.isKinOrRole(before.lower()))) {
            return false;
        }
        // "het gezin van de Oud ...": a family noun before "van de" names the family (leak review probe 167)
        return !(i >= 3 && before.lower().equals("van") && tokens.get(i - 3).isWord()
                && FAMILY_NOUNS.contains(tokens.get(i - 3).lower()));
    }

    private static boolean isParticle(String lower) {
        return lower.equals("van") || lower.equals("de") || lower.equals("der") || lower.equals("den");
    }
}
