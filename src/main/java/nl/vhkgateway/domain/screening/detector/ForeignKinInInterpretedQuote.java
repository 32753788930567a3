package nl.vhkgateway.domain.screening.detector;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Round 23 rule (t23-cards): a youth or parent who speaks through an interpreter names a relative with the kin word
 * of their own language ("R. (13) met tolk: \"Baba is bang dat wij vergeten waar we vandaan komen.\"": baba, father in
 * Arabic, Turkish, Persian). The word opens the quote, so it is capitalised and read as a name; "Baba" is a listed
 * given name too. A clearing rule:
 * <ul>
 * <li>the word is a kin word of another language ({@code foreign-kin-words.txt}: baba, hooyo, yemma, dziadek, mama,
 * dede ...) or a grandparent word ({@code grandparent-words.txt}), capitalised, not in capitals; not a kin word of
 * Frisian or Flemish ({@code REGIONAL}: no interpreter renders them, and "Famke", "Bern" are Dutch given names);</li>
 * <li>inside quotation marks, opening the quote or a sentence of it, before a lower-case word (the clause's verb); a
 * capital ("Baba Yusuf"), a bracket, a comma, a number or the end after it keeps the flag;</li>
 * <li>an interpreter is named before the quote in the same paragraph ("met tolk", "(tolk Arabisch)", "via de
 * tolkentelefoon"; not "geen tolk", "zonder tolk"): the speech is rendered from another language. Without one ("R.
 * (13): \"Baba is bang\"") the word stays a name;</li>
 * <li>review rb: the clause does not say who the word is as one says it of a person ({@link PersonPredicate}: "Dede is
 * mijn broer", "Yaya is de nieuwe vriend van mijn zus", "Aja zit bij mij in de klas").</li>
 * </ul>
 * The words are data. Stateless.
 */
final class ForeignKinInInterpretedQuote {

    private static final Set<String> KIN = union(WordLists.lowerCaseSet("foreign-kin-words.txt"),
            WordLists.lowerCaseSet("grandparent-words.txt"));
    /**
     * Kin words of the regional languages of the Netherlands and Flanders in {@code foreign-kin-words.txt}: no
     * interpreter renders them, and some are Dutch given names ("Famke", "Bern"), so they are never cleared here.
     */
    private static final Set<String> REGIONAL = WordSets.of("bern", "bernsje", "poppe", "lytse", "lyts", "soan",
            "soantsje", "dochterke", "famke", "jonkje", "suster", "susterke", "broerke", "omke", "muoike", "pake",
            "beppe", "heit", "mem", "nonkel", "bompa", "meme", "vake", "moeke");

    /** "geen tolk", "zonder tolk": no interpreter (review rb). */
    private static final Set<String> NEGATIONS = WordSets.of("geen", "zonder", "niet");

    private ForeignKinInInterpretedQuote() {
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    static void unflag(List<Token> tokens, boolean[] flag, WordLists words) {
        int n = tokens.size();
        QuoteTracker quotes = new QuoteTracker();
        boolean interpreter = false;
        for (int i = 0; i + 1 < n; i++) {
            Token t = tokens.get(i);
            if (quotes.mark(t)) {
                continue;
            }
            if (!quotes.inQuote()) {
                interpreter |= t.isWord() && t.lower().startsWith("tolk")
                        && !(i > 0 && tokens.get(i - 1).isWord() && NEGATIONS.contains(tokens.get(i - 1).lower()));
                continue;
            }
            if (!interpreter || !flag[i] || !t.isWord() || !t.capitalised() || t.allCaps()
                    || !KIN.contains(t.lower()) || REGIONAL.contains(t.lower())) {
                continue;
            }
            boolean opens = i > 0 && QuoteTracker.opens(tokens.get(i - 1)) || t.sentenceStart();
            Token next = tokens.get(i + 1);
            if (opens && next.isWord() && !next.capitalised() && !PersonPredicate.after(tokens, i, words)) {
                flag[i] = false;
            }
        }
    }
}
