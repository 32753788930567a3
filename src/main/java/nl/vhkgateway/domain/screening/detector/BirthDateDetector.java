package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.card.TextSegment;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.ScreeningContext;

/**
 * BIRTH_DATE: dates of birth. A date counts as one
 * <ul>
 *   <li>in a birth context: "geboren (op)", "geb.", "geboortedatum", "°", "*", "jarig (op)", "verjaardag" just
 *       before it, or "geboren" just after it (also day and month without a year: "jarig op 12 maart");</li>
 *   <li>where the card allows only a birth year: any full date in Jeugdige; in Gezinssamenstelling a date that
 *       is not introduced as an event ("op", "sinds", "vanaf", "per" ...);</li>
 *   <li>in brackets right after a person: an initial, a kin or role word or a name ("J. (12-03-2011)",
 *       "moeder (03-05-1987)", "Sanne (12-3-2011)"), or after a kin word and a colon or comma ("vader: 1-2-1985").</li>
 * </ul>
 * Event dates ("op 17-10-2026") are allowed. Thread-safe.
 */
public final class BirthDateDetector extends SpanDetector {

    public static final String NAME = "BIRTH_DATE";

    /**
     * Round 20 (t20-items): the birth labels of birth certificates, passports and forms of the languages of families
     * from abroad, lower case (not the name of a document, "acte de naissance", as "geboorteakte" is none): French "né(e) le", "date de naissance"; German "geboren am" (with "geb." and
     * "Geburtsdatum" above); Turkish "doğum tarihi" (also without its letters); Polish "data urodzenia", "urodzony/a";
     * Portuguese "data de nascimento", "nascido/a em"; Spanish "fecha de nacimiento", "nacido/a el"; Arabic
     * transliterated "tarikh al-milad"; Italian "data di nascita", "nato/a il"; Romanian "data nașterii", "născut(ă)";
     * Bosnian, Croatian, Serbian "datum rođenja"; Indonesian "tanggal lahir".
     */
    private static final String FOREIGN_BIRTH_LABELS = "date\\s+de\\s+naissance|n\u00e9e?(?:\\(e\\))?\\s+le|"
            + "do[g\u011f]um\\s+tarih[i\u0131]|data\\s+urodzenia|urodzon[aey]|data\\s+de\\s+nascimento|"
            + "nascid[ao]\\s+em|fecha\\s+de\\s+nacimiento|nacid[ao]\\s+el|tar[i\u012b]kh?\\s+al[\\s-]?m[i\u012b]l[a\u0101]d|"
            // Italian, Romanian, Bosnian/Croatian/Serbian, Indonesian (review of round 20)
            + "data\\s+di\\s+nascita|nat[ao]\\s+il|data\\s+na[s\u0219\u015f]terii|n[a\u0103]scut[\u0103a]?|"
            + "datum\\s+ro(?:\u0111|d|dj)enja|tanggal\\s+lahir";
    private static final Pattern BIRTH_BEFORE = Pattern.compile(
            "(?:geboren|gebo{1,2}re?n|geborn|geb\\.?|geboortedatum|geb\\.?\\s?datum|geb\\.?dat\\.?|gebdat|geboortedag|verjaardag|jarig|d\\.o\\.b\\.?|dob|"
                    + "date of birth|birth date|birthdate|°|born|geburtsdatum|geburtstag|geb\\.?\\s?am|"
                    // round 16: Frisian "berne" (born) and "jierdei" (birthday): "J. is berne op 5 novimber 2011"
                    + "(?<![\\p{L}])(?:berne|jierdei)|"
                    // round 20 (lead): the expected date of a birth (precedent B50-365): "de uitgerekende datum is
                    // 14-02-2027", "ze is uitgerekend op 3 maart 2027"
                    + "uitgerekende\\s+datum|(?<![\\p{L}])(?:is|ben|was|zijn|waren)\\s+uitgerekend|"
                    // round 20 (t20-items): birth labels of foreign documents, see FOREIGN_BIRTH_LABELS
                    + "(?<![\\p{L}])(?:" + FOREIGN_BIRTH_LABELS + "))"
                    + "\\s*(?:is|was|op|on|am|:|=|-|–|\\(|d\\.d\\.|dd)?\\s*(?:op\\s*|on\\s*(?:the\\s*)?|am\\s*)?$");
    /**
     * The genealogical star right before a date ("J. * 12-03-2011", "(* 3-4-2012)"); a star that opens a line is a
     * bullet ("* Op 19-10-2026 inval", "* 15 november: ..."), not a birth sign.
     */
    private static final Pattern STAR_BEFORE = Pattern.compile("\\S\\s*\\*\\s*$");
    private static final Pattern BIRTH_AFTER = Pattern.compile(
            "^\\s*\\)?\\s*[(,:-]?\\s*(?:geboren|ter wereld gekomen|geboortedatum|geb\\.|geb\\b|dob\\b)");
    /** An optional weekday between an event word and its date: "sinds do 12 nov. 2026", "op dinsdag 3-3-2026". */
    private static final String WEEKDAY = "(?:(?:ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|"
            + "zaterdag|zondag)\\.?,?\\s*)?";
    private static final Pattern EVENT_BEFORE = Pattern.compile(
            "(?:\\bop|\\bsinds|\\bvanaf|\\bper|\\btot|\\bd\\.d\\.?|\\bdd|\\btussen|\\bna|\\bvoor|\\brond|\\bomstreeks|"
                    + "\\bin|\\bvan|\\ben|\\bt/m|\\bz?tot en met|\\bdatum|\\bgesprek|\\bgezien)\\s*:?\\s*(?:de\\s+)?" + WEEKDAY
                    + "$");
    /** A place preposition right before a capitalised "Born": the village in Limburg ("in Born", "uit Born"). */
    private static final Pattern PLACE_PREPOSITION_BEFORE = Pattern.compile("(?<![\\p{L}])(?:in|uit|naar|te|bij)\\s+$");
    /** A birth word anywhere in the sentence ("werd op 3 maart '11 in het Amphia geboren"). */
    private static final Pattern BIRTH_IN_SENTENCE = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:geboren|gebo{1,2}re?n|geborn|geb\\.?\\s?dat\\.?|gebdat\\p{L}*|geb\\.|geb|geboortedatum|geb\\.?\\s?datum|geboortedag|"
                    + "d\\.o\\.b\\.?|dob|"
                    + "date of birth|born|verjaardag|verjaart|jarig|bevallen|bevalling|geboorte|ter wereld|"
                    // English and German: "birth date", "birthday", "Geburtsdatum", "geboren am", "Geburt"
                    + "birth|birthdate|birthday|geburtsdatum|geburtstag|geburt|"
                    // Frisian "berne" (born), "jierdei" (birthday)
                    + "berne|jierdei|"
                    // round 20 (t20-items): foreign birth words (labels above, and "née", "né", "urodził(a)", "nasceu")
                    + FOREIGN_BIRTH_LABELS + "|n\u00e9e?|urodzi\\p{L}*|nasceu|naci\u00f3|do\u011fdu)(?![\\p{L}])");
    /**
     * Turning an age on a date reveals the birth date ("K. wordt op 11 maart 2027 achttien", "werd op 2-2-2026 16
     * jaar", "is op 5 mei 2026 meerderjarig geworden"): a verb of becoming and an age (a number up to 25, in digits or
     * words, not followed by another unit) in the same sentence.
     */
    private static final Pattern AGE_TURNED = Pattern.compile(
            "(?iu)\\b(?:wordt|werd|worden|werden|geworden|turns|turned)\\b"
                    // up to five words between, none a participle, infinitive or "en" ("werd ... opgenomen en is 81")
                    + "(?:\\s+(?!\\p{L}{2,}(?:en|d|t)(?![\\p{L}])|en(?![\\p{L}]))[^\\s.;!?]+){0,5}?\\s+(?<![\\p{L}\\d.,/-])"
                    + "(?:[1-9]\\d?|1[01]\\d|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|"
                    + "vijftien|zestien|zeventien|achttien|negentien|\\p{L}{0,8}(?:twintig|dertig|veertig|vijftig|zestig|"
                    + "zeventig|tachtig|negentig)|honderd|meerderjarig|volwassen)"
                    // then "jaar", or the end of the clause: not "groep van 12 kinderen", "door 2 medewerkers"
                    + "(?:\\s*jaar\\b|\\s*(?:[.,;:!?)]|$)|\\s+(?:en|dan|geworden|maar|op|in|is|was)\\b)");
    /** "is op 12 april 2026 tachtig geworden", "17 jaar geworden": an age before "geworden". */
    private static final Pattern AGE_BECAME = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d.,/-])(?:[1-9]\\d?|1[01]\\d|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|"
                    + "\\p{L}{0,5}tien|\\p{L}{0,8}(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)|"
                    + "honderd|meerderjarig)\\s+(?:jaar\\s+(?:oud\\s+)?)?geworden(?![\\p{L}])");
    /** An ordinal birthday ("haar 80e verjaardag", "zijn achttiende verjaardag"): with a date, the birth date. */
    private static final Pattern ORDINAL_BIRTHDAY = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])(?:\\d{1,3}(?:e|ste|de)|\\p{L}{3,20}(?:de|ste))\\s+(?:verjaardag|jaardag)(?![\\p{L}])");
    /** Words of a birthday only: with a recent or future date they date the party, not the birth. */
    private static final java.util.Set<String> BIRTHDAY_WORDS = java.util.Set.of("verjaardag", "jarig", "verjaart",
            "birthday", "geburtstag");
    /** An event introduced as such: a long-ago full date after these words is an event, not a birthday. */
    private static final Pattern EVENT_INTRO = Pattern.compile(
            "(?iu)(?:\\bop|\\bsinds|\\bvanaf|\\bper|\\btot|\\bd\\.d\\.?|\\btussen|\\bna|\\bvoor|\\brond|"
                    + "\\bomstreeks|\\bt/m|\\bdatum|\\bin|\\ben|"
                    // a meeting, advice or report dated so: "Advies VHT 08-11-2026:", "bespreking 3-11-2026"
                    + "\\badvies|\\bbespreking|\\boverleg|\\bvergadering|\\bzitting|\\bbesluit|\\bevaluatie|"
                    + "\\bhuisbezoek|\\bverslag|\\bmelding|\\bvht|"
                    // a document's own date in a header or footer: "versie 23-11-2026", "bijgewerkt 2026-11-22"
                    + "\\bversie|\\bbijgewerkt|\\bgewijzigd|\\bopgesteld|\\bafgedrukt|\\bgeprint|"
                    // "de bespreking van 08-12-'26", "de brief van 3-4-2026" ("zoon is van ..." is read before)
                    + "\\bvan)\\s*:?\\s*"
                    // round 13: an ordinal date after an article ("op de 2e januari 2015", "op de tweede januari")
                    + "(?:de\\s+)?" + WEEKDAY + "$");
    /**
     * "sinds de bevalling", "na de geboorte van Y.": a birth word in a phrase of time says when, not whose birth date
     * another date in the sentence is.
     */
    private static final Pattern TIME_PHRASE_BEFORE = Pattern.compile(
            "(?iu)(?:sinds|na|voor|tijdens|rond|rondom|vlak\\s+na|kort\\s+na|kort\\s+voor|vanaf|since|after|before|"
                    + "during|around|seit|nach|vor|während)\\s+(?:de|haar|zijn|hun|the|her|his|their|der|dem|die|seiner|"
                    + "ihrer)\\s+$");
    /** "zoon is van 9 sept. 2017": a child or relative "is van" a date. */
    /** Round 13: an initial may follow the kin word ("Zusje L. is van ..."), an article the "van" ("is van de 3e"). */
    private static final Pattern IS_VAN_BEFORE = Pattern.compile(
            "(?iu)([\\p{L}'’]+)(?:\\s+\\p{L}\\.)?\\s+(?:is|was)\\s+van\\s*(?:de\\s+)?$");
    private static final java.util.Set<String> PERSON_PRONOUNS = java.util.Set.of("hij", "zij", "ze", "jij", "ik");
    /**
     * "Bevalling 7-8-2026 gemeld", "geboorte op 7-8-2026 gemeld": a birth noun right before the date (or before "op")
     * dates the birth, whatever follows.
     */
    private static final Pattern BIRTH_NOUN_RIGHT_BEFORE = Pattern.compile(
            "(?:geboorte|bevalling|geboren|bevallen)\\s*(?:[:,]|op|d\\.d\\.)?\\s*$");
    /** Round 13: a participle of reporting or contact right after a date: the date of that act. */
    private static final Pattern REPORTED_AFTER = Pattern.compile("^\\s*(?:gemeld|doorgegeven|besproken|gesproken|"
            + "gebeld|gemaild|ontvangen|aangemeld|doorgestuurd|verstuurd|geregistreerd|aangegeven|bevestigd|"
            + "genoteerd|ingediend|overgedragen)(?![\\p{L}])");
    /** A sentence ends at a period before a capital, at a semicolon (a clause of its own) and at a line break. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s+(?=\\p{Lu})|;\\s+|\\n");
    private static final Pattern PERSON_BEFORE = Pattern.compile("([\\p{L}'’]+)(\\.)?(\\s+\\d{1,2})?\\s*([(:,])\\s*$");

    private final WordLists words;

    public BirthDateDetector(WordLists words) {
        this.words = words;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Span> spans(TextSegment segment, ScreeningContext context) {
        String text = segment.text();
        if (text.length() < 5) {
            return List.of();
        }
        List<DateFinder.FoundDate> dates = DateFinder.find(text);
        List<Span> compact = compactInBirthSentence(text, CardSections.is(segment, Section.GEBOORTEDATUM));
        if (!CardSections.in(segment, CardSections.PROFESSIONAL)) {
            compactOld(text, context, compact);
        }
        partialDates(text, dates, context.cardYear(), compact);
        // round 20 (lead): "wordt op 3 mei 12 jaar", "wordt in maart 18.": the birthday without a year
        BirthdayWithAge.find(text, compact, NAME, words);
        if (text.length() >= 14 && TextWindow.digitCount(text) >= 8) {
            compactAfterKinVan(text, context.cardYear(), compact);
        }
        if (dates.isEmpty()) {
            return compact;
        }
        boolean jeugdige = CardSections.is(segment, Section.JEUGDIGE);
        boolean gezin = CardSections.is(segment, Section.GEZINSSAMENSTELLING);
        List<Span> spans = new ArrayList<>(compact);
        for (DateFinder.FoundDate d : dates) {
            String before = TextWindow.before(text, d.start(), 40);
            String after = TextWindow.after(text, d.end(), 25);
            boolean recent = d.hasYear() && d.year() >= context.cardYear() - 1;
            boolean birth = BIRTH_BEFORE.matcher(before).find() && !(recent && birthdayWordBefore(before))
                    || STAR_BEFORE.matcher(before).find() || BIRTH_AFTER.matcher(after).find()
                    || d.hasYear() && kinIsVan(before, recent)
                    || d.hasYear() && !recent && initialIsVan(text, d.start(), before, after)
                    || d.hasYear() && !recent && kinVanAtClauseStart(text, d.start())
                    && !PERIOD_AFTER.matcher(after).find() || d.hasYear() && ageTurned(text, d.start(), d.end())
                    // round 10: "| broertje | A. | 11.08.2017 |", a family table row
                    || d.hasYear() && !recent && FamilyTableRow.birthDateCell(text, d.start(), d.end(), words)
                    // round 21 (t21-items): "| baby | 12-05-2026 | 6 mnd |", a recent date beside an age with its unit
                    || d.hasYear() && recent && FamilyTableRow.recentBirthDateCell(text, d.start(), d.end(), words)
                    // round 21 (t21-items, precedent B58-256): "Op 14-03-2026, de verjaardag van moeder, ..."
                    || RelativeBirthdayDate.holds(text, d.start(), d.end(), words)
                    // round 24 (t24-items): "geboortedatum van de baby? Moeder: eh vijf maart tweeduizendvijfentwintig"
                    // never a date after the card's year: "Moeder: op 5-1-2027" answers when something will happen
                    || (!d.hasYear() || d.year() <= context.cardYear()) && BirthQuestionAnswer.holds(text, d.start(),
                    d.end())
                    // round 14 (r14-misses): "| A. | 19.04.2017 | groep 4 | Sint Jozefschool |", an initial's row
                    || d.hasYear() && d.fullDate() && !recent && InitialRowDate.holds(text, d.start(), d.end(), words);
            // round 13: in Jeugdige too a recent date after an event word is the event's ("J. (2012), gesproken op
            // 04-11-2026"); an older one stays a birth date there, as the card allows only the birth year
            boolean field = d.hasYear() && ((jeugdige && !(recent && EVENT_BEFORE.matcher(before).find()))
                    || gezin && !EVENT_BEFORE.matcher(before).find())
                    || CardSections.is(segment, Section.GEBOORTEDATUM); // "Geboortedatum: 3 mei" is one
            boolean person = d.hasYear() && (afterPerson(text, d.start(), d.year() < context.cardYear() - 1)
                    || !recent && ChildrenListDate.holds(text, d.start(), words) && !EVENT_INTRO.matcher(before).find()
                    && !eventNounBefore(before));
            // round 13: "Geboorte werd op 7-8-2026 gemeld bij VT": a recent date right before a verb of reporting dates
            // the report; the birth word elsewhere in the sentence does not make it the birth date
            boolean sentence = !birth && birthInSentence(text, d.start(), d.end(), recent, true)
                    && !(recent && REPORTED_AFTER.matcher(after).find() && !BIRTH_NOUN_RIGHT_BEFORE.matcher(before).find())
                    // round 24 (t24-new): "geboren in 2026, de kraamweek liep tot 20 oktober" ends a period after it
                    && !((recent || !d.hasYear()) && UntilDateAfterBirthClause.holds(text, d.start()));
            // a recent date (this year or last) is an event, also in the birth year of a baby on the card
            boolean old = d.hasYear() && d.fullDate() && !CardSections.is(segment, Section.DATUM) && !recent
                    && (d.year() < context.cardYear() - 10
                    || d.year() <= youngestBirthYear(context)) && !EVENT_INTRO.matcher(before).find()
                    && !REFERENCE_BEFORE.matcher(before).find() && !eventNounBefore(before);
            // round 17 (r17-cover): "baby B. (18-10-2026) is na de geboorte naar de couveuse gegaan"
            boolean newborn = !birth && d.hasYear() && d.start() > 0 && text.charAt(d.start() - 1) == '('
                    && NewbornBracketDate.holds(text, d.start(), d.end(), sentenceBounds(text, d.start(), d.end()),
                    words);
            if (birth || field || person || sentence || old || newborn) {
                spans.add(new Span(d.start(), d.end(), Category.BIRTH_DATE, NAME));
            }
        }
        return spans;
    }

    /** A month and a year without a day: "maart 2016", "mrt. '16", "March 2016". */
    private static final Pattern MONTH_YEAR = Pattern.compile("(?iu)(?<![\\p{L}\\d]|\\d\\s|\\d\\.\\s)(januari|februari|maart|"
            + "april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|"
            + "august|october|jan|feb|febr|mrt|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec)\\.?\\s+((?:19|20)\\d{2}|'\\d{2})"
            + "(?![\\p{L}\\d])");
    /** A day and a month in digits without a year: "3/4", "03-04", "3.4". */
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\d/.,-])(\\d{1,2})([/.-])(\\d{1,2})(?![\\d]|[/.,-]\\d)");

    /**
     * Parts of a birth date: a month and a year before last year in a sentence with a birth word ("geboren in maart
     * 2016": the card allows only the year; a recent month, "in juni 2026 geboren", stays allowed as in round 8), and a day and month in digits right after a birth word ("geboren op 3/4"; as "jarig op
     * 12 maart" with the month written out). A phrase of time ("sinds de geboorte in maart 2026") says when, as for
     * full dates.
     */
    private static void partialDates(String text, List<DateFinder.FoundDate> dates, int cardYear, List<Span> out) {
        if (text.length() < 12 || TextWindow.digitCount(text) < 2) {
            return;
        }
        Matcher m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            String y = m.group(2);
            int year = y.startsWith("'") ? 2000 + Integer.parseInt(y.substring(1)) : Integer.parseInt(y);
            if (year > cardYear) {
                year -= 100; // "'98"
            }
            // a recent month ("De tweeling is in juni 2026 geboren") tells the family's story, as an event date does
            if (year < cardYear - 1 && !insideDate(dates, m.start(), m.end())
                    && birthInSentence(text, m.start(), m.end(), true)) {
                out.add(new Span(m.start(), m.end(), Category.BIRTH_DATE, NAME));
            }
        }
        Matcher d = DAY_MONTH.matcher(text);
        while (d.find()) {
            int day = Integer.parseInt(d.group(1));
            int month = Integer.parseInt(d.group(3));
            if (day >= 1 && day <= 31 && month >= 1 && month <= 12 && !insideDate(dates, d.start(), d.end())
                    && (BIRTH_BEFORE.matcher(TextWindow.before(text, d.start(), 40)).find()
                    || BirthdayDayMonth.around(text, d.start(), d.end()))) {
                out.add(new Span(d.start(), d.end(), Category.BIRTH_DATE, NAME));
            }
        }
    }

    private static boolean insideDate(List<DateFinder.FoundDate> dates, int start, int end) {
        for (DateFinder.FoundDate f : dates) {
            if (f.start() < end && start < f.end()) {
                return true;
            }
        }
        return false;
    }

    /** Six or eight digits without separators: "12031985", "120385", "19850312". */
    private static final Pattern COMPACT = Pattern.compile("(?<![\\d.,/-])(\\d{6}|\\d{8})(?![\\d]|[.,/-]\\d)");

    /**
     * A date written without separators ("geb. 12031985", "geboortedatum 120385") counts in a sentence with a birth
     * word: day-month-year or year-month-day that is a real calendar date.
     */
    private static List<Span> compactInBirthSentence(String text, boolean field) {
        List<Span> out = new ArrayList<>(0);
        if (text.length() < (field ? 6 : 12) || TextWindow.digitCount(text) < 6) {
            return out;
        }
        Matcher m = COMPACT.matcher(text);
        while (m.find()) {
            if (compactDate(m.group(1)) && (field || birthInSentence(text, m.start(), m.end(), false))) {
                out.add(new Span(m.start(), m.end(), Category.BIRTH_DATE, NAME));
            }
        }
        return out;
    }

    /**
     * Round 13: "Zusje L. is van 20160711", "zoon is van 11072016": eight digits that are a date of an earlier year
     * after a kin word (or its abbreviation) and "is van", as for written dates.
     */
    private void compactAfterKinVan(String text, int cardYear, List<Span> out) {
        Matcher m = COMPACT.matcher(text);
        while (m.find()) {
            String digits = m.group(1);
            if (digits.length() != 8 || !compactDate(digits) || covered(out, m.start())) {
                continue;
            }
            int year = compactYear(digits);
            if (year >= 1900 && year < cardYear - 1 && kinIsVan(TextWindow.before(text, m.start(), 40), false)) {
                out.add(new Span(m.start(), m.end(), Category.BIRTH_DATE, NAME));
            }
        }
    }

    /** The start of a phone number right before eight digits: "06 12031985", "+31 6-12031985", "(010) ". */
    private static final Pattern PHONE_PREFIX = Pattern.compile("(?:\\b0\\d{1,3}|\\+\\d{2,3}\\s?\\(?0?\\)?\\s?\\d?|\\(0\\d{1,3}\\))[\\s-]?$");
    /** A number label near a compact date makes it a number ("dossier 20120915", "kenmerk 12031985"). */
    private static final Pattern NUMBER_LABEL_NEAR = Pattern.compile(
            "(?iu)(?:nummer|nr|kenmerk|code|id|dossier|zaak|referentie|ref|polis|klant|bsn|factuur|order)\\p{L}*\\.?\\s*[:#]?\\s*$");

    /**
     * Eight digits that are an old full date without separators ("VHK_Sanne_12032011.docx", "J. 20110312"), with no
     * birth word: like a written date, one that lies more than ten years before the card, or in or before the
     * youngest youth's birth year (and not in the last two years), is a possible birth date; not after a number label.
     */
    private static void compactOld(String text, ScreeningContext context, List<Span> out) {
        if (text.length() < 8 || TextWindow.digitCount(text) < 8) {
            return;
        }
        Matcher m = COMPACT.matcher(text);
        while (m.find()) {
            String digits = m.group(1);
            if (digits.length() != 8 || !compactDate(digits) || covered(out, m.start())) {
                continue;
            }
            int year = compactYear(digits);
            boolean old = year < context.cardYear() - 10
                    || year <= youngestBirthYear(context) && year < context.cardYear() - 1;
            String before = text.substring(Math.max(0, m.start() - 25), m.start());
            if (old && year >= 1900 && !NUMBER_LABEL_NEAR.matcher(before).find()
                    && !PHONE_PREFIX.matcher(before).find()) {
                out.add(new Span(m.start(), m.end(), Category.BIRTH_DATE, NAME));
            }
        }
    }

    private static boolean covered(List<Span> spans, int at) {
        for (Span s : spans) {
            if (s.start() <= at && at < s.end()) {
                return true;
            }
        }
        return false;
    }

    /** The year of an eight-digit date: ddmmyyyy when that is valid, else yyyymmdd. */
    private static int compactYear(String digits) {
        int a = Integer.parseInt(digits.substring(0, 2));
        int b = Integer.parseInt(digits.substring(2, 4));
        int year = Integer.parseInt(digits.substring(4));
        if (a >= 1 && a <= 31 && b >= 1 && b <= 12 && year >= 1900 && year <= 2100) {
            return year;
        }
        return Integer.parseInt(digits.substring(0, 4));
    }

    private static boolean compactDate(String digits) {
        int a = Integer.parseInt(digits.substring(0, 2));
        int b = Integer.parseInt(digits.substring(2, 4));
        if (digits.length() == 6) {
            return a >= 1 && a <= 31 && b >= 1 && b <= 12;
        }
        int year = Integer.parseInt(digits.substring(4));
        int isoYear = Integer.parseInt(digits.substring(0, 4));
        int isoMonth = Integer.parseInt(digits.substring(4, 6));
        int isoDay = Integer.parseInt(digits.substring(6));
        return a >= 1 && a <= 31 && b >= 1 && b <= 12 && year >= 1900 && year <= 2100
                || isoYear >= 1900 && isoYear <= 2100 && isoMonth >= 1 && isoMonth <= 12 && isoDay >= 1 && isoDay <= 31;
    }

    /** The word right before a date and an optional colon ("Crisisplaatsing 19-05-2012", "Opname: 12-09-2013"). */
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\s*:?\\s*$");
    /** Nouns of events that a date after them dates: placements, admissions, reports, hearings, moves. */
    private static final List<String> EVENT_NOUN_ENDINGS = List.of("plaatsing", "melding", "opname", "aangifte",
            "ontslag", "scheiding", "verhuizing", "zitting", "beschikking", "uitspraak", "incident", "intake",
            "evaluatie", "overdracht", "terugplaatsing", "ots", "uhp",
            // round 26 (t26-held): a marriage and a death are dated events of the family, not a birth
            "huwelijk", "bruiloft", "overlijden");
    /** Birth words among the nouns ending in -ing: "Bevalling 03-02-2014" dates a birth. */
    private static final java.util.Set<String> BIRTH_NOUNS = java.util.Set.of("bevalling", "geboorte", "doop");

    /**
     * "Crisisplaatsing 19-05-2012 (broer)", "Opname 12-09-2013", "Aangifte 4-6-2012": a noun of an event right before
     * an old date says what happened then; it is no birth date. A noun of an event is one of the endings above or a
     * dictionary word ending in -ing (melding, plaatsing, scheiding ...), except the birth words ("bevalling").
     */
    private boolean eventNounBefore(String before) {
        Matcher m = WORD_BEFORE.matcher(before);
        if (!m.find()) {
            return false;
        }
        // round 26 (t26-held): the people of the event between the noun and the date, "Huwelijk ouders 12-08-2010",
        // "Scheiding ouders: 3-4-2015", "Overlijden opa 02-11-2009" (not a birth noun: "Geboorte zus 4-5-2012")
        Matcher two = EVENT_OF_PEOPLE.matcher(before);
        if (two.find() && (words.isKinOrRole(WordLists.lower(two.group(2)))
                || PEOPLE_WORDS.contains(WordLists.lower(two.group(2))))
                && eventNoun(WordLists.lower(two.group(1)))) {
            return true;
        }
        return eventNoun(WordLists.lower(m.group(1)));
    }

    /** A noun and a word for the people it happened to, right before the date: "Huwelijk ouders ". */
    private static final Pattern EVENT_OF_PEOPLE = Pattern.compile("(\\p{L}+)\\s+(\\p{L}+)\\s*:?\\s*$");
    private static final java.util.Set<String> PEOPLE_WORDS = java.util.Set.of("ouders", "ouder", "grootouders",
            "gezin", "familie", "partners");

    private boolean eventNoun(String w) {
        if (BIRTH_NOUNS.contains(w) || w.endsWith("bevalling")) {
            return false;
        }
        for (String ending : EVENT_NOUN_ENDINGS) {
            if (w.endsWith(ending)) {
                return true;
            }
        }
        return w.length() > 6 && w.endsWith("ing") && words.isWord(w);
    }

    /** "artikel 7.3.11", "art. 1.2.3", "lid 2.1.10", "par. 4.1.12": a numbered article or section, not a date. */
    private static final Pattern REFERENCE_BEFORE = Pattern.compile(
            "(?:\\bartikel|\\bart\\.?|\\blid|\\bparagraaf|\\bpar\\.?|§|\\bhoofdstuk|\\bhfst\\.?|\\bversie|\\bv\\.|"
                    + "\\bsectie|\\bbijlage|\\bnorm|\\bregel|\\bpunt)\\s*$");
    /**
     * Abbreviations whose period ends no sentence ("Gebdat. K.: 20120915", "geb. 3 mei", "dhr. B."): a word of these
     * or a single letter (an initial) before the period.
     */
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("geb", "gebdat", "dat", "gebdatum",
            "nr", "dhr", "mw", "mevr", "hr", "fam", "ca", "bijv", "evt", "tel", "st", "dr", "drs", "mr", "ir", "ing",
            "jl", "vlg", "mbt", "mnd", "wk", "zn", "ovl", "overl", "gesch");

    private static boolean abbreviationBefore(String text, int period) {
        int k = period;
        while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
            k--;
        }
        int len = period - k;
        if (len == 0) {
            return false;
        }
        return len == 1 || ABBREVIATIONS.contains(text.substring(k, period).toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean birthdayWordBefore(String before) {
        return before.contains("jarig") || before.contains("verjaardag") || before.contains("verjaart")
                || before.contains("geburtstag");
    }

    /** A verb of becoming and an age in the date's sentence ("wordt op 11 maart 2027 achttien"). */
    private static boolean ageTurned(String text, int start, int end) {
        int[] s = sentenceBounds(text, start, end);
        if (s[1] - s[0] < 12) {
            return false;
        }
        // the date itself is no age: "wordt op 11 maart 2027 achttien" is read as "wordt op _ achttien"
        String sentence = text.substring(s[0], start) + " _ " + text.substring(end, s[1]);
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        if (!lower.contains("word") && !lower.contains("werd") && !lower.contains("turn")
                && !lower.contains("jaardag")) {
            return false; // none of the three patterns can match without one of these (wordt, werd, turns, verjaardag)
        }
        return AGE_TURNED.matcher(sentence).find() || ORDINAL_BIRTHDAY.matcher(sentence).find()
                || AGE_BECAME.matcher(sentence).find();
    }

    private static int[] sentenceBounds(String text, int start, int end) {
        int from = 0;
        int to = text.length();
        Matcher b = SENTENCE_END.matcher(text);
        while (b.find()) {
            if (text.charAt(b.start()) == '.' && abbreviationBefore(text, b.start())) {
                continue;
            }
            if (b.end() <= start) {
                from = b.end();
            } else if (b.start() >= end) {
                to = b.start();
                break;
            }
        }
        return new int[] {from, to};
    }

    /**
     * @param recent the date lies in the card's year or the year before: a birthday word alone ("op 24-10-2026
     *               (verjaardag)") dates a party then; the date is a birth date only with an age named
     */
    private static boolean birthInSentence(String text, int start, int end, boolean recent) {
        return birthInSentence(text, start, end, recent, false);
    }

    /**
     * @param eventClauses round 20 (t20-items): a recent full date in a later clause that names its own event ("geboren
     *                     in week 40, eerste controle op 01-12-2026") is that event's, not the birth's
     *                     ({@link EventClauseAfterBirth})
     */
    private static boolean birthInSentence(String text, int start, int end, boolean recent, boolean eventClauses) {
        int[] bounds = sentenceBounds(text, start, end);
        int from = eventClauses ? birthClauseBeforeSemicolon(text, bounds[0]) : bounds[0];
        int to = bounds[1];
        Matcher m = BIRTH_IN_SENTENCE.matcher(text).region(from, to);
        while (m.find()) {
            String word = m.group().toLowerCase(java.util.Locale.ROOT);
            if (recent && BIRTHDAY_WORDS.contains(word)) {
                continue;
            }
            if (m.group().equals("Born")
                    && PLACE_PREPOSITION_BEFORE.matcher(text.substring(Math.max(from, m.start() - 8), m.start())).find()) {
                continue; // round 18 (fix18-cards): the Limburg village ("huisbezoek in Born"), not English "born"
            }
            if (recent && m.end() <= start && eventClauses && EventClauseAfterBirth.holds(text, m.end(), start)) {
                continue; // round 20 (t20-items): "geboren in week 40, eerste controle op 01-12-2026"
            }
            boolean timeWord = word.equals("bevalling") || word.equals("geboorte") || word.equals("birth")
                    || word.equals("geburt");
            boolean dateRightAfter = m.end() <= start && start - m.end() <= 6;
            if (!timeWord || dateRightAfter
                    || !TIME_PHRASE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find()) {
                return true;
            }
        }
        return false;
    }

    /** A year in the birth clause ("Moeder is in 2012 bevallen van J.; ..."): the birth is dated there. */
    private static final Pattern YEAR_IN_CLAUSE = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
    /**
     * Review round 21: after the semicolon only what starts with the birth may follow, the start of maternity care or a
     * bare date ("kraamzorg gestart op <date>", "datum: <date>", "<date>"); a clause with an event of its own ("vader is
     * op <date> vertrokken", "sinds <date> woont het gezin in Assen", "op <date> verhuisd") stays its own.
     */
    private static final Pattern BIRTH_START_AFTER_SEMICOLON = Pattern.compile("(?iu)(?:(?:de\\s+)?(?:kraamzorg|"
            + "kraamverzorging|kraamhulp|kraamtijd|kraamweek|kraamverzorgster|kraamverzorgende)(?![\\p{L}])[^;.!?\\n]{0,30}"
            + "?(?:op|vanaf|per|sinds|d\\.d\\.)?\\s*(?=\\d)|(?:datum\\s*:?\\s*)?(?=\\d))");
    /** A birth word proper: the birth itself, not a birthday ("jarig", "verjaardag"). */
    private static final Pattern BIRTH_PROPER = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:geboren|bevallen|bevalling|geboorte|ter\\s+wereld|born|geburt)(?![\\p{L}])");

    /**
     * Round 21 (t21-items): a semicolon after a birth clause without a date of its own joins the next clause to it, as
     * a comma does: "Geboren in week 47; kraamzorg gestart op 20-11-2026" dates the birth (precedent B52-174), while
     * "Geboren in week 40; eerste controle op 01-12-2026" stays the event's ({@link EventClauseAfterBirth}). A
     * birthday ("moeder is jarig; ...") or a clause with a date ("geboren op 3-4-2012; ...") does not.
     *
     * @return where the clause before the semicolon starts, or {@code from} itself
     */
    private static int birthClauseBeforeSemicolon(String text, int from) {
        int semicolon = from - 1;
        while (semicolon > 0 && Character.isWhitespace(text.charAt(semicolon))) {
            semicolon--;
        }
        if (semicolon <= 0 || text.charAt(semicolon) != ';') {
            return from;
        }
        int previous = sentenceBounds(text, semicolon, semicolon)[0];
        String clause = text.substring(previous, semicolon);
        if (clause.length() > 80 || !BIRTH_PROPER.matcher(clause).find() || !DateFinder.find(clause).isEmpty()
                || YEAR_IN_CLAUSE.matcher(clause).find() || !BIRTH_START_AFTER_SEMICOLON.matcher(text).region(from,
                text.length()).lookingAt()) {
            return from;
        }
        return previous;
    }

    /**
     * Round 20 (t20-items): an initial as the subject, "is/was van" and an older date ("correctie: J. is van
     * 11-11-2011", "Th. was van 3 mei 2010"): the youth's birth date, as with a kin word. The before-window is lower
     * case, so the initial is a letter (two with "h": th, ph, ch) and its period after a non-letter.
     */
    private static final Pattern INITIAL_IS_VAN_BEFORE = Pattern.compile(
            "(?<![\\p{L}.])\\p{L}h?\\.\\s*(?:is|was)\\s+van\\s*(?:de\\s+)?$");
    /**
     * What may stand before such an initial: the line start, a colon, semicolon, comma, bracket, bullet, dash, bar or
     * arrow, or a sentence's period (not a title's: "mw. P. was van ..." is a phrase about a document).
     */
    private static final Pattern INITIAL_CLAUSE_OPENING = Pattern.compile(
            "(?iu)(?:^|[:;(•*|>,\u2013-]|(?<![\\p{L}])(?!(?:dhr|mevr|mw|hr|dr|drs|mr|ir|ing|prof|fam)\\.)\\p{L}{3,}\\.)\\s*$");
    /** "J. is van 1 maart 2024 af ...": from then on, a period. */
    private static final Pattern FROM_THEN_ON_AFTER = Pattern.compile("(?iu)^\\s*af(?![\\p{L}])");

    /**
     * The initial opens its clause ("correctie: J. is van ...", a line start), so it is the subject; "het verslag van
     * gezinsvoogd K. is van ...", "de brief over T. was van ..." date a document about the person.
     */
    private static boolean initialIsVan(String text, int dateStart, String before, String after) {
        Matcher m = INITIAL_IS_VAN_BEFORE.matcher(before);
        if (!m.find() || FROM_THEN_ON_AFTER.matcher(after).find() || PERIOD_AFTER.matcher(after).find()) {
            return false;
        }
        int initialStart = dateStart - before.length() + m.start();
        int lineStart = text.lastIndexOf('\n', initialStart - 1) + 1;
        return INITIAL_CLAUSE_OPENING.matcher(text.substring(lineStart, initialStart)).find();
    }

    private boolean kinIsVan(String before, boolean recent) {
        Matcher m = IS_VAN_BEFORE.matcher(before);
        if (!m.find()) {
            return false;
        }
        String w = WordLists.lower(m.group(1));
        // round 13: a professional's report "is van" a date ("het verslag van de gezinsvoogd is van 12 maart 2024")
        return words.isKinOrRole(w) && !PROFESSIONAL_ROLES.contains(w) || KIN_ABBREVIATIONS.contains(w)
                || !recent && PERSON_PRONOUNS.contains(w); // "zoon is van ...", "vdr is van ...", "hij is van 8-3-2010"
    }

    /** Round 13: child words numbered in a list ("kind 1:", "baby 2:", "tweeling 2:"). */
    private static final java.util.Set<String> NUMBERED_CHILDREN = java.util.Set.of("kind", "kindje", "baby", "zoon",
            "dochter", "broer", "broertje", "zus", "zusje", "tweeling", "jongen", "meisje", "jeugdige", "pleegkind",
            "kleinkind");
    /** "vader van 1-3-2015 tot 1-6-2018 in detentie": a period, not a birth date. */
    private static final Pattern PERIOD_AFTER = Pattern.compile("(?iu)^\\s*(?:tot|t/m|t\\.m\\.|tm|-|–|until|to|bis)(?![\\p{L}])");
    /** Round 12: abbreviated kin words of telegram-style notes ("vdr", "mdr", "zn"), a curated data file. */
    private static final java.util.Set<String> KIN_ABBREVIATIONS = WordLists.lowerCaseSet("kin-abbreviations.txt");
    /**
     * Roles of the kin-and-role list that are professionals: "huisarts van 3-4-2023" dates a letter or a visit, not a
     * birth.
     */
    static final java.util.Set<String> PROFESSIONAL_ROLES = java.util.Set.of("juf", "juffrouw", "meester",
            "mentor", "mentrix", "leerkracht", "docent", "docente", "leraar", "lerares", "trainer", "trainster", "coach",
            "huisarts", "dokter", "arts", "jeugdarts", "kinderarts", "psycholoog", "psychiater", "therapeut",
            "orthopedagoog", "behandelaar", "hulpverlener", "casemanager", "gezinsvoogd", "jeugdbeschermer",
            "jeugdzorgwerker", "consulent", "wijkagent", "agent", "advocaat", "voogd", "begeleider", "begeleidster",
            "woonbegeleider", "directeur", "conciërge", "imam", "pastoor", "dominee", "collega", "huisbaas",
            "intern begeleider", "zorgcoördinator", "ib'er");
    /** A kin word (or its abbreviation) and "van" right before a date: "mdr van 2-9-1985", "jongste van 3-3-2015". */
    private static final Pattern KIN_VAN_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])([\\p{L}'’]+)\\s+van\\s*(?:de\\s+)?$");
    /**
     * What may stand before such a kin word when it opens a clause: nothing, a comma, semicolon, colon, bracket,
     * bullet or dash, "en"/"of", and an article or possessive ("de jongste van ...", "haar broer van ...").
     */
    private static final Pattern CLAUSE_OPENING = Pattern.compile(
            "(?iu)(?:^|[,;:(•*|/–-]|(?<![\\p{L}])(?:en|of|plus))\\s*(?:(?:de|het|haar|zijn|hun|z'n|d'r)\\s+)?$");

    /**
     * Round 12: "vdr van 10-02-2009", "oudste van 21-5-2012, jongste van 8-9-2016": in telegram style a kin word that
     * opens a clause, "van" and a date older than last year give that person's birth date. A kin word inside a phrase
     * ("de brief van moeder van 4-5-2021", "gesprek met vader van ...") is an object and its date an event's.
     */
    private boolean kinVanAtClauseStart(String text, int dateStart) {
        String before = text.substring(Math.max(0, dateStart - 40), dateStart);
        Matcher m = KIN_VAN_BEFORE.matcher(before);
        if (!m.find()) {
            return false;
        }
        String w = WordLists.lower(m.group(1));
        if (!words.isKinOrRole(w) && !KIN_ABBREVIATIONS.contains(w) || PROFESSIONAL_ROLES.contains(w)) {
            return false;
        }
        int kinStart = dateStart - before.length() + m.start(1);
        int[] sentence = sentenceBounds(text, kinStart, kinStart);
        int lineStart = text.lastIndexOf('\n', kinStart - 1) + 1;
        String opening = text.substring(Math.max(sentence[0], lineStart), kinStart);
        return CLAUSE_OPENING.matcher(opening).find();
    }

    /**
     * The latest birth year of the youths on the card (Jeugdige: "J. (2011)", "S., 2014"); a full date in or
     * before it, without an event word before it, may be someone's birth date. {@code Integer.MIN_VALUE} when none.
     */
    private static int youngestBirthYear(ScreeningContext context) {
        return context.card().value(Section.JEUGDIGE).map(v -> {
            int best = Integer.MIN_VALUE;
            Matcher m = YEAR.matcher(v);
            while (m.find()) {
                int y = Integer.parseInt(m.group());
                if (y > 1990 && y <= context.cardYear()) {
                    best = Math.max(best, y);
                }
            }
            return best;
        }).orElse(Integer.MIN_VALUE);
    }

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");

    /**
     * @param longAgo the date lies more than a year before the card: a recent date after "moeder:" is when she was
     *                spoken to (Geïnformeerd en gesproken), not her birthday
     */
    private boolean afterPerson(String text, int start, boolean longAgo) {
        int k = start - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        if (!longAgo || k < 1 || text.charAt(k) != '(' && text.charAt(k) != ':' && text.charAt(k) != ',') {
            return false;
        }
        String before = text.substring(Math.max(0, start - 40), start);
        java.util.regex.Matcher m = PERSON_BEFORE.matcher(before);
        if (!m.find()) {
            return false;
        }
        String word = m.group(1);
        boolean dot = m.group(2) != null;
        String mark = m.group(4);
        if (m.group(3) != null) {
            // round 13: a numbered child opening a list item ("baby 2: negen december 2017", "kind 1: 3-4-2014");
            // not "Intake ouder 1:", "Gesprek met kind 2 (", "meisje 12," (an age)
            int wordStart = start - before.length() + m.start(1);
            String opening = text.substring(Math.max(0, text.lastIndexOf('\n', wordStart - 1) + 1), wordStart);
            return mark.equals(":") && m.group(3).strip().length() == 1
                    && NUMBERED_CHILDREN.contains(WordLists.lower(word)) && CLAUSE_OPENING.matcher(opening).find();
        }
        String lower = WordLists.lower(word);
        if (!longAgo) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0)) && dot) {
            return true; // "J. (12-03-2011)"
        }
        if (words.isKinOrRole(lower)) {
            return true; // "moeder (12-03-1987)", "vader: 1-2-1985"
        }
        if (!mark.equals("(")) {
            return false;
        }
        boolean capital = Character.isUpperCase(word.charAt(0));
        String base = NameClassifier.stripPossessive(word);
        return capital && (words.isName(base) || !words.isWord(lower) && !words.allowed().containsWord(lower));
    }
}
