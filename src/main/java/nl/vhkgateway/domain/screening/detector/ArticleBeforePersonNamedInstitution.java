package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 23 rule (t23-inst): a school, clinic or home named after a person, written with its article and without a
 * head word ("M. is aangemeld bij de Alexander Hegius in Deventer", "Moeder zat eerder in de Willem Arntsz Hoeve",
 * "maatschappelijk werker van de Pieter Zandt", "Het gezin kiest de Guido de Brès in Rotterdam"). In standard Dutch a
 * person's full name takes no article; {@link SchoolNamedAfterPerson} reads the same fact with a school word after
 * the name. An unflag rule:
 * <ul>
 * <li>A lower-case "de" or "het" right after a lower-case word that is no kin word, role or title (a preposition or a
 * verb: "bij de", "van de", "kiest de").</li>
 * <li>Then a full name: two to five capitalised words in ordinary capitalisation, particles allowed between them
 * ("Guido de Brès"); the first is no listed surname that is not also a given name ("bij de Vries Bakker": "de Vries"
 * is a surname's particle), the last is no listed given name ("de Jan Willem": a double given name, as the southern
 * "de Jan" says of a person).</li>
 * <li>The name closes its clause: punctuation (not a bracket), the end, or a place preposition (in, te, uit, aan, op).</li>
 * <li>No kin word, role or title among its words, no family apposition or age after it ({@link
 * RelativeGuard#familyAfter}), not in a line in capitals.</li>
 * </ul>
 * Stays a person: a full name without article ("bij Alexander Hegius"), a particle surname after "bij de" ("bij de
 * Vries"), a kin word or role before the article ("tante de Boer"), a name before a verb or a bracket ("de Sanne Bakker
 * (15)"). <b>Price</b>: the southern spoken habit of an article before a person's full name ("ik heb de Jan Bakker
 * gesproken") reads as an institution when the name closes its clause. Stateless.
 */
final class ArticleBeforePersonNamedInstitution {

    private static final Set<String> ARTICLES = WordSets.of("de", "het");
    private static final Set<String> PARTICLES = WordSets.of("van", "de", "der", "den", "ter", "ten", "'t", "la", "le",
            "du", "da");
    private static final Set<String> PLACE_PREPOSITIONS = WordSets.of("in", "te", "uit", "aan", "op");
    private static final int MAX_WORDS = 5;

    private ArticleBeforePersonNamedInstitution() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words, boolean shouted) {
        if (shouted) {
            return;
        }
        int n = tokens.size();
        for (int a = 1; a + 2 < n; a++) {
            Token article = tokens.get(a);
            Token before = tokens.get(a - 1);
            if (!article.isWord() || !article.text().equals(article.lower()) || !ARTICLES.contains(article.lower())
                    || !before.isWord() || before.capitalised() || words.isKinOrRole(before.lower())
                    || words.isTitle(before.lower()) || (role[a - 1] & (PersonNameDetector.KIN | PersonNameDetector.TITLE)) != 0) {
                continue;
            }
            int last = nameEnd(tokens, role, words, a + 1);
            if (last < 0 || !closes(tokens, last) || RelativeGuard.familyAfter(tokens, words, last)) {
                continue;
            }
            Token first = tokens.get(a + 1);
            Token end = tokens.get(last);
            if (words.isSurname(first.text()) && !words.isFirstName(first.text())
                    || words.isFirstName(end.text()) || words.isFirstNameLower(end.lower())) {
                continue;
            }
            boolean any = false;
            for (int k = a + 1; k <= last; k++) {
                any |= flag[k];
            }
            if (!any) {
                continue;
            }
            for (int k = a + 1; k <= last; k++) {
                flag[k] = false;
            }
            a = last;
        }
    }

    /** Last word of a name of two to five capitalised words from {@code from}, or -1. */
    private static int nameEnd(List<Token> tokens, int[] role, WordLists words, int from) {
        int n = tokens.size();
        int last = -1;
        int count = 0;
        for (int k = from; k < n; k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                break;
            }
            if ((role[k] & (PersonNameDetector.KIN | PersonNameDetector.TITLE)) != 0 || words.isKinOrRole(t.lower())
                    || words.isTitle(t.lower())) {
                return -1;
            }
            if (t.capitalised() && !t.allCaps()) {
                last = k;
                count++;
                if (count > MAX_WORDS) {
                    return -1;
                }
            } else if (last >= 0 && PARTICLES.contains(t.text()) && k + 1 < n && tokens.get(k + 1).isWord()
                    && tokens.get(k + 1).capitalised()) {
                continue;
            } else {
                break;
            }
        }
        return count >= 2 ? last : -1;
    }

    /** Punctuation other than a bracket, the end, or a place preposition after the name. */
    private static boolean closes(List<Token> tokens, int last) {
        if (last + 1 >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(last + 1);
        if (!next.isWord()) {
            return !next.is('(');
        }
        return PLACE_PREPOSITIONS.contains(next.lower());
    }
}
