package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.card.TextSegment;

/**
 * Round 22 rule (t22-cards): where a family member lives, as the family composition lists it. A card's
 * Gezinssamenstelling is often one line of items, each a member with the birth year in brackets and where they live or
 * go to school after a comma ("moeder (1987), Veghel; vader (1983), werkt in Hongarije; Z. (2012), Fioretti College"),
 * or a table whose cell holds the same after the member's own cells ("| moeder | 1986 | thuis, Schadewijk |"). The
 * member's name slot is before the bracket; after the comma comes what the member does or where, so a word the card
 * itself uses as a place ({@link CardPlaces#learn}, {@link CardPlaces#learnFromFirstReading}: "in Veghel", "Hooghuis
 * Heesch", "basisschool in Ussen") is a place there. Review (ra 09:19): the first draft took any word of
 * {@code places-also-names.txt} there ("moeder (1991), Rivera;": a surname of other origins); now the card must use the
 * word as a place elsewhere, so a place named only in this slot stays refused (price: #67's "thuis, Schadewijk"):
 * <ul>
 * <li>in a list item: a kin or role word or an initial ("moeder", "Z."), the year in brackets, a comma, then
 * optionally lower-case words and acronyms each closed by a comma ("thuis,", "beschermd wonen ORO,"), then the word,
 * which ends the item (a semicolon, a full stop or the end);</li>
 * <li>in a table cell: lower-case words and acronyms, a comma, then the word at the cell's end ("thuis, Schadewijk",
 * "beschermd wonen ORO, Schijndel"); a cell with nothing but the place is {@code placeAloneInTableCell}'s.</li>
 * </ul>
 * Kept (a person slot): a given name (also one of the word lists' names in lower case) or a weak name, a word of no
 * place list the card never uses as a place ("moeder (1987), Jansen"), a capitalised word before it in the item
 * ("moeder (1987), Anja Veghel"), a kin word, role or title among the words between ("vader (1983), partner,
 * Veghel"), a bracket or anything but the item's end after it, an item without a member and a year ("Veghel;"), a
 * cell that opens with a capitalised word ("Ingrid, Gemert"). Price: the cell rule reads no column header, so "thuis,
 * Gemert" passes under a "naam" column too (a name column holds names, not a description and a place). Stateless.
 */
final class ResidenceAfterFamilyMember {

    private static final Set<String> ITEM_ENDS = Set.of(";", ".");

    private ResidenceAfterFamilyMember() {
    }

    static void unflag(TextSegment segment, List<Token> tokens, boolean[] flag, Set<String> cardPlaces,
            WordLists words) {
        int n = tokens.size();
        boolean cell = segment.location().documentPart() == DocumentPart.TABLE;
        for (int i = 2; i < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || !tokens.get(i - 1).is(',')
                    || !(i + 1 == n || !cell && ITEM_ENDS.contains(tokens.get(i + 1).text()))
                    || !place(t, cardPlaces, words)) {
                continue;
            }
            int k = descriptionStart(tokens, flag, words, i - 1);
            if (cell ? k == 0 : memberWithYearEndsAt(tokens, words, k)) {
                flag[i] = false;
            }
        }
    }

    /**
     * The card's own place ({@link CardPlaces}: learned from its text), or a Dutch place of the context-free list that
     * no name list holds; never a given name, weak name, kin word, title or particle.
     */
    private static boolean place(Token t, Set<String> cardPlaces, WordLists words) {
        String lower = t.lower();
        return !words.isWeakName(lower) && !words.isFirstName(t.text()) && !words.isFirstNameLower(lower)
                && !words.isKinOrRole(lower) && !words.isTitle(lower) && !words.isTussenvoegsel(lower)
                && (cardPlaces.contains(t.text()) || words.isDomesticPlace(lower) && !words.isName(t.text()));
    }

    /**
     * Walks back from the comma at {@code comma} over parts of lower-case words and acronyms that each end in a comma
     * ("thuis,", "beschermd wonen ORO,"); returns the index of the first comma of the description (the one after the
     * member's bracket), or of the part's start in a cell, or -1 when a word between is no description.
     */
    private static int descriptionStart(List<Token> tokens, boolean[] flag, WordLists words, int comma) {
        int k = comma;
        while (k > 0) {
            int j = k - 1;
            while (j >= 0 && description(tokens.get(j), flag[j], words)) {
                j--;
            }
            if (j == k - 1) {
                return k; // no description part before this comma: the comma after the member (or a cell's start)
            }
            if (j < 0) {
                return 0; // a cell that opens with the description
            }
            if (!tokens.get(j).is(',')) {
                return -1;
            }
            k = j;
        }
        return k;
    }

    private static boolean description(Token t, boolean flagged, WordLists words) {
        if (flagged || !(t.isWord() || t.isNumber())) {
            return false;
        }
        String lower = t.lower();
        return t.isNumber() || t.allCaps() && t.text().length() >= 2
                || !t.capitalised() && !words.isKinOrRole(lower) && !words.isTitle(lower);
    }

    /** "moeder (1987)", "Z. (2012)", "Vader (1983)" opening an item, the comma after it at {@code comma}. */
    private static boolean memberWithYearEndsAt(List<Token> tokens, WordLists words, int comma) {
        if (comma < 4 || !tokens.get(comma).is(',') || !tokens.get(comma - 1).is(')')
                || !tokens.get(comma - 2).isNumber() || tokens.get(comma - 2).text().length() != 4
                || !tokens.get(comma - 3).is('(')) {
            return false;
        }
        int m = comma - 4;
        Token member = tokens.get(m);
        boolean initial = member.is('.') && m >= 1 && tokens.get(m - 1).isWord()
                && tokens.get(m - 1).text().length() <= 2 && Character.isUpperCase(tokens.get(m - 1).text().charAt(0));
        boolean kin = member.isWord() && words.isKinOrRole(member.lower());
        if (!initial && !kin) {
            return false;
        }
        int start = initial ? m - 1 : m;
        return start == 0 || ITEM_ENDS.contains(tokens.get(start - 1).text()) || tokens.get(start - 1).is(':');
    }
}
