package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Round 14 rule (r14-numbers): the word that owns a public service number is an organisation, not a person. Free and
 * paid information numbers (0800, 0900, 0909), the numbers of companies and institutions (088) and the municipalities'
 * 14 + area code number belong to organisations; nobody in a family has one. So a capitalised word right before such a
 * number is no name: "Geldfit: 0800-8115.", "Schuldhulpmaatje (0800-8115)", "moeder kan Geldfit bellen op 0800-8115",
 * "Bij geldzorgen kan moeder Geldfit bellen: 0800-8115.". Between the word and the number only a colon, an opening
 * bracket, a comma, "tel."/"telefoon", the word as the object of calling ("bellen", "gebeld", "bereikbaar") and
 * "op"/"via" may stand; a person who calls ("Yilmaz belt 0800-2000") is the subject of a finite verb and stays.
 * Guards: a listed given name (also of the large list) stays ("Fatma: 0800-8115" is too odd to trust), a listed
 * surname after a kin word stays ("moeder Yilmaz bellen op 0800-..."), a word after a title or form of address stays
 * ("mevrouw Geldfit: 0800-..."), a word of a two-word name stays; a mobile or home number (06, 010 ...) changes
 * nothing ("Sanne: 06-12345678" stays refused, by both detectors). Stateless.
 */
final class ServiceNumberOwner {

    /** What may stand between the owner and its number, then the number itself. */
    private static final Pattern TO_SERVICE_NUMBER = Pattern.compile("(?iu)^\\s*"
            + "(?:(?:bellen|gebeld|bereikbaar|telefonisch|tel\\.?|telefoon(?:nummer)?|nummer|nr\\.?)\\s*)?"
            + "(?:(?:op|via|onder)\\s+)?[:(,]?\\s*(?:tel\\.?\\s*:?\\s*)?"
            + "(?:0800|0900|0909|088)[\\s-]?\\d(?:[\\s-]?\\d){3,6}(?![\\d])|^\\s*[:(,]?\\s*14[\\s-]?0\\d{2,3}(?![\\d])");
    private static final int REACH = 40;

    private ServiceNumberOwner() {
    }

    static void unflag(String text, List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        if (text.indexOf("0800") < 0 && text.indexOf("0900") < 0 && text.indexOf("0909") < 0
                && text.indexOf("088") < 0 && text.indexOf("14") < 0) {
            return;
        }
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            String cap = NameClassifier.capitalise(t.lower());
            boolean afterKin = i > 0 && (role[i - 1] & PersonNameDetector.KIN) != 0;
            if (!flag[i] || !t.isWord() || !t.capitalised() || words.isFirstName(cap)
                    || words.isWeakName(t.lower()) || afterKin && words.isSurname(cap)
                    || i > 0 && (role[i - 1] & PersonNameDetector.TITLE) != 0
                    || i + 1 < n && flag[i + 1] && tokens.get(i + 1).isWord()) {
                continue; // a two-word name ("Sanne Geldfit: 0800-...") is a person's name whatever follows
            }
            if (i > 0 && flag[i - 1] && tokens.get(i - 1).isWord()) {
                continue;
            }
            String after = text.substring(t.end(), Math.min(text.length(), t.end() + REACH));
            if (TO_SERVICE_NUMBER.matcher(after).find()) {
                flag[i] = false;
            }
        }
    }
}
