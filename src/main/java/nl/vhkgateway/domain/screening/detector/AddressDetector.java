package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vhkgateway.domain.card.TextSegment;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.ScreeningContext;

/**
 * ADDRESS: street addresses. A street name — a word ending in a street-type suffix ("Kerkstraat", "Lindelaan",
 * "Molenweg", "Burg. de Withstraat", "Prins Hendrikstraat") or a one-word street ("Markt", "Brink", "Haven") —
 * followed by a house number ("12", "12a", "12-3", "12 bis"); and a street name without number after "woont aan
 * de", "in de", "op de", "verhuisd naar de" ... ("woont aan de Lindelaan"). Words that are ordinary Dutch words
 * ("vergadering 2") and places only count with a strong suffix (straat, laan, weg, gracht ...). "Postbus 123" is
 * an organisation's address and allowed. Thread-safe.
 */
public final class AddressDetector extends SpanDetector {

    public static final String NAME = "ADDRESS";

    private static final Set<String> STRONG_SUFFIXES = Set.of("straat", "straatje", "laan", "laantje", "weg", "wegje",
            "gracht", "singel", "dreef", "plein", "pleintje", "steeg", "kade", "plantsoen", "boulevard", "allee",
            "promenade", "dijk", "hof", "hofje", "erf", "pad");
    private static final Set<String> ONE_WORD_STREETS = Set.of("markt", "brink", "haven", "kade", "plein", "dam",
            "vest", "ring", "wal", "singel", "gracht", "dorpsstraat", "kerkplein", "havenkade");
    private static final Set<String> NOT_STREETS = WordSets.of("onderweg", "halfweg", "halverwege", "snelweg", "zijweg",
            "omweg", "uitweg", "weg", "straat", "laan", "pad", "hof", "erf", "plein", "dijk", "kade", "allee",
            "gerechtshof", "binnenhof", "kerkhof", "voorhof", "speelplein", "schoolplein", "voetpad", "fietspad",
            "levenspad", "zoekpad", "stappad", "leerpad", "groeipad", "ontwikkelpad", "behandelpad", "zorgpad",
            "hoofdpad", "tussenweg", "middenweg");
    private static final Pattern STREET_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d])(\\p{L}[\\p{L}'’-]*)\\.?\\s+(\\d{1,5})(?:[a-zA-Z]-\\d{1,3}(?![\\d-])|/\\d{1,3}(?![\\d/]|[.-]\\d)|-(?:[A-Za-z]|I{1,3}|IV)(?![\\p{L}\\d-])"
                    + "|\\s?[a-zA-Z](?![\\p{L}\\d])|\\s?-\\s?\\d{1,4}(?![\\d-])"
                    + "|\\s(?:bis|hs|huis|rd|zw|I{1,3}|boven|beneden)(?![\\p{L}]))?(?![\\d:.,/-]\\d|\\d|\\s?%|\\s?(?:jaar|keer|uur|kg|km|cm|m|meter|euro|min|minuten|weken|dagen|maanden|x|kinderen|personen|procent|punten|stuks|nachten|kamers)\\b)");
    /** Round 15: words of living proper before "Lindelaan 14/3" ("brief", "post" may be about a court date). */
    private static final Pattern SLASH_LIVING = Pattern.compile("(?iu)(?<![\\p{L}])(?:woon\\p{L}*|woont|wonen|woonde|"
            + "\\p{L}*adres\\p{L}*|verhuis\\p{L}*|verhuisd|ingeschreven|p/a)(?![\\p{L}])");
    private static final Pattern LIVES_ON = Pattern.compile(
            "(?i)(?:\\bwoon\\w*|\\bp/a|\\bverhuis\\w*|\\bverblijf\\w*|\\bingetrokken|\\blogeer\\w*|\\bverblijv\\w*|\\badres)"
                    + "[^\\n]{0,50}?\\b(?:de|het|'t)\\s+(\\p{Lu}[\\p{L}'’-]+)");
    private static final Pattern HOUSE_NUMBER = Pattern.compile(
            "\\s+\\d{1,4}(?:\\s?[a-zA-Z])?(?![\\p{L}\\d]|\\s?(?:jaar|keer|uur|kg|km|cm|m|meter|euro|min|minuten"
                    + "|weken|dagen|maanden|x|kinderen|personen|procent|punten|stuks|nachten|kamers"
                    // doses: "neemt sinds de opname 1250 mg per dag" is no address
                    + "|mg|ml|mcg|gram|tabletten|pillen|druppels)\\b)");
    private static final Set<String> STREET_PREFIX_WORDS = Set.of("prins", "prinses", "koning", "koningin", "graaf", "gravin", "burgemeester", "pastoor",
                "dokter", "sint", "st", "lange", "korte", "oude", "nieuwe", "grote", "kleine", "hoge", "lage",
                "noord", "zuid", "oost", "west", "binnen", "buiten", "anne", "willem", "hendrik", "jan", "pieter",
                "president", "generaal", "kardinaal", "professor", "mgr", "mr", "dr");
    private static final String[] LIVES_WORDS = {"woon", "verhuis", "verblijf", "verblijv", "ingetrokken", "logeer",
        "adres", "p/a"};
    /**
     * A street with a side ("Boterdiep WZ 14-II", "Vaart Zuidzijde 67-A", also in capitals): the street word, the
     * side and the house number.
     */
    private static final Pattern SIDE_STREET = Pattern.compile("(?<![\\p{L}])(\\p{Lu}[\\p{L}'’-]+)\\s+"
            + "(?:[NOZW]Z\\.?|(?i:noord|oost|zuid|west)(?i:zijde))\\s+\\d{1,5}(?:-?[A-Za-z](?![\\p{L}\\d])|-(?:I{1,3}|IV|\\d{1,3})"
            + "(?![\\p{L}\\d]))?(?![\\d])");
    /** A house number followed by a comma and a place: "Jol 17-12, Lelystad". */
    private static final Pattern PLACE_AFTER = Pattern.compile("^,\\s*(\\p{Lu}[\\p{L}'’-]+)");
    private static final Pattern STREET_PREFIX = Pattern.compile(
            "(?:(?:\\p{Lu}[\\p{L}'’-]*\\.?|van|de|der|den|het|'t|ter|ten|te|op|aan|in)\\s+){1,3}$");

    private final WordLists words;

    public AddressDetector(WordLists words) {
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
        List<Span> spans = new ArrayList<>(0);
        Matcher m = STREET_NUMBER.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int number : TextWindow.numberStarts(text)) {
            int we = number;
            while (we > 0 && Character.isWhitespace(text.charAt(we - 1))) {
                we--;
            }
            if (we == number || we == 0) {
                continue;
            }
            int ws = we;
            if (ws > 1 && text.charAt(ws - 1) == '.' && Character.isLetter(text.charAt(ws - 2))) {
                ws--; // "Kerkstr. 12"
            }
            while (ws > 0 && (Character.isLetter(text.charAt(ws - 1)) || "'’-".indexOf(text.charAt(ws - 1)) >= 0)) {
                ws--;
            }
            if (ws == we) {
                continue;
            }
            m.region(ws, text.length());
            // round 15: "Kerkstraat 12/2": a slash and a floor or flat after the number, only after a street suffix
            // ("Markt 12/3" may be a date)
            if (!m.lookingAt()) {
                continue;
            }
            // round 15: "woont Kerkstraat 12/2": a slash and a floor or flat after the number, only after a street
            // suffix and with a word of living or an address before it in the sentence ("Koningsdag op het
            // Museumplein 27/4", "Gerechtshof 14/5", "Markt 12/3" are dates)
            boolean slash = m.end(2) < text.length() && text.charAt(m.end(2)) == '/';
            // round 16 (fix16-numbers): "Overpoortstraat 96/3" is no date (no day 96): a house number and a box
            boolean slashAddress = !slash || !ONE_WORD_STREETS.contains(WordLists.lower(m.group(1)))
                    && (SLASH_LIVING.matcher(text).region(sentenceStartBefore(text, ws), ws).find()
                    || !dayAndMonth(text, m.start(2), m.end(2)));
            if ((isStreet(m.group(1), true) && slashAddress || !slash && streetBeforePlace(text, m))) {
                int start = extendLeft(text, m.start(1));
                spans.add(new Span(start, m.end(), Category.ADDRESS, NAME));
            }
        }
        if (text.contains("Z ") || text.contains("Z.") || text.contains("zijde") || text.contains("ZIJDE")) {
            Matcher side = SIDE_STREET.matcher(text);
            while (side.find()) {
                if (!words.isDomesticPlace(WordLists.lower(side.group(1)))) {
                    spans.add(new Span(side.start(), side.end(), Category.ADDRESS, NAME));
                }
            }
        }
        if (text.length() > 5) {
            streetsWithoutSuffix(text, CardSections.is(segment, nl.vhkgateway.domain.card.Section.ADRES), spans);
        }
        if (text.length() > 12) {
            // round 15: a house number in words: "wij wonen Schoolstraat elf", "op Molenlaan drieëntwintig"
            StreetNumberInWords.find(text, word -> isStreet(word, true), words, spans);
            // round 15: a street abroad: "Rue de la Gare 14", "Atatürk Caddesi No: 12", "Hauptstraße 5"
            ForeignStreetNumber.find(text, spans);
            if (text.contains("ijk ")) {
                // round 16: the old numbering by district, "Wijk 5 19 in Giethoorn"
                WijkHouseNumber.find(text, words, spans);
            }
        }
        if (text.length() > 12) {
            // round 13: "bij hun op de bongerd 12": a street in lower case after "op de"/"aan de" where someone lives
            LowerCaseStreetNumber.find(text, words, spans);
            // round 21 (t21-items): "op Putsebocht 212a", a street whose suffix is also a word, with a house number
            WeakSuffixStreet.find(text, words, spans);
            // round 24 (t24-items): "ADRES VADER: LANGEWEG 201", "Bredeweg 27A | Swalmen": a street named like a village
            StreetNamedLikePlace.find(text, words, spans);
        }
        if (text.length() > 12 && (text.contains("ummer") || text.contains("nr"))) {
            numberWordHouseNumbers(text, spans);
            bareHouseNumbers(text, spans);
        }
        if (text.length() > 12) {
            int[] hints = livesHints(text);
            TextWindow.matchAt(LIVES_ON, text, hints, found -> {
                if (neighbourhood(text, found.start(1), found.group(1))) {
                    return; // "woont in de Tarwewijk": a neighbourhood, not a street
                }
                if (isStreet(found.group(1), false)) {
                    spans.add(new Span(found.start(1), found.end(1), Category.ADDRESS, NAME));
                } else {
                    // "woont op de Vlasakker 7": after a word of living, a capitalised name with a house number is a
                    // street whatever its ending, unless it is a place or an organisation
                    Matcher number = HOUSE_NUMBER.matcher(text).region(found.end(1), text.length());
                    String lower = WordLists.lower(found.group(1));
                    if (number.lookingAt() && !words.isDomesticPlace(lower)
                            && (!words.allowed().containsWord(lower) || words.isVillage(lower))
                            && !NOT_STREETS.contains(lower)) {
                        spans.add(new Span(found.start(1), number.end(), Category.ADDRESS, NAME));
                    }
                }
            });
        }
        if (!spans.isEmpty()) {
            // round 25 (t25-held): "zie Psalm 91 en Jesaja 41" in a church's letter: a Bible reference, no street
            List<int[]> bible = BibleReference.find(text, words);
            if (!bible.isEmpty()) {
                spans.removeIf(s -> BibleReference.covers(bible, s.start(), s.end()));
            }
        }
        return spans;
    }

    /**
     * The capitalised name of a street before a house number: one to five words, the first capitalised, the others
     * capitalised or the links of Dutch street names ("Laan van Meerdervoort", "Achter de Kerk", "De Bongerd",
     * "Hoofdstraat Oost"), optionally with a year in it ("Plein 1944").
     */
    private static final Pattern NAME_BEFORE_NUMBER = Pattern.compile(
            "(\\p{Lu}[\\p{L}'’-]*\\.?(?:(?:\\s+(?:van|de|der|den|het|'t|op|aan|in|achter|over|bij|naar|ter|ten|te|onder|"
                    + "voor|tot|en)){0,2}\\s+\\p{Lu}[\\p{L}'’-]*\\.?){0,4}(?:\\s+(?:1[89]|20)\\d{2})?)\\s+$");
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?i)(?:^|\\s)(?:de|het|'t)\\s+$");
    private static final Pattern LEADING_WORD = Pattern.compile(
            "\\p{Lu}[\\p{L}'’-]*\\.?\\s+(?:naar|bij|voor|tot|en|in|op|aan|over|onder)\\s+(?=\\p{Lu})");
    /** A house number with an optional addition, not a count or a dose: "56", "23b", "12-II", "7 A", "1377". */
    private static final Pattern HOUSE_NUMBER_AT = Pattern.compile(
            "\\d{1,5}(?:\\s?[a-zA-Z](?![\\p{L}\\d])|-(?:[A-Za-z]|I{1,3}|IV|\\d{1,3})(?![\\p{L}\\d]))?"
                    // counts, doses and times also in capitals ("OM 10 UUR")
                    + "(?![\\p{L}\\d]|[.,:/-]\\d|\\s?%|\\s?(?i:jaar|keer|uur|kg|km|cm|m|meter|euro|min|minuten|weken|week|dagen|dag|"
                    + "maanden|x|kinderen|personen|procent|punten|stuks|nachten|kamers|mg|ml|mcg|gram|tabletten|"
                    + "pillen|druppels|e|ste|de|jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec|januari|februari|maart|"
                    + "april|juni|juli|augustus|september|oktober|november|december)\\b)");
    /**
     * Words that announce an address: living, moving, being registered, sending mail to (in the text before the
     * street, within the sentence).
     */
    static final Pattern ADDRESS_CONTEXT = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:woon\\p{L}*|woont|wonen|woonde|woonachtig|adres\\p{L}*|\\p{L}*adres|verhuis\\p{L}*|verhuisd|"
                    + "verblijf\\p{L}*|verblijft|ingeschreven|inschrijving|ingetrokken|logeer\\p{L}*|logeert|p/a|"
                    + "(?:ge|ver)stuurd|opgestuurd|brief|post|retour|bezorg\\p{L}*|aangebeld|huisbezoek|aanbellen|"
                    + "staat\\s+ingeschreven|kamer\\s+op|terecht\\s+op|"
                    // a police or ambulance report: "Politie ter plaatse Dracht 41-B"
                    + "ter\\s+plaatse|"
                    // round 25 (t25-new): the pitch of a caravan on a site ("Standplaats: Wagenpad 7 op het terrein")
                    + "standplaats|"
                    // round 10: a dwelling, where someone sleeps, the neighbours ("Nieuwe woning: Vrouwjuttenland
                    // 12-2", "slaapt bij een vriendin op de Ganzenhoef 61", "bij de buren op Poelenburg 402")
                    + "woning\\p{L}*|\\p{L}+woning(?:en)?|slaapt|sliep|sliepen|slapen|overnacht\\p{L}*|buren|"
                    + "bovenburen|onderburen|benedenburen)(?![\\p{L}])");
    /** The last word of a run that names a thing with a number, not a street: "groep 7", "Artikel 12", "Kamer 3". */
    static final Set<String> NUMBERED_THINGS = Set.of("groep", "artikel", "art", "kamer", "lokaal", "bus",
            "lijn", "buslijn", "route", "afdeling", "unit", "paviljoen", "locatie", "zaal", "bed", "hoofdstuk",
            "versie", "fase", "niveau", "stap", "week", "dag", "jaar", "klas", "leerjaar", "huis", "blok", "bijlage",
            "lid", "paragraaf", "punt", "pagina", "blz", "deel", "seizoen", "level", "team", "box", "verdieping",
            "etage", "vak", "sectie", "spoor", "perron", "gate", "tram", "metro", "ronde", "categorie", "schaal",
            "trede", "kind", "zoon", "dochter", "nummer", "nr", "postbus", "antwoordnummer", "cel", "woning",
            "appartement", "flat", "portiek", "galerij", "ingang", "poort", "deur", "cijfer", "score", "regio", "gebied",
            "district", "zone", "sector", "cluster", "module", "wijkteam", "stadsdeel", "complex", "gebouw", "vleugel",
            "woongroep", "leefgroep", "jaargang", "editie", "release", "plan", "optie", "variant", "scenario",
            // round 12: places in a hall, a field or a line ("op Veld 4 in Zwolle", "Terminal 2")
            "veld", "baan", "plek", "positie", "plaats", "rij", "stoel", "tafel", "terminal", "kanaal", "zender",
            "stand", "hal", "tribune", "loket", "balie");
    private static final Pattern POSTCODE_AFTER = Pattern.compile("^\\s*,?\\s*\\d{4}\\s?[A-Z]{2}(?![\\p{L}\\d])");

    /**
     * A street named without a street suffix ("De Bongerd 56", "Laan van Meerdervoort 1377", "Kade 23b", "Achter de
     * Kerk 12", "Hoofdstraat Oost 102"): a capitalised name and a house number in an address context — a word of
     * living, moving, registering or sending mail before it in the sentence ("woont", "adres", "verhuisd naar",
     * "ingeschreven op", "brief verstuurd naar", a "Woonadres" cell), or a postcode or ", Place" after it. A place,
     * an organisation, a kin word or a numbered thing ("groep 7", "Kamer 3") is no street; counts and doses
     * ("3 jaar", "10 mg") are no house numbers.
     */
    private void streetsWithoutSuffix(String text, boolean addressField, List<Span> spans) {
        for (int number : TextWindow.numberStarts(text)) {
            if (number < 3 || !Character.isWhitespace(text.charAt(number - 1))) {
                continue;
            }
            Matcher house = HOUSE_NUMBER_AT.matcher(text).region(number, text.length());
            if (!house.lookingAt()) {
                continue;
            }
            int lineStart = text.lastIndexOf('\n', number - 1) + 1;
            int from = Math.max(lineStart, number - 60);
            Matcher run = NAME_BEFORE_NUMBER.matcher(text).region(from, number);
            if (!run.find()) {
                continue;
            }
            int start = run.start(1);
            String name = run.group(1);
            // "Brief naar Noorderhaven 3": a word and a preposition before the name are no part of it
            Matcher lead = LEADING_WORD.matcher(name);
            while (lead.lookingAt() && lead.end() < name.length()) {
                start += lead.end();
                name = name.substring(lead.end());
                lead = LEADING_WORD.matcher(name);
            }
            boolean capsContext = false;
            if (capitals(name)) {
                // "HUISBEZOEK GROTE NOORD 9-B HOORN": in a line in capitals the run also holds the words before the
                // street; a word of an address, a kin or role word, a preposition or an ordinary word that opens no
                // street name is dropped from its start
                int[] cut = capitalLead(name);
                capsContext = cut[1] == 1;
                start += cut[0];
                name = name.substring(cut[0]);
                if (name.isEmpty()) {
                    continue;
                }
            }
            String[] parts = name.split("\\s+");
            String last = WordLists.lower(parts[parts.length - 1].replace(".", ""));
            String lowerName = WordLists.lower(name);
            // "in de Vogelwijk 3": after an article a place name is a neighbourhood's or a street's, not a town's
            boolean article = ARTICLE_BEFORE.matcher(text.substring(Math.max(0, start - 5), start)).find();
            // round 13: "Nieuw adres: Langeweg 140 te Sliedrecht": a village's name is a street's before a house number
            // after an address label or before "te"/"in"/", " and a place
            boolean placeNamedStreet = parts.length == 1 && !article && words.isDomesticPlace(last)
                    && (addressField || PlaceNamedStreet.holds(text, lineStart, start, house.end(), last, words));
            // round 26 (t26-held): "bij tante, Heerlerbaan 301.", "Oma (Nuenen), Berg 14, heeft ...": a relative's
            // home as an apposition names the street, also a street named like a neighbourhood or village
            boolean relativeHome = HomeOfPerson.relativeApposition(text, sentenceStartBefore(text, start), start,
                    house.end(), words);
            if (placeNamedStreet || relativeHome && parts.length == 1 && !article && !NUMBERED_THINGS.contains(last)
                    && (words.isDomesticPlace(last) || words.allowed().containsWord(last) && streetSuffix(last))) {
                spans.add(new Span(start, house.end(), Category.ADDRESS, NAME));
                continue;
            }
            // round 18 (r18-cards): a capitalised article opens a street's name ("De Kolk 12", "Het Veld 4"), so its
            // last word is no numbered thing there ("deel 3", "veld 4")
            boolean articleOpened = parts.length > 1 && OPENING_ARTICLES.contains(parts[0]);
            if (parts.length == 1 && (!article && (words.isDomesticPlace(last) || words.isAbroad(last))
                    || words.isKinOrRole(last)
                    || words.isTitle(last)) || NUMBERED_THINGS.contains(last) && !articleOpened
                    || words.allowed().containsWord(lowerName) && !words.isVillage(lowerName)
                    || parts.length > 1 && words.isDomesticPlace(lowerName)) {
                continue;
            }
            boolean sentenceStart = start == lineStart || start >= 2 && ".!?|:".indexOf(text.charAt(start - 2)) >= 0
                    && !(text.charAt(start - 2) == '|' || text.charAt(start - 2) == ':');
            String after = text.substring(house.end(), Math.min(text.length(), house.end() + 40));
            Matcher place = PLACE_AFTER.matcher(after);
            boolean placeAfter = place.lookingAt() && words.isDomesticPlace(WordLists.lower(place.group(1)));
            // round 18 (r18-cards): the place in brackets after the house number, "De Kolk 12 (Joure)", for a name of
            // two or more words and a number that is no day and month ("Op 11-11 (Sint-Maarten)" is a date)
            Matcher bracketPlace = PLACE_IN_BRACKETS_AFTER.matcher(after);
            placeAfter |= parts.length > 1 && !NUMBERED_ADDITION.matcher(house.group()).find()
                    && bracketPlace.lookingAt() && words.isDomesticPlace(WordLists.lower(bracketPlace.group(1)));
            boolean postcodeAfter = POSTCODE_AFTER.matcher(after).lookingAt();
            int sentence = sentenceStartBefore(text, start);
            boolean context = addressField || capsContext || ADDRESS_CONTEXT.matcher(text).region(sentence, start).find()
                    || relativeHome
                    // round 26 (t26-held): "Floralaan Oost 90 is het adres": a street of a strong suffix and its side
                    // or part ("Oost", "Noord", "Zuid", "West", "Buiten") is a street as the suffix alone makes one
                    || parts.length == 2 && isStreet(parts[0], true) && STREET_SIDES.contains(last)
                    // round 15: "bij het huis van opa, Berg 12 in Nuenen": a family member's home names the address
                    || HomeOfPerson.rightBefore(text, sentence, start, house.end(), words)
                    // round 23 (t23-items): "bij zijn broer op Laan van Borgele 61": a relative's home, as in words
                    || HomeOfPerson.atRelativeOn(text, sentence, start, words);
            // "in de woning aan de Botter 44-12", "kreeg een woning op de Zeilmaker 108-3": a house stands at or on a
            // street, so "aan de"/"op de" and a capitalised name with a house number is one
            boolean streetPreposition = STREET_PREPOSITION_BEFORE.matcher(
                    text.substring(Math.max(lineStart, start - 12), start)).find();
            // in capitals a place follows without a comma ("... 9-B HOORN", "... 14-A ZWOLLE"), and so it does after a
            // house number with a letter addition ("Hoogkamp 112-C Arnhem")
            boolean addition = LETTER_ADDITION.matcher(house.group()).find();
            // round 12: telegram style leaves out the article and the comma: "op Dampten 7-2 in Purmerend", "zus op
            // Boomgaard 17 te Zutphen"; a house number with a numbered addition ("7-2") before "in <place>" too
            boolean opBefore = OP_BEFORE.matcher(text.substring(Math.max(lineStart, start - 4), start)).find()
                    && !CALENDAR_WORDS.contains(lowerName) && !institutionWord(last);
            boolean numberedAddition = NUMBERED_ADDITION.matcher(house.group()).find()
                    && !CALENDAR_WORDS.contains(lowerName) && (opBefore || !(parts.length == 1 && words.isWord(last)));
            // round 18 (r18-cards): a street prefix that describes ("Korte Gang 9 Kampen", "Oude Markt 4 Venlo")
            // opens a street's name as a letter addition closes one: a place may follow without a comma
            boolean describedStreet = parts.length > 1 && DESCRIBING_PREFIXES.contains(WordLists.lower(parts[0]));
            addition |= opBefore || numberedAddition || describedStreet;
            // an ordinary word alone in capitals needs the addition too: "MELDING 3 BREDA" is no address
            boolean capsStreet = capitals(name) && !(parts.length == 1 && words.isWord(last) && !isStreet(name, true));
            if (!placeAfter && (capsStreet || addition)) {
                Matcher bare = (capitals(name) ? BARE_PLACE_AFTER : BARE_PLACE_AFTER_MIXED).matcher(after);
                placeAfter = bare.lookingAt() && words.isDomesticPlace(WordLists.lower(bare.group(1)));
            }
            if (placeAfter || postcodeAfter || streetPreposition
                    || context && !(sentenceStart && parts.length == 1 && words.isWord(last))) {
                spans.add(new Span(start, house.end(), Category.ADDRESS, NAME));
            }
        }
    }

    /** Round 26: the side or part of a street after its name ("Floralaan Oost", "Kerkweg Noord", "Dorpsstraat Zuid"). */
    private static final Set<String> STREET_SIDES = Set.of("noord", "oost", "zuid", "west", "noordzijde", "oostzijde",
            "zuidzijde", "westzijde", "midden", "buiten", "binnen");

    /** Capitalised articles that open a street's name ("De Kolk", "Het Veld", "'t Zand"). */
    private static final Set<String> OPENING_ARTICLES = Set.of("De", "Het", "'t", "'T", "DE", "HET");
    /** A place in brackets after a house number: "De Kolk 12 (Joure)". */
    private static final Pattern PLACE_IN_BRACKETS_AFTER = Pattern.compile("^\\s*\\((\\p{Lu}[\\p{L}'’-]+)\\)");
    /**
     * Street prefixes that describe the street ({@link #STREET_PREFIX_WORDS} without the titles and given names, which
     * open persons' names too: "bij Jan Smit 12 Emmeloord" is no street).
     */
    private static final Set<String> DESCRIBING_PREFIXES = Set.of("lange", "korte", "oude", "nieuwe", "grote", "kleine",
            "hoge", "lage", "noord", "zuid", "oost", "west", "binnen", "buiten");

    /** Endings of buildings of organisations: "op Praktijkschool 2 in Deventer" names a school, not a street. */
    private static final List<String> INSTITUTION_ENDINGS = List.of("school", "college", "lyceum", "gymnasium",
            "academie", "campus", "centrum", "kliniek", "ziekenhuis", "huis", "kerk", "moskee", "hal", "club",
            "afdeling", "groep", "team", "locatie", "vestiging", "kantoor", "opvang", "kinderopvang", "bso", "kdv");

    static boolean institutionWord(String lower) {
        for (String e : INSTITUTION_ENDINGS) {
            if (lower.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** "op" without an article right before a capitalised name: "op Dampten 7-2 in Purmerend". */
    private static final Pattern OP_BEFORE = Pattern.compile("(?:^|\\s)(?:op|OP)\\s+$");
    /** A house number with a numbered addition: "7-2", "108-3". */
    private static final Pattern NUMBERED_ADDITION = Pattern.compile("\\d-\\d{1,3}$");
    /** Days and months: "op Dinsdag 3-12 in Zwolle" is a date and a place. */
    static final Set<String> CALENDAR_WORDS = Set.of("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
            "zaterdag", "zondag", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
            "september", "oktober", "november", "december", "koningsdag", "kerst", "kerstmis", "pasen", "pinksteren",
            "hemelvaart", "oudjaar", "nieuwjaar", "week", "weekend");
    /** "aan de", "op de", "aan het", "op 't" right before a street name. */
    private static final Pattern STREET_PREPOSITION_BEFORE = Pattern.compile("(?:^|\\s)(?:[Aa]an|[Oo]p|AAN|OP)\\s+(?:de|het|'t|DE|HET|'T)\\s+$");
    /** A place after a house number without a comma, as in lines in capitals: " HOORN", " IN LELYSTAD". */
    private static final Pattern BARE_PLACE_AFTER = Pattern.compile("^\\s+(?:(?:IN|TE)\\s+)?(\\p{Lu}[\\p{Lu}'’-]+)(?![\\p{L}])");
    private static final Pattern BARE_PLACE_AFTER_MIXED = Pattern.compile("^\\s+(?:(?:in|te)\\s+)?(\\p{Lu}[\\p{L}'’-]+)(?![\\p{L}])");
    /** A house number's letter addition: "41-B", "12a", "7 A", "14-II". */
    private static final Pattern LETTER_ADDITION = Pattern.compile("\\d\\s?-?\\s?(?:[A-Za-z]|I{1,3}|IV)$");
    /** Prepositions and links that open no street in a line in capitals ("BEZOEK BIJ VADER DE KLAUW 8"). */
    private static final Set<String> CAPS_PREPOSITIONS = Set.of("bij", "aan", "op", "naar", "in", "te", "voor", "met",
            "van", "en", "of", "om", "is", "was");

    /** Letters all in capitals (two or more letters). */
    private static boolean capitals(String name) {
        int letters = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /**
     * The words that open a run in capitals before its street: {characters to drop, 1 when one of them was a word of
     * an address (HUISBEZOEK, ADRES, WOONT ...)}. The street keeps at least one word; a street prefix word ("GROTE",
     * "OUDE", "PRINS") or an article ("DE", "HET") opens the street and stops the dropping.
     */
    private int[] capitalLead(String name) {
        String[] parts = name.split("\\s+");
        int drop = 0;
        int offset = 0;
        boolean context = false;
        while (drop < parts.length - 1) {
            String lower = WordLists.lower(parts[drop]);
            if (lower.equals("de") || lower.equals("het") || lower.equals("'t") || STREET_PREFIX_WORDS.contains(lower)) {
                break;
            }
            boolean addressWord = ADDRESS_CONTEXT.matcher(lower).matches() || lower.equals("bezoek");
            if (!(addressWord || CAPS_PREPOSITIONS.contains(lower) || words.isKinOrRole(lower) || words.isTitle(lower)
                    || words.isWord(lower) && !words.isDomesticPlace(lower))) {
                break;
            }
            context |= addressWord;
            offset = name.indexOf(parts[drop + 1], offset + parts[drop].length());
            drop++;
        }
        return new int[] {offset, context ? 1 : 0};
    }

    /** A number up to 999 in Dutch words ("twaalf", "drieëntwintig", "honderdvijf"). */
    private static final String NUMBER_IN_WORDS = "(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|"
            + "dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|"
            + "(?:[\\p{L}]{0,14})(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd)[\\p{L}]{0,20})";
    /** A street and a house number after "nummer"/"nr.": "Kade nummer drieëntwintig", "Bredaseweg nr. 14". */
    private static final Pattern STREET_NUMBER_WORD = Pattern.compile("(?<![\\p{L}])(\\p{Lu}[\\p{L}'’-]+)\\s+"
            + "(?:(?i:nummer|huisnummer|nr\\.?|no\\.?))\\s*(?:\\d{1,4}(?:\\s?[a-zA-Z])?|(?iu:" + NUMBER_IN_WORDS + "))"
            + "(?![\\p{L}\\d])");

    /**
     * A house number written after "nummer" or "nr.", in digits or in words, as in dictated notes ("woont aan de Kade
     * nummer drieëntwintig", "adres Bredaseweg nr. 14"): a street by its suffix, or any capitalised name that is no
     * place, organisation, kin word or numbered thing in an address context (a word of living or an address before
     * it in the sentence).
     */
    private void numberWordHouseNumbers(String text, List<Span> spans) {
        Matcher m = STREET_NUMBER_WORD.matcher(text);
        while (m.find()) {
            String word = m.group(1);
            String lower = WordLists.lower(word);
            if (NUMBERED_THINGS.contains(lower) || words.isKinOrRole(lower) || words.isDomesticPlace(lower)
                    || words.allowed().containsWord(lower) && !words.isVillage(lower) || words.isTitle(lower)) {
                continue;
            }
            boolean street = isStreet(word, true) || ONE_WORD_STREETS.contains(lower);
            int sentence = sentenceStartBefore(text, m.start());
            // round 13: "bij opa op de Vlasakker nr 7": "op de"/"aan de" before the name make it a street
            String numberWord = WordLists.lower(text.substring(m.start(), m.end()).replaceAll("^.*\\s", ""));
            boolean streetPreposition = !institutionWord(lower) && !numberWord.equals("een") && !numberWord.equals("één")
                    && !numberWord.equals("1") && STREET_PREPOSITION_BEFORE.matcher(
                    text.substring(Math.max(sentence, m.start() - 12), m.start())).find();
            if (street || streetPreposition || ADDRESS_CONTEXT.matcher(text).region(sentence, m.start()).find()) {
                spans.add(new Span(extendLeft(text, m.start(1)), m.end(), Category.ADDRESS, NAME));
            }
        }
    }

    /** "huisnummer 41b", "op nr 12a", "nummer 7-2": a house number after a number word, with its word before. */
    private static final Pattern BARE_HOUSE_NUMBER = Pattern.compile("(?<![\\p{L}])((?i:huisnummer|huisnr\\.?|nummer|nr\\.?|no\\.?))"
            + "\\s*(\\d{1,4}(?:\\s?[a-zA-Z](?![\\p{L}\\d])|-(?:[A-Za-z]|I{1,3}|IV|\\d{1,3})(?![\\p{L}\\d]))?)"
            + "(?![\\p{L}\\d]|[.,:/-]\\d|\\s?%)");
    private static final Pattern RANK_AFTER = Pattern.compile("(?i)\\s+(?:van|op|in|uit|bij)\\s+(?:de|het|die|deze|zijn|haar|hun)\\b");
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}'’-]+)\\.?\\s*$");

    /**
     * Round 12: a house number without its street, as telegram-style notes write it ("zus woont verderop, nr 12a",
     * "ze hebben een flat, huisnummer 41b"): "huisnummer" and a number always; "nummer"/"nr." and a number with an
     * addition ("12a", "7-2") or after "op" in a sentence with a word of living or an address. After a capitalised
     * street the other rules take it; after a numbered thing ("kamer nr 3", "bus nr 12", "groep nummer 7") it is none.
     */
    private void bareHouseNumbers(String text, List<Span> spans) {
        Matcher m = BARE_HOUSE_NUMBER.matcher(text);
        while (m.find()) {
            String label = WordLists.lower(m.group(1).replace(".", ""));
            String number = m.group(2);
            Matcher w = WORD_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start()));
            String wordBefore = w.find() ? w.group(1) : "";
            String lowerBefore = WordLists.lower(wordBefore);
            if (NUMBERED_THINGS.contains(lowerBefore) || !wordBefore.isEmpty() && Character.isUpperCase(wordBefore.charAt(0))
                    && !lowerBefore.equals("op") || overlaps(spans, m.start(), m.end())) {
                continue;
            }
            boolean house = label.startsWith("huis");
            boolean withAddition = !number.chars().allMatch(Character::isDigit);
            int sentence = sentenceStartBefore(text, m.start());
            boolean context = ADDRESS_CONTEXT.matcher(text).region(sentence, m.start()).find();
            // round 13: staying at someone's place with a house number's addition ("zit nu bij opa, nr 12a"); "bij
            // vader staat werk op nummer 1" is a priority
            boolean stay = withAddition(number) && LowerCaseStreetNumber.atSomeonesPlace(text, sentence, m.start(), words);
            boolean op = lowerBefore.equals("op");
            // "staat op nummer 3 van de wachtlijst", "nr 2 in de klas": a rank in a list, not a house
            boolean rank = RANK_AFTER.matcher(text).region(m.end(), text.length()).lookingAt();
            if (!rank && (house || context && (withAddition || op) || op && withAddition || stay)) {
                spans.add(new Span(m.start(), m.end(), Category.ADDRESS, NAME));
            }
        }
    }

    private static boolean withAddition(String number) {
        return !number.chars().allMatch(Character::isDigit);
    }

    private static boolean overlaps(List<Span> spans, int start, int end) {
        for (Span s : spans) {
            if (s.start() < end && start < s.end()) {
                return true;
            }
        }
        return false;
    }

    /** The start of the sentence (or table cell run) that holds the offset: after ". ", "! ", "? ", or a line break. */
    static int sentenceStartBefore(String text, int at) {
        int from = text.lastIndexOf('\n', at - 1) + 1;
        for (int i = at - 2; i > from; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == ';') && Character.isWhitespace(text.charAt(i + 1))
                    && !(i >= 1 && Character.isUpperCase(text.charAt(i - 1)) && (i < 2 || !Character.isLetter(text.charAt(i - 2))))) {
                return i + 1;
            }
        }
        return from;
    }

    /**
     * Endings of neighbourhoods: "in de Tarwewijk", "in de Beverwaard", "in het Stationskwartier". Round 24
     * (t24-places) added "-hof", "-poort", "-kamp", "-donk", "-hout", "-weide" and switched them off after review
     * (Rrb-012/044/045: "in de Rozenpoort, nr 3" is a street whose number is not right after it).
     */
    private static final List<String> NEIGHBOURHOOD_ENDINGS = List.of("wijk", "waard", "kwartier", "buurt", "polder",
            "park", "veld", "velden", "oord", "hoek", "dorp", "eiland", "meer", "broek", "horst", "hoven");
    private static final Pattern IN_ARTICLE_BEFORE = Pattern.compile("(?i)\\b(?:in|uit|naar|vanuit|bij)\\s+(?:de|het|'t)\\s+$");
    /** Round 25 (t25-held): "of de"/"en de" right before the word ("in Laag Dalem of de Gildenwijk"). */
    private static final Pattern PAIR_ARTICLE_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:of|en)\\s+(?:de|het|'t)\\s+$");
    /** Round 25 (t25-held): "in"/"uit"/"naar" before a capitalised first member of the pair, in the same clause. */
    private static final Pattern IN_CAPITAL = Pattern.compile("(?<![\\p{L}])(?:in|uit|naar|vanuit)\\s+\\p{Lu}[^,.;:!?()]*$");

    /**
     * Round 25 (t25-held): the second member of a pair of places after "in", joined by "of de"/"en de": "zoekt
     * woonruimte in Laag Dalem of de Gildenwijk". The first member is capitalised right after "in", "uit", "naar" or
     * "vanuit" with no punctuation between; the neighbourhood's ending and the missing house number are checked as
     * after "in de".
     */
    private static boolean secondOfPair(String text, int start) {
        int from = Math.max(0, start - 12);
        if (!PAIR_ARTICLE_BEFORE.matcher(text.substring(from, start)).find()) {
            return false;
        }
        return IN_CAPITAL.matcher(text.substring(Math.max(0, start - 50), start)).find();
    }

    /**
     * A neighbourhood after "in de"/"uit de"/"naar de" (a word with a neighbourhood ending: -wijk, -waard, -kwartier,
     * -buurt, -park ...) without a house number: people live in a neighbourhood and on a street ("op de", "aan de").
     */
    private static boolean neighbourhood(String text, int start, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        boolean ending = false;
        for (String e : NEIGHBOURHOOD_ENDINGS) {
            ending |= lower.endsWith(e) && lower.length() > e.length() + 2;
        }
        if (!ending || !IN_ARTICLE_BEFORE.matcher(text.substring(Math.max(0, start - 15), start)).find()
                && !secondOfPair(text, start)) {
            return false;
        }
        return !HOUSE_NUMBER.matcher(text).region(start + word.length(), text.length()).lookingAt();
    }

    /** Offsets of the words that announce where someone lives ("woont", "verhuisd", "adres" ...). */
    private static int[] livesHints(String text) {
        int[] found = new int[4];
        int count = 0;
        int n = text.length();
        for (int at = 0; at < n; at++) {
            char c = text.charAt(at);
            if ((c | 0x20) != 'w' && (c | 0x20) != 'v' && (c | 0x20) != 'i' && (c | 0x20) != 'l' && (c | 0x20) != 'a'
                    && (c | 0x20) != 'p'
                    || at > 0 && Character.isLetter(text.charAt(at - 1))) {
                continue;
            }
            char first = (char) (c | 0x20);
            char second = at + 1 < n ? (char) (text.charAt(at + 1) | 0x20) : ' ';
            for (String hint : LIVES_WORDS) {
                if (hint.charAt(0) == first && hint.charAt(1) == second
                        && text.regionMatches(true, at, hint, 0, hint.length())) {
                    if (count == found.length) {
                        found = java.util.Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = at;
                    break;
                }
            }
        }
        return java.util.Arrays.copyOf(found, count);
    }

    /**
     * "Jol 17-12, Lelystad": a capitalised word that is no frequent word, a house number, a comma and a Dutch place
     * (where streets with short or unusual names are written like this).
     */
    private boolean streetBeforePlace(String text, Matcher m) {
        String word = m.group(1);
        String lower = WordLists.lower(word);
        if (!Character.isUpperCase(word.charAt(0)) || word.length() < 3 || words.isCommonWord(lower)
                || words.isKinOrRole(lower) || words.isDomesticPlace(lower) || words.allowed().containsWord(lower)
                || lower.equals("postbus")) {
            return false;
        }
        if (words.isWord(lower) && m.end() - m.start(2) <= 3) {
            return false; // "Groep 7, Breda": an ordinary word needs a house number with an addition ("Jol 17-12")
        }
        Matcher place = PLACE_AFTER.matcher(text).region(m.end(), text.length());
        return place.lookingAt() && words.isDomesticPlace(WordLists.lower(place.group(1)));
    }

    private boolean isStreet(String word, boolean withNumber) {
        String lower = WordLists.lower(word);
        boolean capitalCompound = withNumber && Character.isUpperCase(word.charAt(0)) && lower.length() > 6;
        if (NOT_STREETS.contains(lower) && !capitalCompound || lower.equals("postbus")) {
            return false;
        }
        if (words.isDomesticPlace(lower)) {
            return false; // "Moerdijk 3 kinderen": a place
        }
        boolean capital = Character.isUpperCase(word.charAt(0));
        if (withNumber && capital && ONE_WORD_STREETS.contains(lower)) {
            return true;
        }
        if (withNumber && lower.length() > 5 && lower.endsWith("str")) {
            return capital || lower.length() > 7; // "Kerkstr. 12"
        }
        for (String suffix : words.streetSuffixes()) {
            if (lower.length() >= suffix.length() + 2 && lower.endsWith(suffix)) {
                boolean strong = STRONG_SUFFIXES.contains(suffix);
                if (strong) {
                    return capital || withNumber && lower.length() >= suffix.length() + 4;
                }
                if (capital && placeAdjectiveBefore(lower, suffix)) {
                    return true; // round 26 (t26-new): "Ettensebaan", "Roosendaalsebaan", "Goudseveld"
                }
                return capital && !words.isWord(lower) && !words.isDomesticPlace(lower) && !words.isFirstName(word)
                        && !words.allowed().containsWord(lower);
            }
        }
        return false;
    }

    /** Round 26: the word ends in a street suffix with at least two letters before it ("Heerlerbaan", "Molenweg"). */
    private boolean streetSuffix(String lower) {
        for (String suffix : words.streetSuffixes()) {
            if (lower.length() >= suffix.length() + 2 && lower.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Round 26 (t26-new): a capitalised word that is a street named by a place's adjective ("Zwolsebaan", "Ettensebaan"),
     * for the name rules: such a word is no person's name.
     */
    static boolean placeAdjectiveStreet(String lower, WordLists words) {
        for (String suffix : words.streetSuffixes()) {
            if (lower.length() >= suffix.length() + 5 && lower.endsWith(suffix)) {
                int stem = lower.length() - suffix.length() - 2;
                if (lower.startsWith("se", stem)) {
                    return stem >= 3 && placeOfAdjective(lower.substring(0, stem), words);
                }
            }
        }
        return false;
    }

    /**
     * Round 26 (t26-new): a street named by the road to a place ("Ettensebaan", "Roosendaalsebaan", "Dongensevaart"):
     * the place's adjective in -se (the place of the lists, "Etten" + "se") before a weaker street suffix is a street
     * name, though the compound reads as a Dutch word. Stays to the other checks: a word whose part before "se" is no
     * place of the lists ("Wielrenbaan"), a lower-case word.
     */
    private boolean placeAdjectiveBefore(String lower, String suffix) {
        int stem = lower.length() - suffix.length() - 2;
        if (stem < 3 || !lower.startsWith("se", stem)) {
            return false;
        }
        return placeOfAdjective(lower.substring(0, stem), words);
    }

    /** The place of an adjective's stem: "etten" (Ettense), "zwol" (Zwolse: Zwolle), "leid" (Leidse: Leiden). */
    private static boolean placeOfAdjective(String stem, WordLists words) {
        for (String end : ADJECTIVE_STEM_ENDS) {
            String place = stem + end;
            if (words.isDomesticPlace(place) || words.isVillage(place)) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> ADJECTIVE_STEM_ENDS = List.of("", "e", "le", "en");

    /** "Burg. de Withstraat 3", "Prins Hendrikstraat 12": take the words before the street word along. */
    private static int extendLeft(String text, int start) {
        int from = Math.max(0, start - 40);
        String before = text.substring(from, start);
        Matcher m = STREET_PREFIX.matcher(before);
        if (m.find()) {
            String prefix = m.group();
            // keep only capitalised words and particles directly before; stop at a sentence start word
            String[] parts = prefix.trim().split("\\s+");
            int keep = 0;
            for (int i = parts.length - 1; i >= 0; i--) {
                String p = parts[i];
                boolean particle = p.equals(p.toLowerCase(Locale.ROOT));
                if (particle || Character.isUpperCase(p.charAt(0)) && (p.endsWith(".") || isStreetPrefixWord(p))) {
                    keep += p.length() + 1;
                } else {
                    break;
                }
            }
            int s = start - keep;
            // a street name starts with a capital: drop leading particles ("op", "aan de")
            while (s < start) {
                while (s < start && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                if (s < start && !Character.isUpperCase(text.charAt(s))) {
                    while (s < start && !Character.isWhitespace(text.charAt(s))) {
                        s++;
                    }
                } else {
                    break;
                }
            }
            if (s < start) {
                return s;
            }
        }
        return start;
    }

    private static boolean isStreetPrefixWord(String word) {
        return STREET_PREFIX_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Round 16: "27/4" after a street may be a date; "96/3" or "12/14" cannot (no such day or month). */
    private static boolean dayAndMonth(String text, int numberStart, int numberEnd) {
        int slashEnd = numberEnd + 1;
        while (slashEnd < text.length() && Character.isDigit(text.charAt(slashEnd))) {
            slashEnd++;
        }
        if (slashEnd == numberEnd + 1 || numberEnd - numberStart > 2) {
            return false;
        }
        int day = Integer.parseInt(text.substring(numberStart, numberEnd));
        int month = Integer.parseInt(text.substring(numberEnd + 1, slashEnd));
        return day >= 1 && day <= 31 && month >= 1 && month <= 12;
    }
}
