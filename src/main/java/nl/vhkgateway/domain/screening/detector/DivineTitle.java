package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 23 rule (t23-cards): "De Heer" (also "Here", "Heere") opening a sentence or a quote is God in a devout
 * parent's words ("Vader: \"De Heer heeft ons geleerd de kinderen te tuchtigen.\" Moeder: \"Ik wil geen ruzie in de
 * kerk.\""), not the surname De Heer. Mid-sentence Dutch writes "de Heer" for God with a lower-case article and the
 * rules already leave it; at a clause start the article is capitalised as a surname's particle is, so the paragraph
 * decides. A clearing rule:
 * <ul>
 * <li>"De"/"de" then "Heer", "Here" or "Heere" (capitalised, not in capitals) inside quotation marks (a parent's
 * own words; the writer's text about a person "De Heer" outside quotes keeps the flags), opening a sentence or
 * following a quotation mark or a colon;</li>
 * <li>a lower-case word that is no preposition, article or conjunction follows (the clause's verb: "heeft", "zorgt",
 * "zal"), or a full stop, "!" or "?" ends the clause; a capital after it ("De Heer Jansen"), a bracket, a comma (an
 * apposition: "De Heer, de buurman, ..."), "van" ("De Heer van de kerk") keep the flags;</li>
 * <li>a word of {@code faith-words.txt} (God, kerk, bidden, geloof, dominee, tuchtigen ...) stands in the same
 * paragraph; without one "De Heer heeft gebeld" stays a name;</li>
 * <li>no title, kin word, role or capitalised word right before the article ("Dominee De Heer komt", "meneer De Heer
 * zegt").</li>
 * </ul>
 * The faith words are data. Stateless.
 */
final class DivineTitle {

    private static final Set<String> LORD = WordSets.of("heer", "here", "heere");
    private static final Set<String> FAITH = WordLists.lowerCaseSet("faith-words.txt");
    /** Words after "De Heer" that start a phrase about a person ("De Heer van de kerk", "De Heer en zijn vrouw"). */
    private static final Set<String> NOT_A_VERB = WordSets.of("van", "uit", "bij", "met", "en", "of", "de", "het",
            "een", "die", "dat", "op", "aan", "in", "te", "voor", "naast", "tegenover", "zelf", "senior", "junior", "sr",
            "jr");

    private DivineTitle() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        boolean faith = false;
        for (Token t : tokens) {
            if (t.isWord() && FAITH.contains(t.lower())) {
                faith = true;
                break;
            }
        }
        if (!faith) {
            return;
        }
        QuoteTracker quotes = new QuoteTracker();
        for (int i = 0; i + 1 < n; i++) {
            Token article = tokens.get(i);
            if (quotes.mark(article)) {
                continue;
            }
            Token lord = tokens.get(i + 1);
            if (!quotes.inQuote() || !(flag[i] || flag[i + 1]) || !article.isWord() || !article.lower().equals("de")
                    || article.allCaps() && article.text().length() > 1 || !lord.isWord() || !lord.capitalised()
                    || lord.allCaps() || !LORD.contains(lord.lower()) || !opensClause(tokens, i)
                    || personWordBefore(tokens, role, words, i) || !verbOrEndAfter(tokens, i + 2)) {
                continue;
            }
            flag[i] = false;
            flag[i + 1] = false;
        }
    }

    /** The article opens a sentence or follows a quotation mark or a colon. */
    private static boolean opensClause(List<Token> tokens, int i) {
        if (i == 0 || tokens.get(i).sentenceStart()) {
            return true;
        }
        Token before = tokens.get(i - 1);
        return before.is('"') || before.is('\'') || before.is('“') || before.is('„') || before.is('‘')
                || before.is(':');
    }

    /** A title, kin word or role, or any capitalised word, right before the article ("Dominee De Heer"). */
    private static boolean personWordBefore(List<Token> tokens, int[] role, WordLists words, int i) {
        if (i == 0) {
            return false;
        }
        Token before = tokens.get(i - 1);
        return before.isWord() && (before.capitalised() && !tokens.get(i).sentenceStart()
                || (role[i - 1] & (PersonNameDetector.TITLE | PersonNameDetector.KIN)) != 0
                || words.isKinOrRole(before.lower()) || words.isTitle(before.lower()));
    }

    /** The clause's verb (a lower-case word that starts no phrase about a person) or a closing mark after "Heer". */
    private static boolean verbOrEndAfter(List<Token> tokens, int k) {
        if (k >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(k);
        if (next.isWord()) {
            return !next.capitalised() && !NOT_A_VERB.contains(next.lower());
        }
        return next.is('.') || next.is('!') || next.is('?');
    }
}
