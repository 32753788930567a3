package nl.vhkgateway.domain.screening.detector;

import java.util.regex.Pattern;

/**
 * Round 21 (t21-items, precedent B58-256: "an incident dated the day after mother's birthday with the date gives her
 * birthday"): a date beside the birthday of someone named, in the same clause, is that person's birth date, also when
 * the date is recent: "Op 14-03-2026, de verjaardag van moeder, escaleerde de ruzie", "op de verjaardag van oma (3 mei
 * 2026)", "3-5-2026 (verjaardag vader)", "op zijn verjaardag, 9 juni 2026", "de dag na de verjaardag van opa, 4-4-2026".
 * Since round 8 a recent date with a birthday word alone stays allowed ("op 24-10-2026 (verjaardag)", "Op 14-03-2026
 * was er een verjaardagsfeest op school"), and so does the birthday of someone the card does not protect ("de
 * verjaardag van de juf", "de school"). The birthday and the date must stand within a few words of each other with
 * no clause end between. Stateless and thread-safe.
 */
final class RelativeBirthdayDate {

    private static final String KIN = "(?:moeder|vader|ouders?|oma|opa|tante|oom|broer|broertje|zus|zusje|zoon|dochter|"
            + "stiefmoeder|stiefvader|stiefbroer|stiefzus|pleegmoeder|pleegvader|halfbroer|halfzus|mama|papa|neef|nicht|"
            + "overgrootmoeder|overgrootvader|grootmoeder|grootvader|schoonmoeder|schoonvader|partner|vriend|vriendin|"
            + "jeugdige|baby|jongste|oudste|de\\s+jongste|de\\s+oudste|de\\s+baby|het\\s+kind|de\\s+jeugdige)";
    private static final String BIRTHDAY_WORD = "(?:verjaardag|verjaardagsfeest(?:je)?|jaardag)";
    /** "de verjaardag van moeder", "verjaardag vader", "verjaardag van J.", "oma's verjaardag". */
    private static final Pattern BIRTHDAY = Pattern.compile("(?u)(?<![\\p{L}])(?:(?i:" + BIRTHDAY_WORD
            + "\\s+(?:van\\s+)?(?:(?:de|het|haar|zijn|hun|mijn)\\s+)?" + KIN + ")"
            + "|(?i:" + BIRTHDAY_WORD + "\\s+van)\\s+(?:\\p{Lu}\\.|\\p{Lu}\\p{Ll}+)"
            + "|(?i:" + KIN + "(?:s|'s|’s)\\s+" + BIRTHDAY_WORD + "))(?![\\p{L}])");
    /** "op zijn verjaardag, 9 juni 2026": a possessive pronoun, only right beside the date. */
    private static final Pattern PRONOUN_BIRTHDAY = Pattern.compile("(?iu)(?<![\\p{L}])(?:haar|zijn|hun|mijn)\\s+"
            + BIRTHDAY_WORD + "(?![\\p{L}])");
    private static final int NEAR_PRONOUN = 12;
    /** No clause end, no other date and at most this many characters between the birthday and the date. */
    private static final int NEAR = 45;
    private static final Pattern BREAK = Pattern.compile("[;!?\\n]|\\.\\s|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2}");

    private RelativeBirthdayDate() {
    }

    static boolean holds(String text, int start, int end) {
        if (text.toLowerCase(java.util.Locale.ROOT).indexOf("jaardag") < 0) {
            return false;
        }
        return near(BIRTHDAY, NEAR, text, start, end) || near(PRONOUN_BIRTHDAY, NEAR_PRONOUN, text, start, end);
    }

    private static boolean near(Pattern birthday, int near, String text, int start, int end) {
        int from = Math.max(0, start - near - 40);
        int to = Math.min(text.length(), end + near + 40);
        java.util.regex.Matcher m = birthday.matcher(text).region(from, to);
        while (m.find()) {
            if (m.end() <= start && start - m.end() <= near && !BREAK.matcher(text.substring(m.end(), start)).find()
                    || m.start() >= end && m.start() - end <= near
                    && !BREAK.matcher(text.substring(end, m.start())).find()) {
                return true;
            }
        }
        return false;
    }
}
