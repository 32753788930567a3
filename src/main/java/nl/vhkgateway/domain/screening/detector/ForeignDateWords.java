package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 9 rule: English, German and French day and month names in a date ("Sent: Tuesday, 10 November 2026",
 * "Gesendet: Montag, 3. März 2026", "born on 4th of March 2016") are no names, also where a name list holds them
 * ("June", "August", "Sunday"). A day name counts after a colon or before a comma or a number; a month name next to a
 * number (a day before it, a day or year after it). "June zegt ..." and "met August" stay names; a month that is
 * also a listed given name ("April", "June", "August") is left to the date detectors (a birth date "born on 17 August
 * 2019" must stay refused); since round 20 such a month between a day and a four-digit year is the month too; since
 * round 25 an English month's abbreviation with its period before a day and a four-digit year ("Oct. 29, 2026").
 */
final class ForeignDateWords {

    private static final Set<String> DAYS = WordSets.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "montag", "dienstag", "mittwoch",
            "donnerstag", "freitag", "samstag", "sonnabend", "sonntag", "lundi", "mardi", "mercredi", "jeudi",
            "vendredi", "samedi", "dimanche");
    private static final Set<String> MONTHS = WordSets.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "januar", "jänner", "februar", "märz", "maerz", "mai", "juni",
            "juli", "oktober", "dezember", "janvier", "février", "fevrier", "mars", "avril", "juin", "juillet",
            "août", "aout", "septembre", "octobre", "novembre", "décembre", "decembre");
    /** Round 25 (t25-held): the English months' abbreviations written with a period ("Oct. 29", "Sept. 3"). */
    private static final Set<String> ABBREVIATED = WordSets.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");
    /** Words between a day and its month: "4th of March", "le 3 mars". */
    private static final Set<String> LINKS = Set.of("of", "the", "de", "le");

    private ForeignDateWords() {
    }

    static void cover(List<Token> tokens, boolean[] covered, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || !t.capitalised()) {
                continue;
            }
            String lower = t.lower();
            if (DAYS.contains(lower) && (i + 1 < n && (tokens.get(i + 1).is(',') || tokens.get(i + 1).isNumber())
                    || i > 0 && tokens.get(i - 1).is(':'))) {
                covered[i] = true; // "Sent: Tuesday, 10 November 2026"
            } else if (MONTHS.contains(lower) && !words.isFirstName(NameClassifier.stripPossessive(t.text()))
                    && (dayBefore(tokens, i) || i + 1 < n && tokens.get(i + 1).isNumber()
                    && tokens.get(i + 1).text().length() <= 4)) {
                covered[i] = true; // "10 August 2026", "March 4, 2016", "3. März"
            } else if (ABBREVIATED.contains(lower) && i + 2 < n && tokens.get(i + 1).is('.') && !tokens.get(i + 1).spaceBefore()
                    && tokens.get(i + 2).isNumber() && tokens.get(i + 2).text().length() <= 2
                    && !words.isFirstName(t.text()) && (yearAfter(tokens, i + 2)
                    || i + 4 < n && tokens.get(i + 3).is(',') && yearAfter(tokens, i + 3))) {
                // round 25 (t25-held): an English month's abbreviation with its period before the day and a year ("Oct.
                // 29, 2026"); review rb: without the year a name ("met Dec. 12 kinderen") or a birthday ("geb. Oct. 29")
                // keeps the flag
                covered[i] = true;
            } else if (MONTHS.contains(lower) && dayBefore(tokens, i) && yearAfter(tokens, i)) {
                // round 20 (t20-items): a month that is a given name too, between a day and a four-digit year, is
                // the month ("Am 3. Mai 2026", "on 17 June 2025"); the date detectors judge the whole date
                covered[i] = true;
            }
        }
    }

    /** A year of four digits (19xx, 20xx) right after the month. */
    private static boolean yearAfter(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || !tokens.get(i + 1).isNumber()) {
            return false;
        }
        String year = tokens.get(i + 1).text();
        return year.length() == 4 && (year.startsWith("19") || year.startsWith("20"));
    }

    /** A day number (or an ordinal "4th") before the month, with a period or "of" between. */
    private static boolean dayBefore(List<Token> tokens, int i) {
        int k = i - 1;
        while (k >= 0 && (tokens.get(k).is('.') || tokens.get(k).isWord() && LINKS.contains(tokens.get(k).lower()))
                && k > i - 3) {
            k--;
        }
        if (k < 0 || k == i - 3) {
            return false;
        }
        String text = tokens.get(k).text();
        int digits = 0;
        while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        return digits >= 1 && digits <= 2 && (digits == text.length()
                || Set.of("st", "nd", "rd", "th", "e", "er").contains(text.substring(digits).toLowerCase()));
    }
}
