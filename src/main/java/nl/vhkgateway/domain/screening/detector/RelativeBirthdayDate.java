package nl.vhkgateway.domain.screening.detector;

import java.util.regex.Pattern;

/**
 * Round 21 (t21-items, precedent B58-256: "an incident dated the day after mother's birthday with the date gives her
 * birthday"): a date beside the birthday of someone named, in the same clause, is that person's birth date, also when
 * the date is recent: "Op 14-03-2026, de verjaardag van moeder, escaleerde de ruzie", "op de verjaardag van oma (3 mei
 * 2026)", "3-5-2026 (verjaardag vader)", "op zijn verjaardag, 9 juni 2026", "de dag na de verjaardag van opa, 4-4-2026".
 * Review round 21 narrowed it to an apposition: nothing but a comma, a bracket, "op" or "de dag na" between the
 * birthday and the date; the date of a talk, a purchase or a later event near the word stays an event, and "van" takes
 * only an initial or a listed given name ("de verjaardag van Sinterklaas" is a feast).
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
            + "|(?i:" + BIRTHDAY_WORD + "\\s+van)\\s+(?<name>\\p{Lu}\\.|\\p{Lu}\\p{Ll}+)"
            + "|(?i:" + KIN + "(?:s|'s|’s)\\s+" + BIRTHDAY_WORD + "))(?![\\p{L}])");
    /** "op zijn verjaardag, 9 juni 2026": a possessive pronoun, only right beside the date. */
    private static final Pattern PRONOUN_BIRTHDAY = Pattern.compile("(?iu)(?<![\\p{L}])(?:haar|zijn|hun|mijn)\\s+"
            + BIRTHDAY_WORD + "(?![\\p{L}])");
    private static final int NEAR_PRONOUN = 12;
    /** At most this many characters between the birthday and the date, and only an apposition's glue between them. */
    private static final int NEAR = 45;
    /**
     * Review round 21: the date must BE the birthday, so only an apposition's glue may stand between them: "<date>, de
     * verjaardag van ...", "<date> (verjaardag vader)", "op de verjaardag van oma (<date>)", "verjaardag van oma op
     * <date>", "..., 4-4-2026". A verb between ("vertelde over de verjaardag", "is besproken hoe de verjaardag") makes
     * the date another event's.
     */
    private static final Pattern GLUE_AFTER_DATE = Pattern.compile("(?iu)^[\\s,(\u2013-]*(?:(?:op|tijdens)\\s+)?"
            + "(?:(?:de|het)\\s+)?(?:(?:dag|avond|ochtend|middag)\\s+(?:na|voor|van)\\s+(?:de\\s+)?)?$");
    private static final Pattern GLUE_BEFORE_DATE = Pattern.compile("(?iu)^[\\s,()\u2013-]*(?:(?:op|d\\.d\\.)\\s*)?$");
    /**
     * Before the birthday: "na", "sinds", "over", "hoe", "voor" make it a time reference or a topic, not the date's
     * name ("Na de verjaardag van moeder, op 20-10-2026, ..."); "de dag na de verjaardag" dates it (precedent B58-256).
     */
    private static final Pattern NOT_THE_DAY = Pattern.compile("(?iu)(?<![\\p{L}])(?:na|sinds|over|hoe|voor|vanwege|"
            + "rond|rondom|tot|vanaf|aan|om|cadeau)\\s+(?:(?:de|het|haar|zijn|hun)\\s+)?$");
    private static final Pattern DAY_NEXT_TO = Pattern.compile("(?iu)(?:dag|avond|ochtend|middag)\\s+(?:na|voor)\\s+"
            + "(?:(?:de|het|haar|zijn|hun)\\s+)?$");

    private RelativeBirthdayDate() {
    }

    static boolean holds(String text, int start, int end, WordLists words) {
        if (text.toLowerCase(java.util.Locale.ROOT).indexOf("jaardag") < 0) {
            return false;
        }
        return near(BIRTHDAY, NEAR, text, start, end, words) || near(PRONOUN_BIRTHDAY, NEAR_PRONOUN, text, start, end,
                words);
    }

    private static boolean near(Pattern birthday, int near, String text, int start, int end, WordLists words) {
        int from = Math.max(0, start - near - 40);
        int to = Math.min(text.length(), end + near + 40);
        java.util.regex.Matcher m = birthday.matcher(text).region(from, to);
        while (m.find()) {
            if (birthday == BIRTHDAY && m.group("name") != null && !m.group("name").endsWith(".")
                    && !words.isFirstName(m.group("name"))) {
                continue; // "de verjaardag van Sinterklaas", "van De Regenboog": no person of the family
            }
            String before = text.substring(Math.max(0, m.start() - 25), m.start());
            if (NOT_THE_DAY.matcher(before).find() && !DAY_NEXT_TO.matcher(before).find()) {
                continue;
            }
            if (m.end() <= start && start - m.end() <= near
                    && GLUE_BEFORE_DATE.matcher(text.substring(m.end(), start)).matches()
                    || m.start() >= end && m.start() - end <= near
                    && GLUE_AFTER_DATE.matcher(text.substring(end, m.start())).matches()) {
                return true;
            }
        }
        return false;
    }
}
