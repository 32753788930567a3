package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Round 15 rule (r15-cards): the place slot of a card's file name. Cards travel as
 * "VHK_&lt;gemeente of wijk&gt;_&lt;initiaal&gt;&lt;jaar&gt;_&lt;datum&gt;.docx" (read with spaces for underscores: "VHK
 * Gaasperdam H2010 20261018.docx"); the word between "VHK" and the initial-with-year token stands where the convention
 * puts the municipality or neighbourhood. Neighbourhoods are not all on a list, and one of no list was read as an
 * unknown surname. The word there is a place when, in addition to the slot:
 * <ul>
 * <li>it is one capitalised word (hyphenated parts count as one: "Diemen-Noord"), "VHK" opens the text (or follows
 * a line break), and right after it comes a token of one capital and a four-digit year ("H2010");</li>
 * <li>no given-name or surname list holds it (a surname of the lists stays refused, also with a place ending:
 * "VHK_Blokdijk_H2010" may be the family's name), no kin or role word or title;</li>
 * <li>and a place list holds it (also a village of OpenTaal, a place in context, a water: "Holendrecht",
 * "Slotermeer"), or the attached card itself uses it as a place ({@link CardPlaces#learn}: "woont in Gaasperdam",
 * "huisbezoek in Gaasperdam"; the mail's parts are screened with the attached card as their context). A place-name
 * ending alone is not enough: "VHK_Kooijdam_H2010" may carry an unlisted surname (leak guard).</li>
 * </ul>
 * Round 18 (r18-cards): an article part joined by a hyphen to the next part counts as the listed place the two
 * spell with a space ("VHK_Vleuten-De-Meern_J2012": "De Meern").
 * Round 19 (r19-cards): the slot is also the word before a compact date that closes the name
 * ("VHK_&lt;plaats&gt;_15092026.docx"), with the same place evidence ("VHK_Jansen_15092026.docx" stays refused).
 * "VHK_Kenneth_Gaasperdam_20261117.docx" (a name in the place slot, no initial-year after it), "VHK_Jansen_H2010",
 * "VHK_Okonkwo_H2010" stay refused. Stateless.
 */
final class VhkFileNamePlace {

    /** An article that opens a place's name, hyphenated to it in a file name: "de-" in "vleuten-de-meern". */
    private static final Pattern ARTICLE_HYPHEN = Pattern.compile("(?<=^|-)(de|den|het|ter|ten)-");
    private static final Pattern INITIAL_YEAR = Pattern.compile("\\p{Lu}(19|20)\\d\\d");
    /** A file name's date in one number: ddmmyyyy or yyyymmdd ("15092026", "20260915"). */
    private static final Pattern COMPACT_DATE = Pattern.compile(
            "(0[1-9]|[12]\\d|3[01])(0[1-9]|1[0-2])20\\d\\d|20\\d\\d(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])");

    private VhkFileNamePlace() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words, Set<String> cardPlaces) {
        int n = tokens.size();
        for (int i = 0; i + 2 < n; i++) {
            Token vhk = tokens.get(i);
            if (!vhk.isWord() || !vhk.text().equals("VHK") || i > 0 && !tokens.get(i - 1).is('\n')) {
                continue;
            }
            int start = i + 1;
            int end = start + 1;
            while (end + 1 < n && tokens.get(end).is('-') && !tokens.get(end).spaceBefore()
                    && tokens.get(end + 1).isWord() && !tokens.get(end + 1).spaceBefore()) {
                end += 2;
            }
            if (end >= n || !(INITIAL_YEAR.matcher(tokens.get(end).text()).matches() || closingDate(tokens, end))
                    || !place(tokens, role, words, cardPlaces, start, end)) {
                continue;
            }
            for (int k = start; k < end; k++) {
                flag[k] = false;
            }
        }
    }

    /**
     * Round 19 (r19-cards): "VHK_&lt;plaats&gt;_&lt;datum&gt;.docx" without the initial-year token: the date closes the
     * name (only ".docx", ".doc" or ".pdf", or the end of the line, after it), so the word before it is the place slot.
     */
    private static boolean closingDate(List<Token> tokens, int at) {
        Token date = tokens.get(at);
        if (!date.isNumber() || !COMPACT_DATE.matcher(date.text()).matches()) {
            return false;
        }
        int n = tokens.size();
        if (at + 1 >= n || tokens.get(at + 1).is('\n')) {
            return true;
        }
        if (!tokens.get(at + 1).is('.') || at + 2 >= n) {
            return false;
        }
        String extension = tokens.get(at + 2).lower();
        return extension.equals("docx") || extension.equals("doc") || extension.equals("pdf");
    }

    private static boolean place(List<Token> tokens, int[] role, WordLists words, Set<String> cardPlaces, int start,
            int end) {
        StringBuilder whole = new StringBuilder();
        for (int k = start; k < end; k++) {
            whole.append(tokens.get(k).text());
        }
        if (articleJoinedPlace(whole.toString(), words)) {
            return true;
        }
        boolean placeSeen = false;
        for (int k = start; k < end; k++) {
            Token t = tokens.get(k);
            if (t.is('-')) {
                continue;
            }
            if (!t.isWord() || !t.capitalised() && k == start
                    || (role[k] & (PersonNameDetector.KIN | PersonNameDetector.TITLE)) != 0) {
                return false;
            }
            if (PlaceShapes.compass(t.lower())) {
                continue; // "Noord", "Oost": a compass part, also when a surname list holds it
            }
            if (!cardPlaces.contains(t.text()) && !listedParts(t.text(), words)) {
                return false;
            }
            placeSeen = true;
        }
        return placeSeen; // "Noord" alone is no evidence (a surname too)
    }

    /**
     * Round 18 (r18-cards): a file name hyphenates the space after an article ("Vleuten-De-Meern" for "Vleuten-De
     * Meern", "De-Meern"); read with that space, every part between the remaining hyphens is a listed place, a place
     * phrase or a compass part ("vleuten", "de meern"), and none is a given name.
     */
    private static boolean articleJoinedPlace(String text, WordLists words) {
        String lower = WordLists.lower(text);
        String spaced = ARTICLE_HYPHEN.matcher(lower).replaceAll("$1 ");
        if (spaced.equals(lower)) {
            return false;
        }
        if (words.isPlaceInContext(spaced) || words.isProperPhrase(spaced)) {
            return true;
        }
        for (String part : spaced.split("-")) {
            if (part.isEmpty() || words.isFirstNameLower(part) || !(words.isPlaceInContext(part)
                    || words.isProperPhrase(part) || words.isVillage(part) || PlaceShapes.compass(part))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every part of the word (split at hyphens inside one token) is a listed place or a compass part, and no name; at
     * least one part is a place.
     */
    private static boolean listedParts(String text, WordLists words) {
        boolean place = false;
        for (String part : text.split("-")) {
            if (part.isEmpty()) {
                return false;
            }
            String lower = WordLists.lower(part);
            if (PlaceShapes.compass(lower)) {
                continue; // "Noord", "Oost": a compass part, also when a surname list holds it
            }
            String cap = NameClassifier.capitalise(lower);
            if (words.isName(part) || words.isName(cap) || words.isFirstNameLower(lower) || words.isKinOrRole(lower)
                    || words.isTitle(lower) || words.isTussenvoegsel(lower)) {
                return false;
            }
            if (!words.isPlaceInContext(lower) && !words.isVillage(lower) && !words.isWater(lower)) {
                return false;
            }
            place = true;
        }
        return place;
    }
}
