package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds calendar dates in Dutch text: {@code 12-03-2011}, {@code 12/3/11}, {@code 12.03.2011}, {@code 2011-03-12},
 * {@code 12 maart 2011}, {@code 12 mrt. '11}, {@code 1e maart 2011}, a day in words
 * with a year ({@code dertien april 2015}, also ordinal since round 13: {@code de twaalfde maart 2015}), and (flagged as such) day-and-month dates
 * without a year ({@code 12 maart}). Only real calendar dates count (day 1-31, month 1-12). Stateless and
 * thread-safe.
 */
final class DateFinder {

    /** A date found: its offsets, its year (or -1 when none was written) and whether it carries a year. */
    record FoundDate(int start, int end, int year) {
        boolean hasYear() {
            return year > 0;
        }

        /** Day, month and year (every date found with a year has all three). */
        boolean fullDate() {
            return year > 0;
        }
    }

    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d.,/-])(\\d{1,2})\\s?([-/.])\\s?(\\d{1,2})\\s?\\2\\s?(\\d{4}|'?\\d{2})(?![\\d]|[.,/-]\\d)");
    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d-])(\\d{4})\\s?([-/.])\\s?(\\d{1,2})\\s?\\2\\s?(\\d{1,2})(?![\\d]|[-/.]\\d)");
    /** "12 03 2011": day, month and a four-digit year separated by single spaces. */
    private static final Pattern SPACED = Pattern.compile("(?<![\\d.,/-])(\\d{1,2}) (\\d{1,2}) ((?:19|20)\\d{2})(?![\\d])");
    /** "2011 03 12": a four-digit year, month and day separated by single spaces. */
    private static final Pattern ISO_SPACED = Pattern.compile(
            "(?<![\\d.,/-])((?:19|20)\\d{2}) (\\d{1,2}) (\\d{1,2})(?![\\d]|[.,/-]\\d)");
    /** "12.iii.2011", "12-XI-2011": a Roman month. */
    private static final Pattern ROMAN = Pattern.compile(
            "(?i)(?<![\\d.,/-])(\\d{1,2})\\s?([-/. ])\\s?(xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)\\s?\\2\\s?(\\d{4}|'?\\d{2})(?![\\d\\p{L}])");
    private static final List<String> ROMAN_MONTHS = List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix",
            "x", "xi", "xii");
    private static final String MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
            + "november|december|"
            // English month names, as in passports, apps and letters from abroad ("born on 4 March 2024")
            + "january|february|march|may|june|july|august|october|"
            // German month names, as in German documents and letters ("am 7. März 2013")
            + "januar|februar|märz|maerz|mai|dezember|"
            // Frisian month names, as in Frisian notes ("berne op 5 novimber 2011")
            + "jannewaris|febrewaris|maaie|juny|septimber|novimber|desimber|"
            + "(?:jan|feb|febr|mrt|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec)\\.?";
    /** Month abbreviations without a period, for dates written without separators ("09JUN2016", "3mrt2012"). */
    private static final String MONTHS_SHORT = "jan|feb|mrt|mar|apr|mei|may|jun|jul|aug|sep|okt|oct|nov|dec";
    /** "09JUN2016", "3mrt12": day, month abbreviation and year run together, as on passports and in registers. */
    private static final Pattern RUN_TOGETHER = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])(\\d{1,2})(" + MONTHS_SHORT + ")(\\d{4}|\\d{2})(?![\\p{L}\\d])");
    /** "March 4, 2024", "maart 12, 2011", "Jun 9th 2016": month first, English style. */
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])(" + "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
                    + "december|january|february|march|may|june|july|october|"
                    + "(?:jan|feb|mrt|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec)\\.?"
                    + ")\\s+(\\d{1,2})(?:st|nd|rd|th|e|ste|de)?,?\\s+(\\d{4})(?![\\p{L}\\d])");
    private static final Pattern TEXTUAL = Pattern.compile(
            // English ordinals too: "4th of March 2016", "2nd October 2011", "the 21st of June"
            "(?iu)(?<![\\p{L}\\d])(\\d{1,2})(?:e|ste|de|st|nd|rd|th)?(?:\\s+of)?(?:\\s*[-/.]\\s*|\\s+)(" + MONTHS
                    + ")(?:(?:\\s*[-/.,]\\s*|\\s+)('?\\d{4}|'\\d{2}))?(?![\\p{L}\\d])");
    /** Days written out in words, 1 to 31 ("dertien", "eenentwintig", "tweeëntwintig"), index + 1 is the day. */
    private static final List<String> WRITTEN_DAYS = List.of("een", "twee", "drie", "vier", "vijf", "zes", "zeven",
            "acht", "negen", "tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien",
            "achttien", "negentien", "twintig", "eenentwintig", "tweeentwintig", "drieentwintig", "vierentwintig",
            "vijfentwintig", "zesentwintig", "zevenentwintig", "achtentwintig", "negenentwintig", "dertig",
            "eenendertig");
    /**
     * Round 13: ordinal days in words, 1st to 31st ("de twaalfde maart 2015", "eenentwintigste juni 2016"), index + 1
     * is the day.
     */
    private static final List<String> WRITTEN_ORDINALS = List.of("eerste", "tweede", "derde", "vierde", "vijfde",
            "zesde", "zevende", "achtste", "negende", "tiende", "elfde", "twaalfde", "dertiende", "veertiende",
            "vijftiende", "zestiende", "zeventiende", "achttiende", "negentiende", "twintigste", "eenentwintigste",
            "tweeentwintigste", "drieentwintigste", "vierentwintigste", "vijfentwintigste", "zesentwintigste",
            "zevenentwintigste", "achtentwintigste", "negenentwintigste", "dertigste", "eenendertigste");
    /** "dertien april 2015", "een mei '09": a day written in words, a month name and a year. */
    private static final Pattern WRITTEN = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])(\\p{L}{3,17})\\s+(" + MONTHS
                    + ")(?:\\s*,?\\s*)('?\\d{4}|'\\d{2})(?![\\p{L}\\d])");
    /** "negentien juli tweeduizendveertien": day, month and year all in words (the year after 1900). */
    private static final Pattern ALL_WORDS = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])(\\p{L}{3,17})\\s+(" + MONTHS + ")\\s*,?\\s*((?:tweeduizend|negentienhonderd)\\p{L}{0,20})"
                    + "(?![\\p{L}\\d])");
    /**
     * Round 22 (t22-names): a year spoken as two words, as speech-to-text writes it: "elf juli twintig zeventien" (2017),
     * "drie maart negentien vijfentachtig" (1985), "twaalf mei tweeduizend acht" (2008). The first word gives the
     * century ("twintig" and "tweeduizend" 2000, "negentien" 1900), the second one to ninety-nine in words; both
     * after a day and a month in words. "drie maart twintig minuten" has no number as its second word and stays.
     */
    private static final Pattern SPOKEN_YEAR = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])(\\p{L}{3,17})\\s+(" + MONTHS + ")\\s*,?\\s*(twintig|negentien|tweeduizend)\\s+"
                    + "(\\p{L}{3,20})(?![\\p{L}\\d])");
    /**
     * Round 20 (t20-items): month names of the languages of families from abroad, as on foreign birth certificates and
     * passports (French, Portuguese, Spanish, Turkish with and without its letters, Polish in the genitive a date
     * takes, Italian, Romanian); only in a full date with a four-digit year ("5 juin 2013", "5 de junho de 2013", "5 Haziran 2013",
     * "5 czerwca 2013"). Months already in {@link #MONTHS} (mai, avril ...) are found there.
     */
    private static final Map<String, Integer> FOREIGN_MONTHS = foreignMonths(
            "janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre",
            "janeiro fevereiro março marco abril maio junho julho agosto setembro outubro novembro dezembro",
            "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
            "ocak şubat subat mart nisan mayıs mayis haziran temmuz ağustos agustos eylül eylul ekim kasım kasim "
                    + "aralık aralik",
            "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września wrzesnia października "
                    + "pazdziernika listopada grudnia",
            "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
            "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie");
    private static final Pattern FOREIGN = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])(\\d{1,2})(?:er|e|º|°)?\\.?\\s+(?:de\\s+)?(\\p{L}{3,12})\\s*(?:de\\s+|,\\s*)?"
                    + "((?:19|20)\\d{2})(?![\\p{L}\\d])");
    private static final List<String> TENS = List.of("twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig",
            "tachtig", "negentig");
    private static final Map<String, Integer> MONTH_NUMBERS = Map.ofEntries(Map.entry("januari", 1),
            Map.entry("jan", 1), Map.entry("februari", 2), Map.entry("feb", 2), Map.entry("febr", 2),
            Map.entry("maart", 3), Map.entry("mrt", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mei", 5), Map.entry("juni", 6), Map.entry("jun", 6), Map.entry("juli", 7), Map.entry("jul", 7),
            Map.entry("augustus", 8), Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("oktober", 10), Map.entry("okt", 10), Map.entry("november", 11),
            Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12), Map.entry("january", 1),
            Map.entry("february", 2), Map.entry("march", 3), Map.entry("mar", 3), Map.entry("may", 5),
            Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8), Map.entry("october", 10),
            Map.entry("oct", 10), Map.entry("januar", 1), Map.entry("februar", 2), Map.entry("märz", 3),
            Map.entry("maerz", 3), Map.entry("mai", 5), Map.entry("dezember", 12), Map.entry("jannewaris", 1),
            Map.entry("febrewaris", 2), Map.entry("maaie", 5), Map.entry("juny", 6), Map.entry("septimber", 9),
            Map.entry("novimber", 11), Map.entry("desimber", 12));

    private DateFinder() {
    }

    static List<FoundDate> find(String text) {
        List<FoundDate> dates = new ArrayList<>(0);
        if (text.contains("uizend") || text.contains("onderd") || text.contains("UIZEND") || text.contains("ONDERD")) {
            allInWords(text, dates);
        }
        if (text.contains("ntig") || text.contains("tien") || text.contains("uizend") || text.contains("NTIG")
                || text.contains("TIEN") || text.contains("UIZEND")) {
            spokenYear(text, dates);
        }
        boolean digit = false;
        for (int i = 0; i < text.length() && !digit; i++) {
            digit = Character.isDigit(text.charAt(i));
        }
        if (!digit) {
            return dates;
        }
        int[] all = TextWindow.numberStarts(text);
        int[] numbers = new int[all.length];
        int[] textual = new int[all.length];
        int nn = 0;
        int nt = 0;
        for (int start : all) {
            int e = start;
            while (e < text.length() && Character.isDigit(text.charAt(e))) {
                e++;
            }
            int len = e - start;
            if (len > 4 || e >= text.length()) {
                continue;
            }
            char next = text.charAt(e);
            char after = e + 1 < text.length() ? text.charAt(e + 1) : ' ';
            // a Roman month after a space too: "12 III 2011"
            if (next == '-' || next == '/' || next == '.' || next == ' ' && (after == '-' || after == '/'
                    || after == '.' || after == 'I' || after == 'V' || after == 'X' || after == 'i' || after == 'v'
                    || after == 'x')) {
                numbers[nn++] = start;
            }
            if (len <= 2 && (Character.isWhitespace(next) || next == 'e' || next == 's' || next == 'd' || next == '-'
                    || next == '.' || next == '/' || next == 't' || next == 'n' || next == 'r')) {
                textual[nt++] = start;
            }
            if ((len <= 2 || len == 4) && next == ' ' && Character.isDigit(after)
                    && (nn == 0 || numbers[nn - 1] != start)) {
                numbers[nn++] = start;
            }
        }
        numbers = java.util.Arrays.copyOf(numbers, nn);
        textual = java.util.Arrays.copyOf(textual, nt);
        TextWindow.matchAt(NUMERIC, text, numbers, m -> {
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(3));
            // also month first, as in English forms ("DOB 11/27/2013")
            if (valid(day, month) || m.group(2).equals("/") && month > 12 && valid(month, day)) {
                dates.add(new FoundDate(m.start(), m.end(), year(m.group(4))));
            }
        });
        TextWindow.matchAt(ISO, text, numbers, m -> {
            int year = Integer.parseInt(m.group(1));
            if (year >= 1900 && year <= 2100 && valid(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)))) {
                dates.add(new FoundDate(m.start(), m.end(), year));
            }
        });
        TextWindow.matchAt(SPACED, text, numbers, m -> {
            if (valid(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))) {
                dates.add(new FoundDate(m.start(), m.end(), Integer.parseInt(m.group(3))));
            }
        });
        TextWindow.matchAt(ISO_SPACED, text, numbers, m -> {
            if (valid(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)))) {
                dates.add(new FoundDate(m.start(), m.end(), Integer.parseInt(m.group(1))));
            }
        });
        TextWindow.matchAt(ROMAN, text, numbers, m -> {
            int month = ROMAN_MONTHS.indexOf(m.group(3).toLowerCase(Locale.ROOT)) + 1;
            // with spaces only a Roman month in capitals and a four-digit year: "12 III 2011", not "2 x 10 mg"
            boolean spaced = m.group(2).equals(" ");
            boolean strict = !spaced || m.group(3).equals(m.group(3).toUpperCase(Locale.ROOT)) && m.group(4).length() == 4;
            if (strict && valid(Integer.parseInt(m.group(1)), month)) {
                dates.add(new FoundDate(m.start(), m.end(), year(m.group(4))));
            }
        });
        if (text.length() > 12) {
            java.util.regex.Matcher w = WRITTEN.matcher(text);
            while (w.find()) {
                int day = dayInWords(w.group(1));
                Integer month = MONTH_NUMBERS.get(w.group(2).toLowerCase(Locale.ROOT).replace(".", ""));
                if (day > 0 && month != null && valid(day, month)) {
                    dates.add(new FoundDate(w.start(), w.end(), year(w.group(3))));
                }
            }
        }
        if (text.length() >= 7) {
            runTogetherAndMonthFirst(text, dates);
        }
        TextWindow.matchAt(FOREIGN, text, textual, m -> {
            String name = m.group(2).toLowerCase(Locale.ROOT);
            Integer month = MONTH_NUMBERS.containsKey(name) ? null : FOREIGN_MONTHS.get(name);
            if (month != null && valid(Integer.parseInt(m.group(1)), month)) {
                dates.add(new FoundDate(m.start(), m.end(), Integer.parseInt(m.group(3))));
            }
        });
        TextWindow.matchAt(TEXTUAL, text, textual, m -> {
            int day = Integer.parseInt(m.group(1));
            Integer month = MONTH_NUMBERS.get(m.group(2).toLowerCase(Locale.ROOT).replace(".", ""));
            if (month != null && valid(day, month)) {
                int year = m.group(3) == null ? -1 : year(m.group(3));
                dates.add(new FoundDate(m.start(), m.end(), year));
            }
        });
        return dates;
    }

    /** The rarer written forms: "09JUN2016" and "March 4, 2024" (only looked for when a digit touches a letter or a month word is there). */
    private static void runTogetherAndMonthFirst(String text, List<FoundDate> dates) {
        boolean touching = false;
        for (int i = 1; i < text.length() && !touching; i++) {
            touching = Character.isDigit(text.charAt(i - 1)) && Character.isLetter(text.charAt(i));
        }
        if (touching) {
            java.util.regex.Matcher m = RUN_TOGETHER.matcher(text);
            while (m.find()) {
                Integer month = MONTH_NUMBERS.get(m.group(2).toLowerCase(Locale.ROOT));
                int day = Integer.parseInt(m.group(1));
                if (month != null && valid(day, month)) {
                    dates.add(new FoundDate(m.start(), m.end(), year(m.group(3))));
                }
            }
        }
        if (text.indexOf(", 19") < 0 && text.indexOf(", 20") < 0 && text.indexOf("th ") < 0
                && text.indexOf("st ") < 0 && text.indexOf("nd ") < 0 && text.indexOf("rd ") < 0) {
            return;
        }
        java.util.regex.Matcher m = MONTH_FIRST.matcher(text);
        while (m.find()) {
            Integer month = MONTH_NUMBERS.get(m.group(1).toLowerCase(Locale.ROOT).replace(".", ""));
            int day = Integer.parseInt(m.group(2));
            int year = Integer.parseInt(m.group(3));
            if (month != null && valid(day, month) && year >= 1900 && year <= 2100) {
                dates.add(new FoundDate(m.start(), m.end(), year));
            }
        }
    }

    private static void allInWords(String text, List<FoundDate> dates) {
        java.util.regex.Matcher w = ALL_WORDS.matcher(text);
        while (w.find()) {
            int day = dayInWords(w.group(1));
            Integer month = MONTH_NUMBERS.get(w.group(2).toLowerCase(Locale.ROOT).replace(".", ""));
            String y = w.group(3).toLowerCase(Locale.ROOT).replace('ë', 'e');
            int base = y.startsWith("tweeduizend") ? 2000 : 1900;
            String rest = y.substring(base == 2000 ? "tweeduizend".length() : "negentienhonderd".length());
            if (rest.startsWith("en") && base == 2000 && !rest.equals("en")) {
                rest = rest.substring(2); // "tweeduizendenvijf"
            }
            int year = rest.isEmpty() ? base : base + numberInWords(rest);
            if (day > 0 && month != null && valid(day, month) && year >= base && year < base + 100) {
                dates.add(new FoundDate(w.start(), w.end(), year));
            }
        }
    }

    /** Round 22: a day and month in words and a year of two words ("elf juli twintig zeventien"), see SPOKEN_YEAR. */
    private static void spokenYear(String text, List<FoundDate> dates) {
        java.util.regex.Matcher w = SPOKEN_YEAR.matcher(text);
        while (w.find()) {
            int day = dayInWords(w.group(1));
            Integer month = MONTH_NUMBERS.get(w.group(2).toLowerCase(Locale.ROOT).replace(".", ""));
            String century = w.group(3).toLowerCase(Locale.ROOT);
            int base = century.equals("negentien") ? 1900 : 2000;
            int rest = numberInWords(w.group(4).toLowerCase(Locale.ROOT).replace('ë', 'e'));
            int year = base + rest;
            if (day > 0 && month != null && valid(day, month) && rest >= 1 && rest <= 99) {
                int from = w.start();
                int to = w.end();
                dates.removeIf(d -> d.start() >= from && d.end() <= to); // "tweeduizend" alone read as 2000
                dates.add(new FoundDate(from, to, year));
            }
        }
    }

    /**
     * A day of the month in words, cardinal or (round 13) ordinal, with or without accents ("negen", "één",
     * "tweeëntwintig", "twaalfde"); 0 when it is none.
     */
    private static int dayInWords(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('ë', 'e').replace('é', 'e').replace('è', 'e');
        int day = WRITTEN_DAYS.indexOf(w) + 1;
        return day > 0 ? day : WRITTEN_ORDINALS.indexOf(w) + 1;
    }

    /** 1 to 99 in Dutch words ("veertien", "vijfentwintig", "tachtig"); -1000 when it is no number. */
    private static int numberInWords(String words) {
        int unit = WRITTEN_DAYS.indexOf(words) + 1;
        if (unit > 0 && unit < 20) {
            return unit;
        }
        int tens = TENS.indexOf(words);
        if (tens >= 0) {
            return 20 + 10 * tens;
        }
        for (int t = 0; t < TENS.size(); t++) {
            if (words.endsWith("en" + TENS.get(t))) {
                int u = WRITTEN_DAYS.indexOf(words.substring(0, words.length() - 2 - TENS.get(t).length())) + 1;
                if (u > 0 && u < 10) {
                    return 20 + 10 * t + u;
                }
            }
        }
        return -1000;
    }

    /** Each argument lists one language's twelve months in order; a spelling without the language's letters follows its month. */
    private static Map<String, Integer> foreignMonths(String... languages) {
        Map<String, Integer> months = new java.util.HashMap<>();
        for (String language : languages) {
            int month = 0;
            String previous = "";
            for (String name : language.split(" ")) {
                boolean variant = !previous.isEmpty() && ascii(previous).equals(name) && !previous.equals(name);
                if (!variant) {
                    month++;
                }
                months.putIfAbsent(name, month);
                previous = name;
            }
            if (month != 12) {
                throw new IllegalStateException("twelve months expected: " + language);
            }
        }
        return Map.copyOf(months);
    }

    private static String ascii(String word) {
        return java.text.Normalizer.normalize(word.replace('ı', 'i').replace('ł', 'l'), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }

    private static int year(String written) {
        String y = written.startsWith("'") ? written.substring(1) : written;
        int v = Integer.parseInt(y);
        if (y.length() == 2) {
            return v <= 40 ? 2000 + v : 1900 + v;
        }
        return v;
    }

    private static boolean valid(int day, int month) {
        return day >= 1 && day <= 31 && month >= 1 && month <= 12;
    }
}
