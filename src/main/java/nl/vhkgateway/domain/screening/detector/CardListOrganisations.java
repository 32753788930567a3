package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;
import nl.vhkgateway.domain.screening.detector.NameClassifier.WordClass;

/**
 * Round 10 rules for the lists of organisations in 'Betrokken hulpverlening', 'Uit te nodigen experts' and
 * 'Krachten' ("Youké, Timon (ouderschapsbemiddeling), rechtbank Den Haag", "GGZ Centraal (vader), huisarts"):
 * <ul>
 *   <li>a list member followed by the kind of care it gives in brackets ("Lumen (ambulante begeleiding)") is an
 *   organisation; when the word is also a listed name, only when an organisation of the lists starts with it
 *   ("Timon", as in "Timon jeugdhulp"). A member after a family word or a title ("oma Trees (thuiszorg)") and a
 *   bracket with a family word or a role ("(oom)", "(mentor)") keep their rules.</li>
 *   <li>a capitalised word right after an organisation's name, with the relative it treats in brackets ("GGZ Centraal
 *   (vader)", "Jeugdbescherming Gelderland (moeder)"), belongs to that name: the relative is the client, not the
 *   word. A listed given name there stays a name.</li>
 *   <li>the same member with its kind of care after a colon ("Timon: ouderschapsbemiddeling") or before it with
 *   via, bij or van ("ouderschapsbemiddeling via Timon").</li>
 * </ul>
 * Stateless; the word lists are passed in.
 */
final class CardListOrganisations {

    /** Endings of words that name a kind of care or help ("ouderschapsbemiddeling", "jeugdhulp", "gezinscoaching"). */
    private static final List<String> CARE_ENDINGS = List.of("hulp", "zorg", "begeleiding", "bemiddeling", "therapie",
            "behandeling", "opvang", "training", "coaching", "ondersteuning", "onderwijs", "hulpverlening",
            "verpleging", "dagbesteding", "diagnostiek", "mediation", "consultatie", "voorlichting", "reclassering",
            "bescherming");
    private static final Set<String> CARE_WORDS = Set.of("ggz", "jggz", "sbo", "so", "vso", "mbo", "vmbo", "bso",
            "kdv", "ikc", "school", "kinderopvang", "peuteropvang", "pleegzorg", "gezinshuis", "kliniek");

    /** Care that relatives give too (see {@link #informalCare}). */
    private static final List<String> INFORMAL_CARE = List.of("mantelzorg", "gastouder", "logeer", "oppas", "bijles",
            "huiswerk", "mantelzorger");

    private static final Set<String> PROFESSIONAL_LINKS = Set.of("via", "vanuit");

    /** Words that join a kind of care to the organisation that gives it. */
    private static final Set<String> CARE_LINKS = Set.of("via", "bij", "van", "vanuit");

    private CardListOrganisations() {
    }

    static void unflag(List<Token> tokens, WordClass[] cls, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            if (!flag[i] || !tokens.get(i).isWord() || !tokens.get(i).capitalised()) {
                continue;
            }
            if (RelativeGuard.around(tokens, role, words, i)) {
                continue; // "bij Nederhorst, de opa van Sem", "Huntelaar, de stiefvader": a relative
            }
            boolean listed = !unlisted(tokens.get(i), cls[i], words);
            if (!listed && memberStarts(tokens, i)
                    && (careAfterColon(tokens, role, words, i) || careBefore(tokens, role, words, i))
                    || listed && knownAsOrganisation(tokens.get(i), cls[i], words) && memberStarts(tokens, i)
                    && (professionalCareAfterColon(tokens, i) || professionalCareBefore(tokens, i))) {
                flag[i] = false;
                continue;
            }
            int close = closingBracket(tokens, i + 1);
            if (close < 0 || !memberEnds(tokens, close + 1)) {
                continue;
            }
            if (careInBrackets(tokens, role, words, i + 2, close) && memberStarts(tokens, i)
                    && (knownAsOrganisation(tokens.get(i), cls[i], words))
                    && !informalCare(tokens, i + 2, close)) {
                flag[i] = false;
            }
            if (familyInBrackets(tokens, role, words, i + 2, close)) {
                int first = i;
                while (first - 1 >= 0 && flag[first - 1] && tokens.get(first - 1).isWord()
                        && tokens.get(first - 1).capitalised()) {
                    first--;
                }
                if (first - 1 >= 0 && organisationWord(tokens.get(first - 1), words)) {
                    for (int m = first; m <= i; m++) {
                        if (cls[m] != WordClass.NAME && cls[m] != WordClass.AMBIGUOUS_FIRST_NAME
                                && cls[m] != WordClass.AMBIGUOUS_SURNAME && !RelativeGuard.listedName(tokens.get(m), words)
                                && ordinaryOrPlace(tokens.get(m), words)) {
                            flag[m] = false;
                        }
                    }
                }
            }
        }
    }

    /** "Timon: ouderschapsbemiddeling": the member, a colon and the kind of care it gives. */
    private static boolean careAfterColon(List<Token> tokens, int[] role, WordLists words, int i) {
        if (i + 2 >= tokens.size() || !tokens.get(i + 1).is(':')) {
            return false;
        }
        int end = i + 2;
        while (end < tokens.size() && end < i + 5 && tokens.get(end).isWord()) {
            end++;
        }
        return careInBrackets(tokens, role, words, i + 2, end);
    }

    /** "ouderschapsbemiddeling via Timon", "gezinscoaching bij Lumen": a kind of care, via/bij/van and the member. */
    private static boolean careBefore(List<Token> tokens, int[] role, WordLists words, int i) {
        if (i < 2 || !tokens.get(i - 1).isWord() || !CARE_LINKS.contains(tokens.get(i - 1).lower())
                || !memberEnds(tokens, i + 1)) {
            return false;
        }
        return careInBrackets(tokens, role, words, i - 2, i - 1);
    }

    /** The index of ")" when "(" stands at {@code open} and one to three words follow; -1 otherwise. */
    private static int closingBracket(List<Token> tokens, int open) {
        if (open >= tokens.size() || !tokens.get(open).is('(')) {
            return -1;
        }
        for (int k = open + 1; k < tokens.size() && k <= open + 4; k++) {
            Token t = tokens.get(k);
            if (t.is(')')) {
                return k > open + 1 ? k : -1;
            }
            if (!t.isWord() && !t.is('-') && !t.is('/')) {
                return -1;
            }
        }
        return -1;
    }

    /** The member opens the list or follows a separator ("Youké, Timon (...)"), not a family word or a title. */
    private static boolean memberStarts(List<Token> tokens, int i) {
        if (i == 0) {
            return true;
        }
        Token before = tokens.get(i - 1);
        return before.is(',') || before.is(';') || before.is(':') || before.is('-') || before.is('•')
                || before.isWord() && (before.lower().equals("en") || before.lower().equals("of")
                || CARE_LINKS.contains(before.lower()));
    }

    /** After the bracket the list goes on or ends. */
    private static boolean memberEnds(List<Token> tokens, int k) {
        if (k >= tokens.size()) {
            return true;
        }
        Token t = tokens.get(k);
        return t.is(',') || t.is(';') || t.is('.') || t.isWord() && (t.lower().equals("en") || t.lower().equals("of"));
    }

    /** Lower-case words in brackets, one of them a kind of care, none a family word or a professional's role. */
    private static boolean careInBrackets(List<Token> tokens, int[] role, WordLists words, int from, int to) {
        boolean care = false;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                continue;
            }
            String lower = t.lower();
            if ((role[k] & (PersonNameDetector.KIN | PersonNameDetector.TITLE)) != 0 || words.isKinOrRole(lower)
                    || t.capitalised() && !t.allCaps()) {
                return false;
            }
            care |= CARE_WORDS.contains(lower) || CARE_ENDINGS.stream().anyMatch(lower::endsWith);
        }
        return care;
    }

    /** A single family word in brackets ("(vader)", "(moeder)"): whom the organisation helps. */
    private static boolean familyInBrackets(List<Token> tokens, int[] role, WordLists words, int from, int to) {
        return to == from + 1 && tokens.get(from).isWord() && !tokens.get(from).capitalised()
                && (role[from] & PersonNameDetector.KIN) != 0;
    }

    /**
     * "Timon: ouderschapsbemiddeling;" for a listed name that opens an organisation of the lists: one compound word of
     * professional care right after the colon and then the member ends. Not "Amalia: kinderopvang op woensdag",
     * "Willem: mantelzorg" (care that relatives give).
     */
    private static boolean professionalCareAfterColon(List<Token> tokens, int i) {
        return i + 2 < tokens.size() && tokens.get(i + 1).is(':') && professionalCare(tokens.get(i + 2))
                && memberEnds(tokens, i + 3);
    }

    /**
     * "ouderschapsbemiddeling via Timon" for such a listed name: via or vanuit (not "van" or "bij": "hulp van
     * Willem", "logeeropvang bij Anna" is how 'Krachten' names relatives) after a compound word of professional care.
     */
    private static boolean professionalCareBefore(List<Token> tokens, int i) {
        return i >= 2 && tokens.get(i - 1).isWord() && PROFESSIONAL_LINKS.contains(tokens.get(i - 1).lower())
                && professionalCare(tokens.get(i - 2)) && memberEnds(tokens, i + 1);
    }

    /** A lower-case compound ending in a kind of care other than "opvang" ("ouderschapsbemiddeling", "jeugdhulp"). */
    private static boolean professionalCare(Token t) {
        if (!t.isWord() || t.capitalised()) {
            return false;
        }
        String lower = t.lower();
        return INFORMAL_CARE.stream().noneMatch(lower::contains) && !lower.endsWith("opvang")
                && CARE_ENDINGS.stream().anyMatch(e -> lower.endsWith(e) && lower.length() >= e.length() + 3);
    }

    /** A word of no name list ("Kwintes", "Lumen"). */
    private static boolean unlisted(Token t, WordClass c, WordLists words) {
        return !RelativeGuard.listedName(t, words) && c != WordClass.AMBIGUOUS_FIRST_NAME
                && c != WordClass.AMBIGUOUS_SURNAME && c != WordClass.NAME;
    }

    /**
     * Care that relatives give as often as organisations ("mantelzorg", "gastouderopvang", "logeeropvang",
     * "bijles", "huiswerkbegeleiding", "oppas"): no evidence that a listed name is an organisation.
     */
    private static boolean informalCare(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String lower = tokens.get(k).lower();
            if (INFORMAL_CARE.stream().anyMatch(lower::contains)) {
                return true;
            }
        }
        return false;
    }

    /** A Dutch or English word, a place or an organisation word ("GGZ Centraal", "Jeugdbescherming Gelderland"). */
    private static boolean ordinaryOrPlace(Token t, WordLists words) {
        String lower = t.lower();
        return words.isWord(lower) || words.isPlace(lower) || organisationWord(t, words);
    }

    /** A word of no name list, or a listed name that an organisation of the lists starts with ("Timon jeugdhulp"). */
    private static boolean knownAsOrganisation(Token t, WordClass c, WordLists words) {
        String lower = t.lower();
        boolean listedName = words.isName(t.text()) || words.isWeakName(lower) || c == WordClass.AMBIGUOUS_FIRST_NAME;
        return !listedName || words.allowed().opensLongerPhrase(lower, PhraseIndex.Kind.ORGANISATION);
    }

    /** An organisation's name or acronym of the lists, or the first word of one ("GGZ", "Jeugdbescherming"). */
    private static boolean organisationWord(Token t, WordLists words) {
        return t.isWord() && t.capitalised()
                && (words.allowed().wordKind(t.lower()).orElse(null) == PhraseIndex.Kind.ORGANISATION
                || words.allowed().opensLongerPhrase(t.lower(), PhraseIndex.Kind.ORGANISATION));
    }
}
