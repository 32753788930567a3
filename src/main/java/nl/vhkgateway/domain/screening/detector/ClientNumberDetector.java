package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vhkgateway.domain.card.TextSegment;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.ScreeningContext;

/**
 * CLIENT_NUMBER: client, dossier, case and registration numbers of organisations, recognised by their context
 * ("dossiernummer 2026-12345", "cliëntnr: 884213", "VT-nummer 26-00123", "zaaknummer", "registratienummer",
 * also with up to three words and a colon between label and number: "Cliëntnummer gemeente: 2025-001234",
 * "kenmerk", "leerlingnummer", "patiëntnummer", "polisnummer"), and court case numbers ({@code C/02/412345}).
 * The gateway's own submission numbers ({@code VHT-2026-0042}) are allowed: they name a submission, not a family.
 * Thread-safe.
 */
public final class ClientNumberDetector extends SpanDetector {

    public static final String NAME = "CLIENT_NUMBER";

    private static final Pattern LABEL_BEFORE = Pattern.compile(
            "(?iu)\\b(dossier|cli[eë]nt|client|registratie|zaak|casus|melding|meld|vt|gi|rvdk|raad|cjg|wijkteam|"
                    + "toegang|jbb|wss|patiënt|patient|leerling|klant|relatie|polis|verzekerden?|referentie|kenmerk|"
                    + "rol|parket|aanmeld|intake|jeugdzorg|hulpverlenings|"
                    // round 21 (t21-items): the school's abbreviations of "leerlingnummer": "Ll.nr 745991", "lln.nr."
                    + "ll\\.?\\s?nr|lln\\.?\\s?nr|llnr|lln\\.?\\s?nummer|ll\\.?\\s?nummer)"
                    + "([\\s-]?(?:(?:nummer|nr\\.?|no\\.?|id|code|kenmerk)s?)?)"
                    // "Cliëntnummer gemeente: 2025-001234": up to three words between label and value, then a colon
                    + "(?:(?:\\s+\\p{L}[\\p{L}'-]*){1,3}\\s*[:=#])?"
                    + "\\s*(?:is|:|=|#|-)?\\s*"
                    + "((?-i:[A-Z]{1,5}[-/ ]?|[A-Z]{6,8}-)?)$");
    private static final KeyWords KEYS = new KeyWords("dossier", "cli", "registratie", "zaak", "casus", "meld", "vt", "gi",
        "rvdk", "raad", "cjg", "wijkteam", "toegang", "jbb", "wss", "pati", "leerling", "klant", "relatie", "polis",
        "verzekerd", "referentie", "kenmerk", "rol", "parket", "aanmeld", "intake", "jeugdzorg", "hulpverlenings",
        "ll.", "llnr", "lln", "ll nr", "ll nummer");
    private static final Pattern VALUE = Pattern.compile("\\d[\\dA-Za-z]*(?:[-/.]\\w+){0,4}");
    private static final Pattern COURT_CASE = Pattern.compile("(?<![\\w/])[A-Z]{1,2}/\\d{2}/\\d{4,}(?:\\s?/\\s?[A-Z]{2}\\s?[A-Z]{2}\\s?\\d{2}-\\d+)?");
    private static final Pattern OWN_SUBMISSION = Pattern.compile("(?i)VHT[- ]\\d{4}-\\d{1,6}");
    /**
     * A Dutch court's register number of a petition or case, with or without its court case number: "FA RK
     * 25-1187" (family), "JE RK 26-118" (youth), "HA RK", "HA ZA", "KG ZA", "KG RK": a case, so a family, anywhere.
     */
    private static final Pattern COURT_REGISTER = Pattern.compile(
            "(?<![\\w/])(?:FA|JE|HA|KG|EA)\\s?(?:RK|ZA|RQ)\\s?\\d{2}[-/]\\d{1,6}(?![\\w-])");
    private static final Pattern REQUIRES_LABEL = Pattern.compile(
            "(?iu)^(?:vt|gi|rvdk|raad|cjg|wijkteam|toegang|jbb|wss|melding|meld|aanmeld|intake|jeugdzorg|rol|"
                    + "zaak|casus|dossier|relatie|referentie|hulpverlenings|parket|registratie|polis|klant)$");

 /**
  * A number of six or more digits, or a code of letters and five or more digits ("X123456", "123456AB"); round 20
  * (t20-items): an organisation's code of six to eight capitals joined by a hyphen ("GGZNHN-33812").
  */
    private static final Pattern LONG_NUMBER = Pattern.compile(
            "(?<![\\w/.,-])(?:(?:(?:[A-Za-z]{1,5}[-/]|[A-Z]{6,8}-){1,3}|[A-Za-z]{1,3}|(?!EUR |USD |GBP )[A-Z]{2,3} (?=\\d{5}(?![\\d.,]))(?<!\\b(?:ZIS|MRN|EPD|BSN|PGN|EGN|CNP|NIF|NIE|EID) ))?\\d++(?:[-. /]\\d{2}\\d*+)*+(?:[A-Za-z]{1,2}|-[A-Za-z]{1,4}|-\\d)?"
                    // letters and digits taking turns: "W83K92L07", "AB12CD345"
                    + "|[A-Za-z]{1,3}\\d{1,4}(?:[A-Za-z]{1,3}\\d{1,4}){1,4}[A-Za-z]{0,2})"
                    + "(?![\\w-]|[.,]\\d)");
    /** A police registration number ("PL0900-2026012345", "PL1300 2026123456"): a case, so a person, anywhere. */
    private static final Pattern POLICE_NUMBER = Pattern.compile("(?<![\\w-])PL\\d{4}[- ]?\\d{6,12}(?![\\w-])");
    /** A range of years ("2025-2026", "2019/2020") is no record number. */
    private static final Pattern YEAR_RANGE = Pattern.compile("(?:19|20)\\d{2}\\s?[-/]\\s?(?:19|20)?\\d{2}");
    /** Labels that identify a person's record, anywhere in the sentence (before or after the number). */
    private static final Pattern ID_LABEL = Pattern.compile("(?iu)(?<![\\p{L}])(?:[\\p{L}-]*nummer[s]?|[\\p{L}]*nr\\.?|"
            + "nummer|no\\.|[\\p{L}-]*dossier\\p{L}*|cli[eë]nt\\p{L}*|pati[eë]nt\\p{L}*|patnr|zaak\\p{L}*|id|"
            // compounds: "CJIB-betalingskenmerk", "Stadjerspas", "ooievaarspas"; hospital record numbers: MRN, ZIS, EPD
            + "[\\p{L}-]*kenmerk\\p{L}*|bsn|[\\p{L}-]*pas|mrn|zis|epd|debiteur\\p{L}*|"
            + "burgerservicenummer|registratie\\p{L}*|referentie\\p{L}*|polis\\p{L}*|lid|account|"
            // round 20 (t20-items): a compound policy ("zorgpolis", "reispolis"), listed: "Metropolis" is none
            + "(?:zorg|reis|inboedel|opstal|aansprakelijkheids|auto|uitvaart|levens|woon|rechtsbijstand|"
            + "ziektekosten|basis|aanvullende)polis\\p{L}*|"
            + "record|file|case|reference|geregistreerd|ingeschreven|geboekt|ref\\.?|"
            // national identity numbers abroad and their documents: EGN (BG), PESEL (PL), CNP (RO), JMBG (ex-YU),
            // NIF/NIE (ES, PT), rijksregisternummer and eID (BE), identity cards, passports, residence documents
            + "egn|pesel|cnp|jmbg|nif|nie|rijksregister\\p{L}*|eid|eid-kaart|identiteits\\p{L}*|paspoort\\p{L}*|"
            + "verblijfs\\p{L}*|"
            // travel and alien documents ("vreemdelingendocument"), DUO's personal education number (PGN)
            + "[\\p{L}-]*document|pgn|onderwijsnummer|"
            // a person's file at a service for debts, benefits, fines or taxes ("Schuldhulp: KBWB-26-08812")
            + "schuldhulp\\p{L}*|schuldsanering|schuldregeling|budgetbeheer|budgetcoach\\p{L}*|bewindvoer\\p{L}*|"
            + "beschermingsbewind|uitkering\\p{L}*|wsnp|msnp|cjib|deurwaarder\\p{L}*|incasso\\p{L}*|toeslag\\p{L}*|"
            + "huurder\\p{L}*|contract\\p{L}*|aanvraag\\p{L}*|"
            // round 12: a record system holds persons' records ("in het systeem van ...", "leerlingvolgsysteem")
            // round 12: police reports and their numbers ("PV 2026182733-1 (proces-verbaal politie ...)")
            + "pv|p\\.v\\.|proces-verbaal|proces\\s+verbaal|processen-verbaal|aangifte\\p{L}*|mutatie\\p{L}*)(?![\\p{L}])");
    /**
     * Round 12: a record system holds persons' records ("in het systeem van ...", "leerlingvolgsysteem"); it makes a
     * code with letters a record number, not a bare number ("op 20261105 (datum uit het systeem)").
     */
    private static final Pattern RECORD_SYSTEM = Pattern.compile("(?iu)(?<![\\p{L}])\\p{L}*systeem(?![\\p{L}])");
    /** An organisation register anywhere in the sentence: a code "registered under" it is the organisation's. */
    private static final Pattern OTHER_LABEL_ANYWHERE = Pattern.compile("(?iu)(?<![\\p{L}])(?:kvk|lrk|agb|rsin|btw|brin|"
            + "brin-?\\p{L}*|databank\\p{L}*|"
            + "kbo|big|vestigingsnummer|organisatienummer|kamer\\s+van\\s+koophandel|handelsregister)(?![\\p{L}])");
    /** Services whose files are a person's; weaker than an organisation register in the same sentence. */
    private static final Pattern SERVICE_LABEL = Pattern.compile("(?iu)^(?:schuldhulp\\p{L}*|schuldsanering|"
            + "schuldregeling|budgetbeheer|budgetcoach\\p{L}*|bewindvoer\\p{L}*|beschermingsbewind|uitkering\\p{L}*|wsnp|"
            + "msnp|cjib|deurwaarder\\p{L}*|incasso\\p{L}*|toeslag\\p{L}*|huurder\\p{L}*|contract\\p{L}*|aanvraag\\p{L}*)$");
    /** Labels of numbers that do not identify a person: organisations, phones, houses, amounts, weeks. */
    private static final Pattern OTHER_LABEL = Pattern.compile("(?iu)^(?:kvk|kvk-nummer|kvk-nr|kvknummer|lrk|lrk-nummer|"
            + "lrknummer|agb|agb-code|agb-nummer|rsin|btw|btw-nummer|vestigingsnummer|organisatienummer|"
            + "telefoonnummer|telnr|tel\\.?nr|mobiel\\p{L}*|huisnummer|kamernummer|weeknummer|versienummer|"
            + "artikelnummer|productnummer|groepsnummer|lijnnummer|busnummer|postcode\\p{L}*|faxnummer|"
            + "registratienummer\\s+kvk|iban\\p{L}*|rekeningnummer|nr|"
            // the Belgian enterprise number (KBO) and VAT numbers of organisations
            + "ondernemingsnummer|ondernemingsnr\\.?|kbo-nummer|kbo-nr\\.?|kbonummer|btw-nr\\.?|btwnummer|"
            // the public register of care professionals (BIG): a professional's number, not a family member's
            + "big-nummer|big-nr\\.?|bignummer|big-registratienummer|big-registratie|"
            // round 12: a school's BRIN code ("BRIN-nummer 12AB00") names the school
            + "brin|brin-?nummer|brin-?nr\\.?|brin-?code|"
            // round 15: an organisation's service line ("Jugendamt Aachen Servicenummer 0241 5198 0")
            + "servicenummer|servicenr\\.?|klantenservicenummer|informatienummer|infonummer|hotline|"
            + "servicetelefoon|servicerufnummer|rufnummer)$");
    /** A compound number label right before a five-digit number: "huurdernummer 88731", "lidnr. 44120". */
    private static final Pattern COMPOUND_NUMBER_LABEL = Pattern.compile("(?iu)\\p{L}{2,}[\\p{L}-]*(?:nummer|nr\\.?)");
    /** The gateway's submission numbers written as "VHT-nummer 2026-0117": the year and a serial number. */
    private static final Pattern VHT_LABEL = Pattern.compile("(?iu)(?<![\\p{L}])vht(?:[\\s-]?(?:nummer|nr))?(?![\\p{L}])");
    private static final Pattern SUBMISSION_NUMBER = Pattern.compile("20\\d{2}-\\d{1,6}");
    /** The municipalities' service number: 14, a space and the area code ("14 0165", "14 076"). */
    private static final Pattern MUNICIPAL_NUMBER = Pattern.compile("14[\\s-]0\\d{2,3}");
    /** Labels that say "a number" without saying whose: "nummer", "nr", "no.", "ingeschreven", "geregistreerd". */
    private static final Pattern GENERIC_LABEL = Pattern.compile("(?iu)^(?:nummer[s]?|nr\\.?|no\\.|"
            + "registratie\\p{L}*|geregistreerd|ingeschreven|inschrijvingsnummer)$");
    /** The registers of organisations: a generic number label in their sentence is an organisation's number. */
    private static final Pattern ORG_REGISTER = Pattern.compile("(?iu)(?<![\\p{L}])(?:kvk|brin|databank\\p{L}*|kamer\\s+van\\s+koophandel|"
            + "handelsregister|lrk|landelijk\\s+register\\s+kinderopvang|agb|rsin|btw|vestiging|kbo|"
            + "kruispuntbank\\s+van\\s+ondernemingen)(?![\\p{L}])");
    /** A Dutch phone number: ten digits from a 0 ("088-3680300", "06 12345678"), or 0800/0900 numbers. */
    private static final Pattern PHONE_LIKE = Pattern.compile("0(?:[\\s-]?\\d){9}|0[89]0[0-9][\\s-]?\\d{4,7}");
    /** A sentence ends at a period before a capital, but not after an abbreviated label ("Cliëntnr. Lokalis", "ref. VT"). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<!(?i:nr|ref|no))[.!?;]\\s+(?=\\p{Lu})|\\n");

    /** "zaak 2" or "melding 3 keer" is not the number of a case: these words need "nummer", "nr" or "id". */
    private static boolean labelled(Matcher label) {
        String firstWord = label.group(1).toLowerCase(java.util.Locale.ROOT);
        boolean labelled = !label.group(2).isBlank() || firstWord.equals("kenmerk");
        return labelled || !REQUIRES_LABEL.matcher(firstWord).matches();
    }


    /**
     * A number of six or more digits (or a letter-and-digit code) in a sentence that holds an identifying label
     * before or after it ("het dossier van de jeugdige heeft nummer 7712345", "Patnr 884213", "556677 is het
     * cliëntnummer") is a record number, unless the label nearest to it names an organisation, phone, house or
     * amount (KvK-nummer, LRK, AGB-code, telefoonnummer ...). Dates, amounts and the gateway's own numbers are not.
     */
    private static void labelledInSentence(String text, int cardYear, List<Span> spans) {
        List<int[]> candidates = new ArrayList<>();
        // round 12: codes whose letters and digits take turns ("NJ4Y2H9NX", "IRD93039R4", "7K2PX9")
        List<Span> mixedCodes = MixedRecordCode.find(text);
        Matcher num = LONG_NUMBER.matcher(text);
        while (num.find()) {
            boolean mixed = false;
            for (Span m : mixedCodes) {
                mixed |= m.start() == num.start() && m.end() == num.end();
            }
            candidates.add(mixed ? new int[] {num.start(), num.end(), 1} : new int[] {num.start(), num.end()});
        }
        int longCount = candidates.size();
        for (Span m : mixedCodes) {
            boolean overlaps = false;
            for (int k = 0; k < longCount; k++) {
                int[] c = candidates.get(k);
                overlaps |= c[0] < m.end() && m.start() < c[1];
            }
            if (!overlaps) {
                candidates.add(new int[] {m.start(), m.end(), 1});
            }
        }
        for (int[] candidate : candidates) {
            int start = candidate[0];
            int end = candidate[1];
            boolean mixed = candidate.length > 2;
            String v = text.substring(start, end);
            int digits = TextWindow.digitCount(v);
            // round 15: "Ref. Odion ODN/CL/1993": letter groups and a serial number of three or four digits
            if (digits < 5 && !mixed && !(SlashReferenceSerial.shape(v) && slashSerial(text, start, end, v, cardYear))) {
                continue;
            }
            // five digits only as a letter code ("X12345") or right after a compound number label ("huurdernummer")
            boolean fiveDigits = digits == 5 && !Character.isLetter(v.charAt(0)) && !mixed;
            if (covered(spans, start, end) || OWN_SUBMISSION.matcher(v).matches() || amount(text, start, end)
                    || PHONE_LIKE.matcher(v).matches() || MUNICIPAL_NUMBER.matcher(v).matches()
                    || isDate(text, start, end) || YEAR_RANGE.matcher(v).matches()) {
                continue; // phone numbers and dates are the other detectors' matter
            }
            int[] sentence = sentenceAround(text, start, end);
            int sentenceStart = sentence[0];
            int sentenceEnd = sentence[1];
            if (!covered(spans, start, end) && MixedRecordCode.registeredUnder(text, sentenceStart, start)
                    && !OTHER_LABEL_ANYWHERE.matcher(text).region(sentenceStart, sentenceEnd).find()) {
                spans.add(new Span(start, end, Category.CLIENT_NUMBER, NAME)); // "staat het kind onder ZL23282710"
                continue;
            }
            if (!covered(spans, start, end) && v.chars().anyMatch(Character::isLetter)
                    && RECORD_SYSTEM.matcher(text).region(sentenceStart, sentenceEnd).find()
                    && !OTHER_LABEL_ANYWHERE.matcher(text).region(sentenceStart, sentenceEnd).find()) {
                spans.add(new Span(start, end, Category.CLIENT_NUMBER, NAME)); // "in het systeem van ... ZL23282710"
                continue;
            }
            if (PersonRecordLabel.rightBefore(text, start, v)
                    && !ORG_REGISTER.matcher(TextWindow.before(text, start, 45)).find()) {
                spans.add(new Span(start, end, Category.CLIENT_NUMBER, NAME)); // round 14: "huurcontract nr WON-55190-3"
                continue;
            }
            Matcher label = ID_LABEL.matcher(text).region(sentenceStart, sentenceEnd);
            int bestDistance = Integer.MAX_VALUE;
            String nearest = null;
            String nearestSpecific = null;
            while (label.find()) {
                if (label.start() >= start && label.end() <= end) {
                    continue;
                }
                int d = label.end() <= start ? start - label.end() : label.start() - end;
                String read = label.group().strip();
                if (d >= 0 && d < bestDistance) {
                    bestDistance = d;
                    nearest = read;
                }
                if (d >= 0 && d <= 40 && !GENERIC_LABEL.matcher(read).matches() && !otherLabel(read)) {
                    nearestSpecific = read;
                }
            }
            if (nearest != null && nearestSpecific != null && GENERIC_LABEL.matcher(nearest.strip()).matches()) {
                nearest = nearestSpecific; // "eID-kaart moeder nr 592-4471038-01": the document says whose number
            }
            if (fiveDigits && (nearest == null || bestDistance > 3 && !holderBetween(text, start, bestDistance)
                    || !COMPOUND_NUMBER_LABEL.matcher(nearest).matches())) {
                continue;
            }
            if (nearest != null && VHT_LABEL.matcher(text).region(sentenceStart, sentenceEnd).find()
                    && SUBMISSION_NUMBER.matcher(v).matches()) {
                continue; // "VHT-nummer 2026-0117 (vervolg op 2026-0063)": the gateway's own submission numbers
            }
            if (nearest != null && (GENERIC_LABEL.matcher(nearest.strip()).matches()
                    || SERVICE_LABEL.matcher(nearest.strip()).matches())
                    && ORG_REGISTER.matcher(text).region(sentenceStart, sentenceEnd).find()) {
                continue; // "staat in de KvK onder nummer 41104017": a generic label in a sentence about a register
            }
            if (nearest != null && !otherLabel(nearest) && !otherLabelClose(text, start)) {
                spans.add(new Span(start, end, Category.CLIENT_NUMBER, NAME));
            }
        }
    }

    /** Kin and role words, the curated list: the holder between a number label and its number. */
    private static final java.util.Set<String> HOLDERS = WordLists.lowerCaseSet("kin-roles.txt");
    /** Between a label and its number: the holder, optionally after "van" and an article, and a colon. */
    private static final Pattern HOLDER_GAP = Pattern.compile(
            "(?iu)\\s*(?:van\\s+(?:de\\s+|het\\s+|een\\s+)?)?(\\p{L}+)\\s*:?\\s*");

    /**
     * Round 20 (t20-items): a kin or role word between a compound number label and five digits names whose number it
     * is ("personeelsnummer vader 88617", "lidnummer van de oom: 40213"), as right after the label.
     *
     * @param distance the characters between the label's end and the number
     */
    private static boolean holderBetween(String text, int numberStart, int distance) {
        if (distance > 25 || distance > numberStart) {
            return false;
        }
        Matcher gap = HOLDER_GAP.matcher(text.substring(numberStart - distance, numberStart));
        return gap.matches() && HOLDERS.contains(gap.group(1).toLowerCase(java.util.Locale.ROOT));
    }

    /** Round 15: a slash reference ending in a serial number that is a person's file ({@link SlashReferenceSerial}). */
    private static boolean slashSerial(String text, int start, int end, String v, int cardYear) {
        int[] sentence = sentenceAround(text, start, end);
        return SlashReferenceSerial.holds(v, text, sentence[0], sentence[1], cardYear, WordLists.defaults());
    }

    /** The start and end of the sentence that holds {@code [start, end)}: the text between the sentence ends around it. */
    private static int[] sentenceAround(String text, int start, int end) {
        int sentenceStart = 0;
        int sentenceEnd = text.length();
        Matcher b = SENTENCE_END.matcher(text);
        while (b.find()) {
            if (b.end() <= start) {
                sentenceStart = b.end();
            } else if (b.start() >= end) {
                sentenceEnd = b.start();
                break;
            }
        }
        return new int[] {sentenceStart, sentenceEnd};
    }

    /**
     * A label of a number that identifies no person (KvK, phone, house ...), also when abbreviated with "nr"
     * ("vestigingsnr." as "vestigingsnummer"; round 14).
     */
    private static boolean otherLabel(String label) {
        String l = label.strip();
        return OTHER_LABEL.matcher(l).matches() || OTHER_LABEL.matcher(PersonRecordLabel.writtenOut(l)).matches();
    }

    /** "KvK 12345678", "AGB-code 12345678", "tel. 0612345678" just before the number. */
    private static boolean otherLabelClose(String text, int start) {
        String before = TextWindow.lowerSameLength(text.substring(Math.max(0, start - 25), start));
        return before.matches("(?s).*\\b(kvk|lrk|agb|rsin|btw|tel|telefoon|mobiel|fax|iban|rek|rekening|€|eur|euro)"
                + "[\\p{L}.-]*\\s*[:#]?\\s*(is\\s*)?$");
    }

    private static boolean isDate(String text, int start, int end) {
        for (DateFinder.FoundDate d : DateFinder.find(text.substring(Math.max(0, start - 1),
                Math.min(text.length(), end + 1)))) {
            if (d.hasYear()) {
                return true;
            }
        }
        return false;
    }

    private static boolean amount(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 3), start);
        String after = text.substring(end, Math.min(text.length(), end + 6)).toLowerCase(java.util.Locale.ROOT);
        return before.contains("€") || after.startsWith(" euro") || after.startsWith(",-") || after.startsWith(" eur");
    }

    private static boolean covered(List<Span> spans, int start, int end) {
        for (Span s : spans) {
            if (s.start() < end && start < s.end()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Span> spans(TextSegment segment, ScreeningContext context) {
        String text = segment.text();
        // two digits: a record code whose letters and digits take turns ("NJ4VY2HNX") holds no more
        if (text.length() < 6) {
            return List.of();
        }
        if (TextWindow.digitCount(text) < 2) {
            // round 13: a number dictated in words holds no digit ("dossiernummer vier vier acht twee zeven nul")
            if (text.length() < 20) {
                return List.of();
            }
            List<Span> spoken = new ArrayList<>(0);
            SpokenNumberAfterLabel.find(text, TextWindow.lowerSameLength(text),
                    CardSections.in(segment, CardSections.PROFESSIONAL), spoken);
            return spoken;
        }
        List<Span> spans = new ArrayList<>(0);
        Matcher value = VALUE.matcher(text);
        int skipUntil = -1;
        String lower = null;
        for (int number : TextWindow.digitRunStarts(text)) {
            if (number < skipUntil) {
                continue;
            }
            if (lower == null) {
                lower = TextWindow.lowerSameLength(text);
            }
            int windowStart = Math.max(0, number - 45);
            Matcher label = null;
            for (int p = number - 1; p >= windowStart && label == null; p--) {
                if (KEYS.startsAt(lower, p, number)) {
                    Matcher candidate = LABEL_BEFORE.matcher(text).useTransparentBounds(true)
                            .useAnchoringBounds(true).region(p, number);
                    if (candidate.lookingAt() && labelled(candidate)) {
                        label = candidate;
                    }
                }
            }
            if (label == null) {
                continue;
            }
            value.region(number, text.length());
            if (!value.lookingAt()) {
                continue;
            }
            int start = number - label.group(3).length();
            String v = text.substring(start, value.end());
            if (OWN_SUBMISSION.matcher(v).matches() || TextWindow.digitCount(v) < 3
                    || ProtocolNameYear.holds(label.group(1), label.group(2), v)) {
                continue; // round 15: "Meldcode 2019" is the protocol's edition
            }
            spans.add(new Span(start, value.end(), Category.CLIENT_NUMBER, NAME));
            skipUntil = value.end();
        }
        if (TextWindow.digitCount(text) >= 4) {
            CaseNumberAfterLabel.find(text, lower != null ? lower : TextWindow.lowerSameLength(text), spans);
        }
        // round 13: a number dictated in words after its label ("dossiernummer ... vier vier acht twee zeven nul")
        SpokenNumberAfterLabel.find(text, lower != null ? lower : TextWindow.lowerSameLength(text),
                CardSections.in(segment, CardSections.PROFESSIONAL), spans);
        // no digit-count shortcut here: besides numbers of five or more digits it takes round 12's record codes whose
        // letters and digits take turns, which may hold only two ("NJ4VY2HNX"). Round 13 (speed): both of its
        // candidate shapes (LONG_NUMBER, MixedRecordCode) hold a digit 0-9, so a text without one has none
        if (TextWindow.digitCount(text) > 0) {
            labelledInSentence(text, context.cardYear(), spans);
        }
        // round 17 (r17-cover): "RvdK 2026/HW/0175", a year / district / serial case reference of an agency
        if (TextWindow.digitCount(text) >= 4) {
            AgencyCaseReference.find(text, spans);
            // round 23 (t23-items): "Dossier ST-OLD-4471": letter groups and a short serial after a record label
            LetterGroupCodeAfterLabel.find(text, spans);
            // round 24 (t24-new): "GE.37.L7.004512/25", a Belgian prosecutor's notice number
            BelgianParketNumber.find(text, spans);
        }
        // round 12 (orgcode): a client code right after an organisation's name ("Martini 4471902", "treant, T1187733")
        for (Span s : OrganisationClientCode.find(text)) {
            if (!covered(spans, s.start(), s.end())) {
                spans.add(s);
            }
        }
        // round 13: a client code after "bekend bij <organisation>" when no list holds the organisation
        for (Span s : KnownAtOrganisationCode.find(text)) {
            if (!covered(spans, s.start(), s.end())) {
                spans.add(s);
            }
        }
        if (text.indexOf("PL") >= 0) {
            Matcher m = POLICE_NUMBER.matcher(text);
            while (m.find()) {
                if (!covered(spans, m.start(), m.end())) {
                    spans.add(new Span(m.start(), m.end(), Category.CLIENT_NUMBER, NAME));
                }
            }
        }
        if (text.indexOf('/') >= 0) {
            Matcher m = COURT_CASE.matcher(text);
            while (m.find()) {
                spans.add(new Span(m.start(), m.end(), Category.CLIENT_NUMBER, NAME));
            }
        }
        if (text.indexOf(" RK") >= 0 || text.indexOf(" ZA") >= 0 || text.indexOf("RK ") >= 0) {
            Matcher m = COURT_REGISTER.matcher(text);
            while (m.find()) {
                if (!covered(spans, m.start(), m.end())) {
                    spans.add(new Span(m.start(), m.end(), Category.CLIENT_NUMBER, NAME));
                }
            }
        }
        // round 14 (r14-allow2): "Zorgmelding politie 20261003": a compact date of a report is no person's number
        CompactReportDate.dropReportDates(text, context.cardYear(), spans);
        return spans;
    }
}
