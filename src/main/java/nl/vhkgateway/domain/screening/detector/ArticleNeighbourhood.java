package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 14 rule (r14-places): a neighbourhood, hamlet or estate whose name opens with a capitalised article ("De
 * Huet", "Het Zand", "'t Zand", "Den Hoorn") is a place, not a surname with a particle, in two positions:
 * <ul>
 * <li>after "in" right behind a noun of a dwelling or an area ("bij de woning in De Huet", "de flat in Het Zand",
 * "een huis in 't Veld"): a person is never "the dwelling in" someone;</li>
 * <li>as the value of a neighbourhood label that opens its line or cell ("Wijk: De Huet, Doetinchem", "buurt: 't
 * Zand").</li>
 * </ul>
 * The name is the article and one or two capitalised words (hyphens between them), and it must end there: the end of
 * the text, a full stop, comma, semicolon or cell border. Guards: no listed given name among the words ("in De Sanne"
 * is no place name), no kin word, role or title before the article, no bracket, family apposition or person relative
 * after the name ("woning in De Huet (oom)", "Wijk: De Wit, de oom van moeder"). "mevrouw De Huet", "De Wit belde",
 * "vertrouwen in De Wit" and "de woning van De Huet" stay names: none has the dwelling noun and "in", or the label.
 * Stateless.
 */
final class ArticleNeighbourhood {

    /** Capitalised articles that open Dutch names of neighbourhoods and hamlets, lower case. */
    private static final Set<String> ARTICLES = Set.of("de", "het", "'t", "’t", "den");
    /** Nouns of a dwelling or an area before "in" ("de woning in De Huet"). */
    private static final Set<String> DWELLINGS = WordSets.of("woning", "huurwoning", "koopwoning", "huis", "flat",
            "appartement", "portiekflat", "eengezinswoning", "rijtjeshuis", "boerderij", "woonwagen", "woonboot",
            "wijk", "woonwijk", "buurt", "straat", "woonadres", "adres");
    /** Neighbourhood labels whose value may open with an article ("Wijk: De Huet"). */
    private static final Set<String> LABELS = WordSets.of("wijk", "woonwijk", "buurt");
    private static final int MAX_WORDS = 2;

    private ArticleNeighbourhood() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int a = 2; a + 1 < n; a++) {
            Token article = tokens.get(a);
            if (!article.isWord() || !article.capitalised() || !ARTICLES.contains(article.lower())
                    || !(afterDwellingIn(tokens, a) || afterLabel(tokens, a))) {
                continue;
            }
            int end = nameEnd(tokens, a + 1);
            if (end < 0 || !acceptable(tokens, role, words, a, end)) {
                continue;
            }
            if (listedNotPlace(tokens, words, a + 1, end)) {
                continue; // leak review: "Kern: Den Hartog", "in de woning in De Kock.", "Buurt: De Bruijn, Tilburg."
            }
            boolean any = false;
            for (int k = a + 1; k < end; k++) {
                any |= flag[k];
            }
            if (!any) {
                continue;
            }
            for (int k = a; k < end; k++) {
                flag[k] = false;
            }
        }
    }

    /** "... woning in De X": "in" right before the article, a dwelling or area noun right before "in". */
    private static boolean afterDwellingIn(List<Token> tokens, int a) {
        Token in = tokens.get(a - 1);
        Token noun = tokens.get(a - 2);
        return in.isWord() && in.lower().equals("in") && !in.capitalised() && noun.isWord() && !noun.capitalised()
                && DWELLINGS.contains(noun.lower());
    }

    /** "Wijk: De X" with the label opening its line, clause or cell. */
    private static boolean afterLabel(List<Token> tokens, int a) {
        Token colon = tokens.get(a - 1);
        Token label = tokens.get(a - 2);
        if (!colon.is(':') || !label.isWord() || !LABELS.contains(label.lower())) {
            return false;
        }
        if (a - 2 == 0 || label.sentenceStart()) {
            return true;
        }
        Token before = tokens.get(a - 3);
        return before.is('|') || before.is(';') || before.is('.') || before.is('\n');
    }

    /** Exclusive end of the one or two capitalised words after the article, or -1 when the name does not end there. */
    private static int nameEnd(List<Token> tokens, int from) {
        int k = capitalisedWordsEnd(tokens, from);
        if (k < 0 || k == tokens.size()) {
            return k;
        }
        Token next = tokens.get(k);
        return next.is('.') || next.is(',') || next.is('|') ? k : -1;
    }

    /**
     * Exclusive end of the one or two capitalised words from {@code from} (hyphen-joined parts count as one: "De
     * Hoven-Noord"), or -1 when there is none. Shared with {@link ArticleNeighbourhoodOnCard}, which closes the name
     * at more marks.
     */
    static int capitalisedWordsEnd(List<Token> tokens, int from) {
        int n = tokens.size();
        int k = from;
        int count = 0;
        while (k < n && count < MAX_WORDS) {
            Token t = tokens.get(k);
            if (!t.isWord() || !t.capitalised()) {
                break;
            }
            count++;
            k++;
            if (k + 1 < n && tokens.get(k).is('-') && !tokens.get(k).spaceBefore()
                    && !tokens.get(k + 1).spaceBefore() && tokens.get(k + 1).isWord()) {
                k++; // "De Hoven-Noord": the next part follows the hyphen
                count--;
            }
        }
        return count == 0 ? -1 : k;
    }

    /** A word of the name is a surname or weak name of the lists that no place list holds ("De Huet", "De Kock"). */
    private static boolean listedNotPlace(List<Token> tokens, WordLists words, int from, int end) {
        for (int k = from; k < end; k++) {
            Token t = tokens.get(k);
            if (t.isWord() && CardPlaces.listedNotPlace(t, words) && !words.isDomesticPlace(t.lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean acceptable(List<Token> tokens, int[] role, WordLists words, int a, int end) {
        if (RelativeGuard.kinBefore(tokens, role, words, a) || RelativeGuard.familyAfter(tokens, words, end - 1)) {
            return false;
        }
        for (int k = a + 1; k < end; k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                continue;
            }
            String lower = t.lower();
            if ((role[k] & (PersonNameDetector.KIN | PersonNameDetector.TITLE)) != 0 || words.isKinOrRole(lower)
                    || words.isTitle(lower) || words.isFirstName(t.text()) || words.isFirstNameLower(lower)) {
                return false;
            }
        }
        return true;
    }
}
