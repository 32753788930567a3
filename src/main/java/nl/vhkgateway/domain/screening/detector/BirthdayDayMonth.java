package nl.vhkgateway.domain.screening.detector;

import java.util.regex.Pattern;

/**
 * Round 23 (t23-items), Decision of round 22: a birthday's day and month in digits without a year, with words between
 * the birthday and its date or the date before it ("jarig geweest op 14-10", "verjaardag was op 3/4", "is op 14-10
 * jarig geweest", "op 5-6 is ze jarig"): the day and month of birth, a date in a birth context. {@link
 * BirthDateDetector} reads "jarig op 14-10" right after the word; a birthday without a day and month ("was vorige
 * week jarig") gives no date, and an event date beside it stays one ("op 14-10 huisbezoek, ze was toen jarig" has
 * more than two words between). Stateless and thread-safe.
 */
final class BirthdayDayMonth {

    /** A birthday word and up to two verb forms, then "op", right before the date. */
    private static final Pattern BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(?:jarig|verjaardag|verjaart|jierdei)"
            + "(?:\\s+(?:is|was|geweest|wordt|werd|valt|viel|ook|al|toen)){1,2}\\s+op\\s*$");
    /** The date, then up to two words and the birthday word: "op 14-10 jarig", "op 5-6 is ze jarig". */
    private static final Pattern AFTER = Pattern.compile("(?iu)^(?:\\s+(?:is|was|ben|zijn|ze|hij|zij|ook|al)){0,2}"
            + "\\s+(?:jarig|verjaart|jierdei)(?![\\p{L}])");
    /**
     * The subject right before "is/was op" (or "het op") that has a birthday but is no family member (lead, after
     * review rb): an organisation ("De school was op 12-10 jarig", "Het buurthuis is op 1-9 jarig", also compounds,
     * "de basisschool"), a public figure whose birthday is a holiday ("de koning is op 27-4 jarig", "Sinterklaas is op
     * 6-12 jarig"), or the neuter pronoun of an organisation ("viert dat het op 3-9 jarig is"). The word opens its clause
     * (after a stop, bracket, quote or comma, or "dat", "en", "want", "omdat", with or without its article) and at
     * most one word and the verb stand between it and "op": "Oma, die bij de kerk zit, is op 3-9 jarig" and "zijn
     * vriendin van de school is op 3-9 jarig" stay birthdays.
     */
    private static final Pattern NOT_A_RELATIVE = Pattern.compile("(?iu)(?:^|[.;:!?(\"\u201c,]\\s*"
            + "|(?<![\\p{L}])(?:dat|en|want|omdat)\\s+)(?:(?:de|het)\\s+)?(?:koning|koningin|prins|prinses"
            + "|sinterklaas|sint|kerstman|\\p{L}*(?:school|buurthuis|dagverblijf|opvang|speelzaal|creche|crèche"
            + "|vereniging|club|bedrijf|winkel|kerk|moskee|stichting|gemeente|praktijk|centrum|college|lyceum))"
            + "(?:\\s+\\p{L}+)?\\s+(?:(?:is|was|wordt|werd)\\s+)?(?:ook\\s+|al\\s+)?op\\s*$"
            + "|(?<![\\p{L}])(?:dat|want|omdat)\\s+het\\s+op\\s*$");
    /** "op" right before the date (an event's date, "sinds 5-6", has another preposition). */
    private static final Pattern OP_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])op\\s*$");

    private BirthdayDayMonth() {
    }

    /** Whether the day and month from {@code start} to {@code end} is a birthday's. */
    static boolean around(String text, int start, int end) {
        String before = TextWindow.before(text, start, 50);
        if (BEFORE.matcher(before).find()) {
            return true;
        }
        return OP_BEFORE.matcher(before).find() && !NOT_A_RELATIVE.matcher(before).find()
                && AFTER.matcher(text.substring(end, Math.min(text.length(), end + 30))).find();
    }
}
