package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.card.TextSegment;

/**
 * Round 25 (t25-tidy): the namesakes of the royal house and the nobility, one rule with one word list
 * ({@code namesakes.txt}) for round 24's two rules of the same idea, {@code RoyalNamesake} (t24-inst) and
 * {@code NamesakeOfNobility} (t24-cards), whose behaviour it keeps exactly: their two readings stay two entry points,
 * run where each ran in the step list (the steps between them read the flags).
 * <p>
 * <b>With an institution's mark</b> ({@link #unflag}, step "RoyalNamesake"): a royal title before a given name of the
 * House of Orange-Nassau names a member of the royal house, and so a school, barracks, fund or foundation named after
 * one ("Prins Maurits (Middelharnis) heeft een zorgadviesteam", "Koningin Wilhelmina school belt", "Prinses Amalia
 * fonds", "Koning Willem III"): a public figure, never a member of the family around a card. The given-name list
 * flagged the given name and the title with it.
 * <ul>
 * <li>A capitalised royal title (Prins, Prinses, Koning, Koningin, Stadhouder), then one or two royal given names (the
 * list's one-word lines: "Frederik Hendrik", hyphenated "Willem-Alexander"), an optional roman numeral ("III") and an
 * optional "van Oranje(-Nassau)".</li>
 * <li>The name ends there: no further capitalised word, particle or initial ("Prins Maurits Jansen", "Koning Willem
 * van Dam" stay).</li>
 * <li>An institution's mark: a head word after it, a listed place in brackets, the numeral or "van Oranje" (review
 * of t24-inst: "Koning Sophie zit in groep 7" stays).</li>
 * </ul>
 * Stays a person: a kin word, role, title or form of address before the title ("oom Prins Maurits", "meneer Koning
 * Willem", the surname Prins or Koning before a given name written inverted in a relative's line), a capitalised word
 * right before the title ("Sanne Prins Willem": the surname of a person), a family apposition or an age after the
 * name ("Prins Willem (oom)"), a given name of no royal ("Prins Kevin", "Koning Sanne"), a line in capitals.
 * <p>
 * <b>In an organisation's slot</b> ({@link #unflagInOrganisationSlot}, step "NamesakeInOrganisationSlot"): a title of
 * royalty or nobility with the given name of a historical person of the closed list (the list's "title name" lines:
 * "Prins Maurits", "Graaf Engelbrecht", "Koningin Wilhelmina"; review ra: not any given name, as Koning, Prins, Graaf,
 * Keizer, Vorst and Hertog are frequent surnames and "Koning Marieke", "Prins Daan" in a list are persons written
 * surname-first) and no other name is the person a school or another institution is named after ("CSG Prins
 * Maurits", "het Graaf Engelbrecht"), not a family member, where the card's structure says an organisation stands:
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
 * <p>
 * Stateless.
 */
final class RoyalOrNobleNamesake {

    /**
     * {@code namesakes.txt}, read once: its one-word lines are the royal given names, its "title name" lines the
     * closed list of namesakes read without an institution's mark.
     */
    private static final class Holder {
        private static final Set<String> ENTRIES = WordLists.lowerCaseSet("namesakes.txt");
        private static final Set<String> NAMES = WordSets.of(ENTRIES.stream().filter(e -> e.indexOf(' ') < 0)
                .toArray(String[]::new));
        private static final Set<String> NAMESAKES = WordSets.of(ENTRIES.stream().filter(e -> e.indexOf(' ') >= 0)
                .toArray(String[]::new));
    }

    private static final Set<String> TITLES = WordSets.of("prins", "prinses", "koning", "koningin", "stadhouder");
    private static final Set<String> HEADS = WordSets.of("school", "basisschool", "college", "lyceum", "fonds",
            "kazerne", "stichting", "ziekenhuis", "kliniek", "scholengemeenschap", "mavo", "havo", "vwo", "vmbo",
            "gymnasium", "atheneum", "kindcentrum", "ikc", "instituut", "paviljoen", "huis", "zorgcentrum");
    private static final Set<String> NUMERALS = Set.of("I", "II", "III", "IV", "V");

    private RoyalOrNobleNamesake() {
    }

    /**
     * The royal given name with an institution's mark after it (round 24's RoyalNamesake of t24-inst; the step
     * "RoyalNamesake").
     */
    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words, boolean shouted) {
        if (shouted) {
            return;
        }
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            Token title = tokens.get(i);
            if (!title.isWord() || !title.capitalised() || title.allCaps() || !TITLES.contains(title.lower())
                    || personBefore(tokens, role, words, i)) {
                continue;
            }
            int end = royalNames(tokens, i + 1);
            if (end < 0) {
                continue;
            }
            boolean royalMark = false;
            if (end + 1 < n && tokens.get(end + 1).isWord() && NUMERALS.contains(tokens.get(end + 1).text())) {
                end++;
                royalMark = true;
            }
            int orange = ofOrange(tokens, end);
            royalMark |= orange != end;
            end = orange;
            if (!royalMark && !institutionAfter(tokens, end + 1, words)) {
                continue; // review of t24-inst (Rrb-028, 029, 066, 085): "Koning Sophie zit in groep 7"
            }
            if (!nameEnds(tokens, end + 1, words) || RelativeGuard.familyAfter(tokens, words, end)) {
                continue;
            }
            boolean any = false;
            for (int k = i; k <= end; k++) {
                any |= flag[k];
            }
            if (!any) {
                continue;
            }
            for (int k = i; k <= end; k++) {
                flag[k] = false;
            }
        }
    }

    /**
     * Review of t24-inst: Koning and Prins are common surnames written before a given name in lists ("Koning Sophie
     * zit in groep 7"), so the namesake needs an institution's mark after it: a head word ("Koningin Wilhelmina
     * school", "Prinses Amalia fonds") or a listed place in brackets ("Prins Maurits (Middelharnis)").
     */
    private static boolean institutionAfter(List<Token> tokens, int j, WordLists words) {
        int n = tokens.size();
        if (j >= n) {
            return false;
        }
        Token t = tokens.get(j);
        if (t.isWord()) {
            return HEADS.contains(t.lower());
        }
        return t.is('(') && j + 2 < n && tokens.get(j + 1).isWord() && tokens.get(j + 1).capitalised()
                && words.isPlace(tokens.get(j + 1).lower()) && tokens.get(j + 2).is(')');
    }

    /** Last token of one or two royal given names from {@code k} (a hyphen glued inside one), or -1. */
    private static int royalNames(List<Token> tokens, int k) {
        int last = -1;
        int names = 0;
        int j = k;
        while (j < tokens.size() && names < 2) {
            int e = royalName(tokens, j);
            if (e < 0) {
                break;
            }
            last = e;
            names++;
            j = e + 1;
        }
        return last;
    }

    private static int royalName(List<Token> tokens, int j) {
        Token t = tokens.get(j);
        if (!t.isWord() || !t.capitalised() || t.allCaps()) {
            return -1;
        }
        if (j + 2 < tokens.size() && tokens.get(j + 1).is('-') && !tokens.get(j + 1).spaceBefore()
                && tokens.get(j + 2).isWord() && !tokens.get(j + 2).spaceBefore()
                && Holder.NAMES.contains(t.lower() + "-" + tokens.get(j + 2).lower())) {
            return j + 2; // "Willem-Alexander", "Pieter-Christiaan"
        }
        return Holder.NAMES.contains(t.lower()) ? j : -1;
    }

    /** "van Oranje" or "van Oranje-Nassau" after the names: their last token, else {@code end}. */
    private static int ofOrange(List<Token> tokens, int end) {
        int n = tokens.size();
        if (end + 2 < n && tokens.get(end + 1).text().equals("van") && tokens.get(end + 2).text().equals("Oranje")) {
            int e = end + 2;
            if (e + 2 < n && tokens.get(e + 1).is('-') && tokens.get(e + 2).text().equals("Nassau")) {
                e += 2;
            }
            return e;
        }
        return end;
    }

    /** A kin word, role, title or form of address, or a capitalised word of a person's name, right before. */
    private static boolean personBefore(List<Token> tokens, int[] role, WordLists words, int i) {
        if (i == 0) {
            return false;
        }
        Token before = tokens.get(i - 1);
        if (!before.isWord()) {
            return false;
        }
        return RelativeGuard.kinBefore(tokens, role, words, i)
                || before.capitalised() && RelativeGuard.listedName(before, words);
    }

    /** Nothing after the name continues a person's name: no capitalised word, particle, initial or glued hyphen. */
    private static boolean nameEnds(List<Token> tokens, int j, WordLists words) {
        if (j >= tokens.size()) {
            return true;
        }
        Token t = tokens.get(j);
        if (t.is('-') && !t.spaceBefore()) {
            return false;
        }
        return !t.isWord() || !t.capitalised() && !words.isTussenvoegsel(t.lower());
    }


    /**
     * A title-and-name pair of the closed list where the card's structure says an organisation stands (round 24's
     * NamesakeOfNobility of t24-cards; the step "NamesakeInOrganisationSlot").
     */
    static void unflagInOrganisationSlot(TextSegment segment, List<Token> tokens, boolean[] flag, WordLists words) {
        boolean list = CardSections.is(segment, Section.BETROKKEN_HULPVERLENING)
                || CardSections.is(segment, Section.EXPERTS);
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            Token title = tokens.get(i);
            Token given = tokens.get(i + 1);
            if (!(flag[i] || flag[i + 1]) || !title.isWord() || !title.capitalised() || title.allCaps()
                    || !given.isWord() || !given.capitalised() || given.allCaps()
                    || !Holder.NAMESAKES.contains(title.lower() + " " + given.lower())) {
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
