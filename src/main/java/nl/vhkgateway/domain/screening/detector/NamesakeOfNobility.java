package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.card.TextSegment;

/**
 * Round 24 rule (t24-cards): a title of royalty or nobility with the given name of a historical person of the closed
 * list {@code nobility-namesakes.txt} ("Prins Maurits", "Graaf Engelbrecht", "Koningin Wilhelmina"; review ra: not any
 * given name, as Koning, Prins, Graaf, Keizer, Vorst and Hertog are frequent surnames and "Koning Marieke", "Prins
 * Daan" in a list are persons written surname-first) and no other name is the person a school or another institution
 * is named after ("CSG Prins Maurits", "het Graaf Engelbrecht"), not a family member, where the card's structure says an
 * organisation stands there:
 * <ul>
 * <li>a member of the list of organisations under "Betrokken hulpverlening" or "Uit te nodigen experts" (a
 * separator or the start before, a separator, the end, or a bracket with a lower-case role after: "Eleos, Prins
 * Maurits (zorgcoördinator), huisarts", "Laurentius (pleegzorg), Graaf Engelbrecht.");</li>
 * <li>after a professional's role, closing the text ("Zorgcoördinator Prins Maurits" as a comment's author): the
 * role at that school.</li>
 * </ul>
 * Kept: a kin word or a form of address before ("oom Prins Maurits", "mevrouw Graaf Ellen"), a capitalised word after
 * the name word (a surname: "Prins Maurits Jansen"), a word of no name list, a title in lower case, a sentence
 * around it ("Graaf Ellen helpt moeder"), a bracket with a kin word or a year ("Prins Maurits (oom)", "(2011)").
 * Stateless.
 */
final class NamesakeOfNobility {

    private static final Set<String> NAMESAKES = WordLists.lowerCaseSet("nobility-namesakes.txt");

    private NamesakeOfNobility() {
    }

    static void unflag(TextSegment segment, List<Token> tokens, boolean[] flag, WordLists words) {
        boolean list = CardSections.is(segment, Section.BETROKKEN_HULPVERLENING)
                || CardSections.is(segment, Section.EXPERTS);
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            Token title = tokens.get(i);
            Token given = tokens.get(i + 1);
            if (!(flag[i] || flag[i + 1]) || !title.isWord() || !title.capitalised() || title.allCaps()
                    || !given.isWord() || !given.capitalised() || given.allCaps()
                    || !NAMESAKES.contains(title.lower() + " " + given.lower())) {
                continue;
            }
            if (list && memberStart(tokens, i) && memberEnd(tokens, i + 2, words)
                    || roleBefore(tokens, i) && i + 2 == n) {
                flag[i] = false;
                flag[i + 1] = false;
            }
        }
    }

    /** The start of the text or a list separator before the title. */
    private static boolean memberStart(List<Token> tokens, int i) {
        if (i == 0) {
            return true;
        }
        Token b = tokens.get(i - 1);
        return b.is(',') || b.is(';') || b.is(':') || b.is('|') || b.is('•') || b.is('/')
                || b.is('-') && b.spaceBefore();
    }

    /** The end, a separator, a closing full stop, or a bracket with one lower-case professional's word. */
    private static boolean memberEnd(List<Token> tokens, int k, WordLists words) {
        if (k >= tokens.size()) {
            return true;
        }
        Token t = tokens.get(k);
        if (t.is(',') || t.is(';') || t.is('|') || t.is('•') || t.is('/')) {
            return true;
        }
        if (t.is('.')) {
            return k + 1 == tokens.size() || tokens.get(k + 1).sentenceStart();
        }
        if (!t.is('(') || k + 2 >= tokens.size() || !tokens.get(k + 2).is(')')) {
            return false;
        }
        Token inside = tokens.get(k + 1);
        return inside.isWord() && !inside.capitalised()
                && (BirthDateDetector.PROFESSIONAL_ROLES.contains(inside.lower()) || !words.isKinOrRole(inside.lower()));
    }

    /** A professional's role right before the title ("Zorgcoördinator Prins Maurits", "mentor Graaf Engelbrecht"). */
    private static boolean roleBefore(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i - 1).isWord()
                && BirthDateDetector.PROFESSIONAL_ROLES.contains(tokens.get(i - 1).lower());
    }
}
