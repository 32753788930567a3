package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 14 rule (r14-cards): a school's group or class with its number is no name, also after a teacher's title or
 * "van" ("de juf van Groep 6", "mentor Klas 2B", "leerkracht Groep 7/8"). School forms and notes write the group with
 * a capital; after a title the name rules read the capitalised word as the teacher's surname. A grouping noun
 * (groep, klas, leerjaar, jaargroep, stamgroep, combinatiegroep) followed at once by a number is cleared, and so is a
 * particle flagged only with it ("van Groep 6"). Only these nouns and only before a number: "juf Klaassen van groep
 * 6" keeps Klaassen, "meester Klas" (a given name without a number) is judged as before. After the leak review the
 * number must be a group's (one digit 1-8), no count, age or date may follow ("Klas 2 keer", "Groep 38 jaar", "Klas 14
 * mei"), and the group must open its clause or follow a school word (juf, meester, leerkracht, mentor, "van", "in"):
 * after a form of address or a family word ("Mevrouw Klas 2", "oom Klas 2") it stays a person. Stateless.
 */
final class SchoolGroupNumber {

    private static final Set<String> GROUP_NOUNS = Set.of("groep", "klas", "leerjaar", "jaargroep", "stamgroep",
            "combinatiegroep", "combigroep");
    /** Words before the group that make it a school's group (a title or kin word there makes it a person). */
    private static final Set<String> SCHOOL_WORDS = Set.of("juf", "meester", "leerkracht", "leerkrachten", "mentor",
            "docent", "groepsleerkracht", "ib", "ib'er", "leerling", "leerlingen", "in", "naar", "zit", "zat", "zitten");
    /** Words after the number that count or date something: the number is no group. */
    private static final Set<String> COUNT_WORDS = Set.of("jaar", "jr", "jarig", "jaren", "keer", "maal", "dag",
            "dagen", "week", "weken", "maand", "maanden", "mnd", "uur", "uren", "kinderen", "kind", "gesprekken",
            "afspraken", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
            "oktober", "november", "december", "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt",
            "nov", "dec", "x");

    /** Family words: a teacher's title ("juf", "mentor") may stand before the group, a family word may not. */
    private static final Set<String> FAMILY = Set.of("broer", "broertje", "zus", "zusje", "zuster", "neef", "nicht",
            "oom", "tante", "opa", "oma", "vader", "moeder", "zoon", "dochter", "kind", "halfbroer", "halfzus",
            "stiefbroer", "stiefzus", "pleegbroer", "pleegzus", "buurjongen", "buurmeisje", "vriend", "vriendje");

    private SchoolGroupNumber() {
    }

    static void unflag(List<Token> tokens, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !GROUP_NOUNS.contains(t.lower())) {
                continue;
            }
            Token next = tokens.get(i + 1);
            if (!next.isNumber() || !next.spaceBefore() || !groupNumber(next) || countOrDateAfter(tokens, i + 2)
                    || !schoolPosition(tokens, i)) {
                continue; // "Mevrouw Klas 2 keer", "Vader Groep 38 jaar", "oom Klas 2 afspraken": a person
            }
            flag[i] = false;
            for (int k = i - 1; k >= 0 && flag[k] && tokens.get(k).isWord() && isParticle(tokens.get(k)); k--) {
                flag[k] = false;
            }
        }
    }

    /** A school group's number: one digit 1-8 ("Groep 6", "Klas 3C", "Groep 7/8"). */
    private static boolean groupNumber(Token number) {
        return number.text().length() == 1 && number.text().charAt(0) >= '1' && number.text().charAt(0) <= '8';
    }

    private static boolean countOrDateAfter(List<Token> tokens, int k) {
        return k < tokens.size() && tokens.get(k).isWord() && tokens.get(k).spaceBefore()
                && COUNT_WORDS.contains(tokens.get(k).lower());
    }

    /**
     * The group opens its line or clause, or follows a school word ("juf van Groep 6", "leerkracht Groep 8", "zit in
     * groep 5"); never a family word or a form of address.
     */
    private static boolean schoolPosition(List<Token> tokens, int i) {
        if (i == 0 || tokens.get(i).sentenceStart()) {
            return true;
        }
        int k = i - 1;
        while (k >= 0 && tokens.get(k).isWord() && isParticle(tokens.get(k))) {
            k--; // "juf van Groep 6": the word before the particle decides
        }
        if (k < 0) {
            return true;
        }
        Token before = tokens.get(k);
        if (!before.isWord()) {
            return k == i - 1 && (before.is(':') || before.is('(') || before.is(',') || before.is(';')
                    || before.is('|'));
        }
        return !FAMILY.contains(before.lower()) && SCHOOL_WORDS.contains(before.lower());
    }

    private static boolean isParticle(Token t) {
        String lower = t.lower();
        return lower.equals("van") || lower.equals("de") || lower.equals("uit");
    }
}
