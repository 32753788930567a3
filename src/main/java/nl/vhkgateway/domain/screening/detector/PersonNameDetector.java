package nl.vhkgateway.domain.screening.detector;

import static nl.vhkgateway.domain.screening.detector.NameClassifier.WordClass.AMBIGUOUS_FIRST_NAME;
import static nl.vhkgateway.domain.screening.detector.NameClassifier.WordClass.AMBIGUOUS_SURNAME;
import static nl.vhkgateway.domain.screening.detector.NameClassifier.WordClass.UNKNOWN;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vhkgateway.domain.card.CardContent;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.card.TextSegment;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.ScreeningContext;
import nl.vhkgateway.domain.screening.detector.NameClassifier.WordClass;

/**
 * PERSON_NAME: names of family members and others around the family. Combines
 * <ul>
 *   <li>word lists: a known name that is not an ordinary word counts anywhere ("Sanne", "Mohammed", "Jansen");
 *       a given name that is also a word ("Roos") counts away from a sentence start; a surname that is also a word
 *       ("Bakker") only with context;</li>
 *   <li>context: a title ("mevrouw", "dhr.", "de heer", "fam."), a kin or role word ("oom Kees", "juf Annemiek"),
 *       an initial ("J. de Vries"), a capitalised tussenvoegsel ("De Vries"), naming words ("genaamd", "heet",
 *       "die X heet", "bijnaam"), a birth year after the word ("Sanne (2011)"), a possessive ("Sanne's");</li>
 *   <li>capitalisation: a capitalised word that no list knows, away from a sentence start, is a name; at a
 *       sentence start too unless it is one typo away from a Dutch word;</li>
 *   <li>the card's structure: nothing is flagged in the professionals' cover fields (Inbrenger, Vaste deelnemer,
 *       Gedragsdeskundige) and their names are allowed elsewhere on the card unless a kin word precedes them; in
 *       Jeugdige every capitalised non-word counts; a name found with context anywhere on the card counts
 *       everywhere ({@link CardKnowledge}).</li>
 * </ul>
 * Organisations, places, nationalities, instruments, apps, holidays, months and roles are allowed. Thread-safe.
 */
public final class PersonNameDetector extends SpanDetector {

    public static final String NAME = "PERSON_NAME";

    private static final Set<String> NAMING = Set.of("genaamd", "genoemd", "heet", "heette", "heten", "bijnaam",
            "roepnaam", "alias", "voornaam", "achternaam", "naam", "aka", "bijgenaamd", "zogenaamde");
    private static final Set<String> STRONG_NAMING = Set.of("genaamd", "bijnaam", "roepnaam", "alias", "voornaam",
            "achternaam", "aka", "bijgenaamd");
    private static final Set<String> ORG_INTRO = WordSets.of("school", "basisschool", "kindcentrum", "ikc", "obs", "cbs",
            "rkbs", "pcbs", "sbo", "vso", "bso", "kdv", "kinderdagverblijf", "peuterspeelzaal", "kinderopvang",
            "opvang", "stichting", "praktijk", "zorgboerderij", "vereniging", "voetbalvereniging", "sportvereniging",
            "club", "voetbalclub", "kerk", "moskee", "ziekenhuis", "instelling", "woongroep", "leefgroep", "locatie",
            "afdeling", "college", "lyceum", "scholengemeenschap", "zorgaanbieder", "aanbieder", "organisatie",
            "wijk", "buurt", "team", "project", "programma", "methode", "training", "cursus", "groep", "klas",
            "gemeente", "dorp", "stad", "regio", "provincie", "land", "camping", "hotel", "winkel", "restaurant",
            "sportschool", "zwembad", "bibliotheek", "jeugdhuis", "buurthuis", "wijkcentrum",
            "azc", "opvanglocatie", "pension", "internaat", "rechtbank", "gevangenis", "pi", "jeugdinrichting",
            "woningcorporatie", "corporatie", "woningbouwvereniging", "woningstichting", "bedrijf", "werkgever",
            "fabriek", "firma", "supermarkt", "winkelketen", "bank", "verzekeraar", "zorgverzekeraar", "webshop",
            "webwinkel", "merk", "app", "uitzendbureau", "energieleverancier", "provider", "incassobureau",
            "deurwaarder", "deurwaarderskantoor", "dagbesteding",
            "kinderdagcentrum", "revalidatiecentrum", "kliniek", "huisartsenpraktijk", "tandartspraktijk",
            // school and care prefixes: Christelijke/Openbare/Reformatorische Scholengemeenschap, Algemeen Ziekenhuis
            "csg", "osg", "rsg", "pcc", "az", "kraamzorg", "consultatiebureau", "scholengroep",
            // sports clubs: Sportvereniging, (Amsterdamse/Rooms-Katholieke) Voetbalvereniging, Football/Hockey Club
            "sv", "vv", "avv", "rksv", "rkvv", "svv", "fc", "hc", "hv", "mhc",
            // congregations: 'Pinkstergemeente Maranatha', 'Stichting Moskee Essalam'
            "pinkstergemeente", "kerkgemeente", "geloofsgemeenschap", "parochie",
            // medical centres written before their location: 'HMC Westeinde', 'UMC Utrecht', 'MC Zuiderzee'
            "mc", "hmc", "amc", "umc", "lumc", "mumc", "vumc", "mmc", "etz");
    private static final String[] INSTITUTION_SUFFIXES = {"school", "college", "lyceum", "ziekenhuis", "kliniek",
        "centrum", "stichting", "huis", "academie", "instituut", "fonds", "straat", "laan", "plein", "weg", "park",
        "kerk", "moskee", "synagoge", "tempel"};
    /** Role words of professionals: a name after them is not a family member (see the professionals' fields). */
    static final Set<String> PROFESSIONAL_ROLES = WordSets.of("juf", "juffrouw", "meester", "mentor", "mentrix",
            "leerkracht", "docent", "docente", "leraar", "lerares", "trainer", "trainster", "coach", "huisarts",
            "dokter", "arts", "jeugdarts", "kinderarts", "psycholoog", "psychiater", "therapeut", "orthopedagoog",
            "behandelaar", "hulpverlener", "casemanager", "gezinsvoogd", "jeugdbeschermer", "jeugdzorgwerker",
            "consulent", "wijkagent", "agent", "advocaat", "voogd", "ib'er", "zorgcoördinator", "begeleider",
            "begeleidster", "woonbegeleider", "directeur", "conciërge", "imam", "pastoor", "dominee", "cliënt",
            "client", "cliënte", "gastouder", "oppas");
    /** Titles that are whole words: a period after them ends a sentence. */
    private static final Set<String> WORD_TITLES = Set.of("mevrouw", "meneer", "mijnheer", "familie", "gezin",
            "juffrouw", "dominee", "pastoor", "imam", "zuster", "broeder", "madame", "monsieur", "miss", "bay", "bayan",
            "pan", "pani", "heer");
    /** Round 23 (t23-items): abbreviated forms of address, as strong as the written-out ones before a listed surname. */
    private static final Set<String> ADDRESS_ABBREVIATIONS = Set.of("ds", "dhr", "mevr", "mw", "mvr", "hr", "mr");
    /** Titles after which only a name-like word counts (not an ordinary word with a capital). */
    private static final Set<String> WEAK_TITLES = Set.of("familie", "fam", "gezin", "zuster", "broeder", "br", "zr", "imam",
            "pastoor", "dominee", "juffrouw", "pan", "pani", "bay", "bayan", "miss", "mej");
    private static final Pattern NO_NAME_ZONE = Pattern.compile(
            "(?i)(?:https?://|www\\.)\\S+|[\\w.+'-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,8}|\\b[\\w-]{1,63}(?:\\.[\\w-]{1,63}){0,8}\\.(?:nl|com|org|net|eu|be|de|info)(?:/\\S*)?");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "uit", "te", "vanuit", "richting", "nabij",
            "vlakbij", "dichtbij",
            "omgeving", "regio", "buurt", "wijk", "gemeente", "provincie", "stad", "dorp", "land");
    private static final Set<String> PERSON_VERBS = WordSets.of("zegt", "zei", "vertelt", "vertelde", "vindt", "vond",
            "wil", "wilde", "woont", "woonde", "denkt", "dacht", "voelt", "voelde", "huilt", "huilde", "speelt",
            "speelde", "slaapt", "sliep", "logeert", "logeerde", "belt", "belde", "antwoordt", "antwoordde", "vraagt",
            "vroeg", "praat", "praatte", "lacht", "lachte", "schreeuwt", "schreeuwde", "eet", "drinkt", "dronk",
            "fietst", "appt", "appte", "durft", "durfde", "heette", "noemt", "noemde", "scoort", "scoorde", "ontkent",
            "ontkende", "erkent", "erkende", "kwam", "komt", "ging", "gaat", "meldt", "meldde",
            "bedreigt", "bedreigde", "sloeg", "slaat", "duwde", "duwt", "schopte", "schopt", "heeft", "had", "weigert",
            "weigerde", "verblijft", "verbleef", "gebruikt", "gebruikte", "stuurde", "stuurt", "kreeg",
            "krijgt", "liet", "laat", "mag", "moet", "kan", "kon", "zal", "zou", "werkt", "werkte",
            // round 19 (r19-names): the modal of need, like "mag", "moet", "kan" ("Wil hoeft niet meer te komen")
            "hoeft", "hoefde");
    /** Verbs of living and moving: the word after "woont in", "verhuisd naar", "komt uit" is a place. */
    private static final Set<String> RESIDENCE_VERBS = WordSets.of("woont", "wonen", "woonde", "woonden", "verhuisd",
            "verhuist", "verhuizen", "verhuisde", "verhuisden", "komt", "komen", "kwam", "kwamen", "afkomstig",
            "opgegroeid", "geboren", "ligt", "lag", "gelegen", "verblijft", "verblijven", "verbleef", "gevlucht",
            "vertrokken", "vertrekt", "opgenomen", "gevestigd", "logeert", "logeren");
    /** Particles that are also articles: "De Raad", "Het Anker" are no surnames by themselves. */
    private static final Set<String> ARTICLES = Set.of("de", "het", "'t", "den", "der", "des", "la", "le", "les");
    private static final Set<String> APPOSITION_ARTICLES = Set.of("de", "het", "een", "zijn", "haar", "hun", "onze");
    /** Words before a person: a capitalised surname that is also a word counts after them ("met Bakker"). */
    private static final Set<String> PERSON_BEFORE = Set.of("met", "volgens", "namens", "door", "aan", "tegen",
            "zonder", "naast", "tussen", "heb", "hebben", "heeft", "had", "hadden", "zag", "sprak", "spreek",
            "spreekt", "belde", "bel", "belt", "mailde", "mailt", "vroeg", "vraag", "vraagt", "zie", "ziet",
            "gezien", "gesproken", "gebeld", "gevraagd", "dhr", "mw");
    /** Subject pronouns between an auxiliary and its object: "heb ik Mulder gevraagd", "heeft zij Bakker gebeld". */
    private static final Set<String> PRONOUNS = Set.of("ik", "hij", "zij", "ze", "we", "wij", "jij", "je", "u",
            "moeder", "vader", "jeugdige");
    /** Past participles that take a person as their object right before them: "(heb) Mulder gevraagd". */
    private static final Set<String> PERSON_PARTICIPLES = Set.of("gevraagd", "gebeld", "gesproken", "gemaild",
            "geappt", "gezien", "geïnformeerd", "geinformeerd", "uitgenodigd", "bezocht", "benaderd", "ingelicht",
            "opgebeld", "teruggebeld", "aangesproken", "ontmoet", "geslagen", "bedreigd", "geschopt", "geduwd",
            "gebracht", "opgehaald");
    /** A lower-case particle joined to a capitalised surname by an apostrophe: "d'Ancona", "l'Ami". */
    private static final Pattern APOSTROPHE_SURNAME = Pattern.compile("[dlDL]['’]\\p{Lu}\\p{Ll}{2,}(?:['’]s)?");
    /** Heads of institution names: the capitalised words before them name the institution ("Jeroen Bosch Ziekenhuis"). */
    private static final Set<String> INSTITUTION_HEADS = WordSets.of("ziekenhuis", "ziekenhuizen", "kinderziekenhuis",
            "gasthuis", "kliniek", "mc", "umc", "umc+", "medisch", "zorggroep", "ziekenhuisgroep", "revalidatiecentrum",
            "hospice", "instituut", "stichting", "college", "lyceum", "gymnasium", "school", "basisschool",
            "academie", "huis", "centrum", "jeugdzorg", "jeugdhulp", "zorg", "ggz", "kindcentrum", "kinderopvang",
            "fonds", "groep", "psychiatrie", "scholengemeenschap", "scholengroep", "jgz", "ggd",
            // houses of worship: 'Mevlana Moskee', 'Essalam moskee', 'Bethel Kerk'
            "moskee", "kerk", "synagoge", "tempel", "gurdwara", "mandir", "parochie",
            // round 10: school types after a school's name ('Bredero Mavo') and English church names ('Redeemed
            // Christian Church', 'Bethel Chapel')
            "mavo", "havo", "vwo", "vmbo", "atheneum", "praktijkschool", "church", "chapel", "ministries",
            "cathedral", "tabernacle");
    /** Kinds of care and service after an organisation's name ("Sensire wijkverpleging"). */
    /**
     * "Sint" and its abbreviation, and (round 24, t24-inst) the Latin, Italian, German and French forms that open the
     * names of schools, churches and hospitals ("Sancta Maria", "Sankt Georg", "Santa Clara"): a saint's name.
     */
    private static final Set<String> SAINT_WORDS = Set.of("st", "sint", "sancta", "sanctus", "sankt");
    // review of t24-inst (Rrb-035, 069, 086, 093): "Santa", "Santo", "Saint", "Sainte" are also given names
    // ("Santo Monteiro", "Santa Lopes"): switched off

    private static final Set<String> SERVICE_NOUNS = Set.of("wijkverpleging", "thuiszorg", "kraamzorg", "jeugdzorg",
            "jeugdhulp", "jeugdgezondheidszorg", "jgz", "ggz", "verslavingszorg", "dagbesteding", "woonbegeleiding",
            "thuisbegeleiding", "gezinsbegeleiding", "pleegzorg", "schuldhulp", "schuldhulpverlening",
            "maatschappelijk", "kinderopvang", "buitenschoolse", "huisartsenpost", "fysiotherapie", "logopedie",
            // round 20 (t20-allow): "Vitis welzijn" (lower case only: "Eelkje Welzijn" is a worker, review)
            "welzijn", "welzijnswerk", "jongerenwerk", "buurtwerk", "opbouwwerk");
    /** Province suffixes of place names ("Bergen (NH)", "Hengelo (Gld)"). */
    private static final Set<String> PROVINCES = Set.of("nh", "zh", "nb", "n-b", "ut", "u", "utr", "gld", "gl", "gr",
            "fr", "dr", "ov", "o", "l", "lb", "lim", "z", "zl", "zld", "fl", "flevol", "gem", "ned", "drenthe",
            "groningen", "friesland", "fryslân", "overijssel", "gelderland", "utrecht", "noord-holland",
            "zuid-holland", "zeeland", "noord-brabant", "brabant", "limburg", "flevoland", "belgië", "be", "nl", "nop");
    /** Prepositions after a verb of living or moving that open a place name ("woont in", "verhuisd naar"). */
    private static final Set<String> RESIDENCE_PREPOSITIONS = WordSets.of("in", "naar", "uit", "te", "vanuit");
    /** Lower-case links inside Dutch place names ("Bergen op Zoom", "Alphen aan den Rijn"). */
    private static final Set<String> PLACE_LINKS = Set.of("op", "aan", "den", "de", "der",
            // round 9: links of German, French and English place names ("Emmerich am Rhein", "Frankfurt an der
            // Oder", "Boulogne-sur-Mer", "Newcastle upon Tyne")
            // (not del, do, da, dos, das, la: particles of Portuguese, Spanish and Italian surnames, "Maria da Costa")
            "am", "an", "im", "bei", "ob", "sur", "sous", "upon", "on");
    /** Words before an adjective of a place ("de Bergse wijk", "een Roosendaalse school"). */
    private static final Set<String> ADJECTIVE_ARTICLES = Set.of("de", "het", "een", "die", "deze", "dit");
    /** Sections that list organisations (round 10, {@link CardListOrganisations}). */
    private static final Set<Section> CARD_LISTS = java.util.EnumSet.of(Section.BETROKKEN_HULPVERLENING,
            Section.EXPERTS, Section.KRACHTEN);
    private static final Set<String> COPULAS = Set.of("is", "was", "werd", "wordt", "blijkt", "bleek", "lijkt");
    private static final Set<String> DIE = Set.of("die", "dat", "zij", "hij", "ze", "jongen", "meisje", "kind");

    private final NameClassifier classifier;
    private final WordLists words;
    private final boolean unknownAtSentenceStart;
    private final boolean lowerCaseGivenNames;
    private final CardKnowledge.Cache<CardAnalysis> cache = new CardKnowledge.Cache<>();
    /** The rules of {@code find}'s token loop, in order (see {@link #tokenSteps()}). */
    private final TokenStep[] tokenSteps;
    /** The same, without the steps that only decide at a word that is not capitalised (or is). */
    private final TokenStep[] capitalisedTokenSteps;
    private final TokenStep[] lowerCaseTokenSteps;
    private final List<NameStep> evidence;
    private final List<NameStep> settling;
    private final List<NameStep> clearing;
    private final List<NameStep> lateEvidence;
    /** Round 17 (r17-speed): the gate of each step of the lists above, in their order ({@link NameStepGates}). */
    private final NameStepGates.Gate[] evidenceGates;
    private final NameStepGates.Gate[] settlingGates;
    private final NameStepGates.Gate[] clearingGates;
    private final NameStepGates.Gate[] lateEvidenceGates;
    /** Role bits of lower-case words (title, kin, naming ...), one look-up per token. */
    private final Map<String, Integer> roles = new HashMap<>();
    /** {@link #roles} frozen for the look-ups per token: its words, and their bits in the words' iteration order. */
    private final FrozenWordSet roleWords;
    private final int[] roleBits;

    /** The role bits of a lower-case word ({@link #roles}), 0 when it has none. */
    private int roleOf(String lower) {
        int at = roleWords.indexOf(lower);
        return at < 0 ? 0 : roleBits[at];
    }

    /**
     * Round 23 (t23-cards): Dutch articles and particles that open a flagged surname ("De Heer", "Ter Horst") are
     * never learned as a name of the card on their own: learned, "De" made every sentence opening with "De" and the
     * heading "STEM VAN DE JEUGDIGE" a name (#72). The surname's own word is learned as before. Not "Van" (a given
     * name in Vietnamese names).
     */
    private static final Set<String> ARTICLE_PARTICLES = WordSets.of("de", "het", "der", "den", "ter", "ten", "te",
            "op", "in", "aan", "bij", "uit", "voor", "over", "onder", "'t");

    static final int TITLE = 1;
    static final int KIN = 2;
    private static final int NAMING_WORD = 4;
    private static final int STRONG_NAMING_WORD = 8;
    static final int ORG = 16;
    private static final int TUSSENVOEGSEL = 32;
    private static final int HEET = 64;
    private static final int HEER = 128;
    private static final int PHRASE = 256;

    /** The defaults: unknown capitalised words count at a sentence start too; lower-case given names count. */
    public PersonNameDetector(WordLists words) {
        this(words, true, true);
    }

    /**
     * @param words                  the word lists
     * @param unknownAtSentenceStart flag a capitalised word that no list knows at a sentence start too (not a typo)
     * @param lowerCaseGivenNames    flag a known given name written in lower case ("sanne") that is not a word
     */
    public PersonNameDetector(WordLists words, boolean unknownAtSentenceStart, boolean lowerCaseGivenNames) {
        this.words = words;
        this.classifier = new NameClassifier(words);
        this.unknownAtSentenceStart = unknownAtSentenceStart;
        this.lowerCaseGivenNames = lowerCaseGivenNames;
        words.titles().forEach(w -> roles.merge(w, TITLE, (a, b) -> a | b));
        words.kinRoles().forEach(w -> roles.merge(w, KIN, (a, b) -> a | b));
        words.tussenvoegsels().forEach(w -> roles.merge(w, TUSSENVOEGSEL, (a, b) -> a | b));
        NAMING.forEach(w -> roles.merge(w, NAMING_WORD, (a, b) -> a | b));
        STRONG_NAMING.forEach(w -> roles.merge(w, STRONG_NAMING_WORD, (a, b) -> a | b));
        ORG_INTRO.forEach(w -> roles.merge(w, ORG, (a, b) -> a | b));
        Set.of("heet", "heette", "heten").forEach(w -> roles.merge(w, HEET, (a, b) -> a | b));
        roles.merge("heer", HEER, (a, b) -> a | b);
        words.allowed().firstTokens().forEach(w -> roles.merge(w, PHRASE, (a, b) -> a | b));
        // round 25 (t25-tidy): the same map read through a frozen table (one array of hash codes): the map holds every
        // first word of the allowed phrases, and its look-up per token was about 3 % of the screening's CPU time
        this.roleWords = FrozenWordSet.wrap(new java.util.HashSet<>(roles.keySet()));
        this.roleBits = new int[roleWords.size()];
        int at = 0;
        for (String w : roleWords) {
            roleBits[at++] = roles.get(w);
        }
        this.tokenSteps = tokenStepList();
        this.capitalisedTokenSteps = java.util.Arrays.stream(tokenSteps)
                .filter(step -> step.words() != TokenStep.Words.LOWER_CASE).toArray(TokenStep[]::new);
        this.lowerCaseTokenSteps = java.util.Arrays.stream(tokenSteps)
                .filter(step -> step.words() != TokenStep.Words.CAPITALISED).toArray(TokenStep[]::new);
        this.evidence = evidenceSteps();
        this.settling = settlingSteps();
        this.clearing = clearingSteps();
        this.lateEvidence = lateEvidenceSteps();
        this.evidenceGates = NameStepGates.of(evidence);
        this.settlingGates = NameStepGates.of(settling);
        this.clearingGates = NameStepGates.of(clearing);
        this.lateEvidenceGates = NameStepGates.of(lateEvidence);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Span> spans(TextSegment segment, ScreeningContext context) {
        if (segment.text().isEmpty()) {
            return List.of();
        }
        if (CardSections.in(segment, CardSections.PROFESSIONAL)) {
            return familyInProfessionalField(segment, context.card());
        }
        if (placeAloneInTableCell(segment) && !PlaceColumnCell.underNameColumn(segment, context.card())) {
            return List.of();
        }
        CardAnalysis analysis = cache.get(context.card(), this::analyse);
        List<Span> known = analysis.spans().get(segment);
        if (known != null && known.isEmpty()
                && !PlaceColumnCell.nameUnderNameColumn(segment, context.card(), words)) {
            // round 17 (r17-speed): the card's analysis found no name here and no name column holds the cell, so
            // every branch below returns no span; the column and row checks (pure, and costly) are not needed
            return List.of();
        }
        if (PlaceColumnCell.placeUnderResidenceColumn(segment, context.card(), words,
                analysis.knowledge().placeWords())) {
            return List.of(); // round 13 (r13-cards): a cell reads by its column header
        }
        if (PlaceRowSiblings.placeAmongPlaces(segment, context.card(), words)) {
            return List.of(); // round 14 (r14-places): a village that is a surname too, among the places of its row
        }
        if (TwoLetterInitial.cellBeforeYearCell(segment, context.card())) {
            return List.of(); // round 25 (t25-new): "| Jo. | 2018 |", an initial of two letters before its year
        }
        List<Span> spans = known != null ? known : find(segment, prepare(segment.text()), analysis.knowledge()).spans();
        // round 25 (t25-new): an initial of two letters or a mosque's name that the card itself declares
        spans = CardDeclaredInitials.without(segment, spans, context.card());
        if (spans.isEmpty() && PlaceColumnCell.nameUnderNameColumn(segment, context.card(), words)) {
            // round 13 (r13-cards): a cell under "naam" / "achternaam" holds a name, also one that is a place too
            String text = segment.text();
            int start = text.indexOf(text.strip());
            return List.of(new Span(start, start + text.strip().length(), Category.PERSON_NAME, NAME));
        }
        return spans;
    }

    /**
     * A table cell that holds nothing but a listed place, also one that is a surname as well ("Annen", "Holten" in a
     * "Woont" column of Gezinssamenstelling): a place, since a family member's surname never stands alone in a cell
     * of a family table without a given name or role; a given name alone ("Axel") still counts as a name.
     */
    private boolean placeAloneInTableCell(TextSegment segment) {
        if (segment.location().documentPart() != DocumentPart.TABLE) {
            return false;
        }
        String text = segment.text().strip();
        if (text.isEmpty() || text.length() > 40 || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        String lower = WordLists.lower(text);
        return words.isPlaceInContext(lower) && !words.isFirstName(text) && !words.isFirstNameLower(lower);
    }

    /**
     * In the professionals' own cover fields names are allowed, except a family member introduced by a kin word
     * ("namens moeder Fatima"), any name in a clause about the family ({@link CoverClauses}: "Inbrenger: M. Smit;
     * Kees Verbeek slaat de kinderen") and a name the clause calls a relative ({@link RelativeNamedInCover}: "Yusuf
     * (klasgenoot)", "fam. Kuipers").
     */
    private List<Span> familyInProfessionalField(TextSegment segment, CardContent card) {
        // round 18 (r18-cover): a line or cell that holds the label too ("Vaste deelnemer: X (opa)") is read from its value
        int from = CoverLabelPrefix.valueStart(segment.text());
        String value = from == 0 ? segment.text() : segment.text().substring(from);
        List<int[]> family = CoverClauses.laterFamilyClauses(value, words);
        // round 19 (r19-cover): "| Vaste deelnemer | X | opa |": the next cell read as the bracket after the value
        family.addAll(RelativeNamedInCover.names(value, words)); // round 16 (r16-cover): "X (vader)"
        for (String note : RelationCellBesideName.otherCells(segment, card)) {
            // round 19 (r19-cover): "| Vaste deelnemer | X | opa |": another cell read as a bracket after the value
            for (int[] range : RelativeNamedInCover.names(value.stripTrailing() + " (" + note + ")", words)) {
                if (range[0] < value.length()) {
                    range[1] = Math.min(range[1], value.length());
                    family.add(range);
                }
            }
        }
        if (from > 0) {
            for (int[] range : family) {
                range[0] += from;
                range[1] += from;
            }
        }
        List<Span> lowerCase = new ArrayList<>(0);
        for (int[] range : family) {
            if (range.length > 2 && range[2] == RelativeNamedInCover.LOWER_CASE) {
                // round 17 (r17-cover): "fatma yilmaz (moeder)", a name the finder reads in no lower case here
                lowerCase.add(new Span(range[0], range[1], Category.PERSON_NAME, NAME));
            }
        }
        if (family.isEmpty() && !familyWordIn(segment.text())) {
            return List.of(); // only a name after a family word or in a family clause counts here: none can
        }
        Result r = find(segment, prepare(segment.text()), CardKnowledge.EMPTY);
        if (r.spans().isEmpty()) {
            return lowerCase;
        }
        boolean[] keep = new boolean[r.flag().length];
        for (int i = 0; i < keep.length; i++) {
            Token t = r.tokens().get(i);
            keep[i] = r.flag()[i] && (r.kin()[i] || CoverClauses.inside(family, t.start(), t.end()));
        }
        List<Span> spans = toSpans(r.tokens(), keep);
        if (lowerCase.isEmpty()) {
            return spans;
        }
        List<Span> all = new ArrayList<>(spans);
        for (Span s : lowerCase) {
            if (all.stream().noneMatch(k -> k.start() < s.end() && s.start() < k.end())) {
                all.add(s);
            }
        }
        all.sort(java.util.Comparator.comparingInt(Span::start));
        return all;
    }

    /**
     * A kin word that is no professional's role ("moeder", "oom"): only after such a word does {@link #find} mark a
     * name as a family member's ({@code Result.kin}, set in {@link #contextAfterRole}).
     */
    private boolean familyWordIn(String text) {
        // round 17 (r17-speed): the tokens and role bits of prepare(text) without its classification, which this
        // check does not read (the roles are the same: the same tokenisation, look-up and clearing as prepare)
        List<Token> tokens = tokens(text, shouting(text));
        int[] role = roles(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            if ((role[i] & KIN) != 0 && !PROFESSIONAL_ROLES.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Names in every segment of a card, with what the card as a whole tells (see {@link CardKnowledge}). */
    record CardAnalysis(CardKnowledge knowledge, Map<TextSegment, List<Span>> spans) {
    }

    /** A segment tokenised and classified once (classification does not depend on the rest of the card). */
    /** @param shouted the whole text was written in capitals and is read in Title Case (every word capitalised) */
    /** @param view    what the segment holds, for the steps' gates (round 17, {@link NameStepGates}) */
    private record Prepared(List<Token> tokens, WordClass[] cls, boolean[] covered, boolean[] coveredOrg, int[] role,
                            boolean shouted, SegmentView view) {
    }

    private Prepared prepare(String text) {
        return prepare(text, new HashMap<>());
    }

    /** @param memo classes of words already classified on this card (a class depends on the word alone) */
    private Prepared prepare(String text, Map<String, WordClass> memo) {
        boolean shouted = shouting(text);
        List<Token> tokens = tokens(text, shouted);
        int n = tokens.size();
        WordClass[] cls = new WordClass[n];
        boolean[] covered = new boolean[n];
        boolean[] coveredOrg = new boolean[n];
        int[] role = lookUpRoles(tokens);
        // round 17 (r17-speed): the view reads the kin and title bits before FamilyWordInOrganisationName clears any
        // (they are the word lists' own: WordLists.isKinOrRole / isTitle of the token's lower-case form)
        SegmentView view = SegmentView.of(tokens, role, KIN, TITLE, shouted, words);
        FamilyWordInOrganisationName.clearRole(tokens, role, KIN | TITLE);
        classifyAll(tokens, cls, covered, coveredOrg, role, memo, shouted);
        return new Prepared(tokens, cls, covered, coveredOrg, role, shouted, view);
    }

    /** The tokens the name rules read: Title Case for a shouted text, names in capitals read as names. */
    private List<Token> tokens(String text, boolean shouted) {
        return Tokenizer.tokenize(shouted ? titleCase(text) : shoutedNames(text));
    }

    /** Each word's role bits as {@link #prepare} leaves them. */
    private int[] roles(List<Token> tokens) {
        int[] role = lookUpRoles(tokens);
        FamilyWordInOrganisationName.clearRole(tokens, role, KIN | TITLE);
        return role;
    }

    /** Each word's role bits from the lists, before any is cleared. */
    private int[] lookUpRoles(List<Token> tokens) {
        int n = tokens.size();
        int[] role = new int[n];
        for (int i = 0; i < n; i++) {
            if (tokens.get(i).isWord()) {
                role[i] = roleOf(tokens.get(i).lower());
                if (tokens.get(i).lower().equals("hr") && !tokens.get(i).text().equals("hr")
                        && !(tokens.get(i).text().equals("Hr") && i + 1 < n && tokens.get(i + 1).is('.')
                        && !tokens.get(i + 1).spaceBefore())) {
                    // round 21 (review revnames): "HR Adviseur", "de Hr Afdeling", "met HR. Volgende week" are the
                    // department; only "Hr." with the period and a lower-case "hr" are the form of address
                    role[i] &= ~TITLE;
                }
                if (GrandparentWord.lowerCaseBeforeCapital(tokens, i)
                        || GrandparentWord.capitalisedOpeningBeforeCapital(tokens, i)) { // round 25: "Nani Kalawatie woont"
                    role[i] |= KIN; // round 19 (fix19-items): "aji Soekwantie zegt": the lower-case form is the relative
                }
            }
        }
        return role;
    }

    /** Text written in capitals ("VADER KEES DE GROOT IS THUIS"): read it with ordinary capitalisation. */
    static boolean shouting(String text) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        return upper >= 12 && upper > 4 * lower;
    }

    /**
     * A name in capitals inside ordinary text ("Oma DE VRIES", "vader AHMED BENALI", "mevrouw JANSEN"): a run of
     * words in capitals is read with ordinary capitalisation when it starts with a particle before a word ("DE
     * VRIES", "VAN DIJK"), holds a listed name that is no word, or follows a kin word or title and holds a listed name
     * that is no verb or frequent word. Acronyms ("GGZ", "VT", "OTS") stay as they are. Offsets unchanged.
     */
    String shoutedNames(String text) {
        char[] out = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isUpperCase(text.charAt(i)) || i > 0 && Character.isLetter(text.charAt(i - 1))) {
                i++;
                continue;
            }
            int runStart = i;
            int runEnd = -1;
            List<String> parts = new ArrayList<>(3);
            int k = i;
            while (k < n) {
                int e = k;
                while (e < n && Character.isUpperCase(text.charAt(e))) {
                    e++;
                }
                if (e - k < 2 || e < n && Character.isLetterOrDigit(text.charAt(e))) {
                    break;
                }
                parts.add(text.substring(k, e));
                runEnd = e;
                if (e + 1 < n && (text.charAt(e) == ' ' || text.charAt(e) == '-') && Character.isUpperCase(
                        text.charAt(e + 1))) {
                    k = e + 1;
                } else {
                    break;
                }
            }
            if (runEnd < 0) {
                i++;
                continue;
            }
            if (shoutedName(text, runStart, parts)) {
                if (out == null) {
                    out = text.toCharArray();
                }
                String cased = titleCase(text.substring(runStart, runEnd));
                cased.getChars(0, cased.length(), out, runStart);
            }
            i = runEnd;
        }
        return out == null ? text : new String(out);
    }

    private boolean shoutedName(String text, int start, List<String> parts) {
        boolean particle = parts.size() >= 2 && words.isTussenvoegsel(WordLists.lower(parts.get(0)))
                && parts.get(parts.size() - 1).length() >= 3;
        boolean afterRole = false;
        int p = start - 1;
        while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == ':')) {
            p--;
        }
        int q = p;
        while (q >= 0 && Character.isLetter(text.charAt(q))) {
            q--;
        }
        if (q < p) {
            int r = roleOf(WordLists.lower(text.substring(q + 1, p + 1)));
            afterRole = (r & (KIN | TITLE | HEER)) != 0;
        }
        boolean listed = false;
        for (String part : parts) {
            String lower = WordLists.lower(part);
            if (part.length() < 3 || words.allowed().containsWord(lower)) {
                continue;
            }
            String cap = NameClassifier.capitalise(lower);
            boolean name = words.isFirstName(cap) || words.isSurname(cap);
            if (name && !words.isWord(lower) && !words.isException(cap)) {
                listed = true;
            } else if (name && afterRole && !PERSON_VERBS.contains(lower) && !words.isCommonWord(lower)) {
                listed = true;
            } else if (afterRole && !name && !words.isWord(lower) && (words.isWeakName(lower)
                    || part.length() >= 5 && NameClassifier.vowelGroups(lower) >= 2)) {
                listed = true; // round 9: "Stiefvader OKONKWO", "oom NWOSU": a surname of no list after a kin word
            }
        }
        return particle || listed;
    }

    private static final Set<String> CLEFT_COPULAS = Set.of("is", "was", "ben", "zijn", "waren");

    /**
     * Round 9: "was het Goran die ...", "is het Dragan geweest": in a cleft sentence "het" after a copula points to the
     * person named after it, so "het X" is no institution there.
     */
    private static boolean cleft(List<Token> tokens, int het) {
        int n = tokens.size();
        if (het == 0 || !tokens.get(het - 1).isWord() || !CLEFT_COPULAS.contains(tokens.get(het - 1).lower())) {
            return false;
        }
        int k = het + 1;
        while (k < n && k < het + 4 && tokens.get(k).isWord() && tokens.get(k).capitalised()) {
            k++;
        }
        return k < n && tokens.get(k).isWord() && (tokens.get(k).lower().equals("die")
                || tokens.get(k).lower().equals("geweest"));
    }


    /** Each word with a capital first letter and the rest in lower case; offsets unchanged (char by char). */
    static String titleCase(String text) {
        char[] c = text.toCharArray();
        boolean wordStart = true;
        for (int i = 0; i < c.length; i++) {
            char ch = c[i];
            if (Character.isLetter(ch)) {
                char mapped = wordStart ? Character.toUpperCase(ch) : Character.toLowerCase(ch);
                if (Character.charCount(mapped) == 1) {
                    c[i] = mapped;
                }
                wordStart = false;
            } else {
                wordStart = ch != '\'' && ch != '’';
            }
        }
        return new String(c);
    }

    /** The result of one segment: the spans, and the tokens with their flags (to learn names from). */
    private record Result(List<Span> spans, List<Token> tokens, boolean[] flag, WordClass[] cls, boolean[] kin) {
    }

    /** Unknown capitalised words that an organisation context covers ("basisschool Kameleon", "Markenhage College"). */
    private static void learnOrganisations(Prepared p, Set<String> organisations) {
        for (int i = 0; i < p.tokens().size(); i++) {
            if (p.coveredOrg()[i] && p.cls()[i] == UNKNOWN) {
                organisations.add(p.tokens().get(i).text());
            }
        }
    }

    CardAnalysis analyse(CardContent card) {
        Set<String> professional = new HashSet<>();
        for (TextSegment s : card.segments()) {
            if (CardSections.in(s, CardSections.PROFESSIONAL)) {
                List<Token> tokens = Tokenizer.tokenize(s.text());
                // a name in a clause about the family is no professional's (CoverClauses)
                List<int[]> family = CoverClauses.laterFamilyClauses(s.text(), words);
                for (int i = 0; i < tokens.size(); i++) {
                    if (tokens.get(i).capitalised()
                            && !CoverClauses.inside(family, tokens.get(i).start(), tokens.get(i).end())) {
                        WordClass c = classifier.classify(tokens, i);
                        if (nameLike(c)) {
                            professional.add(NameClassifier.stripPossessive(tokens.get(i).text()));
                        }
                    }
                }
            }
        }
        Set<String> organisations = new HashSet<>();
        Set<String> places = new HashSet<>();
        Map<String, int[]> articlePlaces = new HashMap<>();
        Map<TextSegment, Prepared> prepared = new HashMap<>();
        Map<String, WordClass> memo = new HashMap<>();
        for (TextSegment s : card.segments()) {
            if (!s.text().isEmpty() && !CardSections.in(s, CardSections.PROFESSIONAL) && !prepared.containsKey(s)) {
                Prepared p = prepare(s.text(), memo);
                prepared.put(s, p);
                learnOrganisations(p, organisations);
                CardPlaces.learn(p.tokens(), words, places);
                // round 26 (t26-cards): an article neighbourhood the card puts in two place slots ("De Huet")
                ArticleNeighbourhoodOnCard.count(p.tokens(), s.location().documentPart() == DocumentPart.TABLE
                        && PlaceColumnCell.underHomeColumn(s, card), words, articlePlaces);
            }
        }
        ArticleNeighbourhoodOnCard.learned(articlePlaces, places);
        CardKnowledge partial = new CardKnowledge(professional, Set.of(), organisations, places);
        Map<TextSegment, Result> first = new HashMap<>();
        for (Map.Entry<TextSegment, Prepared> e : prepared.entrySet()) {
            TextSegment s = e.getKey();
            first.put(s, find(s, e.getValue(), partial, strictAllowed(card, s)));
        }
        // round 22 (t22-cards): the places of the lists the first reading left as places are the card's places too;
        // the segments where such a word is still flagged are read again with them before any name is learned
        Set<String> learned = new HashSet<>();
        // round 23 (t23-cards): the grandparent words the first reading read as the relative ("naar nani")
        Set<String> relatives = new HashSet<>();
        for (Result r : first.values()) {
            CardPlaces.learnFromFirstReading(r.tokens(), r.flag(), words, learned);
            GrandparentWord.learnFromFirstReading(r.tokens(), r.flag(), relatives);
        }
        learned.removeAll(places);
        Set<String> allPlaces = places;
        if (!learned.isEmpty() || !relatives.isEmpty()) {
            allPlaces = new HashSet<>(places);
            allPlaces.addAll(learned);
            CardKnowledge withPlaces = new CardKnowledge(professional, Set.of(), organisations, allPlaces, relatives);
            for (Map.Entry<TextSegment, Result> e : first.entrySet()) {
                Result r = e.getValue();
                boolean again = false;
                for (int i = 0; i < r.tokens().size() && !again; i++) {
                    Token t = r.tokens().get(i);
                    // round 25 (t25-held): a learned place in capitals ("VHK - VERTROUWELIJK - ZALTBOMMEL")
                    again = r.flag()[i] && (learned.contains(t.text())
                            || t.allCaps() && learned.contains(NameClassifier.capitalise(t.lower()))
                            || relatives.contains(t.lower()));
                }
                if (again) {
                    e.setValue(find(e.getKey(), prepared.get(e.getKey()), withPlaces, strictAllowed(card, e.getKey())));
                }
            }
        }
        Set<String> names = new HashSet<>();
        for (Map.Entry<TextSegment, Result> e : first.entrySet()) {
            TextSegment s = e.getKey();
            Result r = e.getValue();
            // round 13 (r13-cards): a place in a residence column teaches no name to the rest of the card
            if (!r.spans().isEmpty() && !PlaceColumnCell.placeUnderResidenceColumn(s, card, words, places)
                    && !PlaceRowSiblings.placeAmongPlaces(s, card, words)
                    && !TwoLetterInitial.cellBeforeYearCell(s, card)) {
                for (int i = 0; i < r.tokens().size(); i++) {
                    Token t = r.tokens().get(i);
                    WordClass c = r.cls()[i];
                    if (r.flag()[i] && t.isWord() && t.text().length() > 1 && t.capitalised()
                            && c != WordClass.ROLE && c != WordClass.TUSSENVOEGSEL && c != WordClass.ALLOWED
                            && c != WordClass.ACRONYM && c != WordClass.INITIAL && !ARTICLE_PARTICLES.contains(t.lower())) {
                        names.add(NameClassifier.stripPossessive(t.text()));
                    }
                }
            }
        }
        if (!learned.isEmpty() && learned.removeAll(names)) {
            // a word the card names as a person somewhere (still flagged after the second reading) is no place
            allPlaces = new HashSet<>(places);
            allPlaces.addAll(learned);
        }
        CardKnowledge knowledge = new CardKnowledge(professional, names, organisations, allPlaces, relatives);
        Map<TextSegment, List<Span>> spans = new HashMap<>();
        for (Map.Entry<TextSegment, Result> e : first.entrySet()) {
            Result r = e.getValue();
            boolean again = false;
            if (!names.isEmpty()) {
                for (int i = 0; i < r.tokens().size() && !again; i++) {
                    Token t = r.tokens().get(i);
                    again = !r.flag()[i] && t.capitalised() && names.contains(NameClassifier.stripPossessive(t.text()));
                }
            }
            spans.put(e.getKey(), again ? find(e.getKey(), prepared.get(e.getKey()), knowledge,
                    strictAllowed(card, e.getKey())).spans() : r.spans());
        }
        return new CardAnalysis(knowledge, spans);
    }

    /**
     * The strict reading of the Jeugdige field (every capitalised word a name) holds for its value only, not for a
     * template hint in another cell of the same row ("Alleen voorletter en geboortejaar.").
     */
    private static boolean strictAllowed(CardContent card, TextSegment segment) {
        if (!CardSections.is(segment, Section.JEUGDIGE)) {
            return true;
        }
        String text = segment.text().strip();
        return card.value(Section.JEUGDIGE).map(value -> value.contains(text)).orElse(true);
    }

    private Result find(TextSegment segment, Prepared prepared, CardKnowledge known) {
        return find(segment, prepared, known, true);
    }

    private Result find(TextSegment segment, Prepared prepared, CardKnowledge known, boolean strictAllowed) {
        return find(segment, prepared, known, strictAllowed, StepTrace.NONE);
    }

    /**
     * For development tools and tests, never on the screening path: which named step set or cleared which token's
     * name flag in one segment read alone (no card context). Returns lines "step: +token" (flagged) and
     * "step: -token" (cleared); the text is the caller's own.
     */
    List<String> trace(TextSegment segment) {
        List<String> lines = new ArrayList<>();
        find(segment, prepare(segment.text()), CardKnowledge.EMPTY, true, (step, gateOpen, tokens, before, after) -> {
            for (int i = 0; i < after.length; i++) {
                if (before[i] != after[i]) {
                    lines.add(step + ": " + (after[i] ? "+" : "-") + tokens.get(i).text());
                }
            }
        });
        return List.copyOf(lines);
    }

    /**
     * For tests: the named steps that changed a flag of this segment (read alone, every step run) while their gate
     * ({@link NameStepGates}) was closed, i.e. where the screening path, which skips such a step, would decide
     * otherwise. Must be empty for every segment.
     */
    List<String> closedGateChanges(TextSegment segment) {
        List<String> steps = new ArrayList<>();
        find(segment, prepare(segment.text()), CardKnowledge.EMPTY, true, (step, gateOpen, tokens, before, after) -> {
            if (!gateOpen && !java.util.Arrays.equals(before, after)) {
                steps.add(step);
            }
        });
        return List.copyOf(steps);
    }

    /**
     * Sees each step's effect on the flags (see {@link #trace}); {@code gateOpen}: whether the step's gate was open
     * (with a trace every step runs; without one a step whose gate is closed is skipped).
     */
    @FunctionalInterface
    private interface StepTrace {
        StepTrace NONE = (step, gateOpen, tokens, before, after) -> { };

        void changed(String step, boolean gateOpen, List<Token> tokens, boolean[] before, boolean[] after);
    }

    private Result find(TextSegment segment, Prepared prepared, CardKnowledge known, boolean strictAllowed,
                        StepTrace trace) {
        List<Token> tokens = prepared.tokens();
        int n = tokens.size();
        if (n == 0) {
            return new Result(List.of(), tokens, new boolean[0], new WordClass[0], new boolean[0]);
        }
        boolean strict = strictAllowed && CardSections.is(segment, Section.JEUGDIGE);
        WordClass[] cls = prepared.cls();
        boolean[] covered = prepared.covered();
        boolean[] coveredOrganisation = prepared.coveredOrg();
        int[] role = prepared.role();
        if (!known.organisationWords().isEmpty()) {
            for (int i = 0; i < n; i++) {
                if (cls[i] == UNKNOWN && known.organisationWords().contains(tokens.get(i).text())) {
                    covered[i] = true;
                    coveredOrganisation[i] = true;
                }
            }
        }

        boolean[] flag = new boolean[n];
        boolean[] kin = new boolean[n];
        runTokenSteps(new NameLoop(tokens, cls, covered, coveredOrganisation, role, prepared.shouted(), strict, known,
                flag, kin), trace);
        NamePass pass = new NamePass(segment, tokens, cls, covered, coveredOrganisation, role, prepared.shouted(),
                known, kin, flag, new boolean[n]);
        SegmentView view = prepared.view();
        run(evidence, evidenceGates, view, pass, trace);
        run(settling, settlingGates, view, pass, trace);
        boolean[] before = flag.clone();
        if (trace != StepTrace.NONE || any(flag) || any(pass.beforeLists())) {
            // round 16 (r16-speed): the clearing steps only clear flags, or restore one that was set before the
            // organisation lists (SurnameInOrganisationList); on a segment with neither they change nothing
            run(clearing, clearingGates, view, pass, trace);
        }
        run(lateEvidence, lateEvidenceGates, view, pass, trace);
        for (int i = 0; i < n; i++) {
            if (before[i] && !flag[i] && known.knownNames().contains(NameClassifier.stripPossessive(tokens.get(i).text()))) {
                flag[i] = true; // the clearing steps never clear a name the card names elsewhere with evidence
            }
        }
        return new Result(toSpans(tokens, flag), tokens, flag, cls, kin);
    }

    private static boolean any(boolean[] flags) {
        for (boolean f : flags) {
            if (f) {
                return true;
            }
        }
        return false;
    }

    private static void run(List<NameStep> steps, NameStepGates.Gate[] gates, SegmentView view, NamePass pass,
                            StepTrace trace) {
        for (int s = 0; s < gates.length; s++) {
            NameStep step = steps.get(s);
            if (trace == StepTrace.NONE) {
                if (gates[s].open(view, pass)) { // round 17 (r17-speed): a step that cannot fire here is skipped
                    step.apply(pass);
                }
            } else {
                boolean open = gates[s].open(view, pass);
                boolean[] before = pass.flag().clone();
                step.apply(pass);
                trace.changed(step.name(), open, pass.tokens(), before, pass.flag());
            }
        }
    }

    /**
     * The token loop of {@code find}: for each word the token steps in their order ({@link #tokenSteps()}), until a
     * step ends the word's turn. With a trace, each step's effect on the flags is reported under the step's name.
     */
    private void runTokenSteps(NameLoop loop, StepTrace trace) {
        List<Token> tokens = loop.tokens;
        int[] role = loop.role;
        for (int i = 0; i < loop.n; i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                continue;
            }
            int r = role[i];
            loop.at(i, t, (r & TITLE) != 0 || (r & HEER) != 0 && isTitleAt(tokens, i));
            TokenStep[] steps = t.capitalised() ? capitalisedTokenSteps : lowerCaseTokenSteps;
            if (trace == StepTrace.NONE) {
                for (TokenStep step : steps) {
                    step.rule().apply(loop, i);
                    if (loop.stop) {
                        break;
                    }
                }
            } else {
                for (TokenStep step : steps) {
                    boolean[] before = loop.flag.clone();
                    step.rule().apply(loop, i);
                    trace.changed(step.name(), true, tokens, before, loop.flag);
                    if (loop.stop) {
                        break;
                    }
                }
            }
        }
    }

    /**
     * The rules of {@code find}'s token loop, in the order they run at each word: a step sees the flags that the
     * steps before it set, at this word and the words before it, and the rules after {@code coveredPhrase} never see
     * a word of a listed place, organisation or phrase. The order is part of the design (round 13 kept it as it was).
     */
    List<TokenStep> tokenSteps() {
        return List.of(tokenSteps);
    }

    private static final TokenStep.Words ANY_WORD = TokenStep.Words.ALL;
    private static final TokenStep.Words CAPITAL_WORD = TokenStep.Words.CAPITALISED;
    private static final TokenStep.Words LOWER_WORD = TokenStep.Words.LOWER_CASE;

    private TokenStep[] tokenStepList() {
        List<TokenStep> steps = new ArrayList<>(List.of(
                new TokenStep("lowerCaseAfterTitle", "mw. de vries belde, dhr. j. jansen", ANY_WORD,
                        this::lowerCaseAfterTitle),
                new TokenStep("afterTitleOrKin", "mevrouw (J.) (de) Vries, oom Kees, moeder: Fatima", ANY_WORD,
                        this::afterTitleOrKin),
                new TokenStep("afterNamingWord", "genaamd Sjors, heet Pim", ANY_WORD, this::afterNamingWord),
                new TokenStep("nameBeforeHeet", "een jongen die Daan heet", ANY_WORD, this::nameBeforeHeet),
                new TokenStep("initialAndSurname", "J. de Vries", ANY_WORD, this::initialAndSurname),
                new TokenStep("initialsWithoutPeriods", "AJ de Wit, JP Balkenende", ANY_WORD,
                        this::initialsWithoutPeriods),
                new TokenStep("capitalisedParticle", "Van Der Velde, Van 't Hof", CAPITAL_WORD,
                        this::capitalisedParticle),
                new TokenStep("particleSurnameAsPerson", "De Wit belde, Ten Brink (oom)", CAPITAL_WORD,
                        this::particleSurnameAsPerson),
                new TokenStep("describedAfter", "Timmerman (oom), Aya (13), Koster, de trainer van D.", CAPITAL_WORD,
                        this::describedAfter),
                new TokenStep("allowedSurnameAsPerson", "door Koning en zijn vrouw", CAPITAL_WORD,
                        this::allowedSurnameAsPerson),
                new TokenStep("abbreviatedParticle", "vd Berg, v/d Heuvel, v.d. Linden", LOWER_WORD,
                        this::abbreviatedParticle),
                new TokenStep("kinBeforeDescribed", "Opa Kampen (vaderskant)", CAPITAL_WORD, this::kinBeforeDescribed),
                new TokenStep("PersonByPosition.apposition", "De vriend van moeder, Zwaan, is 22", CAPITAL_WORD,
                        this::apposition),
                new TokenStep("allowedGivenName", "Frans (opa) rijdt, Ayaan vertelt", CAPITAL_WORD,
                        this::allowedGivenName),
                new TokenStep("particleGivenNameBeforeVerb", "Ben heeft gisteren ...", CAPITAL_WORD,
                        this::particleGivenNameBeforeVerb),
                new TokenStep("foreignParticleAfterTitle", "Mevrouw Du is ..., Dhr. Da belde", CAPITAL_WORD,
                        this::foreignParticleAfterTitle),
                new TokenStep("coveredPhrase", "GGZ Breburg, woont in Bergen op Zoom: no step below looks at it",
                        ANY_WORD, this::coveredPhrase),
                new TokenStep("indefiniteSubjectAfterVerb", "Thuis praat niemand, Buiten speelt iedereen", ANY_WORD,
                        this::indefiniteSubjectAfterVerb),
                new TokenStep("copulaPerson", "Bakker is de biologische vader, Roos was haar beste vriendin",
                        CAPITAL_WORD, this::copulaPerson),
                new TokenStep("subjectWithoutArticle", "Roos is sinds de vakantie thuis, is Berg bij de buren",
                        CAPITAL_WORD, this::subjectWithoutArticle),
                new TokenStep("officerAfterPolitie", "door politie Bakker thuisgebracht", CAPITAL_WORD,
                        this::officerAfterPolitie),
                new TokenStep("nameBeforeYear", "Sanne (2011), Roos (12-03-2011)", CAPITAL_WORD, this::nameBeforeYear),
                new TokenStep("possessiveOfName", "Kornel's moeder, Kent's fiets", CAPITAL_WORD,
                        this::possessiveOfName),
                new TokenStep("listedName", "Sanne komt (not: woont in Axel)", ANY_WORD, this::listedName),
                new TokenStep("ambiguousGivenName", "met Roos gespeeld", ANY_WORD, this::ambiguousGivenName),
                new TokenStep("ambiguousSurname", "Bakker belde, door Visser gebracht", ANY_WORD,
                        this::ambiguousSurname),
                new TokenStep("unknownCapitalised", "speelt met Xandor", ANY_WORD, this::unknownCapitalised),
                new TokenStep("knownNameOnCard", "a name the card names elsewhere with evidence", CAPITAL_WORD,
                        this::knownNameOnCard)));
        if (lowerCaseGivenNames) {
            steps.add(new TokenStep("lowerCaseNameWithAge", "mia (8) vertelt, ruben (2012)", LOWER_WORD,
                    this::lowerCaseNameWithAge));
            steps.add(new TokenStep("lowerCaseName", "sanne komt", LOWER_WORD, this::lowerCaseName));
            steps.add(new TokenStep("shortLowerCaseNameBeforeVerb", "noa heeft ...", LOWER_WORD,
                    this::shortLowerCaseNameBeforeVerb));
        }
        steps.add(new TokenStep("secondKinName", "opa henk en oma riek", LOWER_WORD, this::secondKinName));
        steps.add(new TokenStep("lowerCaseNameDescribed", "shaima (tante) vertaalt, vlgs hendrikus (opa)", LOWER_WORD,
                this::lowerCaseNameDescribed));
        steps.add(new TokenStep("apostropheSurname", "mevrouw d'Ancona, D'Hondt", LOWER_WORD, this::apostropheSurname));
        return steps.toArray(new TokenStep[0]);
    }

    // The token steps, in their order. Each reads the word under the loop (s.t, s.lower, s.c, s.r) and flags names.

    private void lowerCaseAfterTitle(NameLoop s, int i) {
        if (s.title && LOWER_CASE_TITLES.contains(s.lower)) {
            lowerCaseAfterTitle(s.tokens, s.cls, i, s.flag);
        }
    }

    private void afterTitleOrKin(NameLoop s, int i) {
        if ((s.title || (s.r & KIN) != 0) && !germanNicht(s.tokens, i)) {
            contextAfterRole(s.tokens, s.cls, s.covered, s.coveredOrganisation, s.role, i, s.title, s.flag, s.kin,
                    s.shouted);
        }
    }

    private void afterNamingWord(NameLoop s, int i) {
        if ((s.r & NAMING_WORD) != 0) {
            afterNamingWord(s.tokens, s.cls, s.covered, i, (s.r & STRONG_NAMING_WORD) != 0, s.flag);
        }
    }

    private void nameBeforeHeet(NameLoop s, int i) {
        List<Token> tokens = s.tokens;
        if ((s.r & HEET) != 0 && i >= 2) {
            int p = previousWord(tokens, i);
            int pp = p > 0 ? previousWord(tokens, p) : -1;
            if (p >= 0 && pp >= 0 && DIE.contains(tokens.get(pp).lower()) && tokens.get(p).capitalised()
                    && nameLike(s.cls[p]) && !s.covered[p]) {
                s.flag[p] = true;
            }
        }
    }

    private void initialAndSurname(NameLoop s, int i) {
        if (s.c == WordClass.INITIAL && i + 1 < s.n && s.tokens.get(i + 1).is('.')) {
            initialAndSurname(s.tokens, s.cls, s.covered, i, s.flag);
        }
    }

    private void initialsWithoutPeriods(NameLoop s, int i) {
        List<Token> tokens = s.tokens;
        int n = s.n;
        WordClass[] cls = s.cls;
        boolean[] covered = s.covered;
        boolean[] coveredOrganisation = s.coveredOrganisation;
        Token t = s.t;
        if (s.c == WordClass.ACRONYM && t.allCaps() && t.text().length() <= 3 && !covered[i] && i + 1 < n
                && tokens.get(i + 1).spaceBefore()) {
            // "AJ de Wit", "JP Balkenende": initials without periods before a (tussenvoegsel and) surname
            int head = skipTussenvoegsels(tokens, i + 1);
            if (head < n && tokens.get(head).isWord() && tokens.get(head).capitalised()
                    && (!covered[head] || head > i + 1 && !coveredOrganisation[head])
                    && (head > i + 1 ? nameLike(cls[head]) || cls[head] == WordClass.DICTIONARY
                    || cls[head] == WordClass.ALLOWED && !coveredOrganisation[head] // "JH van Beek"
                    : cls[head] == WordClass.NAME || cls[head] == UNKNOWN)) {
                mark(s.flag, i, head);
            }
        }
    }

    private void capitalisedParticle(NameLoop s, int i) {
        List<Token> tokens = s.tokens;
        int n = s.n;
        WordClass[] cls = s.cls;
        boolean[] covered = s.covered;
        boolean[] coveredOrganisation = s.coveredOrganisation;
        Token t = s.t;
        if (s.c == WordClass.TUSSENVOEGSEL && t.capitalised() && !placeWithParticle(tokens, i)) {
            int head = skipTussenvoegsels(tokens, i + 1);
            // "Van Der Velde", "Van 't Hof": two or more particles make any capitalised word a surname
            boolean strongParticles = head > i + 1 || t.lower().equals("van") || t.lower().equals("ter")
                    || t.lower().equals("ten") || t.lower().equals("van't");
            if (head < n && head > i && tokens.get(head).capitalised() && tokens.get(head).isWord()
                    && (nameLike(cls[head]) && !covered[head] || strongParticles && !coveredOrganisation[head]
                    && (cls[head] == WordClass.DICTIONARY || cls[head] == WordClass.ALLOWED || nameLike(cls[head])))
                    && tokens.get(head).spaceBefore()) {
                mark(s.flag, i, head);
            }
        }
    }

    private void particleSurnameAsPerson(NameLoop s, int i) {
        List<Token> tokens = s.tokens;
        int n = s.n;
        WordClass[] cls = s.cls;
        boolean[] coveredOrganisation = s.coveredOrganisation;
        Token t = s.t;
        if (t.capitalised() && (s.role[i] & TUSSENVOEGSEL) != 0 && i + 1 < n && tokens.get(i + 1).spaceBefore()
                && !placeWithParticle(tokens, i)) {
            int head = skipTussenvoegsels(tokens, i + 1);
            if (head < n && head > i && tokens.get(head).isWord() && tokens.get(head).capitalised()
                    && !coveredOrganisation[head] && (nameLike(cls[head]) || !ARTICLES.contains(t.lower())
                    && (cls[head] == WordClass.DICTIONARY || cls[head] == WordClass.ALLOWED))
                    && (personDescribedAfter(tokens, head) || personVerbAfter(tokens, head)
                    || namingVerbAfter(tokens, head)
                    || !ARTICLES.contains(t.lower()) && copulaPerson(tokens, head))) {
                mark(s.flag, i, head); // "Van Zundert, de vader van de tweeling", "De Wit belde", "Ten Brink (oom)"
            }
        }
    }

    private void describedAfter(NameLoop s, int i) {
        List<Token> tokens = s.tokens;
        int n = s.n;
        WordClass[] cls = s.cls;
        boolean[] covered = s.covered;
        boolean[] coveredOrganisation = s.coveredOrganisation;
        Token t = s.t;
        WordClass c = s.c;
        String lower = s.lower;
        if (t.capitalised() && (nameLike(c) || c == WordClass.DICTIONARY || c == WordClass.ALLOWED
                && (words.allowed().wordKind(lower).orElse(null) == PhraseIndex.Kind.OTHER
                // round 9: "Zundert (de ex van moeder)", "Liezel (3 mnd)": a place that is also a listed name
                || words.isName(NameClassifier.stripPossessive(t.text())) && i + 1 < n
                && tokens.get(i + 1).is('(') || agedInBrackets(tokens, i)))
                && !t.allCaps() && !coveredOrganisationPhrase(tokens, i) && !CaseRoleNoun.isRole(lower)
                && !GroupNoun.isPlural(lower) // round 16: "Kinderen (3) aanwezig"
                && !kinCompound(t) // round 26 (t26-new): "Tienermoeder (17) met een baby"
                // round 24 (t24-new): "Scholengroep Den Helder (zorgcoördinator)": the place closing a name
                && !(i >= 1 && tokens.get(i - 1).capitalised() && words.isTussenvoegsel(tokens.get(i - 1).lower())
                && placeWithParticle(tokens, i - 1))
                && !institutionWord(t.lower()) && !placeBeforeApposition(tokens, cls, covered, coveredOrganisation, i)
                && !(coveredOrganisation[i] && i + 1 < n && tokens.get(i + 1).is(',')) // "SC Feyenoord, de trainer"
                // round 10: the last word of a listed organisation of two or more words serves the person in
                // brackets ("GGZ Centraal (vader)", "Levvel (moeder)" stays for the one-word rules)
                && !(coveredOrganisation[i] && i > 0 && coveredOrganisation[i - 1]
                && !(RelativeGuard.listedName(t, words) && !words.isPlace(lower) // leak fix: "GGZ Abebe (vader)"
                && !namedAfterPerson(tokens, coveredOrganisation, i))) // round 18: "Vincent van Gogh (moeder)"
                && !compassClosingListedOrganisation(tokens, i)
                // fix after review ra (Rra-172, Rra-174): "(occupation, relative)" after a place or an organisation
                // says where the parent works ("Werk: Rotterdam (havenwerker, vader)"); after a name it stays
                && !(occupationAndRelativeAfter(tokens, i) && (words.isPlace(lower) || words.isPlaceInContext(lower)
                || covered[i] || coveredOrganisation[i] || c == WordClass.ALLOWED))
                && personDescribedAfter(tokens, i)) {
            s.flag[i] = true; // "Timmerman (oom)", "Vrijdag (stiefvader)", "Aya (13)", "Koster, de trainer van D."
        }
    }

    /**
     * Round 25 (t25-cards): a compass part that closes a phrase of the organisation list of three words or more as a
     * whole ("Veilig Thuis Brabant Noordoost (casemanager)"): the organisation's region, so the bracket after it says
     * who of the organisation was there or whom it helps, as after "GGZ Centraal (vader)".
     */
    private boolean compassClosingListedOrganisation(List<Token> tokens, int i) {
        if (!PlaceShapes.compass(tokens.get(i).lower())) {
            return false;
        }
        int start = OrganisationHeadPlace.listedOrganisationEndingAt(tokens, i, words);
        return start >= 0 && start < i - 1;
    }

    /**
     * Round 18 (r18-cards): the listed organisation that ends at {@code i} is a person's full name as a whole (a listed
     * given name, a particle, the surname: "Vincent van Gogh", an institute named after a person) and stands as an item
     * of an enumeration of organisations (a comma before it, a comma or full stop after its bracket, another listed
     * organisation in the segment: "Wijkteam, Vincent van Gogh (moeder), reclassering."), so a family word in
     * brackets after it says whom it helps, as after "GGZ Centraal (vader)". "GGZ Abebe (vader)" (no given name opens
     * it) stays a name, and so does the full name in a sentence of its own ("Vincent van Gogh (stiefvader) woont sinds
     * mei in", review rev-allow) or in a list of persons ("buurvrouw, Vincent van Gogh (opa), tante").
     */
    private boolean namedAfterPerson(List<Token> tokens, boolean[] coveredOrganisation, int i) {
        int k = i;
        while (k > 0 && coveredOrganisation[k - 1] && tokens.get(k - 1).isWord()) {
            k--;
        }
        if (i - k < 2 || !tokens.get(k).capitalised() || !words.isFirstName(tokens.get(k).text())
                || k == 0 || !tokens.get(k - 1).is(',') || !enumerationItemEnds(tokens, i)) {
            return false;
        }
        boolean particle = false;
        for (int j = k + 1; j < i; j++) {
            particle |= words.isTussenvoegsel(tokens.get(j).lower()) && !tokens.get(j).capitalised();
        }
        boolean otherOrganisation = false;
        for (int j = 0; j < tokens.size() && !otherOrganisation; j++) {
            otherOrganisation = (j < k || j > i) && coveredOrganisation[j];
        }
        return particle && otherOrganisation;
    }

    /** After "X (...)" at {@code i}: a comma, a full stop or the end closes the item of an enumeration. */
    private static boolean enumerationItemEnds(List<Token> tokens, int i) {
        int k = i + 1;
        if (k >= tokens.size() || !tokens.get(k).is('(')) {
            return false;
        }
        while (k < tokens.size() && !tokens.get(k).is(')')) {
            k++;
        }
        k++;
        return k >= tokens.size() || tokens.get(k).is(',') || tokens.get(k).is('.') || tokens.get(k).is(';');
    }

    private void allowedSurnameAsPerson(NameLoop s, int i) {
        List<Token> tokens = s.tokens;
        int n = s.n;
        Token t = s.t;
        if (t.capitalised() && s.c == WordClass.ALLOWED && !t.sentenceStart() && words.isSurname(t.text())
                && words.allowed().wordKind(s.lower).orElse(null) == PhraseIndex.Kind.OTHER
                && personWordBefore(tokens, i) && (personVerbAfter(tokens, i) || i + 2 < n
                && tokens.get(i + 1).isWord() && tokens.get(i + 1).lower().equals("en")
                && tokens.get(i + 2).isWord() && APPOSITION_ARTICLES.contains(tokens.get(i + 2).lower()))) {
            s.flag[i] = true; // "door Koning en zijn vrouw": a surname that is also an allowed word, as a person
        }
    }

    private void abbreviatedParticle(NameLoop s, int i) {
        List<Token> tokens = s.tokens;
        int n = s.n;
        String lower = s.lower;
        if (!s.t.capitalised() && (lower.equals("vd") || lower.equals("vdr") || lower.equals("v") && i + 2 < n
                && (tokens.get(i + 1).is('/') || tokens.get(i + 1).is('.') && tokens.get(i + 2).isWord()
                && tokens.get(i + 2).lower().equals("d")))) {
            int head = skipTussenvoegsels(tokens, i);
            if (head > i && head < n && tokens.get(head).isWord() && tokens.get(head).capitalised()
                    && !s.coveredOrganisation[head] && s.cls[head] != WordClass.ACRONYM) {
                mark(s.flag, i, head); // "vd Berg", "v/d Heuvel", "v.d. Linden": an abbreviated particle
            }
        }
    }

    private void kinBeforeDescribed(NameLoop s, int i) {
        List<Token> tokens = s.tokens;
        if (s.t.capitalised() && i > 0 && tokens.get(i - 1).isWord() && (s.role[i - 1] & KIN) != 0
                && !s.flag[i] && personDescribedAfter(tokens, i)) {
            s.flag[i] = true; // "Opa Kampen (vaderskant)": a kin word and a description make even a place a name
        }
    }

    private void apposition(NameLoop s, int i) {
        if (s.t.capitalised() && !s.covered[i] && PersonByPosition.apposition(s.tokens, s.cls, s.coveredOrganisation,
                i, this::isFamilyWord)) {
            s.flag[i] = true; // "De vriend van moeder, Zwaan, is 22", "Oma langs vaderskant, Godelieve, spreekt"
        }
    }

    /** Round 18: "in het Radboud (moeder)": a neuter article or "in" puts the allowed word in its place. */
    private static final Set<String> PLACE_BEFORE_ALLOWED = Set.of("het", "'t", "’t", "in");

    private void allowedGivenName(NameLoop s, int i) {
        List<Token> tokens = s.tokens;
        Token t = s.t;
        if (t.capitalised() && s.c == WordClass.ALLOWED && words.isFirstName(t.text())
                && (personDescribedAfter(tokens, i) && i + 1 < s.n && tokens.get(i + 1).is('(')
                && !(i > 0 && tokens.get(i - 1).isWord() && PLACE_BEFORE_ALLOWED.contains(tokens.get(i - 1).lower()))
                || t.sentenceStart() && personVerbAfter(tokens, i) && !words.isDutchWord(s.lower))) {
            s.flag[i] = true; // "Frans (opa) rijdt", "Ayaan vertelt": a given name that a list also calls a thing
        }
    }

    private void particleGivenNameBeforeVerb(NameLoop s, int i) {
        List<Token> tokens = s.tokens;
        Token t = s.t;
        if (t.capitalised() && s.c == WordClass.TUSSENVOEGSEL && t.sentenceStart() && words.isFirstName(t.text())
                && i + 1 < s.n && tokens.get(i + 1).isWord() && !tokens.get(i + 1).capitalised()
                && personVerbAfter(tokens, i)) {
            s.flag[i] = true; // "Ben heeft gisteren ...": a given name that is also a particle, before a verb
        }
    }

    private void foreignParticleAfterTitle(NameLoop s, int i) {
        List<Token> tokens = s.tokens;
        int n = s.n;
        int[] role = s.role;
        Token t = s.t;
        if (t.capitalised() && !t.allCaps() && s.c == WordClass.TUSSENVOEGSEL && !words.isDutchWord(s.lower)
                && i > 0 && ((role[i - 1] & TITLE) != 0 && tokens.get(i - 1).isWord()
                || i > 1 && tokens.get(i - 1).is('.') && (role[i - 2] & TITLE) != 0 && tokens.get(i - 2).isWord())
                && i + 1 < n && !(tokens.get(i + 1).isWord() && (tokens.get(i + 1).capitalised()
                || words.isTussenvoegsel(tokens.get(i + 1).lower())))) {
            s.flag[i] = true; // "Mevrouw Du is ...", "Dhr. Da belde": a foreign particle alone after an address is
            // the surname, also one the allow list covers as a German word ("Du")
        }
    }

    /** Ends the word's turn: a word of a listed place, organisation or other allowed phrase. */
    private void coveredPhrase(NameLoop s, int i) {
        if (s.covered[i]) {
            s.stop = true;
        }
    }

    /** Ends the word's turn, round 9: "Thuis praat niemand": the subject follows the verb. */
    private void indefiniteSubjectAfterVerb(NameLoop s, int i) {
        if (ambiguous(s.c) && words.isCommonWord(s.lower) && indefiniteSubjectAfterVerb(s.tokens, i)) {
            s.stop = true;
        }
    }

    private void copulaPerson(NameLoop s, int i) {
        List<Token> tokens = s.tokens;
        if (s.t.capitalised() && ambiguous(s.c) && copulaPerson(tokens, i)
                && !(institutionWord(s.lower) && quoteOpensAt(tokens, i))) { // round 9: R.: "School is een hel"
            s.flag[i] = true; // "Bakker is de biologische vader", "Roos was haar beste vriendin"
        }
    }

    private void subjectWithoutArticle(NameLoop s, int i) {
        Token t = s.t;
        String lower = s.lower;
        if (t.capitalised() && !t.allCaps() && ambiguous(s.c) && (s.role[i] & KIN) == 0
                && !institutionWord(lower) && !TIME_WORDS.contains(lower) && subjectWithoutArticle(s.tokens, i)) {
            s.flag[i] = true; // "Roos is sinds de vakantie thuis", "Bloem zit in groep 6", "is Berg bij de buren"
        }
    }

    private void officerAfterPolitie(NameLoop s, int i) {
        List<Token> tokens = s.tokens;
        int n = s.n;
        Token t = s.t;
        if (t.capitalised() && !t.allCaps() && s.c == AMBIGUOUS_SURNAME && i > 0 && tokens.get(i - 1).isWord()
                && tokens.get(i - 1).lower().equals("politie") && !PlaceShapes.compass(s.lower)
                && !(i + 1 < n && (tokens.get(i + 1).is('-') && !tokens.get(i + 1).spaceBefore()
                || tokens.get(i + 1).isWord() && tokens.get(i + 1).capitalised()))) {
            s.flag[i] = true; // "door politie Bakker thuisgebracht": a surname right after "politie" is an officer
        }
    }

    private void nameBeforeYear(NameLoop s, int i) {
        if (s.t.capitalised() && nameLike(s.c) && followedByYear(s.tokens, i)) {
            s.flag[i] = true;
        }
    }

    private void possessiveOfName(NameLoop s, int i) {
        if (possessiveOfName(s.t, s.c)) {
            s.flag[i] = true; // "Kornel's moeder", "Kent's fiets": a word with 's is a name
        }
    }

    // The word classes (NAME, AMBIGUOUS_FIRST_NAME, AMBIGUOUS_SURNAME, UNKNOWN): a name of the lists, unless a
    // place preposition makes it a place ("in Axel"); an ambiguous or unknown word where the sentence says so.

    private void listedName(NameLoop s, int i) {
        if (s.c == WordClass.NAME) {
            s.flag[i] |= !placeAfterPreposition(s.tokens, i);
        }
    }

    private void ambiguousGivenName(NameLoop s, int i) {
        if (s.c == AMBIGUOUS_FIRST_NAME) {
            Token t = s.t;
            boolean place = placeAfterPreposition(s.tokens, i);
            s.flag[i] |= !place && !(s.shouted && shoutedWord(t, s.c))
                    && (!t.sentenceStart() || s.strict || personVerbAfter(s.tokens, i));
        }
    }

    private void ambiguousSurname(NameLoop s, int i) {
        if (s.c == AMBIGUOUS_SURNAME) {
            List<Token> tokens = s.tokens;
            Token t = s.t;
            boolean place = placeAfterPreposition(tokens, i);
            s.flag[i] |= s.strict || !place && !(s.shouted && shoutedWord(t, s.c))
                    && (personVerbAfter(tokens, i)
                    || !t.sentenceStart() && (personWordBefore(tokens, i) || personParticipleAfter(tokens, i)));
        }
    }

    private void unknownCapitalised(NameLoop s, int i) {
        if (s.c == UNKNOWN) {
            List<Token> tokens = s.tokens;
            // round 26 (t26-new): "Op de Zwolsebaan was een ongeluk": a street named by a place's adjective
            s.flag[i] |= !AddressDetector.placeAdjectiveStreet(s.lower, words) && (s.strict
                    || !compoundWithWord(tokens, i) && !afterLowerCaseHyphen(tokens, i)
                    && !nextInPlaceList(tokens, compoundStart(tokens, i)) && (!s.t.sentenceStart()
                    ? unknownMidSentenceIsName(tokens, s.cls, i)
                    : unknownAtSentenceStart && unknownAtStartIsName(tokens, i)));
        }
    }

    private void knownNameOnCard(NameLoop s, int i) {
        Token t = s.t;
        if (t.capitalised() && s.c != WordClass.ROLE && !s.known.knownNames().isEmpty()
                && s.known.knownNames().contains(NameClassifier.stripPossessive(t.text()))) {
            s.flag[i] = true;
        }
    }

    private void lowerCaseNameWithAge(NameLoop s, int i) {
        List<Token> tokens = s.tokens;
        String lower = s.lower;
        if (!s.t.capitalised() && (followedByYear(tokens, i) || ageInBrackets(tokens, i))
                && (words.isFirstNameLower(lower) || words.isWeakName(lower)) && !NameClassifier.isFunctionWord(lower)
                && !words.isCommonWord(lower) && !words.isKinOrRole(lower) && !words.isTussenvoegsel(lower)) {
            s.flag[i] = true; // "mia (8) vertelt", "ruben (2012)": a given name in lower case with an age or year
        }
    }

    private void lowerCaseName(NameLoop s, int i) {
        if (!s.t.capitalised() && lowerCaseName(s.t, false)) {
            s.flag[i] = true;
        }
    }

    private void shortLowerCaseNameBeforeVerb(NameLoop s, int i) {
        String lower = s.lower;
        if (!s.t.capitalised() && lower.length() == 3 && personVerbAfter(s.tokens, i)
                && lowerCaseName(s.t, true) && words.isFirstName(NameClassifier.capitalise(lower))) {
            s.flag[i] = true; // "noa heeft ...": a short given name in lower case before a verb that wants a person
        } else if (!s.t.capitalised() && lower.length() == 2 && (i == 0 || s.t.sentenceStart())
                && twoLetterNameOpeningClause(s.tokens, i)) {
            s.flag[i] = true; // round 25: "bo wil alleen praten als ik met haar loop"
        }
    }

    private static final Set<String> TWO_LETTER_NOT_NAMES = Set.of("ja", "ok", "nu", "na", "in", "so", "un", "ma",
            "pa", "ha", "mi", "ik", "je", "we", "ze", "er", "al", "zo", "om", "op", "of", "en", "te", "tu", "su", "qy",
            // review ra (Rra-123..129): the letter pairs of care notes (basisonderwijs, kinderopvang, AI,
            // jeugdconsulent, coördinator, ...)
            "vo", "po", "ko", "ai", "jc", "co", "ib", "wm", "jj", "ad", "ed", "ot", "pi", "ta", "ka");
    /**
     * A person's own doings, as an infinitive in the clause: a two-letter word that a dictionary holds too ("bo", the
     * abbreviation of basisonderwijs) is a name only with one of these ("bo wil alleen praten"); a school or care
     * type places, takes in and calls ("bo kan hem niet meer plaatsen", review ra Rra-123).
     */
    private static final Set<String> OWN_DOINGS = Set.of("praten", "spelen", "slapen", "eten", "huilen", "lachen",
            "vertellen", "zeggen", "douchen", "logeren", "fietsen", "zwemmen", "knuffelen", "kletsen", "wandelen",
            "lopen", "zitten", "liggen", "kijken", "luisteren", "zingen", "dansen");
    private static final Set<String> THIRD_PERSON = Set.of("hem", "haar", "hij", "zij", "ze", "zijn", "z'n");

    /**
     * Round 25 (t25-items): a two-letter given name in lower case ("bo", "jo", "mo") opening a note, right before a
     * verb that wants a person, with a third-person pronoun later in the sentence that refers back to it ("bo wil
     * alleen praten als ik buiten met haar een rondje loop"). A two-letter word is a name only with all three: the
     * given-name list, the verb and the pronoun; function words, answer words, kin words ("ma", "pa") and the
     * abbreviation of a school type before anything else ("bo en so") stay.
     */
    private boolean twoLetterNameOpeningClause(List<Token> tokens, int i) {
        String lower = tokens.get(i).lower();
        if (TWO_LETTER_NOT_NAMES.contains(lower) || !TelegramWords.letters(lower)
                || !words.isFirstName(NameClassifier.capitalise(lower)) || NameClassifier.isFunctionWord(lower)
                || words.isKinOrRole(lower) || words.isTitle(lower) || words.isTussenvoegsel(lower)
                || !personVerbAfter(tokens, i)) {
            return false;
        }
        boolean word = words.isWord(lower);
        boolean pronoun = false;
        boolean doing = false;
        for (int k = i + 2; k < tokens.size() && k <= i + 20; k++) {
            Token w = tokens.get(k);
            if (w.is('.') || w.is('?') || w.is('!') || w.is(';')) {
                break;
            }
            pronoun |= w.isWord() && THIRD_PERSON.contains(w.lower());
            doing |= w.isWord() && OWN_DOINGS.contains(w.lower());
        }
        return pronoun && (!word || doing);
    }

    private void secondKinName(NameLoop s, int i) {
        List<Token> tokens = s.tokens;
        int[] role = s.role;
        String lower = s.lower;
        if (!s.t.capitalised() && i >= 4 && (role[i - 1] & KIN) != 0 && !tokens.get(i - 1).capitalised()
                && tokens.get(i - 2).isWord() && tokens.get(i - 2).lower().equals("en") && s.flag[i - 3]
                && (role[i - 4] & KIN) != 0 && words.isFirstName(NameClassifier.capitalise(lower))
                && !words.isKinOrRole(lower)) {
            s.flag[i] = true; // "opa henk en oma riek": a listed given name after a kin word, like the first one
        }
    }

    private void lowerCaseNameDescribed(NameLoop s, int i) {
        List<Token> tokens = s.tokens;
        Token t = s.t;
        if (!t.capitalised() && i + 1 < s.n && (tokens.get(i + 1).is('(') || tokens.get(i + 1).is(','))
                && t.lower().length() >= 3
                && !words.isWord(t.lower())
                && !words.allowed().containsWord(t.lower())
                && (words.isFirstNameLower(t.lower()) || words.isWeakName(t.lower())
                || relativeInBrackets(tokens, i)) // round 9: "vlgs hendrikus (opa)", a name of no list
                && personDescribedAfter(tokens, i)) {
            s.flag[i] = true; // "shaima (tante) vertaalt": a name in lower case, described as a relative
        }
    }

    private void apostropheSurname(NameLoop s, int i) {
        // round 13 (speed): APOSTROPHE_SURNAME needs five characters and an apostrophe second; test that first
        if (!s.t.capitalised() && s.t.text().length() >= 5
                && (s.t.text().charAt(1) == '\'' || s.t.text().charAt(1) == '’')
                && APOSTROPHE_SURNAME.matcher(s.t.text()).matches()) {
            s.flag[i] = true; // "mevrouw d'Ancona", "D'Hondt": a particle joined to a surname
        }
    }

    /**
     * The named steps after the token loop of {@code find}, in the order they run: evidence (add names), settling
     * (extend names, exempt professionals, clear institutions and organisation lists), clearing (shapes of places,
     * organisations and ordinary words; they never clear a name the card names elsewhere with evidence) and late
     * evidence (names in capitals). A new rule is one line in one of these lists.
     */
    /** The names of the clearing steps, which never set a flag of their own (see {@link #clearingSteps()}). */
    List<String> clearingStepNames() {
        return clearing.stream().map(NameStep::name).toList();
    }

    List<NameStep> steps() {
        List<NameStep> all = new ArrayList<>(evidence);
        all.addAll(settling);
        all.addAll(clearing);
        all.addAll(lateEvidence);
        return List.copyOf(all);
    }

    private List<NameStep> evidenceSteps() {
        List<NameStep> steps = new ArrayList<>();
        if (lowerCaseGivenNames) {
            steps.add(new NameStep("PersonByPosition.lowerCasePair", "jasmijn en linde slapen samen",
                    p -> PersonByPosition.lowerCasePair(p.tokens(), words, p.flag())));
        }
        steps.add(new NameStep("PersonBySentenceShape", "round 9",
                p -> PersonBySentenceShape.flag(p.tokens(), p.cls(), p.covered(), p.coveredOrganisation(), words,
                        p.flag())));
        steps.add(new NameStep("PersonEvidence", "round 10",
                p -> PersonEvidence.flag(p.tokens(), p.cls(), p.covered(), p.coveredOrganisation(), p.role(), words,
                        this::isPersonNoun, p.shouted(), p.flag())));
        steps.add(new NameStep("CapitalsBeforeRelative", "JOAO (vader)",
                p -> CapitalsBeforeRelative.flag(p.tokens(), p.role(), p.coveredOrganisation(), words, p.flag())));
        steps.add(new NameStep("NameExplainedAsName", "Wijk (achternaam vader)",
                p -> NameExplainedAsName.flag(p.tokens(), words, p.flag())));
        steps.add(new NameStep("NameCellAfterRelativeCell", "| grootvader vz | The | Doetinchem |",
                p -> NameCellAfterRelativeCell.flag(p.tokens(), words, p.flag())));
        steps.add(new NameStep("SurnameCellBeforeYearCell", "| moeder | Bakker | 1988 | (round 23)",
                p -> SurnameCellBeforeYearCell.flag(p.tokens(), words, p.flag())));
        steps.add(new NameStep("LookAfterObject", "op Baran passen",
                p -> LookAfterObject.flag(p.tokens(), words, p.flag())));
        steps.add(new NameStep("SurnameWordInPersonSlot", "in Breda, bij Mulder; Moeder gaf Bakker de sleutel",
                p -> SurnameWordInPersonSlot.flag(p.tokens(), p.cls(), p.covered(), p.shouted(), words, p.flag())));
        steps.add(new NameStep("SurnameBeforeHomeAndCare", "Van Dam in Zwolle heeft de kinderen opgevangen",
                p -> SurnameBeforeHomeAndCare.flag(p.tokens(), p.cls(), p.covered(), words, p.flag())));
        steps.add(new NameStep("NameWithAgeInBrackets", "de jongste (Pip, 4)",
                p -> NameWithAgeInBrackets.flag(p.tokens(), p.covered(), words, p.flag())));
        steps.add(new NameStep("WordNamedAsChild", "Isala (dochter, 2014)",
                p -> WordNamedAsChild.flag(p.tokens(), p.covered(), words,
                        CardSections.is(p.segment(), Section.GEZINSSAMENSTELLING), p.flag())));
        steps.add(new NameStep("GivenNameBesideRelative", "Krijn en vader in conflict",
                p -> GivenNameBesideRelative.flag(p.tokens(), p.cls(), p.covered(), words, p.flag())));
        steps.add(new NameStep("SurnameBetweenHomes", "van Kuipers naar oma, logeert bij Kuipers in Rijssen",
                p -> SurnameBetweenHomes.flag(p.tokens(), p.cls(), p.covered(), words, p.flag())));
        steps.add(new NameStep("SurnameInCallSlot", "Vink gebeld, Kroon gaf aan, Mail van Stam ontvangen",
                p -> SurnameInCallSlot.flag(p.tokens(), p.covered(), words, p.flag())));
        steps.add(new NameStep("SpeakerBeforeTellingPerson", "Nootdorp zei tegen de wijkagent (round 23)",
                p -> SpeakerBeforeTellingPerson.flag(p.tokens(), p.coveredOrganisation(), words, p.flag())));
        steps.add(new NameStep("EnglishKinGivenName", "auntie ama says",
                p -> EnglishKinGivenName.flag(p.tokens(), words, p.flag())));
        steps.add(new NameStep("TurkishLetterName", "AP: Ertuğrul levert loonstroken aan",
                p -> TurkishLetterName.flag(p.tokens(), p.cls(), p.covered(), words, p.flag())));
        steps.add(new NameStep("SurnameBeforeRelativeClause", "Bakker, die al jaren drinkt, sloeg moeder",
                p -> SurnameBeforeRelativeClause.flag(p.tokens(), p.cls(), p.covered(), words, p.flag())));
        steps.add(new NameStep("NameGivenToPerson", "Vader wordt in het dorp Wim de Smid genoemd",
                p -> NameGivenToPerson.flag(p.tokens(), words, p.flag())));
        steps.add(new NameStep("ChildNamedLikeOrganisation", "Kinderen: Sanne (12), Timon (gezinshuis), Mees (4)",
                p -> ChildNamedLikeOrganisation.flag(p.tokens(), words, p.flag())));
        steps.add(new NameStep("CapitalsAfterFamilyWord", "GEZIN HOOGLANDER - zorgen, FAMILIE DE BOER",
                p -> CapitalsAfterFamilyWord.flag(p.tokens(), p.coveredOrganisation(), words, p.flag())));
        steps.add(new NameStep("AbbreviatedGivenName", "mail van Mhd, Moh. Yilmaz, Md. Rahman",
                p -> AbbreviatedGivenName.flag(p.tokens(), words, p.flag())));
        steps.add(new NameStep("KinWordAfterFormOfAddress", "Mevrouw Mbah heeft gebeld",
                p -> KinWordAfterFormOfAddress.flag(p.tokens(), words, p.flag())));
        steps.add(new NameStep("ParticleSurnameAfterPreposition", "slapen bij de Vries, gesproken met de Graaf",
                p -> ParticleSurnameAfterPreposition.flag(p.tokens(), words, p.flag())));
        steps.add(new NameStep("OcrDamagedName", "de heer Sch oonderwoerd, Dhr. B0sman, mevr. H. Ver-heul",
                p -> OcrDamagedName.flag(p.tokens(), p.covered(), words, p.flag())));
        if (lowerCaseGivenNames) {
            steps.add(new NameStep("LowerCaseFullNameAtClauseStart", "bram smit zit",
                    p -> LowerCaseFullNameAtClauseStart.flag(p.tokens(), words, p.flag())));
            steps.add(new NameStep("NamesWithYearsInList", "hanna 2012, evertje 2017",
                    p -> NamesWithYearsInList.flag(p.tokens(), words, p.flag())));
            steps.add(new NameStep("AddressedInQuote", "\"mo kom je vanavond?\"",
                    p -> AddressedInQuote.flag(p.tokens(), words, p.flag())));
            steps.add(new NameStep("LowerCasePossessive", "jürgen's kamer",
                    p -> LowerCasePossessive.flag(p.tokens(), words, p.flag())));
            steps.add(new NameStep("SubjectAfterReport", "meldt dat ayham vaak",
                    p -> SubjectAfterReport.flag(p.tokens(), words, p.flag())));
            steps.add(new NameStep("NamesAfterFamilyLabel", "kids: wei, lihua en de baby",
                    p -> NamesAfterFamilyLabel.flag(p.tokens(), words, p.flag())));
            steps.add(new NameStep("LowerCaseFullNameInBrackets", "(wiel lardinois)",
                    p -> LowerCaseFullNameInBrackets.flag(p.tokens(), words, p.flag())));
            steps.add(new NameStep("LowerCaseSurnameAfterPreposition", "afspr. met lubbers verzet",
                    p -> LowerCaseSurnameAfterPreposition.flag(p.tokens(), words, p.flag())));
            steps.add(new NameStep("LowerCaseGivenNameOpeningNote", "harm is weer opgenomen; geert (vriend van ma)",
                    p -> LowerCaseGivenNameOpeningNote.flag(p.tokens(), words, p.flag())));
            steps.add(new NameStep("LowerCaseInitialAndSurname", "door j. hadders, oom",
                    p -> LowerCaseInitialAndSurname.flag(p.tokens(), words, p.flag())));
            steps.add(new NameStep("InvertedSubjectAfterReport", "toen zei bram dat hij bang was",
                    p -> InvertedSubjectAfterReport.flag(p.tokens(), words, p.flag())));
            steps.add(new NameStep("NameBeforeAgeOrSuffix", "Lente (2 jr) heeft; koelewijn jr. gedraagt zich",
                    p -> NameBeforeAgeOrSuffix.flag(p.tokens(), words, p.flag())));
            steps.add(new NameStep("LowerCaseNameBesideName", "bij kees en marja",
                    p -> LowerCaseNameBesideName.flag(p.tokens(), words, p.flag())));
            steps.add(new NameStep("SpokenNameInPersonSlot", "met jaap noordhoff, dudek heeft, jantje oma zegt",
                    p -> SpokenNameInPersonSlot.flag(p.tokens(), words, p.flag())));
        }
        return List.copyOf(steps);
    }

    private List<NameStep> settlingSteps() {
        return List.of(
                new NameStep("extend", "Van der Berg-Jansen: a name takes its particles and parts",
                        p -> extend(p.tokens(), p.cls(), p.covered(), p.flag(), p.shouted())),
                new NameStep("exemptProfessionals", "a cover-field professional named elsewhere on the card",
                        p -> exemptProfessionals(p.tokens(), p.flag(), p.kin(), p.known())),
                new NameStep("unflagNamedInstitutions", "Jeroen Bosch Ziekenhuis",
                        p -> unflagNamedInstitutions(p.tokens(), p.cls(), p.flag(), words::isSurname,
                                w -> words.isSurname(w) || words.isPlace(WordLists.lower(w))
                                        || words.allowed().wordKind(WordLists.lower(w)).orElse(null)
                                        == PhraseIndex.Kind.PLACE)),
                new NameStep("EnglishInstitutionNames", "Redeemed Christian Church",
                        p -> EnglishInstitutionNames.unflag(p.tokens(), p.flag(), words)),
                new NameStep("EnglishInstitutionNames.sites", "COA locatie Ter Apel",
                        p -> EnglishInstitutionNames.unflagSites(p.tokens(), p.coveredOrganisation(), p.flag())),
                new NameStep("KinParticleDoubleSurname", "oma Van der Plas-Zandvoort: kin, particle, double surname",
                        p -> KinParticleDoubleSurname.mark(p.tokens(), p.flag(), words)),
                new NameStep("NameBeforeBracketedRelation", "Lamin (vriend van broer), rico (vriend)",
                        p -> NameBeforeBracketedRelation.mark(p.tokens(), p.covered(), p.coveredOrganisation(),
                                p.flag(), words)),
                new NameStep("snapshotBeforeLists", "remembers the flags before the organisation lists clear them",
                        p -> System.arraycopy(p.flag(), 0, p.beforeLists(), 0, p.flag().length)),
                new NameStep("organisationListMembers", "Betrokken hulpverlening / deskundigen: a list of organisations",
                        p -> {
                            if (CardSections.is(p.segment(), Section.BETROKKEN_HULPVERLENING)) {
                                unflagOrganisationListMembers(p.tokens(), p.cls(), p.role(), p.flag(), false);
                            } else if (CardSections.is(p.segment(), Section.EXPERTS)) {
                                unflagOrganisationListMembers(p.tokens(), p.cls(), p.role(), p.flag(), true);
                            }
                        }));
    }

    /**
     * Steps that only clear name flags (or, {@link SurnameInOrganisationList}, set again a flag that was set before
     * the organisation lists): {@link #find} skips them all on a segment where no flag is set and none was set before
     * the lists (round 16, r16-speed). A clearing step must never set a flag of its own; a rule that does belongs
     * in the evidence or late-evidence steps.
     */
    private List<NameStep> clearingSteps() {
        return List.of(
                new NameStep("CardListOrganisations", "round 10: organisations listed in Krachten and the lists",
                        p -> {
                            if (CardSections.in(p.segment(), CARD_LISTS)) {
                                CardListOrganisations.unflag(p.tokens(), p.cls(), p.role(), p.flag(), words);
                            }
                        }),
                new NameStep("SurnameInOrganisationList", "Lentis, Dijkstra, wijkteam",
                        p -> {
                            if (CardSections.in(p.segment(), CARD_LISTS)) {
                                SurnameInOrganisationList.reflag(p.tokens(), p.beforeLists(), p.flag(), words,
                                        p.coveredOrganisation());
                            }
                        }),
                new NameStep("CommunityNames", "Church of Pentecost, kerkgemeenschap (Igreja)",
                        p -> CommunityNames.unflag(p.tokens(), p.cls(), p.role(), p.flag(), words)),
                new NameStep("InvertedAdverb", "Thuis mag niks",
                        p -> InvertedAdverb.unflag(p.tokens(), p.flag(), words)),
                new NameStep("QuotedForeignSpeech", "It was a bad week",
                        p -> QuotedForeignSpeech.bundled().unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("QuotedForeignSpeech.openers", "\"Ik heb geen keus. Deci, wat moet ik doen?\"",
                        p -> QuotedForeignSpeech.bundled().unflagOpeners(p.tokens(), p.flag(), words)),
                new NameStep("PlacesWithoutDiacritics", "Sudwest-Fryslan in a file name",
                        p -> PlacesWithoutDiacritics.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("PlacesBySurroundings", "Kaapverdië (Praia), bij Kleve",
                        p -> PlacesBySurroundings.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("WaterNameAfterArticle", "ik ga naar de Gaasperplas",
                        p -> WaterNameAfterArticle.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("OrganisationsBySurroundings", "Sociale Dienst Drechtsteden",
                        p -> OrganisationsBySurroundings.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("EnglishCountryNames", "via Sudan",
                        p -> EnglishCountryNames.bundled().unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("OrganisationHeadPlace", "Woningstichting Den Helder",
                        p -> OrganisationHeadPlace.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("RegionPairAfterOrganisation", "alleen voor VHT Gooi en Eemland",
                        p -> RegionPairAfterOrganisation.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("PlaceLabelValue", "Gemeente: Hof van Twente",
                        p -> PlaceLabelValue.unflag(p.tokens(), p.role(), p.flag(), words,
                                CardSections.is(p.segment(), Section.GEMEENTE))),
                new NameStep("VhkFileNamePlace", "VHK_Gaasperdam_H2010_20261018.docx",
                        p -> VhkFileNamePlace.unflag(p.tokens(), p.role(), p.flag(), words, p.known().placeWords())),
                new NameStep("AbbreviatedLabelAtLineStart", "Maatsch. klasse: F14 ...",
                        p -> AbbreviatedLabelAtLineStart.unflag(p.tokens(), p.flag(), words)),
                new NameStep("AbbreviatedRoleSpeaker", "13:02 Inbr.: uitleg over de bespreking",
                        p -> AbbreviatedRoleSpeaker.unflag(p.tokens(), p.flag(), words)),
                new NameStep("DictionaryCompoundAtStart", "Zwangerschapsecho 25-09 in ...",
                        p -> DictionaryCompoundAtStart.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("RoutePlaces", "zwerft 's nachts door Boxmeer",
                        p -> RoutePlaces.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("WorldPlaces", "via Beiroet, kamp bij Dadaab",
                        p -> WorldPlaces.bundled().unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("NamedOrganisationsAndAreas", "de Ulu Camii, in Te Werve",
                        p -> NamedOrganisationsAndAreas.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("FromToPlaces", "fietst van Voorburg naar school",
                        p -> FromToPlaces.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("AccentlessCapital", "Eén ernstig incident",
                        p -> AccentlessCapital.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("CoordinatedPlaces", "in Heeswijk en Dinther",
                        p -> CoordinatedPlaces.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("DashedPlaceRun", "HETEREN – RANDWIJK – HEMMEN: drie verhuizingen",
                        p -> DashedPlaceRun.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("VisitPlace", "moeder - huisbezoek Lingewijk, 2026-09-09",
                        p -> VisitPlace.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("CardPlaces", "huisbezoek Zuidland (the card: woont in Zuidland), wijkagent Elst",
                        p -> CardPlaces.unflag(p.tokens(), p.flag(), p.known().placeWords(), words)),
                new NameStep("OrganisationSlashPair", "(Woonkracht10 / Trivire)",
                        p -> OrganisationSlashPair.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("NounInLowerCaseList", "alcoholgebruik vader, Schulden, verblijfsstatus onzeker",
                        p -> NounInLowerCaseList.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("OrganisationAfterVan", "De jeugdarts van Dienst Gezondheid & Jeugd",
                        p -> OrganisationAfterVan.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("AnswerBeforeRelative", "Ja (moeder), vader is geïnformeerd",
                        p -> AnswerBeforeRelative.unflag(p.segment(), p.tokens(), p.flag(), words)),
                new NameStep("SchoolNamedAfterPerson", "op de Menso Alting school",
                        p -> SchoolNamedAfterPerson.unflag(p.tokens(), p.role(), p.flag(), words, p.shouted())),
                new NameStep("RegionPartAfterOrganisation", "Leger des Heils (Noord)",
                        p -> RegionPartAfterOrganisation.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("PlaceSequence", "Den Bommel en Ooltgensplaat, Noord-Sleen",
                        p -> PlaceSequence.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("FieldLabelAbbreviation", "Geb.datum: n.v.t. | Cliëntnr. Kenter: n.v.t.",
                        p -> FieldLabelAbbreviation.unflag(p.tokens(), p.flag())),
                new NameStep("LanguageAfterKin", "Moeder spreekt Nederlands, vader Turks.",
                        p -> LanguageAfterKin.unflag(p.tokens(), p.role(), p.flag())),
                new NameStep("ServiceNumberOwner", "Geldfit: 0800-8115.",
                        p -> ServiceNumberOwner.unflag(p.segment().text(), p.tokens(), p.role(), p.flag(), words)),
                new NameStep("EventNameBeforeDate", "Op Timket, 19 januari 2026, was het gezin in de kerk.",
                        p -> EventNameBeforeDate.unflag(p.segment().text(), p.tokens(), p.flag(), words)),
                new NameStep("BranchPlace", "BRIN 17WC, vestiging Assendelft",
                        p -> BranchPlace.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("ArticleNeighbourhood", "bij de woning in De Huet; Wijk: De Huet, Doetinchem",
                        p -> ArticleNeighbourhood.unflag(p.tokens(), p.role(), p.flag(), words)),
                // round 26 (t26-cards): an article neighbourhood the card itself puts in two place slots
                new NameStep("ArticleNeighbourhoodOnCard", "huisbezoek in De Huet; Z. (2013) in De Huet.",
                        p -> ArticleNeighbourhoodOnCard.unflag(p.tokens(), p.role(), p.flag(),
                                p.known().placeWords(), words)),
                // round 21 (t21-cards2): a listed neighbourhood after "in de" ("gesproken in de Kersenboogerd")
                new NameStep("NeighbourhoodAfterInDe", "Moeder: gesproken op 16 september in de Kersenboogerd.",
                        p -> NeighbourhoodAfterInDe.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("ProvinceInBrackets", "Elst (Utr)",
                        p -> ProvinceInBrackets.unflag(p.tokens(), p.flag())),
                new NameStep("StreetNameAlone", "bij de Bredasestraat, Santiplein is ingeschakeld",
                        p -> StreetNameAlone.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("InstitutionHeadName", "Gymnasium Felisenum, Teylers Museum",
                        p -> InstitutionHeadName.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("PlaceLabelCell", "| Woonplaats | Bemmel |",
                        p -> PlaceLabelCell.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("DistrictInBrackets", "Woonplaats: Purmerend (Weidevenne)",
                        p -> DistrictInBrackets.unflag(p.tokens(), p.flag(), words)),
                new NameStep("CompassDistrict", "Zaandam-Oost, Zaandam-Zuid, Politie Noord-Nederland (wijkagent)",
                        p -> CompassDistrict.unflag(p.tokens(), p.flag(), words)),
                // round 22 (t22-cards): a German youth office's area ("Jugendamt Stadt Emden")
                new NameStep("GermanAuthorityArea", "Jugendamt Stadt Emden (nog niet), Landkreis Leer",
                        p -> GermanAuthorityArea.unflag(p.tokens(), p.flag(), words)),
                // round 22 (t22-cards): where a member lives in the family composition's list or table
                new NameStep("ResidenceAfterFamilyMember", "moeder (1987), Veghel; | moeder | 1986 | thuis, Schadewijk |",
                        p -> ResidenceAfterFamilyMember.unflag(p.segment(), p.tokens(), p.flag(),
                                p.known().placeWords(), words)),
                new NameStep("CompassLanguage", "Opa spreekt West-Fries.",
                        p -> CompassLanguage.unflag(p.tokens(), p.flag())),
                // round 21 (t21-items): a navy ship after "Zr.Ms.", a place after a professional who serves an area
                new NameStep("NavalShipName", "Zr.Ms. Karel Doorman (A833)",
                        p -> NavalShipName.unflag(p.segment().text(), p.tokens(), p.flag())),
                new NameStep("TerritorialRolePlace", "Havenmeester Loosdrecht heeft gemeld (not: wijkagent Jan)",
                        p -> TerritorialRolePlace.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("DepartmentAfterRole", "De consulent Werk en Inkomen (not: juf Bakker en Visser)",
                        p -> DepartmentAfterRole.unflag(p.tokens(), p.flag(), words)),
                new NameStep("GermanPlaceInBrackets", "Vader woont in Duitsland (Emlichheim).",
                        p -> GermanPlaceInBrackets.unflag(p.tokens(), p.flag(), words)),
                new NameStep("MixedCapitalsOrganisation", "de jeugdconsulent van WIJeindhoven",
                        p -> MixedCapitalsOrganisation.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("SchoolGroupNumber", "de juf van Groep 6, mentor Klas 2B",
                        p -> SchoolGroupNumber.unflag(p.tokens(), p.flag())),
                new NameStep("MedicineBeforeDose", "Paracetamol 500 mg, Oxynorm 2,5 mg; Movicolon 1dd1",
                        p -> MedicineBeforeDose.unflag(p.tokens(), p.cls(), p.role(), p.flag())),
                new NameStep("GermanSentenceNouns", "Bei der Geburt war die Mutter 17",
                        p -> GermanSentenceNouns.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("ChurchDenominationName", "moeder van de Oud Gereformeerde Gemeente",
                        p -> ChurchDenominationName.unflag(p.tokens(), p.flag(), words)),
                new NameStep("MoveFromPlaceToPlace", "verhuisd van Hasselt naar Zwartsluis",
                        p -> MoveFromPlaceToPlace.unflag(p.tokens(), p.flag(), words)),
                new NameStep("PlaceBeforeDaar", "Sommelsdijk — daar woont de peetoom",
                        p -> PlaceBeforeDaar.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("PlaceInBracketsAfterInstitution", "De Koningin Wilhelminaschool (Vianen)",
                        p -> PlaceInBracketsAfterInstitution.unflag(p.tokens(), p.flag(), words)),
                new NameStep("YouthAndFamilyCentreArea", "Buurtteam Jeugd en Gezin Zuilen",
                        p -> YouthAndFamilyCentreArea.unflag(p.tokens(), p.flag(), words)),
                new NameStep("HospitalInCareContext", "SEH Antonius Nieuwegein",
                        p -> HospitalInCareContext.unflag(p.tokens(), p.flag(), words)),
                new NameStep("HyphenatedPlacePhrase", "Buurtteam Jeugd en Gezin Vleuten-De Meern",
                        p -> HyphenatedPlacePhrase.unflag(p.tokens(), p.flag(), words)),
                new NameStep("GrandparentWord", "bij babaanne en dede; Nana en nani (mzk)",
                        p -> GrandparentWord.unflag(p.tokens(), p.role(), p.flag(), words,
                                p.known().relativeWords())),
                new NameStep("PlaceAdjective", "oude Scheveningse vissersfamilie, Haagse familie",
                        p -> PlaceAdjective.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("LanguageAfterInterpreter", "via tolk Arabisch (moeder)",
                        p -> LanguageAfterInterpreter.unflag(p.tokens(), p.flag())),
                new NameStep("HospitalPartAfterHyphen", "Erasmus MC-Sophia (kinderarts)",
                        p -> HospitalPartAfterHyphen.unflag(p.tokens(), p.flag())),
                new NameStep("PlaceBeforeFamilyBracket", "een sterk netwerk in Terneuzen (zussen)",
                        p -> PlaceBeforeFamilyBracket.unflag(p.tokens(), p.flag(), words)),
                new NameStep("RegionalPronoun", "Vader: \"Wi'j redt ons wel\"; Mem: \"Hy is gjin min man\"",
                        p -> RegionalPronoun.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("ModalVerbOpeningNote", "Wil zijn vader vaker zien. (not: Wil zijn vader is boos)",
                        p -> ModalVerbOpeningNote.unflag(p.tokens(), p.flag(), words)),
                new NameStep("RegionalPossessive", "Vader: \"Mien jong doet niks verkeerds.\" (not: Mien zegt)",
                        p -> RegionalPossessive.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("DialectQuote", "\"Väöl te väöl\"; \"Als hae drinkt. Ich wèt 't neet\"; \"Jóng, ik\"",
                        p -> DialectQuote.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("TranslatedQuoteClause", "Moeder (tolk): \"Noi muncim, wij werken hard.\"",
                        p -> TranslatedQuoteClause.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("CareProviderHeadWord", "wijkagent, Timon (ambulant); KvK Timon: 41180883",
                        p -> CareProviderHeadWord.unflag(p.tokens(), p.role(), p.flag(), words)),
                // round 21 (t21-cards2): the same head word as a bare item of a list of organisations
                new NameStep("ProviderInOrganisationList", "Timon, Youké, Jeugdbescherming Gelderland; school: ...",
                        p -> ProviderInOrganisationList.unflag(p.tokens(), p.role(), p.coveredOrganisation(),
                                p.flag(), words, CardSections.is(p.segment(), Section.BETROKKEN_HULPVERLENING))),
                new NameStep("LandlordAfterHousingNoun", "kleine huurwoning (Weller), geen netwerk",
                        p -> LandlordAfterHousingNoun.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("SportsClubAfterSport", "S. voetbalt bij Quick Boys, de trainer is een steunfiguur",
                        p -> SportsClubAfterSport.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("MovingNounPlace", "Verhuizing naar Beemster gepland",
                        p -> MovingNounPlace.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("ElidedResidenceClause", "oma woont in Diever, de tante in Vledder",
                        p -> ElidedResidenceClause.unflag(p.tokens(), p.flag(), words)),
                new NameStep("SiteNearPlace", "De seizoenarbeiders slapen in containers bij Philippine",
                        p -> SiteNearPlace.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("PlacesBetween", "De kinderen wisselen tussen Ballum en Buren",
                        p -> PlacesBetween.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("LandmarkBetweenPlaces", "op de dijk tussen Echteld en Ochten",
                        p -> LandmarkBetweenPlaces.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("PlaceSubjectPredicate", "De Schooten is een wijk; Vianen hoort bij de gemeente",
                        p -> PlaceSubjectPredicate.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("ListedNameInstitution", "Timon biedt de kamertraining",
                        p -> ListedNameInstitution.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("NearPlaceAfterPlace", "Oma woont in Groet, vlak bij Schoorl",
                        p -> NearPlaceAfterPlace.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("ArticlePlaceOfResidence", "Moeder woont nu in De Mare",
                        p -> ArticlePlaceOfResidence.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("NeighbourhoodName", "Atolwijk - Zuiderzeewijk; Almere Oosterwold",
                        p -> NeighbourhoodName.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("NameLedNoun", "ALMERE HOUT, TINY HOUSE OP HET ERF",
                        p -> NameLedNoun.unflag(p.tokens(), p.role(), p.flag(), words, p.shouted())),
                // round 22 (t22-places): places that vouch for each other, "bij" after a place or a water, a place
                // that lacks a facility
                new NameStep("MutualPlaceRun", "Grave en Ravenstein liggen te ver (not: Herpen en Mill zeggen)",
                        p -> MutualPlaceRun.unflag(p.tokens(), p.role(), p.flag(), words, p.shouted())),
                new NameStep("NearPlaceAfterBij", "in Bakel, bij Gemert; op de Maas bij Gassel (not: slaapt bij Erp)",
                        p -> NearPlaceAfterBij.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("PlaceWithoutFacility", "Erp heeft geen middelbare school (not: ... school afgemaakt)",
                        p -> PlaceWithoutFacility.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("PartOfPlaceAfterVan", "op het gemeentehuis van Lith (not: het huis van Lith)",
                        p -> PartOfPlaceAfterVan.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("PlaceBeforeVisitNote", "Ovezande: huisbezoek gedaan (not: Jansen: huisbezoek)",
                        p -> PlaceBeforeVisitNote.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("PlaceBeforeDwellingNote", "Vathorst, nieuwbouw (not: Jansen, huurwoning)",
                        p -> PlaceBeforeDwellingNote.unflag(p.tokens(), p.role(), p.flag(), words)),
                // round 23 (t23-places): a place whose name joins places with hyphens
                new NameStep("HyphenatedPlaceName", "bij Paesens-Moddergat; Oud-Charlois, aan de dijk (not: Jansen-Mill)",
                        p -> HyphenatedPlaceName.unflag(p.tokens(), p.role(), p.flag(), words, p.shouted())),
                new NameStep("PlaceAfterSequenceAdverb", "woont in Hoeven, daarvoor Wagenberg (not: daarna Jansen)",
                        p -> PlaceAfterSequenceAdverb.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("FrisianFromToPlaces", "Fan Wjelsryp nei Tsjom mei de bus (not: fan Jansen nei)",
                        p -> FrisianFromToPlaces.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("FeastPlaceName", "Paasvuur Espelo 2026:; Carnaval 2026 (Kielegat) (not: Kermis Jansen)",
                        p -> FeastPlaceName.unflag(p.tokens(), p.role(), p.flag(), words)),
                // round 22 (t22-inst): an organisation's head word and its own name, a house of worship or school in
                // brackets, an acronym with its regional branch
                new NameStep("NamedOrganisationAfterHead", "Voedselbank Maasland, Oranjevereniging Tienhoven",
                        p -> NamedOrganisationAfterHead.unflag(p.tokens(), p.role(), p.flag(), words, p.shouted())),
                new NameStep("ZeeInPlaceName", "naar Julianadorp aan Zee, Scholen aan Zee (not: mevrouw Zee)",
                        p -> ZeeInPlaceName.unflag(p.tokens(), p.flag(), words)),
                new NameStep("NamedBuildingCompound", "op de Willem Alexanderkazerne (not: Willem Alexander bij de kazerne)",
                        p -> NamedBuildingCompound.unflag(p.tokens(), p.flag(), words)),
                new NameStep("WorshipOrSchoolNameInBrackets", "De kerk in Velp (De Hoeksteen) kent het gezin",
                        p -> WorshipOrSchoolNameInBrackets.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("AcronymRegionalBranch", "LTO Oost heeft vader doorverwezen (not: JAN WEST BELDE)",
                        p -> AcronymRegionalBranch.unflag(p.tokens(), p.role(), p.flag(), words, p.shouted())),
                new NameStep("OrganisationPairBeforeSingularVerb", "Kinderpraktijk Roos en Linde geeft speltherapie",
                        p -> OrganisationPairBeforeSingularVerb.unflag(p.tokens(), p.role(), p.flag(), words,
                                p.shouted())),
                new NameStep("PersonNounOpeningNote", "Leerling zit op het Piter Jelles (not: Mevrouw Leerling)",
                        p -> PersonNounOpeningNote.unflag(p.tokens(), p.flag(), words, p.shouted())),
                new NameStep("TurkishMosqueName", "De Ulu Camii in de wijk (not: imam Yusuf Camii)",
                        p -> TurkishMosqueName.unflag(p.tokens(), p.role(), p.flag(), words, p.shouted())),
                new NameStep("PlaceAdjectiveBeforeOrganisation", "Haags Juridisch Loket helpt moeder",
                        p -> PlaceAdjectiveBeforeOrganisation.unflag(p.tokens(), p.role(), p.flag(), words)),
                // round 24 (t24-inst): a temple named before "Mandir", a royal namesake, a club's name with its
                // article, an unlisted word after the article in an institution's slot
                new NameStep("HinduTempleName", "vereniging Shri Ram Mandir (not: oom Ram Mandir)",
                        p -> HinduTempleName.unflag(p.tokens(), p.role(), p.flag(), words, p.shouted())),
                new NameStep("RoyalNamesake", "Prins Maurits (Middelharnis) heeft (not: oom Prins Maurits)",
                        p -> RoyalOrNobleNamesake.unflag(p.tokens(), p.role(), p.flag(), words, p.shouted())),
                new NameStep("ClubNameWithArticle", "Carnavalsvereniging De Kielegatters (not: Voetbalclub De Jong)",
                        p -> ClubNameWithArticle.unflag(p.tokens(), p.role(), p.flag(), words, p.shouted())),
                new NameStep("ArticleBeforeUnlistedInstitution", "De Widdonck in Heythuysen; naar de Skalm",
                        p -> ArticleBeforeUnlistedInstitution.unflag(p.tokens(), p.role(), p.flag(), words,
                                p.shouted())),
                new NameStep("LineBreakWordPiece", "zag de vader agres- sief reageren (not: vader jan- willem)",
                        p -> LineBreakWordPiece.unflag(p.tokens(), p.flag(), words)),
                // round 23 (t23-cards): words of clean cards: God in a devout parent's quote
                new NameStep("DivineTitle", "Vader: \"De Heer heeft ons geleerd ...\" ... kerk (not: De Heer belde)",
                        p -> DivineTitle.unflag(p.segment().text(), p.tokens(), p.role(), p.flag(), words)),
                // round 25 (t25-held): a Bible reference in a church's letter or a footnote
                new NameStep("BibleReference", "in gebed (Romeinen 12:12); zie Psalm 91 en Jesaja 41 (not: Amos 13 en "
                        + "Zacharia 10)", p -> BibleReference.unflag(p.segment().text(), p.tokens(), p.flag(), words)),
                new NameStep("FrisianOpener", "Graach advys: is in OTS nedich? (not: Graach (7) zegt)",
                        p -> FrisianOpener.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("ForeignKinInInterpretedQuote", "R. met tolk: \"Baba is bang ...\" (not: without tolk)",
                        p -> ForeignKinInInterpretedQuote.unflag(p.tokens(), p.flag(), words)),
                new NameStep("WaterRouteInBrackets", "varen op een vrachtschip (Rijn, Antwerpen) (not: vader (Rijn))",
                        p -> WaterRouteInBrackets.unflag(p.tokens(), p.flag(), words)),
                // round 24 (t24-places): the place of a visit in its brackets, neighbourhoods by their shape in a
                // place slot
                new NameStep("VisitBracketPlace", "gesproken op 3-11 (huisbezoek, Rosmalen) (not: (huisbezoek, Jansen))",
                        p -> VisitBracketPlace.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("NeighbourhoodInPlaceSlot", "in Lelystad Boswijk; Meerwijk en Europawijk zijn de wijken "
                        + "(not: mevrouw Meerwijk, Boswijk belde)",
                        p -> NeighbourhoodInPlaceSlot.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("TwoPartPlaceName", "Gezin woont in Kerk en Zanen (not: vertrouwen in Bakker en Zanen)",
                        p -> TwoPartPlaceName.unflag(p.tokens(), p.role(), p.flag(), words)),
                // round 24 (t24-cards): a school named after a noble in a list of organisations or after a role (round
                // 25: the second reading of RoyalOrNobleNamesake, kept at its place in the list)
                new NameStep("NamesakeInOrganisationSlot", "Eleos, Prins Maurits (zorgcoördinator), huisarts (not: oom "
                        + "Prins Maurits)", p -> RoyalOrNobleNamesake.unflagInOrganisationSlot(p.segment(), p.tokens(),
                        p.flag(), words)),
                // round 25 (t25-cards): words of clean cards of the older development sets
                new NameStep("AddressWordInQuote", "\"... mij. Bro, ik wil rust.\" (not: \"Kees, ik wil rust.\")",
                        p -> AddressWordInQuote.unflag(p.tokens(), p.flag(), words)),
                new NameStep("HousingCompoundInHousingNote", "Woning vervuild; Woonstede deed een inspectie (not: "
                        + "Woonink)", p -> HousingCompoundInHousingNote.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("CareDepartmentAcronym", "Bernhoven (moeder SEH) (not: moeder ANS, moeder Seh)",
                        p -> CareDepartmentAcronym.unflag(p.segment().text(), p.tokens(), p.role(), p.flag(), words,
                                p.shouted())),
                // round 25 (t25-new): the development sets #87/#88: initials of two letters, a mosque before the
                // Dutch "moskee", the two ends of a route
                new NameStep("TwoLetterInitial", "broer Jo. (2018), ik haal Li. op (not: met Bo.)",
                        p -> TwoLetterInitial.unflag(p.tokens(), p.role(), p.flag(), words)),
                new NameStep("MosqueNameBeforeDutchHead", "de Mevlana moskee; Wijkteam, Fatih moskee, huisarts (not: imam "
                        + "Yusuf moskee)", p -> MosqueNameBeforeDutchHead.unflag(p.tokens(), p.role(), p.flag(), words,
                                p.shouted())),
                new NameStep("RouteNounPlaces", "Kaart met route Ubbergen - Beek (not: route Emma - Sophie)",
                        p -> RouteNounPlaces.unflag(p.tokens(), p.role(), p.flag(), words)),
                // round 26 (t26-new): the development sets #93/#94
                new NameStep("RegionNameOfHeadAndPlace", "Toegang Jeugd Hart van Brabant (not: mevrouw Hart van "
                        + "Brabant)", p -> RegionNameOfHeadAndPlace.unflag(p.tokens(), p.role(), p.flag(), words)));
    }

    private List<NameStep> lateEvidenceSteps() {
        List<NameStep> steps = new ArrayList<>(List.of(
                new NameStep("CapitalsNameInSentence", "bij SARA in Almelo",
                        p -> CapitalsNameInSentence.flag(p.tokens(), p.coveredOrganisation(), words, p.shouted(),
                                p.flag())),
                new NameStep("CapitalsAfterRelative", "vader (KALTENBACH)",
                        p -> CapitalsAfterRelative.flag(p.tokens(), p.coveredOrganisation(), words, p.shouted(),
                                p.flag())),
                new NameStep("NicknameInQuotes", "neef \"Keesje\", noemt zich \"Bolle\"",
                        p -> NicknameInQuotes.flag(p.tokens(), words, p.flag())),
                new NameStep("PossessiveBeforeFamily", "Vinh's broertjes",
                        p -> PossessiveBeforeFamily.flag(p.tokens(), words, p.flag())),
                new NameStep("GivenNameGenitiveBeforeFamily", "Merels moeder, Wims zus",
                        p -> GivenNameGenitiveBeforeFamily.flag(p.tokens(), words, p.flag())),
                new NameStep("InvertedNameInCell", "ODUYA, GRACE | moeder |",
                        p -> InvertedNameInCell.flag(p.tokens(), words, p.flag())),
                new NameStep("PossessiveApostropheAfterS", "Kuipers' nieuwe vriendin",
                        p -> PossessiveApostropheAfterS.flag(p.tokens(), words, p.flag())),
                new NameStep("NicknameInQuotesByContext", "wordt \"Bolle\" genoemd; vriend van pa, \"Sjonnie\",",
                        p -> NicknameInQuotesByContext.flag(p.tokens(), words, p.flag()))));
        if (lowerCaseGivenNames) {
            steps.add(new NameStep("ChatSpeakerLabel", "— 12:20 — precious: ik wil ...",
                    p -> ChatSpeakerLabel.flag(p.tokens(), words, p.flag())));
        }
        steps.add(new NameStep("PlaceNicknameAfterKin", "bij oom Venlo",
                p -> PlaceNicknameAfterKin.flag(p.tokens(), words, p.shouted(), p.flag())));
        steps.add(new NameStep("HomeOfPlaceNamedPerson", "bij Ommen thuis wordt gedronken",
                p -> HomeOfPlaceNamedPerson.flag(p.tokens(), words, p.flag())));
        steps.add(new NameStep("GivenNameAfterOrganisationHead", "Kinderopvang Lisa heeft gebeld",
                p -> GivenNameAfterOrganisationHead.flag(p.tokens(), words, p.flag())));
        steps.add(new NameStep("SurnameAfterDeInCapitals", "NAAR DE BOS IN ...",
                p -> SurnameAfterDeInCapitals.flag(p.tokens(), words, p.shouted(), p.flag())));
        steps.add(new NameStep("CoordinatedNamesInCapitals", "MIHAI EN ELENA WONEN BIJ OMA",
                p -> CoordinatedNamesInCapitals.flag(p.tokens(), words, p.shouted(), p.flag())));
        if (lowerCaseGivenNames) {
            steps.add(new NameStep("GivenNameBeforePeriodAfterKin", "bij oma trees.",
                    p -> GivenNameBeforePeriodAfterKin.flag(p.tokens(), words, p.flag())));
        }
        // round 14 (r14-names): names others write that the rules above miss
        steps.add(new NameStep("SurnameAfterFamilyTitle", "fam. van Velsen woont naast",
                p -> SurnameAfterFamilyTitle.flag(p.tokens(), words, p.flag())));
        steps.add(new NameStep("ArabicArticleSurname", "al-khatib weigert",
                p -> ArabicArticleSurname.flag(p.tokens(), words, p.flag())));
        steps.add(new NameStep("InitialsNicknameAfterKin", "vader GJ komt niet meer",
                p -> InitialsNicknameAfterKin.flag(p.tokens(), words, p.flag())));
        steps.add(new NameStep("NameCellBeforeRelativeCell", "GROOT ZEVERT | oom | geen contact",
                p -> NameCellBeforeRelativeCell.flag(p.tokens(), words, p.flag())));
        steps.add(new NameStep("LowerCaseSurnameNounWithKin", "bos (pa) zit weer in de opvang; vader bos weigert",
                p -> LowerCaseSurnameNounWithKin.flag(p.tokens(), words, p.flag())));
        steps.add(new NameStep("OrganisationWordAsPersonName", "De dochter heet Viveste; Gemiva (de zus van moeder)",
                p -> OrganisationWordAsPersonName.flag(p.tokens(), p.covered(), words, p.flag())));
        steps.add(new NameStep("PlaceAbroadAsSubject", "Jiayi vertelt dat ze thuis moet koken",
                p -> PlaceAbroadAsSubject.flag(p.tokens(), words, p.flag())));
        steps.add(new NameStep("NameAfterReportComma", "Die Mutter sagt, Horst schlägt das Kind",
                p -> NameAfterReportComma.flag(p.tokens(), p.cls(), p.covered(), p.flag())));
        // round 17 (r17-names): names others write that the rules above miss
        steps.add(new NameStep("SurnameBeforeOrganisationCall", "Kuiper van Accare belde (not: Kapitein van ...)",
                p -> SurnameBeforeOrganisationCall.flag(p.tokens(), p.coveredOrganisation(), words, p.shouted(),
                        p.flag())));
        steps.add(new NameStep("KinNamedBen", "opa ben komt elke vrijdag (not: dat ik opa ben)",
                p -> KinNamedBen.flag(p.tokens(), words, p.flag())));
        if (lowerCaseGivenNames) {
            steps.add(new NameStep("GivenNameAfterEne", "met ene steven uit Breskens (not: de ene kant)",
                    p -> GivenNameAfterEne.flag(p.tokens(), words, p.flag())));
        }
        steps.add(new NameStep("DiminutiveGivenName", "Evertje wil niet, Fatimaatje slaapt (not: Lintje)",
                p -> DiminutiveGivenName.flag(p.tokens(), p.coveredOrganisation(), words, p.flag())));
        steps.add(new NameStep("TitleParticleKinSurname", "De heer Van Buren",
                p -> TitleParticleKinSurname.flag(p.tokens(), words, p.flag())));
        steps.add(new NameStep("FamilyOfPlaceNamedPerson", "de kinderen van Boerhaar (not: van Meppel)",
                p -> FamilyOfPlaceNamedPerson.flag(p.tokens(), words, p.flag())));
        steps.add(new NameStep("PlaceNamedChildWithYear", "Yde (2013) zit op het vo (not: naar Assen (2021))",
                p -> PlaceNamedChildWithYear.flag(p.tokens(), words, p.flag())));
        steps.add(new NameStep("CoordinatedGivenName", "Frans en Ria Notermans, bij Ank en Henk (round 19)",
                p -> CoordinatedGivenName.flag(p.tokens(), p.covered(), p.coveredOrganisation(), words, p.flag())));
        steps.add(new NameStep("ParticleSurnameInPair", "ouders Folkertsma en Van Dellen (round 23)",
                p -> ParticleSurnameInPair.flag(p.tokens(), p.covered(), p.coveredOrganisation(), words, p.flag())));
        steps.add(new NameStep("NameOfRelativeIs", "De Pauw is de naam van de partner van moeder (round 24)",
                p -> NameOfRelativeIs.flag(p.tokens(), p.covered(), p.coveredOrganisation(), words, p.flag())));
        steps.add(new NameStep("AbroadPlaceAfterKin", "Oudste dochter Jiayi tolkt (round 23)",
                p -> AbroadPlaceAfterKin.flag(p.tokens(), words, p.flag())));
        steps.add(new NameStep("NameCellBeforeVerbCell", "Zorgen | Wouters | drinkt dagelijks (round 23)",
                p -> NameCellBeforeVerbCell.flag(p.tokens(), words, p.flag())));
        steps.add(new NameStep("GivenNameAfterCareOrClubHead", "Peuterspeelzaal Sanne huilt, voetbalvereniging Jan Bos (round 23)",
                p -> GivenNameAfterCareOrClubHead.flag(p.tokens(), p.role(), p.shouted(), words, p.flag())));
        steps.add(new NameStep("SurnameInFileName", "VHK_Mulder_J2012.docx, kaart_de_Vries.pdf (round 20)",
                p -> SurnameInFileName.flag(p.tokens(), p.coveredOrganisation(), words, p.flag())));
        steps.add(new NameStep("SurnameBeforeInvertedFamilyTitle", "DE VRIES-BAKKER, FAM. — NIEUWBOUW (round 25)",
                p -> SurnameBeforeInvertedFamilyTitle.flag(p.tokens(), words, p.flag())));
        steps.add(new NameStep("GivenNameNamingPersonNoun", "een relatie met een jongen uit Oss, Daan. (round 25)",
                p -> GivenNameNamingPersonNoun.flag(p.tokens(), words, p.flag())));
        // round 25 (t25-items): relatives' names that the rules above miss
        steps.add(new NameStep("KinPairName", "Vader Huig en moeder Dirkje gaan (round 25)",
                p -> KinPairName.flag(p.tokens(), p.covered(), p.coveredOrganisation(), words, p.flag())));
        steps.add(new NameStep("KinParticleOfficeSurname", "Buurman de Graaf heeft (round 25)",
                p -> KinParticleOfficeSurname.flag(p.tokens(), p.coveredOrganisation(), words, p.flag())));
        // round 26 (t26-held): words of the clean cards of #89/#90 read as names
        steps.add(new NameStep("DialectVerbBeforeGij", "\"Hedde gij ooit ...?\" (not: Hedde, gij ...) (round 26)",
                p -> DialectVerbBeforeGij.unflag(p.tokens(), p.flag())));
        steps.add(new NameStep("NounBeforeInstrumentScore", "Ernst volgens VIM-schaal: 3 (not: volgens moeder) (round 26)",
                p -> NounBeforeInstrumentScore.unflag(p.tokens(), p.flag(), words)));
        steps.add(new NameStep("EnglishPossessiveOpening", "\"My parents don't know\" (not: My zegt) (round 26)",
                p -> EnglishPossessiveOpening.unflag(p.tokens(), p.flag(), words)));
        // round 26 (t26-held): words of the allowed sentences of #89/#90 read as names
        steps.add(new NameStep("MixedCaseAcronym", "Behandelaar GGzE (psychiater) (not: IJsbrand, McKenzie) (round 26)",
                p -> MixedCaseAcronym.unflag(p.tokens(), p.flag(), words)));
        steps.add(new NameStep("AcronymAfterArticle", "werker van de ISE (not: Jan van de BOER) (round 26)",
                p -> AcronymAfterArticle.unflag(p.segment().text(), p.tokens(), p.flag(), p.shouted(), words)));
        steps.add(new NameStep("DepartmentAfterHospital", "ANNA ZIEKENHUIS GELDROP, SEH, NACHT (round 26)",
                p -> DepartmentAfterHospital.unflag(p.segment().text(), p.tokens(), p.flag(), words)));
        steps.add(new NameStep("MeasurementLabel", "Visus 0,8 beide ogen (not: Xandor 1,5 jaar) (round 26)",
                p -> MeasurementLabel.unflag(p.tokens(), p.flag(), words)));
        steps.add(new NameStep("ArticleNamedInstitutionCompound", "bij de Pepijn en Paulus-groep (round 26)",
                p -> ArticleNamedInstitutionCompound.unflag(p.tokens(), p.flag())));
        steps.add(new NameStep("SchoolConceptBeforeSchool", "naar Jenaplan basisschool De Pelikaan (round 26)",
                p -> SchoolConceptBeforeSchool.unflag(p.tokens(), p.role(), p.flag())));
        // round 26 (t26-held): names of the held-out sets #89/#90 that the rules above miss
        steps.add(new NameStep("HyphenatedGivenName", "Seo-yeon vertelt, tante Ji-woo (not: Wi-fi werkt) (round 26)",
                p -> HyphenatedGivenName.flag(p.tokens(), p.coveredOrganisation(), words, p.flag())));
        steps.add(new NameStep("CapitalsSubjectBeforeVerb", "KOWALSKI belde om 9 uur (not: POLITIE belde) (round 26)",
                p -> CapitalsSubjectBeforeVerb.flag(p.tokens(), p.coveredOrganisation(), p.shouted(), words, p.flag())));
        steps.add(new NameStep("NicknameAfterNamingVerb", "noemt de nieuwe vriend alleen Tarzan (round 26)",
                p -> NicknameAfterNamingVerb.flag(p.tokens(), words, p.flag())));
        if (lowerCaseGivenNames) {
            steps.add(new NameStep("SecondGivenNameInLowerCase", "vader dirk jan kan niet lezen (round 25)",
                    p -> SecondGivenNameInLowerCase.flag(p.tokens(), p.kin(), words, p.flag())));
        }
        // round 26 (t26-items): names in a person's slot that the rules above miss
        steps.add(new NameStep("PossessiveGivenNameBeforeKin", "Lieves moeder wil (round 26; not: Ouders moeder)",
                p -> PossessiveGivenNameBeforeKin.flag(p.tokens(), p.role(), p.coveredOrganisation(), words, p.flag())));
        steps.add(new NameStep("ShoutedNameInPersonSlot", "Volgens DEKKERS slaat, RAMIREZ zegt (round 26; not: volgens BRP)",
                p -> ShoutedNameInPersonSlot.flag(p.tokens(), p.covered(), p.shouted(), words, p.flag())));
        steps.add(new NameStep("SurnameBeforeZelf", "volgens Hollander zelf (round 26; not: volgens Emmen)",
                p -> SurnameBeforeZelf.flag(p.tokens(), p.coveredOrganisation(), words, p.flag())));
        steps.add(new NameStep("NamingVerbObject", "Oma noemt Vrede haar vriendin (round 26; not: noemt hoop)",
                p -> NamingVerbObject.flag(p.tokens(), p.covered(), words, p.flag())));
        steps.add(new NameStep("GivenNameLearning", "Roos leert fietsen (round 26; not: Hoop leert ons)",
                p -> GivenNameLearning.flag(p.tokens(), p.covered(), words, p.flag())));
        steps.add(new NameStep("VocativeInQuote", "'Wietske, kom naar beneden!' (round 26; not: 'Schat, ga')",
                p -> VocativeInQuote.flag(p.tokens(), p.role(), p.coveredOrganisation(), words, p.flag())));
        steps.add(new NameStep("GivenNameBeforeWritingColon", "Op 3 nov. schreef lu: (round 26; not: schreef ik:)",
                p -> GivenNameBeforeWritingColon.flag(p.tokens(), p.role(), words, p.flag())));
        steps.add(new NameStep("SurnameBeforeBracketedOrganisation", "Kuipers (Lentis) ziet (round 26; not: Kinnik (GGZ))",
                p -> SurnameBeforeBracketedOrganisation.flag(p.tokens(), p.role(), p.covered(), p.coveredOrganisation(), words,
                        p.flag())));
        steps.add(new NameStep("NameOfOrganisationMember", "met Visser van de woningbouw (round 26; not: van Timon)",
                p -> NameOfOrganisationMember.flag(p.tokens(), p.role(), p.coveredOrganisation(), words, p.flag())));
        return List.copyOf(steps);
    }

    private void classifyAll(List<Token> tokens, WordClass[] cls, boolean[] covered, boolean[] coveredOrganisation,
                             int[] role, Map<String, WordClass> memo, boolean shouted) {
        int n = tokens.size();
        PhraseIndex allowed = words.allowed();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (t.capitalised() || (role[i] & TUSSENVOEGSEL) != 0) {
                WordClass c = memo.get(t.text());
                if (c == null) {
                    c = classifier.classify(tokens, i);
                    memo.put(t.text(), c);
                }
                cls[i] = c;
            } else {
                cls[i] = WordClass.OTHER;
            }
        }
        markNoNameZones(tokens, covered, coveredOrganisation);
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                continue;
            }
            PhraseIndex.Match m = (role[i] & PHRASE) != 0 || t.capitalised() ? allowed.match(tokens, i)
                    : PhraseIndex.Match.NONE;
            if (m.length() == 1 && m.kind() == PhraseIndex.Kind.PLACE && cls[i] == WordClass.NAME) {
                m = PhraseIndex.Match.NONE; // "Axel", "Sofia": a given name first; "in Axel" is handled later
            }
            if (m.length() > 0) {
                for (int k = i; k < i + m.length(); k++) {
                    covered[k] = true;
                    coveredOrganisation[k] = m.kind() == PhraseIndex.Kind.ORGANISATION
                            || m.kind() == PhraseIndex.Kind.OTHER;
                }
            }
            if (((role[i] & ORG) != 0 || cls[i] != WordClass.NAME && t.lower().length() > 7
                    && endsWithInstitutionHead(t.lower()) && i + 1 < n && tokens.get(i + 1).isWord()
                    && tokens.get(i + 1).capitalised()) && !OwnerAfterVan.personOwnerAfter(tokens, i, words)
                    && !NamedPersonAfterSource.at(tokens, i, words)) {
                // "stichting X", "basisschool De Regenboog", and any compound institution word before a capitalised
                // run ("Gezinshuis De Linde", "jongerenhuis Het Anker", "zorgcentrum De Vijverhof")
                int k = i + 1;
                if (k < n && tokens.get(k).is('(')) {
                    k++;
                }
                while (k < n && tokens.get(k).isWord() && (tokens.get(k).capitalised()
                        || cls[k] == WordClass.TUSSENVOEGSEL) && (role[k] & KIN) == 0) {
                    covered[k] = true;
                    coveredOrganisation[k] = true;
                    k++;
                }
            }
            if (t.capitalised() && cls[i] == UNKNOWN && i + 1 < n && tokens.get(i + 1).is('(')
                    && organisationInBrackets(tokens, i + 1, allowed)) {
                covered[i] = true; // "Kinnik (GGZ Friesland)": a unit or brand of the organisation in brackets
                coveredOrganisation[i] = true;
            }
            if (STATION_WORDS.contains(t.lower()) && i + 1 < n && tokens.get(i + 1).isWord()
                    && tokens.get(i + 1).capitalised()) {
                coverPlaceRun(tokens, cls, covered, i + 1); // "station Amersfoort Schothorst": a station is a place
            }
            if (t.capitalised() && doseAfter(tokens, i) && !PersonBeforeDose.personSlot(tokens, cls, words, i)) {
                covered[i] = true; // "Methylfenidaat 3 dd 10 mg", "Melatonine 1 mg": a medicine and its dose
                coveredOrganisation[i] = true;
            }
            if (t.capitalised() && i + 1 < n && endsWithOrganisationHead(t.lower()) && !words.isSurname(t.text())
                    && tokens.get(i + 1).isWord()
                    && tokens.get(i + 1).capitalised() && placeStartsAt(tokens, i + 1, allowed)) {
                // "Kinderpraktijk Etten-Leur", "Jeugdteam Ter Apel", "Sportpunt Hoogeveen": an organisation compound
                // and the place it works in; the place is no surname
                covered[i] = true;
                coveredOrganisation[i] = true;
                coverPlaceRun(tokens, cls, covered, i + 1);
            }
            if (t.capitalised() && i + 1 < n && tokens.get(i + 1).isWord() && tokens.get(i + 1).capitalised()
                    && tokens.get(i + 1).spaceBefore() && endsWithInstitution(tokens.get(i + 1).lower())
                    && !GivenNameAndCompoundSurname.surnameOfGivenName(tokens, cls, words, i + 1)) { // round 12: "Kübra Kamphuis"
                covered[i] = true;
                coveredOrganisation[i] = true;
            }
            if (i > 0 && (INSTITUTION_HEADS.contains(t.lower()) && (t.capitalised() || isHospitalWord(t.lower()))
                    || t.capitalised() && cls[i] != WordClass.NAME && endsWithInstitution(t.lower())
                    && t.lower().length() > 7 && !GivenNameAndCompoundSurname.surnameOfGivenName(tokens, cls, words, i))) {
                // "Jeroen Bosch Ziekenhuis", "Dr. Leo Kannerhuis", "Mgr. Bekkersschool"; round 12: not over "van"
                // before a listed organisation ("Femke Raaijmakers van Sterk Huis" is a person of Sterk Huis)
                if (PersonOfListedOrganisation.linkBefore(tokens, words, i) < 0) {
                    institutionBefore(tokens, cls, covered, coveredOrganisation, i, shouted);
                }
            }
            if (!t.capitalised() && i > 1 && t.lower().length() >= 6 && (endsWithInstitutionHead(t.lower())
                    || t.lower().endsWith("groep") || t.lower().endsWith("gemeenschap") || t.lower().endsWith("stichting")
                    || INSTITUTION_HEADS.contains(t.lower()))
                    && tokens.get(i - 1).isWord() && tokens.get(i - 1).capitalised() && articleBeforeRun(tokens, cls, i)) {
                institutionBefore(tokens, cls, covered, coveredOrganisation, i, shouted); // "de Johan de Witt scholengroep"
            }
            if (!t.capitalised() && i > 1 && !t.spaceBefore() && tokens.get(i - 1).is('-')
                    && !tokens.get(i - 1).spaceBefore() && tokens.get(i - 2).isWord()
                    && tokens.get(i - 2).capitalised() && t.lower().length() >= 6
                    && (endsWithInstitutionHead(t.lower()) || t.lower().endsWith("groep")
                    || t.lower().endsWith("gemeenschap") || INSTITUTION_HEADS.contains(t.lower()))) {
                // "de Johan de Witt-scholengroep", "het Maria Goretti-college": a name joined to an institution
                // word by a hyphen names the institution
                institutionBefore(tokens, cls, covered, coveredOrganisation, i - 1, shouted);
            }
            if ((!t.capitalised() || t.sentenceStart() || t.text().equals("Het")) && (t.lower().equals("het")
                    || t.text().equals("'t") && i > 0
                    && tokens.get(i - 1).isWord() && PLACE_PREPOSITIONS.contains(tokens.get(i - 1).lower())
                    // "dhr. in 't Veld", "het gezin In 't Zandt": after a title, kin word or initial, a surname
                    && !(i >= 2 && tokens.get(i - 1).lower().equals("in") && (tokens.get(i - 2).is('.')
                    || tokens.get(i - 2).isWord() && ((role[i - 2] & (TITLE | HEER)) != 0
                    && !tokens.get(i - 2).lower().equals("familie") || (role[i - 2] & KIN) != 0
                    && tokens.get(i - 1).capitalised())))) && i + 1 < n
                    && tokens.get(i + 1).isWord() && tokens.get(i + 1).capitalised()
                    && cls[i + 1] != WordClass.INITIAL && !cleft(tokens, i)) {
                // "in het Antonius", "naar het Jeroen Bosch": a person is never "het X"
                coverCapitalisedRun(tokens, cls, covered, coveredOrganisation, i + 1);
            }
            if (t.capitalised() && cls[i] == UNKNOWN && i + 1 < n && tokens.get(i + 1).isWord()
                    && !tokens.get(i + 1).capitalised() && SERVICE_NOUNS.contains(tokens.get(i + 1).lower())) {
                // "Sensire wijkverpleging", "Yunio jeugdgezondheidszorg": an unknown word before a kind of care
                covered[i] = true;
                coveredOrganisation[i] = true;
            }
            if (t.capitalised() && SAINT_WORDS.contains(t.lower()) && i + 1 < n) {
                int k = tokens.get(i + 1).is('.') || tokens.get(i + 1).is('-') ? i + 2 : i + 1;
                if (k < n && tokens.get(k).isWord() && tokens.get(k).capitalised()) {
                    covered[i] = true;
                    coveredOrganisation[i] = true;
                    coverCapitalisedRun(tokens, cls, covered, coveredOrganisation, k); // "St. Jansdal", "Sint Anna"
                }
            }
            if (t.capitalised() && i + 3 < n && tokens.get(i + 1).is('(') && provinceSuffix(tokens, i + 1)) {
                covered[i] = true; // "Bergen (NH)", "Erica (Drenthe)": a place
            }
            if (!t.capitalised() && RESIDENCE_VERBS.contains(t.lower()) && i + 2 < n && tokens.get(i + 1).isWord()
                    && RESIDENCE_PREPOSITIONS.contains(tokens.get(i + 1).lower())) {
                coverPlaceRun(tokens, cls, covered, i + 2); // "woont in Anna Paulowna", "verhuisd naar Bergen op Zoom"
            }
            if (t.isWord() && RESIDENCE_PREPOSITIONS.contains(t.lower()) && i + 2 < n && tokens.get(i + 1).isWord()
                    && tokens.get(i + 1).capitalised() && cls[i + 1] != WordClass.INITIAL
                    && residenceVerbAfterRun(tokens, i + 1) && !givenNameAfterNaar(tokens, cls, i)) {
                coverPlaceRun(tokens, cls, covered, i + 1); // "naar Beijum verhuisd", "in Mariaberg opgegroeid"
            }
            if (t.is('(') && i > 0 && i + 2 < n && tokens.get(i - 1).isWord() && tokens.get(i - 1).capitalised()
                    && words.isPlace(WordLists.lower(tokens.get(i - 1).text())) && tokens.get(i + 1).isWord()
                    && tokens.get(i + 1).capitalised() && cls[i + 1] != WordClass.INITIAL) {
                coverPlaceRun(tokens, cls, covered, i + 1); // "Ghana (Kumasi)", "Turkije (Kayseri)": a place in it
            }
            if (t.capitalised() && cls[i] != WordClass.NAME && t.lower().length() >= 5 && t.lower().endsWith("se")
                    && i > 0 && i + 1 < n && tokens.get(i - 1).isWord()
                    && ADJECTIVE_ARTICLES.contains(tokens.get(i - 1).text()) && tokens.get(i + 1).isWord()
                    && !tokens.get(i + 1).capitalised() && words.isDutchWord(tokens.get(i + 1).lower())) {
                covered[i] = true; // "de Bergse wijk", "het Brabantse dorp": an adjective of a place
            }
        }
        coverPlaceLists(tokens, cls, covered, role);
        coverPlacePairs(tokens, cls, covered);
        coverEmployers(tokens, cls, covered, coveredOrganisation);
        coverWaters(tokens, covered);
        ForeignDateWords.cover(tokens, covered, words); // round 9: "Sent: Tuesday, 10 November 2026"
        // round 8: organisations by the shape of the sentence, one rule per class
        SchoolAttendance.cover(tokens, cls, covered, coveredOrganisation);
        SportClubs.cover(tokens, cls, covered, coveredOrganisation);
        SportClubs.afterSportVerb(tokens, cls, covered, coveredOrganisation, words); // round 9: "voetballen bij Be Quick"
        OrganisationSubject.cover(tokens, cls, covered, coveredOrganisation, words);
        InstitutionInBrackets.cover(tokens, cls, covered, coveredOrganisation, role);
        AreaAndServiceNames.cover(tokens, cls, covered, coveredOrganisation, words);
        coverProfessionalsPlace(tokens, cls, covered, coveredOrganisation);
        FacilityOwner.cover(tokens, cls, covered, coveredOrganisation); // round 9: "de peuteropvang van Kinderstralen"
        PlaceShapes.cover(tokens, cls, covered, words);
        Destinations.cover(tokens, cls, covered, coveredOrganisation, words); // round 9: "vertrok ... naar X" // round 9: "de Filipijnen (Cebu)", "Manilla, Cebu, Dubai"
    }

    /**
     * Round 8: the area or department of a professional. "de wijkagent van Hillesluis", "de consulent uit Osdorp": after
     * a professional's role and "van"/"uit", a capitalised word that is no listed given name names where the
     * professional works ("de mentor van Daan", "de trainer van Koster" stay names). "Consulent Werk en Inkomen", "consulent Roma en Sinti":
     * right after the role, a run of capitalised ordinary or allowed words (with "en") names the department ("coach
     * Bakker", "jeugdarts Roos" stay names: listed names).
     */
    private void coverProfessionalsPlace(List<Token> tokens, WordClass[] cls, boolean[] covered,
                                         boolean[] coveredOrganisation) {
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || !PROFESSIONAL_ROLES.contains(t.lower())) {
                continue;
            }
            Token next = tokens.get(i + 1);
            if (i + 2 < n && next.isWord() && (next.text().equals("van") || next.text().equals("uit"))
                    && tokens.get(i + 2).isWord() && tokens.get(i + 2).capitalised()
                    && (cls[i + 2] == UNKNOWN || cls[i + 2] == WordClass.ALLOWED || cls[i + 2] == WordClass.DICTIONARY
                    || cls[i + 2] == AMBIGUOUS_SURNAME && words.isPlaceInContext(tokens.get(i + 2).lower()))
                    && !words.isFirstName(NameClassifier.stripPossessive(tokens.get(i + 2).text()))
                    && (i + 3 >= n || !tokens.get(i + 3).isWord() || !tokens.get(i + 3).capitalised())) {
                covered[i + 2] = true;
                coveredOrganisation[i + 2] = true;
                continue;
            }
            int k = i + 1;
            int end = k;
            if (words.isTussenvoegsel(next.lower()) && next.capitalised() && i + 2 < n && tokens.get(i + 2).isWord()
                    && tokens.get(i + 2).capitalised()) {
                continue; // round 10: "meester Van Lopik", "juf De Wit": a particle and a capital are a surname
            }
            while (k < n && tokens.get(k).isWord() && (tokens.get(k).capitalised()
                    && (cls[k] == WordClass.DICTIONARY || cls[k] == WordClass.ALLOWED)
                    || k > i + 1 && tokens.get(k).text().equals("en") && k + 1 < n && tokens.get(k + 1).isWord()
                    && tokens.get(k + 1).capitalised())) {
                k++;
                end = k;
            }
            for (int m = i + 1; m < end; m++) {
                covered[m] = true;
                coveredOrganisation[m] = true;
            }
        }
    }

    /** Prepositions before "de"/"het" and a water: "vissen bij de Mark", "wonen aan de Vecht", "in het IJ". */
    private static final Set<String> WATER_PREPOSITIONS = WordSets.of("bij", "langs", "aan", "over", "op", "in", "naar",
            "van", "onder", "achter", "voor", "door", "nabij", "vlakbij", "richting", "overkant");

    /**
     * A river, canal or lake after a preposition and its article is a place ("bij de Mark", "aan de Vecht", "over de
     * Nieuwe Maas"); the same words without that ("meneer Mark", "De Maas belde") are left to the other rules.
     */
    private void coverWaters(List<Token> tokens, boolean[] covered) {
        int n = tokens.size();
        for (int i = 1; i + 1 < n; i++) {
            Token article = tokens.get(i);
            if (!article.isWord() || !(article.text().equals("de") || article.text().equals("het"))
                    || !tokens.get(i - 1).isWord() || !WATER_PREPOSITIONS.contains(tokens.get(i - 1).lower())
                    || !tokens.get(i + 1).isWord() || !tokens.get(i + 1).capitalised()) {
                continue;
            }
            StringBuilder phrase = new StringBuilder();
            int best = -1;
            for (int k = i + 1; k < n && k < i + 4 && tokens.get(k).isWord(); k++) {
                if (phrase.length() > 0) {
                    phrase.append(' ');
                }
                phrase.append(tokens.get(k).lower());
                if (words.isWater(phrase.toString())) {
                    best = k;
                }
            }
            for (int k = i + 1; k <= best; k++) {
                covered[k] = true;
            }
        }
    }

    /** Verbs and nouns of work before "bij": the unknown capitalised run after them is an employer. */
    private static final Set<String> WORK_WORDS = WordSets.of("werkt", "werkte", "werken", "werkten", "werkzaam",
            "dienst", "stage", "stageplek", "baan", "bijbaan", "vakantiewerk", "uitzendkracht", "chauffeur",
            "medewerker", "schoonmaker", "schoonmaakster", "magazijnmedewerker", "monteur", "kok", "ontslagen",
            // round 9: "heeft een contract bij", "heeft werk gevonden bij", "werkt parttime bij"
            "contract", "werk", "arbeidscontract", "nulurencontract", "uitzendbaan", "leerwerkplek",
            // care and school: "in behandeling bij", "bekend bij", "taalles bij" (not a club or a lesson: "traint bij
            // Jalil" may name a trainer)
            "behandeling", "behandeld", "therapie", "begeleiding", "begeleid", "aangemeld", "aanmelding",
            "ingeschreven", "bekend", "taalles", "opleiding", "cursus", "traject", "wachtlijst", "intake",
            "dagbesteding", "opgenomen", "ondersteuning", "hulpverlening",
            // child care, and the landlords and creditors of arrears: "BSO bij Kober", "huurachterstand bij Parteon"
            "bso", "kdv", "kinderopvang", "dagopvang", "peuteropvang", "gastouderopvang", "kinderdagverblijf",
            "huurachterstand", "betalingsachterstand", "achterstand", "schuld", "schulden", "huurder", "verzekerd");
    /** Words of referral before "naar": "doorverwijzing naar Refaja", "verwezen naar X". */
    private static final Set<String> REFERRAL_WORDS = WordSets.of("verwezen", "doorverwezen", "verwijzing",
            "doorverwijzing", "aangemeld", "aanmelding", "overgeplaatst", "overgedragen");

    /**
     * "werkt bij Vlisco in Helmond", "is vrachtwagenchauffeur bij Mainfreight", "bekend bij Vanboeijen", "taalles bij
     * Scalda", "doorverwijzing naar Refaja": after a word of work, care, school or club and "bij" (or a word of referral
     * and "naar"), a run of capitalised words that no name list knows is an organisation (a listed name stays a name:
     * "werkt bij Ahmed", "in behandeling bij Sanne").
     */
    private void coverEmployers(List<Token> tokens, WordClass[] cls, boolean[] covered,
                                boolean[] coveredOrganisation) {
        int n = tokens.size();
        for (int i = 1; i + 1 < n; i++) {
            if (!tokens.get(i).isWord() || !tokens.get(i - 1).isWord()) {
                continue;
            }
            String before = tokens.get(i - 1).lower();
            boolean work = tokens.get(i).text().equals("bij") && (workWord(before) || i >= 2
                    && tokens.get(i - 2).isWord() && workWord(tokens.get(i - 2).lower())
                    && (EMPLOYMENT_WORDS.contains(before) || before.equals("gevonden")))
                    || tokens.get(i).text().equals("naar") && REFERRAL_WORDS.contains(before);
            int k = i + 1;
            if (!work || !tokens.get(k).isWord() || !tokens.get(k).capitalised() || !employerStart(tokens, cls, k)) {
                continue;
            }
            if (personAppositionAfterRun(tokens, k) || CARE_WORDS.contains(before)) {
                continue; // leak review: "werkt bij Visser, haar schoonvader", "bij Dijkstra thuis"
            }
            boolean first = true;
            while (k < n && k < i + 5 && (tokens.get(k).isWord() && tokens.get(k).capitalised()
                    && (cls[k] == UNKNOWN || cls[k] == WordClass.ALLOWED || cls[k] == WordClass.DICTIONARY
                    || !first && nameLike(cls[k]) || first && employerStart(tokens, cls, k))
                    || !first && tokens.get(k).isWord() && cls[k] == WordClass.TUSSENVOEGSEL
                    && !tokens.get(k).capitalised() && k + 1 < n && tokens.get(k + 1).capitalised())) {
                covered[k] = true;
                coveredOrganisation[k] = true;
                k++;
                first = false;
            }
            // round 9: "Van Gansewinkel (nu Renewi)": the organisation's present or former name in brackets
            if (k + 3 < n && tokens.get(k).is('(') && tokens.get(k + 1).isWord()
                    && RENAMED.contains(tokens.get(k + 1).lower())) {
                for (int m = k + 2; m < n && m < k + 6 && tokens.get(m).isWord() && tokens.get(m).capitalised(); m++) {
                    covered[m] = true;
                    coveredOrganisation[m] = true;
                }
            }
        }
    }

    private static boolean workWord(String lower) {
        return WORK_WORDS.contains(lower) || lower.endsWith("chauffeur") || lower.endsWith("medewerker")
                || lower.endsWith("medewerkster");
    }

    /** Round 9: words of a job between a work word and "bij" ("werkt parttime bij", "een vast contract bij"). */
    private static final Set<String> EMPLOYMENT_WORDS = Set.of("parttime", "fulltime", "contract", "tijdelijk",
            "oproepbasis", "vast", "nog", "al", "sinds", "weer", "ook", "nu");
    private static final Set<String> RENAMED = Set.of("nu", "voorheen", "vroeger", "tegenwoordig", "thans", "ex",
            "later", "inmiddels");

    /**
     * The first word of an employer after "werkt bij": a word no name list knows ("Vlisco"), or (round 9) a surname
     * that is no given name ("Tinga"), a brand ("Jumbo Veghel"), an ordinary word before a capitalised word ("Lamb
     * Weston") or a capitalised particle before a capitalised word ("Van Gansewinkel"); a given name stays a name
     * ("werkt bij Ahmed").
     */
    private boolean employerStart(List<Token> tokens, WordClass[] cls, int k) {
        WordClass c = cls[k];
        Token t = tokens.get(k);
        if (c == UNKNOWN) {
            return true;
        }
        String text = NameClassifier.stripPossessive(t.text());
        if (words.isFirstName(text) || words.isFirstNameLower(t.lower())) {
            return false;
        }
        boolean capitalisedNext = k + 1 < tokens.size() && tokens.get(k + 1).isWord()
                && (tokens.get(k + 1).capitalised() || cls[k + 1] == WordClass.TUSSENVOEGSEL);
        // leak review: a listed surname (or a particle and a surname) is an employer only in a brand's shape, with a
        // capitalised word that is no name after it ("Tinga Bouw", "De Vries Bouw") or a renamed form in brackets
        // ("Van Gansewinkel (nu Renewi)"); "werkt bij Visser" may be a relative
        return (c == WordClass.NAME || c == AMBIGUOUS_SURNAME || c == WordClass.TUSSENVOEGSEL
                || c == WordClass.DICTIONARY && words.isTussenvoegsel(t.lower())) && brandShape(tokens, cls, k)
                || c == WordClass.ALLOWED && !words.isSurname(text)
                || c == WordClass.DICTIONARY && !words.isTussenvoegsel(t.lower()) && !words.isSurname(text)
                && capitalisedNext;
    }

    /** After the name (and its particles): a capitalised ordinary word ("Bouw") or "(nu X)". */
    private boolean brandShape(List<Token> tokens, WordClass[] cls, int k) {
        int n = tokens.size();
        int m = k;
        while (m < n && tokens.get(m).isWord() && (words.isTussenvoegsel(tokens.get(m).lower())
                || m == k)) {
            m++;
        }
        while (m < n && tokens.get(m).isWord() && tokens.get(m).capitalised() && nameLike(cls[m])
                && !words.isFirstName(tokens.get(m).text()) && m < k + 3) {
            m++; // the surname after the particles
        }
        if (m < n && tokens.get(m).isWord() && tokens.get(m).capitalised() && (cls[m] == WordClass.DICTIONARY
                || cls[m] == WordClass.ALLOWED || cls[m] == UNKNOWN) && !words.isName(tokens.get(m).text())) {
            return true;
        }
        return m + 1 < n && tokens.get(m).is('(') && tokens.get(m + 1).isWord()
                && RENAMED.contains(tokens.get(m + 1).lower());
    }

    /** Care words before "bij": "in behandeling bij X" names a professional or a relative, not an employer. */
    private static final Set<String> CARE_WORDS = Set.of("behandeling", "begeleiding", "zorg", "therapie",
            "bekend", "ondersteuning", "hulpverlening", "opgenomen", "ingeschreven");

    /** ", de oom van moeder", ", haar zus", " thuis": a relative or a home after the capitalised run from k. */
    private boolean personAppositionAfterRun(List<Token> tokens, int k) {
        int n = tokens.size();
        int m = k;
        while (m < n && tokens.get(m).isWord() && (tokens.get(m).capitalised()
                || words.isTussenvoegsel(tokens.get(m).lower())) && m < k + 5) {
            m++;
        }
        if (m < n && tokens.get(m).isWord() && tokens.get(m).lower().equals("thuis")) {
            return true;
        }
        if (m + 1 >= n || !tokens.get(m).is(',')) {
            return false;
        }
        int q = m + 1;
        if (tokens.get(q).isWord() && APPOSITION_ARTICLES.contains(tokens.get(q).lower())) {
            q++;
        }
        while (q < n && q < m + 4 && tokens.get(q).isWord() && !isPersonNoun(tokens.get(q).lower())
                && !tokens.get(q).capitalised() && adjective(tokens.get(q).lower())) {
            q++;
        }
        return q < n && tokens.get(q).isWord() && isPersonNoun(tokens.get(q).lower());
    }

    /** Round 9: time adverbs after a comma that continue a list of places ("in Colmschate, daarna Bathmen"). */
    private static final Set<String> LIST_TIME_LINKS = Set.of("daarna", "toen", "later", "vervolgens", "nu", "eerst",
            "sindsdien", "tegenwoordig", "inmiddels");

    /** Words that open a place or a list of places ("in Eys en Wittem", "bij Lauwersoog en Zoutkamp"). */
    private static final Set<String> LIST_OPENERS = WordSets.of("in", "uit", "te", "vanuit", "naar", "bij", "over", "rond",
            "rondom", "tussen", "nabij", "richting");
    /** Openers after which a place alone is certain ("in X"); after the others a list needs a known place in it. */
    private static final Set<String> PLACE_OPENERS = Set.of("in", "uit", "te", "vanuit");
    /** Nouns of a place's events and parts: the word after "de kermis van" is a place ("de kermis van Wognum"). */
    private static final Set<String> PLACE_NOUNS = Set.of("kermis", "markt", "jaarmarkt", "haven", "centrum",
            "binnenstad", "gemeente", "burgemeester", "station", "omgeving", "buurt", "dorp", "stad", "regio",
            "carnaval", "kern", "rand", "buitengebied", "platteland", "camping", "vakantiepark", "industrieterrein",
            "bedrijventerrein", "woonwijk", "nieuwbouwwijk", "vlak",
            // round 8: places of work, holidays and land outside a town ("een boerderij bij Westmaas", "de kassen bij
            // Dirksland en Melissant", "een gehucht bij Veghel")
            "boerderij", "boerderijtje", "kassen", "kwekerij", "gehucht", "buurtschap", "vakantiehuis",
            "vakantiehuisje", "chalet", "stacaravan", "volkstuin", "bungalowpark", "strand", "polder", "tankstation",
            "winkelcentrum", "afslag",
            // round 11: public spaces where a youth roams ("zwerft door de straten van Boxmeer"); the leak fix dropped
            // the places a person "has" or runs (plein, park, speeltuin, skatebaan, hangplek: "de hangplek van Axel")
            "straten", "straatjes", "winkelstraat", "winkelstraten", "pleinen", "marktplein", "stationsplein",
            "stadspark", "sportpark", "buurten", "uitgaansgebied", "uitgaanscentrum");

    /**
     * Places by their position, where the word lists cannot know every village: the words after a place opener form
     * a run ("vanuit Ho Chi Minhstad", "uit Mazar-e-Sharif") or a list joined by commas, "en" and "of" ("in Eys en
     * Wittem", "in Ees, Eext en Anloo", "in Sint Geertruid en Cadier en Keer"); after "in", "uit", "te" and "vanuit"
     * every member is a place, after "naar", "bij", "over" ... only when a member is a known place ("bij Lauwersoog en
     * Zoutkamp", "over Lahore, Bradford en Almere Buiten"), when "waar" follows ("naar Blerick, waar ...") or when
     * "van X" came before ("van Vroomshoop naar Daarlerveen"). A listed given name that is no place stays a name
     * ("in Utrecht en Sanne ..."); kin words and titles end a member.
     */
    private void coverPlaceLists(List<Token> tokens, WordClass[] cls, boolean[] covered, int[] role) {
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || t.capitalised()) {
                continue;
            }
            // "de kermis van Wognum", "het buitengebied van Graauw", "een camping bij Otterlo", "vlak bij Hoogstraten"
            boolean placeNoun = (t.lower().equals("van") || t.lower().equals("bij")) && i > 0
                    && tokens.get(i - 1).isWord() && PLACE_NOUNS.contains(tokens.get(i - 1).lower())
                    || t.lower().equals("buiten"); // "een boerderij buiten Voorthuizen"
            if (!LIST_OPENERS.contains(t.lower()) && !placeNoun) {
                continue;
            }
            List<int[]> members = new ArrayList<>(3);
            boolean timeLinked = false;
            int linkedFrom = Integer.MAX_VALUE;
            int k = i + 1;
            while (k < n) {
                int end = placeMemberEnd(tokens, cls, role, k);
                if (end <= k) {
                    break;
                }
                members.add(new int[] {k, end});
                int next = end;
                if (next + 2 < n && tokens.get(next).is(',') && tokens.get(next + 1).isWord()
                        && LIST_TIME_LINKS.contains(tokens.get(next + 1).text())) {
                    k = next + 2; // round 9: "in Colmschate, daarna Bathmen"
                    if (!timeLinked) {
                        linkedFrom = members.size();
                    }
                    timeLinked = true;
                } else if (next + 1 < n && (tokens.get(next).is(',') || tokens.get(next).isWord()
                        && (tokens.get(next).text().equals("en") || tokens.get(next).text().equals("of")))) {
                    k = next + 1;
                } else {
                    break;
                }
            }
            if (members.isEmpty()) {
                continue;
            }
            boolean known = false;
            for (int[] m : members) {
                for (int j = m[0]; j < m[1] && !known; j++) {
                    String lower = tokens.get(j).lower();
                    known = tokens.get(j).isWord() && tokens.get(j).capitalised() && words.isPlace(lower)
                            && !words.isFirstName(tokens.get(j).text());
                }
            }
            int last = members.get(members.size() - 1)[1];
            boolean where = last + 1 < n && tokens.get(last).is(',') && tokens.get(last + 1).isWord()
                    && tokens.get(last + 1).text().equals("waar");
            boolean fromTo = (t.lower().equals("naar") || t.lower().equals("tot")) && i >= 2
                    && tokens.get(i - 1).isWord() && tokens.get(i - 1).capitalised() && fromBefore(tokens, i - 1);
            boolean certain = PLACE_OPENERS.contains(t.lower());
            if (placeNoun) {
                if (members.stream().anyMatch(m -> RelativeGuard.kinBefore(tokens, role, words, m[0])
                        || RelativeGuard.familyAfter(tokens, words, m[1] - 1))) {
                    continue; // round 11: "de wijk van Mill, de vriend van moeder" is a person
                }
                // every member a known place (also one that is a surname: "Melissant"): a list of places
                boolean all = true;
                boolean anyPlace = false;
                boolean noGivenName = true;
                for (int[] m : members) {
                    String first = WordLists.lower(tokens.get(m[0]).text());
                    all &= words.isPlaceInContext(first) && !words.isFirstName(tokens.get(m[0]).text());
                    anyPlace |= words.isPlace(first) && !words.isFirstName(tokens.get(m[0]).text());
                    // leak review: no listed name that no place list knows ("bij Zevenbergen en Jansen" may be a family)
                    noGivenName &= !words.isFirstName(tokens.get(m[0]).text()) && cls[m[0]] != WordClass.ROLE
                            && (words.isPlaceInContext(first) || cls[m[0]] == UNKNOWN && !words.isWeakName(first));
                }
                // round 9: "de kassen bij Dirksland en Hellevoetsluis": a known place in the list, the others known
                // places or words of no list
                all |= members.size() >= 2 && anyPlace && noGivenName;
                if (all || members.size() == 1 && words.isPlaceInContext(
                        WordLists.lower(tokens.get(members.get(0)[0]).text()))
                        && !words.isFirstName(tokens.get(members.get(0)[0]).text())) { // round 11 leak fix: "van Axel"
                    for (int[] m : members) {
                        coverMember(tokens, cls, covered, m, true);
                        if (members.size() >= 2 && !(m[1] < n && tokens.get(m[1]).isWord()
                                && (clauseVerb(tokens.get(m[1])) || PERSON_VERBS.contains(tokens.get(m[1]).lower())))) {
                            coverFirstUnlessGivenName(tokens, covered, m[0]); // "bij Dirksland en Melissant"
                        }
                    }
                }
                continue;
            }
            if (certain || t.lower().equals("naar")) {
                for (int[] m : members) {
                    // "uit Maria Hoop", "vanuit Ho Chi Minhstad": a proper name the OpenTaal list knows
                    properPhraseAt(tokens, covered, m[0]);
                }
            }
            if (members.size() == 1 && !where && !fromTo) {
                // a run after a place opener: the unknown words after its first one
                if (certain || known) {
                    coverMember(tokens, cls, covered, members.get(0), false);
                }
                if (certain) {
                    // "in Loosdrecht", "uit Streefkerk": after in/uit/te/vanuit the first word is a place too, also
                    // when it is a listed surname; a listed given name stays a name ("in Sanne")
                    coverFirstUnlessGivenName(tokens, covered, members.get(0)[0]);
                }
                continue;
            }
            if (certain || known || where || fromTo) {
                for (int mi = 0; mi < members.size(); mi++) {
                    int[] m = members.get(mi);
                    if (mi >= linkedFrom) {
                        // leak review: after "daarna", "toen" only a word of no list or a known place that is no name
                        // ("daarna Bathmen"; "daarna Bakker, nu weer thuis" may be a family)
                        String first = WordLists.lower(tokens.get(m[0]).text());
                        if (m[1] == m[0] + 1 && (cls[m[0]] == UNKNOWN && !words.isWeakName(first)
                                || words.isPlace(first) && !words.isName(tokens.get(m[0]).text()))) {
                            covered[m[0]] = true;
                        }
                        continue;
                    }
                    coverMember(tokens, cls, covered, m, true);
                    // leak review: only a member offered as an alternative ("in Crabbehof of Sterrenburg"), or one that
                    // a place list knows; "in Tilburg, Jansen ook" may name a person
                    boolean alternative = m[0] > 0 && tokens.get(m[0] - 1).isWord()
                            && tokens.get(m[0] - 1).text().equals("of") || mi == 0
                            || words.isPlaceInContext(WordLists.lower(tokens.get(m[0]).text()));
                    if (certain && alternative && !timeLinked && !(m[1] < n && tokens.get(m[1]).isWord()
                            && (clauseVerb(tokens.get(m[1])) || PERSON_VERBS.contains(tokens.get(m[1]).lower())
                            // leak review: "in Tilburg en Jansen in Goirle": a new place opens a new clause
                            || RESIDENCE_PREPOSITIONS.contains(tokens.get(m[1]).lower())
                            || tokens.get(m[1]).lower().equals("bij")))) {
                        // ("in Utrecht en Jansen belde": a verb after it makes it the subject of a new clause)
                        // round 9: "in Crabbehof of Sterrenburg": after in/uit/te/vanuit every member is a place,
                        // also a listed surname, as a single one is ("in Loosdrecht"); a given name stays a name
                        coverFirstUnlessGivenName(tokens, covered, m[0]);
                    }
                }
            }
        }
    }

    /**
     * Covers the longest proper name of two to four words of the OpenTaal list that starts at {@code from} (words and
     * lower-case links joined by single spaces: "Maria Hoop", "Cadier en Keer"); false when there is none.
     */
    private boolean properPhraseAt(List<Token> tokens, boolean[] covered, int from) {
        int n = tokens.size();
        StringBuilder phrase = new StringBuilder(tokens.get(from).lower());
        int best = -1;
        int k = from + 1;
        for (int words = 1; words < 4 && k < n && tokens.get(k).isWord() && tokens.get(k).spaceBefore(); words++) {
            phrase.append(' ').append(tokens.get(k).lower());
            if (tokens.get(k).capitalised() && this.words.isProperPhrase(phrase.toString())) {
                best = k;
            }
            k++;
        }
        if (best < 0) {
            return false;
        }
        for (int j = from; j <= best; j++) {
            covered[j] = true;
        }
        return true;
    }

    /** "van Vroomshoop naar ...": lower-case "van" before the capitalised run that ends at {@code last}. */
    private static boolean fromBefore(List<Token> tokens, int last) {
        int k = last;
        while (k > 0 && tokens.get(k).isWord() && tokens.get(k).capitalised() && last - k < 4) {
            k--;
        }
        return k < last && tokens.get(k).isWord() && tokens.get(k).text().equals("van");
    }

    /**
     * The end (exclusive) of a place member starting at {@code from}: up to four capitalised words joined by spaces,
     * hyphens (also around a short lower-case link: "Mazar-e-Sharif") or the links of Dutch place names ("Cadier en
     * Keer" is read as two members, "Bergen op Zoom" as one); {@code from} when no member starts there.
     */
    private static int placeMemberEnd(List<Token> tokens, WordClass[] cls, int[] role, int from) {
        return placeRun(tokens, cls, role, from, null);
    }

    /**
     * The one walk over a place name for the place rules (round 8 merged the two copies of this loop): from
     * {@code from}, up to four capitalised words that are no role word or initial (nor, when {@code role} is given, a
     * kin word or title), joined as {@link #nextPlaceWord} says. Marks them in {@code covered} when that is given.
     *
     * @return the end (exclusive) of the run; {@code from} when no run starts there
     */
    private static int placeRun(List<Token> tokens, WordClass[] cls, int[] role, int from, boolean[] covered) {
        int n = tokens.size();
        int k = from;
        int count = 0;
        while (k < n && count < 4 && tokens.get(k).isWord() && tokens.get(k).capitalised()
                && cls[k] != WordClass.ROLE && cls[k] != WordClass.INITIAL
                && (role == null || (role[k] & (KIN | TITLE)) == 0)) {
            if (covered != null) {
                covered[k] = true;
            }
            count++;
            int next = nextPlaceWord(tokens, k);
            if (next >= n || !tokens.get(next).isWord() || !tokens.get(next).capitalised()) {
                return k + 1;
            }
            k = next;
        }
        return k;
    }

    /**
     * The index of the token after the place word at {@code k} that may continue the same name: after a hyphen
     * ("Nieuw-Vennep", also around a short lower-case link: "Mazar-e-Sharif"), after the links of Dutch place names
     * ("Bergen op Zoom", "Alphen aan den Rijn"), or simply the next token.
     */
    private static int nextPlaceWord(List<Token> tokens, int k) {
        int n = tokens.size();
        int next = k + 1;
        if (next + 1 < n && tokens.get(next).is('-') && !tokens.get(next).spaceBefore()) {
            if (tokens.get(next + 1).isWord() && !tokens.get(next + 1).capitalised()
                    && tokens.get(next + 1).text().length() <= 3 && next + 3 < n && tokens.get(next + 2).is('-')) {
                return next + 3; // "Mazar-e-Sharif"
            }
            return next + 1;
        }
        int m = next;
        while (m < n && m < next + 2 && tokens.get(m).isWord() && PLACE_LINKS.contains(tokens.get(m).text())) {
            m++;
        }
        return m > next && m < n && tokens.get(m).isWord() && tokens.get(m).capitalised() ? m : next;
    }

    /**
     * Covers the words of a place member; a listed given name that is no place is left alone. With {@code all}
     * false only the unknown words after the first one.
     */
    private void coverMember(List<Token> tokens, WordClass[] cls, boolean[] covered, int[] member, boolean all) {
        for (int j = member[0]; j < member[1]; j++) {
            Token w = tokens.get(j);
            if (!w.isWord() || !w.capitalised() || !all && j == member[0]) {
                continue;
            }
            String lower = WordLists.lower(w.text());
            boolean place = words.isPlaceInContext(lower) || words.isAbroad(lower);
            boolean hyphenated = j >= 2 && tokens.get(j - 1).is('-') && !w.spaceBefore()
                    && cls[member[0]] != WordClass.NAME; // "Mazar-e-Sharif": one name, joined by hyphens
            if (cls[j] == UNKNOWN || place || hyphenated || cls[j] != WordClass.NAME && all) {
                covered[j] = true;
            }
        }
    }

    /**
     * Two single words joined by "en" or "of" where one is a known place that is no name: the other is a place too
     * when it is a place or an unknown word ("Axel en Terneuzen", "Oudenbosch of Zevenbergen"); a listed name that is
     * no place stays a name ("Emma en Terneuzen" leaves Emma alone). The same for an unknown word next to a listed
     * organisation ("Stadlander en Alwel").
     */
    private void coverPlacePairs(List<Token> tokens, WordClass[] cls, boolean[] covered) {
        int n = tokens.size();
        for (int i = 0; i + 2 < n; i++) {
            Token a = tokens.get(i);
            Token link = tokens.get(i + 1);
            Token b = tokens.get(i + 2);
            if (!a.isWord() || !a.capitalised() || !link.isWord() || !b.isWord() || !b.capitalised()
                    || !(link.text().equals("en") || link.text().equals("of"))
                    || i > 0 && tokens.get(i - 1).isWord() && tokens.get(i - 1).capitalised()
                    || i + 3 < n && tokens.get(i + 3).isWord() && tokens.get(i + 3).capitalised()) {
                continue;
            }
            if (surePlace(b) && maybePlace(a, cls[i])) {
                covered[i] = true;
            }
            if (surePlace(a) && maybePlace(b, cls[i + 2])) {
                covered[i + 2] = true;
            }
            // "Stadlander en Alwel": an unknown word next to a listed organisation is one too
            if (sureAllowed(a) && cls[i + 2] == UNKNOWN) {
                covered[i + 2] = true;
            }
            if (sureAllowed(b) && cls[i] == UNKNOWN) {
                covered[i] = true;
            }
        }
    }

    private boolean surePlace(Token t) {
        return words.isPlace(t.lower()) && !words.isFirstName(t.text()) && !words.isSurname(t.text());
    }

    private boolean sureAllowed(Token t) {
        return words.allowed().containsWord(t.lower()) && !words.isFirstName(t.text()) && !words.isSurname(t.text());
    }

    private boolean maybePlace(Token t, WordClass c) {
        return words.isPlaceInContext(t.lower()) || c == UNKNOWN;
    }

    /** Covers the capitalised word at {@code at} unless it is a listed given name that is no place. */
    private void coverFirstUnlessGivenName(List<Token> tokens, boolean[] covered, int at) {
        Token w = tokens.get(at);
        String lower = WordLists.lower(w.text());
        if (w.isWord() && w.capitalised() && (!words.isFirstName(w.text()) || words.isPlaceInContext(lower))) {
            covered[at] = true;
        }
    }

    /**
     * Covers a place name of one to four capitalised words from {@code from}, joined by spaces, hyphens or the
     * lower-case links of Dutch place names ("Bergen op Zoom", "Alphen aan den Rijn", "Anna Paulowna").
     */
    private static void coverPlaceRun(List<Token> tokens, WordClass[] cls, boolean[] covered, int from) {
        placeRun(tokens, cls, null, from, covered);
    }

    /** Web addresses and e-mail addresses are left to the URL and e-mail detectors. */
    private static void markNoNameZones(List<Token> tokens, boolean[] covered, boolean[] coveredOrganisation) {
        if (tokens.isEmpty()) {
            return;
        }
        boolean web = false;
        for (int k = 0; k < tokens.size() && !web; k++) {
            Token t = tokens.get(k);
            if (t.kind() == Token.Kind.PUNCT) {
                char c = t.text().charAt(0);
                web = c == '@' || c == '/' || c == '.' && !t.spaceBefore() && k + 1 < tokens.size()
                        && tokens.get(k + 1).isWord() && !tokens.get(k + 1).spaceBefore()
                        && tokens.get(k + 1).text().length() > 1;
            }
        }
        if (!web) {
            return;
        }
        StringBuilder b = new StringBuilder();
        int offset = tokens.get(0).start();
        for (Token t : tokens) {
            while (offset + b.length() < t.start()) {
                b.append(' ');
            }
            b.append(t.text());
        }
        Matcher m = NO_NAME_ZONE.matcher(b);
        while (m.find()) {
            for (int k = 0; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                if (t.start() - offset >= m.start() && t.end() - offset <= m.end()) {
                    covered[k] = true;
                    coveredOrganisation[k] = true;
                }
            }
        }
    }

    /** "College", "Ziekenhuis", "Gertrudiscollege": a word that names a kind of institution is no person. */
    static boolean institutionWord(String lower) {
        return INSTITUTION_HEADS.contains(lower) || ORG_INTRO.contains(lower) || endsWithInstitutionHead(lower);
    }

    private static boolean isHospitalWord(String lower) {
        return lower.equals("ziekenhuis") || lower.equals("kinderziekenhuis") || lower.equals("gasthuis")
                || lower.equals("kliniek") || lower.equals("ziekenhuizen");
    }

    /** The capitalised words (and tussenvoegsels) before an institution word name it: "Jeroen Bosch Ziekenhuis". */
    private static void institutionBefore(List<Token> tokens, WordClass[] cls, boolean[] covered,
                                          boolean[] coveredOrganisation, int head, boolean shouted) {
        int k = head - 1;
        int words = 0;
        while (k >= 0 && words < 4) {
            Token t = tokens.get(k);
            if (shouted && t.isWord() && (cls[k] == WordClass.DICTIONARY || NameClassifier.isFunctionWord(t.lower()))) {
                break; // round 9: "MW. X WIL NIET DAT SCHOOL ...": in a line in capitals an ordinary word ends the name
            }
            if (t.is('-') && !t.spaceBefore() || t.is('.') && k > 0 && tokens.get(k - 1).isWord()
                    && tokens.get(k - 1).capitalised() && tokens.get(k - 1).text().length() <= 4) {
                k--; // "Willem-Alexander", "St. Jansdal", "Dr. Leo Kannerhuis", "Mgr. Bekkersschool"
                continue;
            }
            if (t.isWord() && cls[k] == WordClass.ROLE && k + 1 < head && tokens.get(k + 1).is('.')) {
                covered[k] = true; // the title of the person the institution is named after
                coveredOrganisation[k] = true;
                k--;
                continue;
            }
            boolean between = (cls[k] == WordClass.TUSSENVOEGSEL || NAME_LINKS.contains(t.text())) && !t.capitalised()
                    && k + 1 < head && k > 0 && tokens.get(k - 1).isWord() && tokens.get(k - 1).capitalised();
            // "Reinier de Graaf", "Thomas a Kempis"
            if (!t.isWord() || !(t.capitalised() || between) || cls[k] == WordClass.ROLE
                    || t.sentenceStart() && cls[k] == WordClass.DICTIONARY) {
                break;
            }
            covered[k] = true;
            coveredOrganisation[k] = true;
            words++;
            k--;
        }
    }

    /** The capitalised run (with particles) before {@code head} follows a lower-case article ("de", "het"). */
    private static boolean articleBeforeRun(List<Token> tokens, WordClass[] cls, int head) {
        int k = head - 1;
        int steps = 0;
        while (k >= 0 && steps < 6 && tokens.get(k).isWord() && (tokens.get(k).capitalised()
                || cls[k] == WordClass.TUSSENVOEGSEL && !ARTICLES.contains(tokens.get(k).lower()) || k + 1 < head
                && (tokens.get(k).lower().equals("de") || tokens.get(k).lower().equals("der"))
                && k > 0 && tokens.get(k - 1).isWord() && tokens.get(k - 1).capitalised())) {
            k--;
            steps++;
        }
        if (k + 2 < head && tokens.get(k + 1).capitalised() && (tokens.get(k + 1).text().equals("De")
                || tokens.get(k + 1).text().equals("Het")) && (k < 0 || !tokens.get(k).isWord())) {
            return true; // "De Koningin Wilhelmina school" at the start of a sentence
        }
        return k >= 0 && k < head - 1 && tokens.get(k).isWord() && !tokens.get(k).capitalised()
                && (tokens.get(k).lower().equals("de") || tokens.get(k).lower().equals("het"));
    }

    /**
     * Round 17 (r17-names): "naar" and a single listed given name that is no place before a verb of moving ("is met de
     * kinderen naar Marleen gevlucht", "naar Mehmet vertrokken"): the person someone went to, not a place, so the run
     * is not covered as a place ("naar Emmen gevlucht", "naar Ede verhuisd" stay places: they are on the place list).
     */
    /** Review of round 17: hospitals by a given name alone ("naar Sophia vertrokken voor de operatie"). */
    private static final Set<String> HOSPITAL_SHORT_NAMES = WordSets.of("emma", "sophia", "juliana", "amalia",
            "beatrix", "wilhelmina", "catharina", "elisabeth", "maxima", "máxima", "martini", "antonius", "franciscus",
            "laurentius", "reinier", "georgia", "virginia", "carolina", "florida");

    private boolean givenNameAfterNaar(List<Token> tokens, WordClass[] cls, int naar) {
        int k = naar + 1;
        if (!tokens.get(naar).lower().equals("naar") || cls[k] != WordClass.NAME || k + 1 >= tokens.size()
                || tokens.get(k + 1).capitalised() || tokens.get(k + 1).is('-')) {
            return false;
        }
        String lower = WordLists.lower(NameClassifier.stripPossessive(tokens.get(k).text()));
        return words.isFirstName(tokens.get(k).text()) && !words.isPlace(lower) && !words.isPlaceInContext(lower)
                && !words.isAbroad(lower) && !words.allowed().firstTokens().contains(lower)
                && !HOSPITAL_SHORT_NAMES.contains(lower);
    }

    /**
     * A verb of living or moving in lower case right after the capitalised run from {@code from} (with place links
     * such as "op", "aan den" inside it): "naar Beijum verhuisd", "uit Hoogstraten vertrokken".
     */
    private static boolean residenceVerbAfterRun(List<Token> tokens, int from) {
        int k = from;
        int words = 0;
        while (k < tokens.size() && words < 4 && (tokens.get(k).isWord() && (tokens.get(k).capitalised()
                || PLACE_LINKS.contains(tokens.get(k).text())) || k > from && tokens.get(k).is('-')
                && !tokens.get(k).spaceBefore())) { // round 9: "naar Oude-Tonge verhuisd"
            k++;
            words++;
        }
        return k < tokens.size() && k > from && tokens.get(k).isWord() && !tokens.get(k).capitalised()
                && RESIDENCE_VERBS.contains(tokens.get(k).lower());
    }

    /** Covers the run of capitalised words (with tussenvoegsels between them) from {@code from} as an organisation. */
    private static void coverCapitalisedRun(List<Token> tokens, WordClass[] cls, boolean[] covered,
                                            boolean[] coveredOrganisation, int from) {
        int k = from;
        while (k < tokens.size() && k < from + 5) {
            Token t = tokens.get(k);
            if (t.isWord() && (t.capitalised() || cls[k] == WordClass.TUSSENVOEGSEL && k + 1 < tokens.size()
                    && tokens.get(k + 1).capitalised()) && cls[k] != WordClass.ROLE) {
                covered[k] = true;
                coveredOrganisation[k] = true;
                k++;
            } else if (t.is('-') && !t.spaceBefore()) {
                k++;
            } else {
                break;
            }
        }
    }

    static boolean provinceSuffix(List<Token> tokens, int open) {
        int k = open + 1;
        StringBuilder b = new StringBuilder();
        while (k < tokens.size() && !tokens.get(k).is(')') && k < open + 4) {
            Token t = tokens.get(k);
            if (!t.is('.')) {
                b.append(t.lower());
            }
            k++;
        }
        return k < tokens.size() && tokens.get(k).is(')') && PROVINCES.contains(b.toString());
    }

    /** Links inside historical names that institutions carry ("Thomas a Kempis", "Thomas à Kempis"). */
    private static final Set<String> NAME_LINKS = Set.of("a", "à");
    /** Compound institution words that name a school or hospital after a person ("Ariënsschool", "Graafschool"). */
    private static final String[] NAMED_INSTITUTION_SUFFIXES = {"school", "college", "lyceum", "ziekenhuis",
        "kliniek", "academie", "instituut", "gymnasium", "kerk", "moskee"};

    /**
     * An institution named after a person is no person: a flagged compound that ends in an institution word
     * ("Dr. Ariënsschool", "de Reinier de Graafschool", "Michiel de Ruyterschool"), or a flagged run right before a
     * capitalised institution head ("Thomas a Kempis College"), is unflagged with the run of the name before it
     * (titles, particles, hyphens).
     */
    private static void unflagNamedInstitutions(List<Token> tokens, WordClass[] cls, boolean[] flag,
                                                java.util.function.Predicate<String> surnames,
                                                java.util.function.Predicate<String> surnameOrPlace) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || !t.capitalised()) {
                continue;
            }
            String lower = t.lower();
            boolean compound = false;
            for (String suffix : NAMED_INSTITUTION_SUFFIXES) {
                compound |= lower.endsWith(suffix) && lower.length() >= suffix.length() + 3;
            }
            // round 10: a listed surname that ends like an institution is that surname ("Wim Verkerk", "Van Dijkerk")
            compound &= !(surnames.test(t.text()) && i > 0 && flag[i - 1] && tokens.get(i - 1).isWord());
            // round 14 (r14-misses): right after a form of address, a listed surname or place that ends like an
            // institution is a person's surname ("dr. Heemskerk", "mevrouw Ouderkerk"; "Dr. Ariënsschool" stays)
            compound &= !(flag[i] && TitleBeforeSurname.formOfAddressBefore(tokens, i)
                    && (surnameOrPlace.test(t.text()) || lower.endsWith("kerk")));
            // round 14 (r14-misses): the second part of a double-barrelled surname after a flagged first part and a
            // hyphen ("oma Van der Plas-Heemskerk", "mevrouw De Vries-Ouderkerk") when it is a listed surname or place
            compound &= !(i >= 2 && tokens.get(i - 1).is('-') && !tokens.get(i - 1).spaceBefore()
                    && !t.spaceBefore() && flag[i - 2] && tokens.get(i - 2).isWord() && surnameOrPlace.test(t.text()));
            // a head right after a lower-case particle ends a person's surname ("Kwame van de Church", "Anna van de
            // Kerk"), no institution: an institution's name runs in capitals up to its head ("Thomas a Kempis College")
            boolean head = !compound && i > 0 && flag[i - 1] && tokens.get(i - 1).isWord()
                    && tokens.get(i - 1).capitalised() && INSTITUTION_HEADS.contains(lower);
            if (!compound && !head) {
                continue;
            }
            flag[i] = false;
            int k = i - 1;
            while (k >= 0 && k >= i - 8) {
                Token b = tokens.get(k);
                // "van het Gertrudiscollege", "van de Ruyterschool" are prepositional phrases, not part of a name
                boolean phrase = b.text().equals("het") || b.text().equals("'t") || b.text().equals("de") && k > 0
                        && tokens.get(k - 1).text().equals("van");
                boolean link = b.is('.') || b.is('-') && !b.spaceBefore()
                        || b.isWord() && !b.capitalised() && !phrase && (cls[k] == WordClass.TUSSENVOEGSEL
                        || NAME_LINKS.contains(b.text())) && k > 0 && tokens.get(k - 1).isWord();
                if (b.isWord() && (flag[k] || b.capitalised() && cls[k] == WordClass.ROLE) || link) {
                    flag[k] = false;
                    k--;
                } else {
                    break;
                }
            }
        }
    }

    private static final String[] INSTITUTION_HEAD_SUFFIXES = {"school", "college", "lyceum", "ziekenhuis",
        "kliniek", "centrum", "huis", "instituut", "academie", "boerderij", "opvang", "voorziening",
        // round 9: "verloskundigenpraktijk Bloesem", "Verloskundigenpraktijk Vivre"
        "praktijk"};

    private static final Set<String> STATION_WORDS = WordSets.of("station", "treinstation", "busstation", "ns-station",
            "metrostation", "halte", "bushalte", "tramhalte");
    /** Review rc: adverbs that the first-name list holds too; after a kin word before a verb they stay ordinary. */
    /**
     * Round 24 (t24-new): adverbs that stay ordinary words after a kin word before a verb although a given-name list
     * holds them ("dat moeder alleen blijft"); round 25 (t25-tidy): data, {@code ordinary-after-kin.txt}, read once.
     */
    private static final Set<String> ORDINARY_AFTER_KIN = WordLists.lowerCaseSet("ordinary-after-kin.txt");

    /** Units of a dose after a number: "3 dd", "10 mg", "2 x daags", "5 ml". */
    private static final Set<String> DOSE_UNITS = Set.of("mg", "ml", "mcg", "µg", "ug", "gr", "gram", "milligram",
            "dd", "x", "keer", "maal", "tablet", "tabletten", "tabl", "druppels", "pufjes", "puf", "ie", "e");
    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile("\\d+(?:[.,]\\d+)?(?:mg|ml|mcg|µg|dd|x)");

    /** "in Ter Apel", "naar Den Helder", "uit De Bilt": a listed place that starts with a particle, after a place word. */
    private boolean placeWithParticle(List<Token> tokens, int i) {
        int p = i - 1;
        if (p < 0 || !tokens.get(p).isWord() || !PLACE_PREPOSITIONS.contains(tokens.get(p).lower())
                && !tokens.get(p).lower().equals("naar")) {
            // round 24 (t24-new): "Scholengroep Den Helder", an organisation's name that a place closes; a family
            // word describing it makes it a person's surname ("Woningstichting Den Helder (oom)", round 11)
            if (!PlaceClosingOrganisationName.organisationBefore(tokens, i, words)) {
                return false;
            }
            PhraseIndex.Match m = words.allowed().match(tokens, i);
            return m.length() > 1 && m.kind() == PhraseIndex.Kind.PLACE
                    && !PlaceClosingOrganisationName.familyAfter(tokens, i + m.length(), this::isFamilyWord);
        }
        PhraseIndex.Match m = words.allowed().match(tokens, i);
        return m.length() > 1 && m.kind() == PhraseIndex.Kind.PLACE;
    }

    /** A number and a unit of a dose follow the word: it names a medicine. */
    /** Release forms between a medicine and its dose. */
    private static final Set<String> DOSE_FORMS = WordSets.of("retard", "xr", "xl", "sr", "mga", "cr", "er", "la",
            "depot", "tablet", "tabletten", "capsule", "capsules", "drank", "druppels", "zetpil", "pleister",
            "smelttablet", "oraal", "forte", "mite", "junior");

    private static boolean doseAfter(List<Token> tokens, int i) {
        int n = tokens.size();
        if (i + 1 >= n) {
            return false;
        }
        Token next = tokens.get(i + 1);
        if (next.isWord() && DOSE_FORMS.contains(next.lower()) && i + 2 < n) {
            return doseAfter(tokens, i + 1); // "Methylfenidaat retard 36 mg", "Quetiapine XR 50 mg"
        }
        if (NUMBER_WITH_UNIT.matcher(next.text().toLowerCase(java.util.Locale.ROOT)).matches()) {
            return true;
        }
        return next.isNumber() && i + 2 < n && tokens.get(i + 2).isWord()
                && DOSE_UNITS.contains(tokens.get(i + 2).lower());
    }

    /** A listed organisation fills the brackets that open at {@code open}: "(GGZ Friesland)", "(Accare)". */
    private static boolean organisationInBrackets(List<Token> tokens, int open, PhraseIndex allowed) {
        if (open + 2 >= tokens.size() || !tokens.get(open + 1).isWord()) {
            return false;
        }
        PhraseIndex.Match m = allowed.match(tokens, open + 1);
        int close = open + 1 + m.length();
        return m.length() > 0 && m.kind() == PhraseIndex.Kind.ORGANISATION && close < tokens.size()
                && tokens.get(close).is(')');
    }

    /** Heads of organisation compounds that are followed by the place they work in ("Kinderpraktijk Etten-Leur"). */
    private static final String[] ORGANISATION_HEADS = {"praktijk", "centrum", "huis", "kliniek", "groep", "zorg",
        "school", "college", "stichting", "team", "punt", "lijn", "hulp", "dienst", "bureau", "loket", "opvang",
        "instituut", "academie", "vereniging", "club", "kantoor", "poli", "polikliniek", "consult", "werk"};

    /** A compound ending in an organisation head ("Kinderpraktijk", "Jeugdteam", "Opvoedpunt"), not the head alone. */
    private static boolean endsWithOrganisationHead(String lower) {
        for (String suffix : ORGANISATION_HEADS) {
            if (lower.endsWith(suffix) && lower.length() > suffix.length() + 2) {
                return true;
            }
        }
        return false;
    }

    /** A known place starts at {@code i}: one listed place word or a place phrase ("Etten-Leur", "Ter Apel"). */
    private boolean placeStartsAt(List<Token> tokens, int i, PhraseIndex allowed) {
        PhraseIndex.Match m = allowed.match(tokens, i);
        return m.length() > 0 && m.kind() == PhraseIndex.Kind.PLACE
                || words.isPlaceInContext(WordLists.lower(tokens.get(i).text()));
    }

    /** A compound that names a kind of institution ("gezinshuis", "zorgcentrum", "crisisopvang"). */
    private static boolean endsWithInstitutionHead(String lower) {
        for (String suffix : INSTITUTION_HEAD_SUFFIXES) {
            if (lower.endsWith(suffix) && lower.length() > suffix.length() + 2) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithInstitution(String lower) {
        for (String suffix : INSTITUTION_SUFFIXES) {
            if (lower.endsWith(suffix) && (lower.length() == suffix.length() || lower.length() > suffix.length() + 2)) {
                return true;
            }
        }
        return false;
    }

    private boolean isTitleAt(List<Token> tokens, int i) {
        String lower = tokens.get(i).lower();
        if (words.isTitle(lower)) {
            return true;
        }
        if (lower.equals("heer")) {
            int p = previousWord(tokens, i);
            // "de heer", "weledelgeleerde heer", "weledelgestrenge heer", "hooggeleerde heer", "edelachtbare heer";
            // round 25 (t25-items): a letter's salutation "(Zeer) geachte heer", "Beste heer" ("de lieve Heer" is God)
            if (p >= 0 && (tokens.get(p).lower().equals("geachte") || tokens.get(p).lower().equals("beste"))) {
                return !officeAfterSalutation(tokens, i);
            }
            return p >= 0 && (tokens.get(p).lower().equals("de") || tokens.get(p).lower().matches(
                    "(?:wel|zeer|hoog)?(?:edel)?(?:geleerde|gestrenge|geboren|achtbare|edele)"));
        }
        return false;
    }

    private static final Set<String> SALUTATION_OFFICES = WordSets.of("burgemeester", "wethouder", "minister",
            "staatssecretaris", "commissaris", "gedeputeerde", "griffier", "secretaris", "penningmeester", "raadslid",
            "kinderrechter", "notaris", "advocaat", "deken", "bisschop", "kapelaan", "scriba", "consul", "ambassadeur",
            "president", "voorzitter", "raadsheer", "ombudsman", "ombudsvrouw", "officier", "hoofdofficier",
            "procureur", "dijkgraaf", "heemraad", "rector", "directeur", "inspecteur", "deurwaarder", "curator",
            "bewindvoerder", "mentor", "voogd", "gezinsvoogd", "dominee", "pastoor", "predikant", "ouderling", "diaken");

    /**
     * Round 25 (t25-items): "Geachte heer Burgemeester", "Beste heer Voorzitter", "Geachte heer Kantonrechter": after
     * a letter's salutation "heer" is a form of address only before a particle, a listed surname that is no office
     * ("Geachte heer Blokland", "Geachte heer Kok": a trade is no office one addresses), or a word of no dictionary
     * that is no compound of dictionary words ("Bedrijfsarts"); an office, a greeting or the letter's first word
     * ("Beste heer Goedemiddag", "Geachte heer Hierbij stuur ik ...") is no surname (review ra, Rra-103..158).
     */
    private boolean officeAfterSalutation(List<Token> tokens, int i) {
        int j = i + 1;
        if (j >= tokens.size() || !tokens.get(j).isWord()) {
            return true;
        }
        Token t = tokens.get(j);
        String next = t.lower();
        if (words.isTussenvoegsel(next)) {
            return false; // "Geachte heer Van der Kamp", "Geachte heer de Wit"
        }
        if (SALUTATION_OFFICES.contains(next) || words.isKinOrRole(next) && !words.isSurname(t.text())
                || words.isTitle(next) || NameClassifier.isFunctionWord(next)
                || j + 1 < tokens.size() && tokens.get(j + 1).is('-') && !tokens.get(j + 1).spaceBefore()
                && !words.isSurname(t.text())) {
            return true;
        }
        if (officeAfterHyphen(tokens, j)) {
            return true; // fix after review ra (Rra-117): "Geachte heer Rechter-commissaris" ("Rechter" is a surname)
        }
        if (words.isSurname(t.text())) {
            return false;
        }
        return words.isWord(next) || DictionaryCompoundAtStart.splits(next, 0, 0, words);
    }

    /** Offices that close a hyphenated office in lower case ("Procureur-generaal", "Directeur-bestuurder"). */
    private static final Set<String> HYPHEN_OFFICE_HEADS = Set.of("generaal", "bestuurder", "griffier",
            "commissaris", "secretaris", "directeur", "voorzitter", "officier", "rechter", "inspecteur");

    /**
     * Fix after review ra (Rra-117): a word glued by a hyphen to a lower-case office ("Rechter-commissaris",
     * "Procureur-generaal") is an office whatever its first part, also when that part is a listed surname; a double
     * surname keeps a capital or a particle after the hyphen ("Geachte heer Rechter-Bakker", "Kok-van Dam").
     */
    private boolean officeAfterHyphen(List<Token> tokens, int j) {
        if (j + 2 >= tokens.size() || !tokens.get(j + 1).is('-') || tokens.get(j + 1).spaceBefore()
                || !tokens.get(j + 2).isWord() || tokens.get(j + 2).spaceBefore() || tokens.get(j + 2).capitalised()) {
            return false;
        }
        String part = tokens.get(j + 2).lower();
        return !words.isTussenvoegsel(part) && (SALUTATION_OFFICES.contains(part) || HYPHEN_OFFICE_HEADS.contains(part));
    }

    /** "mevrouw (J.) (de) Vries", "oom Kees", "moeder: Fatima". */
    private void contextAfterRole(List<Token> tokens, WordClass[] cls, boolean[] covered, boolean[] coveredOrg,
                                  int[] role, int i, boolean title, boolean[] flag, boolean[] kin,
                                  boolean shouted) {
        int n = tokens.size();
        int j = i + 1;
        String lower = tokens.get(i).lower();
        boolean abbreviation = title && !WORD_TITLES.contains(lower);
        if (abbreviation && j < n && tokens.get(j).is('.') && !tokens.get(j).spaceBefore()) {
            j++;
        }
        while (j < n && (tokens.get(j).is(':') || tokens.get(j).is('\'') || tokens.get(j).is('"')
                || tokens.get(j).is('“'))) {
            j++;
        }
        boolean weak = !title || WEAK_TITLES.contains(lower);
        int k = j;
        boolean initials = false;
        int count = 0;
        while (k + 1 < n && tokens.get(k).isWord() && cls[k] == WordClass.INITIAL && tokens.get(k + 1).is('.')
                && count++ < 4) {
            k += 2;
            initials = true;
        }
        if (initials && k < n && tokens.get(k).is('(')) {
            return; // "moeder M. (1987)": an initial with a birth year is allowed
        }
        int head = skipTussenvoegsels(tokens, k);
        if (head >= n || !tokens.get(head).isWord()) {
            return;
        }
        Token h = tokens.get(head);
        boolean ok;
        if (h.capitalised()) {
            WordClass c = cls[head];
            if (title && !weak) {
                ok = c != WordClass.ROLE && c != WordClass.ACRONYM && c != WordClass.INITIAL && !coveredOrg[head]
                        && !h.hasDigit();
                // round 13 (r13-misses): "De heer Koning", "mevrouw Visser": right after a written-out form of
                // address, a listed surname that is also a role word or a one-word organisation is that surname (not
                // in capitals, not after a particle, not the first word of a longer organisation name)
                // round 23 (t23-items): also after the abbreviated forms of address ("Ds. Hoogvliet", "Dhr. Hoogvliet":
                // a supermarket's name is a listed surname too)
                ok |= head == j && (WORD_TITLES.contains(lower) || ADDRESS_ABBREVIATIONS.contains(lower))
                        && words.isSurname(h.text()) && !h.allCaps()
                        && !h.hasDigit() && (c == WordClass.ROLE && !coveredOrg[head] || coveredOrg[head]
                        && (head + 1 >= n || !coveredOrg[head + 1]));
            } else if (title) {
                ok = nameLike(c) && !coveredOrg[head];
            } else {
                boolean englishOnly = c == WordClass.DICTIONARY && !words.isDutchWord(h.lower())
                        && !words.allowed().containsWord(h.lower());
                String name = NameClassifier.stripPossessive(h.text());
                boolean givenName = words.isFirstName(name) && !words.isException(name);
                ok = (nameLike(c) || englishOnly) && (!covered[head] || c == WordClass.NAME && !coveredOrg[head])
                        || givenName && !coveredOrg[head]; // "opa Frans", "zus Brit"
                // "Opa Meester", "buurman Koster": right after a family word, a professional's role word that is
                // also a listed surname is that surname (not after a colon, not in a Title Case heading); an ordinary
                // word with a capital is not ("Vader Akkoord", "Moeder Aanwezig" in forms)
                ok |= head == i + 1 && !PROFESSIONAL_ROLES.contains(lower) && !covered[head] && !coveredOrg[head]
                        && c == WordClass.ROLE && PROFESSIONAL_ROLES.contains(h.lower()) && !isFamilyWord(h.lower())
                        && words.isSurname(h.text()) && !h.allCaps() && !titleCaseAfter(tokens, cls, head);
                // "Buurvrouw Joke ziet", "buurvrouw Pietje heeft": right after a family word, an ordinary word with a
                // capital before a finite verb is a name (a family word takes no ordinary noun as a name)
                ok |= head == i + 1 && isFamilyWord(lower) && c == WordClass.DICTIONARY && !covered[head]
                        && !h.allCaps() && h.text().length() >= 3 && !titleCaseAfter(tokens, cls, head)
                        && head + 1 < n && tokens.get(head + 1).isWord() && (PERSON_VERBS.contains(
                        tokens.get(head + 1).lower()) || finiteVerb(tokens.get(head + 1)));
                // "buurvrouw De Graaf", "Pleegouders Van Nispen": a family word and a capitalised particle make the
                // capitalised word after them a surname, whatever else it is (not an organisation)
                ok |= head > k && k == i + 1 && tokens.get(k).capitalised() && !tokens.get(k).text().equals("Het")
                        && isFamilyWord(lower) && !coveredOrg[head] && !h.allCaps()
                        && (nameLike(c) || c == WordClass.DICTIONARY || c == WordClass.ALLOWED);
                // "Oma Brabander", "opa Fries": right after a family word, a listed surname that a list calls a
                // nationality or region word is that surname
                ok |= head == i + 1 && isFamilyWord(lower) && c == WordClass.ALLOWED && words.isSurname(h.text())
                        && words.allowed().wordKind(h.lower()).orElse(null) == PhraseIndex.Kind.NATIONALITY
                        && !h.allCaps() && !titleCaseAfter(tokens, cls, head);
                // Round 9 (lead, after the held-out sets): "Buurvrouw Ommen belde", "Opa Tholen haalt": a listed
                // surname that a list calls a place, right after a family word and before a verb of a person, is
                // that surname (not "moeder Breda, vader Roosendaal", not a hyphenated district)
                ok |= head == i + 1 && isFamilyWord(lower) && c == WordClass.ALLOWED && words.isSurname(h.text())
                        && words.allowed().wordKind(h.lower()).orElse(null) == PhraseIndex.Kind.PLACE
                        && h.text().indexOf('-') < 0 && head + 1 < n && tokens.get(head + 1).isWord()
                        && (PERSON_VERBS.contains(tokens.get(head + 1).lower()) || finiteVerb(tokens.get(head + 1))
                        || COPULAS.contains(tokens.get(head + 1).lower()))
                        && !coveredOrg[head] && !h.allCaps() && !titleCaseAfter(tokens, cls, head);
                // round 14 (r14-misses): "juf Lisse belde", "De leerkracht, meester Zwolle,": a school's form of
                // address makes a place right after it a teacher's surname (a family word does not: "oma Lisse")
                ok |= head == i + 1 && TitleBeforeSurname.SCHOOL_FORMS.contains(lower) && c == WordClass.ALLOWED
                        && words.allowed().wordKind(h.lower()).orElse(null) == PhraseIndex.Kind.PLACE
                        && h.text().indexOf('-') < 0 && words.allowed().match(tokens, head).length() <= 1
                        && !h.allCaps() && !titleCaseAfter(tokens, cls, head);
                // "oma Door", "opa Wil": a listed given name that is also a (function) word, right after a family word
                ok |= head == i + 1 && isFamilyWord(lower) && words.isFirstName(name) && name.length() >= 3
                        && !coveredOrg[head] && !h.allCaps() && !titleCaseAfter(tokens, cls, head)
                        && (head + 1 >= tokens.size() || !tokens.get(head + 1).is(':'));
                // "Moeder: "Laat haar gewoon ..."": after the speaker's colon, an ordinary word before an object
                // pronoun or particle is a quoted imperative, no name
                ok &= !(j > i + 1 && tokens.get(i + 1).is(':') && head == j && words.isDutchWord(h.lower())
                        && !givenName && head + 1 < n && tokens.get(head + 1).isWord()
                        && !tokens.get(head + 1).capitalised() && QUOTED_IMPERATIVE_OBJECTS.contains(tokens.get(head + 1).lower()));
                // "Moeder: "School is een hel."", "Vader: 'Thuis is het rustig.'": the first word of a quotation after
                // the speaker is capitalised as a sentence start; an ordinary word there is no name
                ok &= !(head == j && quoteBetween(tokens, i + 1, j) && words.isDutchWord(h.lower()) && !givenName);
            }
        } else {
            // an unlisted lower-case word longer than ten letters is a compound or an adjective, no given name
            // ("vader cultuursensitief"; "tante djenifer" stays a name)
            ok = lowerCaseName(h, true) || (title && !weak || !title && head == j) && h.text().length() > 3
                    && (h.capitalised() || title || h.text().length() <= 10)
                    && !h.hasDigit() && h.text().chars().allMatch(Character::isLetter) && !words.isWord(h.lower())
                    && !words.allowed().containsWord(h.lower()) && !words.isTussenvoegsel(h.lower())
                    && !classifier.isTypoOfWord(h.lower()) && (role[head] & (KIN | TITLE)) == 0;
            // "oma jannigje", "tante fenna": a lower-case word that is no word right after a kin word
            ok |= !title && head == j && kinGivenNameInLowerCase(tokens, head);
            // "oma mz", "oom vz": the side of the family (moeders-/vaderszijde), no name
            ok &= !FAMILY_SIDE_ABBREVIATIONS.contains(h.lower());
            ok &= !CareNoteAbbreviation.after(tokens, head, words); // round 11 (fix26): "ouders gesch. sinds"
        }
        ok &= !(shouted && h.capitalised() && shoutedWord(h, cls[head])); // round 9: "MOEDER WIL NIET"
        if (ok) {
            String name = NameClassifier.stripPossessive(h.text());
            boolean givenName = !title && head > k && words.isFirstName(name);
            int from = givenName ? head : j; // "de vader van Mees": the name is Mees
            mark(flag, from, head);
            boolean family = !title && !PROFESSIONAL_ROLES.contains(tokens.get(i).lower());
            for (int m = from; m <= head; m++) {
                kin[m] = family;
            }
        }
    }

    /**
     * Round 8 structure rule: the "Betrokken hulpverlening" section lists organisations ("jeugdteam Laak, Staedion,
     * Surplus (Moed), GGZ Breburg (moeder-babyunit)"). There a single flagged word that is no listed given name and
     * has no family word, title or initial before it is an organisation or its unit; a given name, a full name
     * ("Fatma Yilmaz") and a family member ("oma Brabander") stay flagged.
     * Round 8b: a professional's role in brackets after such a word names the contact at the organisation
     * ("Echnaton (mentor)", "gemeente (jeugdconsulent)"), not a person; a relative in brackets still does. The
     * "Uit te nodigen experts" section lists organisations the same way ("medewerker van CoMensha of Fairwork",
     * "verslavingsarts van Brijder"); there a listed surname also stays flagged ("Bakker, jurist").
     */
    private void unflagOrganisationListMembers(List<Token> tokens, WordClass[] cls, int[] role, boolean[] flag,
                                               boolean experts) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            if (!flag[i] || i > 0 && flag[i - 1] || i + 1 < n && flag[i + 1]) {
                continue;
            }
            Token t = tokens.get(i);
            String name = NameClassifier.stripPossessive(t.text());
            WordClass c = cls[i];
            boolean before = i > 0 && (tokens.get(i - 1).isWord() && (role[i - 1] & (KIN | TITLE)) != 0
                    || tokens.get(i - 1).is('.') || tokens.get(i - 1).is(':'));
            if (t.capitalised() && !before && !words.isFirstName(name) && c != AMBIGUOUS_FIRST_NAME
                    && name.equals(t.text()) && listMemberEnds(tokens, i)
                    && (!personDescribedAfter(tokens, i) || roleOfContactAfter(tokens, i))
                    && !(experts && (words.isName(name) || words.isWeakName(WordLists.lower(name))
                            || c == AMBIGUOUS_FIRST_NAME))) {
                flag[i] = false;
            }
        }
    }

    /**
     * "Echnaton (mentor)", "Arkelstein (zorgcoördinator)": one professional's role alone in brackets after the
     * word (no kin word, no age): the contact person at that organisation.
     */
    private boolean roleOfContactAfter(List<Token> tokens, int i) {
        if (i + 3 >= tokens.size() || !tokens.get(i + 1).is('(') || !tokens.get(i + 3).is(')')) {
            return false;
        }
        Token inside = tokens.get(i + 2);
        if (!inside.isWord() || inside.capitalised() || isFamilyWord(inside.lower())
                || FAMILY_SIDES.contains(inside.lower())) {
            return false;
        }
        String lower = inside.lower();
        if (PROFESSIONAL_ROLES.contains(lower)) {
            return true;
        }
        for (String r : PROFESSIONAL_ROLES) {
            if (r.length() >= 5 && lower.length() > r.length() + 2 && lower.endsWith(r)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word closes a member of a list: the end, a separator or "en"/"of" follows ("Surplus, Toegang", "Surplus
     * (Moed)"), not a verb or other words of a sentence ("Jansen helpt met vervoer" names a person).
     */
    private static boolean listMemberEnds(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(i + 1);
        return next.isWord() ? next.lower().equals("en") || next.lower().equals("of")
                : !next.isNumber();
    }

    /** A quotation mark opens between {@code from} (inclusive) and {@code to} (exclusive). */
    private static boolean quoteBetween(List<Token> tokens, int from, int to) {
        for (int m = from; m < to; m++) {
            Token t = tokens.get(m);
            if (t.is('"') || t.is('“') || t.is('\'') || t.is('‘') || t.is('„')) {
                return true;
            }
        }
        return false;
    }

    /** A family word (not a professional's role): "oma", "stiefvader", "buurman". */
    private boolean isFamilyWord(String lower) {
        return words.isKinOrRole(lower) && !PROFESSIONAL_ROLES.contains(lower);
    }

    /** The next word is capitalised too and no name: a heading in Title Case ("Moeder En Kind Centrum"). */
    private static boolean titleCaseAfter(List<Token> tokens, WordClass[] cls, int head) {
        int q = head + 1;
        return q < tokens.size() && tokens.get(q).isWord() && tokens.get(q).capitalised()
                && (cls[q] == WordClass.DICTIONARY || cls[q] == WordClass.ALLOWED || cls[q] == WordClass.ROLE);
    }

    /**
     * "stiefvader kees drinkt", "oma bep, ...": right after a kin word, a given name in lower case that is also a
     * word counts when a person verb, a comma, "en", a bracket or the end follows (so "vader kookt" stays a verb).
     */
    private boolean kinGivenNameInLowerCase(List<Token> tokens, int head) {
        Token h = tokens.get(head);
        String lower = h.lower();
        int n = tokens.size();
        if (h.hasDigit() || !h.text().chars().allMatch(Character::isLetter) || PERSON_VERBS.contains(lower)
                || NameClassifier.isFunctionWord(lower) || words.isKinOrRole(lower) || words.isTitle(lower)
                || words.isTussenvoegsel(lower) || PLACE_PREPOSITIONS.contains(lower)
                || words.allowed().containsWord(lower)) {
            return false;
        }
        boolean nameOrNoWord = !words.isWord(lower) || words.isFirstName(NameClassifier.capitalise(lower))
                || words.isWeakName(lower);
        // "vader vertrok (2022)": an ordinary word before a year is no name
        if (nameOrNoWord && lower.length() >= 2 && followedByYear(tokens, head) || lower.length() >= 2 && head + 3 < n
                && tokens.get(head + 1).is('(') && tokens.get(head + 2).isNumber()
                && tokens.get(head + 2).text().length() <= 2 && tokens.get(head + 3).is(')')) {
            return true; // "broertje mo (2019)", "zus li (7)": a word with a birth year or an age is a name
        }
        String cap = NameClassifier.capitalise(lower);
        boolean listed = words.isFirstName(cap) || words.isWeakName(lower);
        if (lower.length() < 3) {
            return false;
        }
        if (!listed) {
            return KinLowerCaseName.nounAsName(tokens, head, words, this::isFamilyWord); // "nonkel staf uit ..."
        }
        boolean plainName = !words.isCommonWord(lower) && !words.isException(cap);
        if (head + 1 >= n) {
            return plainName;
        }
        Token next = tokens.get(head + 1);
        if (next.isWord()) {
            // "opa jan haalt", "oma dien brengt": a finite verb follows (a word that is also a name needs one)
            // round 24 (t24-new): not a word both the common words and the exceptions call ordinary ("dat moeder
            // alleen blijft", "vader thuis werkt"); these lists hold no common given name
            return (PERSON_VERBS.contains(next.lower()) || finiteVerb(next))
                    && !(words.isCommonWord(lower) && words.isException(cap)
                    && (!words.isFirstNameLower(lower) || ORDINARY_AFTER_KIN.contains(lower)))
                    || plainName && next.lower().equals("en")
                    // round 9: "opoe aaltje is", "oom kees uit Breda" (not "omdat oma ziek is": no listed name)
                    || KinLowerCaseName.clauseGoesOn(tokens, head, words) && !words.isCommonWord(lower)
                    // round 16 (r16-names): "opa wim van de overkant", "tante jet van der velde": a listed given
                    // name and a surname with its particles, all in lower case
                    || plainName && !finiteVerb(h) && KinLowerCaseName.particleSurnameAfter(tokens, head, words)
                    // round 19 (fix19-items): "oma joke in Edam wil helpen": the relative's home, then her verb
                    || !words.isCommonWord(lower) && !finiteVerb(h) && placeThenVerb(tokens, head + 1)
                    // round 25 (t25-items): "vader dirk jan kan niet lezen": a double given name, then the verb
                    || plainName && SecondGivenNameInLowerCase.secondNameThenVerb(tokens, head + 1, words)
                    // round 26 (t26-new): "opa kees uit rijsbergen haalt": a listed given name that is an ordinary
                    // word too, then "in"/"uit", a place of the lists (in lower case as well) and the verb
                    || words.isFirstName(cap) && !finiteVerb(h) && listedPlaceThenVerb(tokens, head + 1);
        }
        if (next.is('.') && CareNoteAbbreviation.after(tokens, head, words)) {
            return false; // round 11 (fix26): "ouders gesch. sinds 2022": a care-note abbreviation, no name
        }
        return next.is('(') || plainName && (next.is(',') || next.is('.') || next.is(')') || next.is(':'))
                // round 9: "oma trees, buurman Hamza": a list of relatives, each with a kin word
                || next.is(',') && KinLowerCaseName.relativeAfterComma(tokens, head, this::isFamilyWord)
                && !words.isCommonWord(lower);
    }

    /**
     * Round 19 (fix19-items): at {@code k} "in" or "uit", one capitalised word that is not in capitals, and a person's
     * finite verb: the place where the relative before it lives, and the clause goes on with the relative as subject
     * ("oma joke in Edam wil", "tante wil uit Tiel belt").
     */
    private boolean placeThenVerb(List<Token> tokens, int k) {
        if (k + 2 >= tokens.size()) {
            return false;
        }
        Token prep = tokens.get(k);
        Token place = tokens.get(k + 1);
        Token verb = tokens.get(k + 2);
        return prep.isWord() && !prep.capitalised() && (prep.lower().equals("in") || prep.lower().equals("uit"))
                && place.isWord() && place.capitalised() && !place.allCaps() && verb.isWord() && !verb.capitalised()
                && (PERSON_VERBS.contains(verb.lower()) || LowerCaseGivenNameOpeningNote.VERBS.contains(verb.lower())
                || finiteVerb(verb));
    }

    /**
     * Round 26 (t26-new): as {@link #placeThenVerb}, for a given name that is an ordinary word too ("kees", "roos"):
     * the place must be one of the place lists (then in lower case too: "opa kees uit rijsbergen haalt"), not any
     * capitalised word. Stays: a word of no place list ("oma roos uit de tuin haalt"), no verb after the place.
     */
    private boolean listedPlaceThenVerb(List<Token> tokens, int k) {
        if (k + 2 >= tokens.size()) {
            return false;
        }
        Token prep = tokens.get(k);
        Token place = tokens.get(k + 1);
        Token verb = tokens.get(k + 2);
        if (!prep.isWord() || prep.capitalised() || !(prep.lower().equals("in") || prep.lower().equals("uit"))
                || !place.isWord() || place.allCaps() || !verb.isWord() || verb.capitalised()) {
            return false;
        }
        String lower = place.lower();
        return (words.isDomesticPlace(lower) || words.isVillage(lower))
                && !words.isFirstName(NameClassifier.capitalise(lower))
                && (PERSON_VERBS.contains(verb.lower()) || LowerCaseGivenNameOpeningNote.VERBS.contains(verb.lower())
                || finiteVerb(verb));
    }

    private static final List<String> KIN_HEADS = List.of("moeder", "vader", "ouder", "dochter", "zoon", "zus",
            "broer", "oma", "opa");

    /**
     * Round 26 (t26-new): a compound of a Dutch word and a family word ("Tienermoeder", "Gastvader", "Tweelingzus")
     * names a kind of relative, no person, when no name list holds the whole. Stays: a listed name ("Janszoon"), a
     * part before the family word that is no Dutch word ("Kalvader").
     */
    private boolean kinCompound(Token t) {
        String lower = t.lower();
        if (words.isName(t.text()) || !t.capitalised()) {
            return false;
        }
        for (String head : KIN_HEADS) {
            int stem = lower.length() - head.length();
            if (stem >= 4 && lower.endsWith(head) && words.isDutchWord(lower.substring(0, stem))) {
                return true;
            }
        }
        return false;
    }

    /** A lower-case Dutch word that looks like a finite verb of the third person ("haalt", "brengt", "past"). */
    private boolean finiteVerb(Token t) {
        String lower = t.lower();
        return !t.capitalised() && lower.length() >= 4 && lower.endsWith("t") && words.isDutchWord(lower)
                && !NameClassifier.isFunctionWord(lower) && !words.isKinOrRole(lower);
    }

    private void afterNamingWord(List<Token> tokens, WordClass[] cls, boolean[] covered, int i, boolean strong,
                                 boolean[] flag) {
        int n = tokens.size();
        int j = i + 1;
        while (j < n && (tokens.get(j).is(':') || tokens.get(j).is('\'') || tokens.get(j).is('"')
                || tokens.get(j).is('“') || tokens.get(j).is('‘') || tokens.get(j).is('('))) {
            j++;
        }
        if (j >= n || !tokens.get(j).isWord()) {
            return;
        }
        Token h = tokens.get(j);
        WordClass c = cls[j];
        boolean ok;
        if (h.capitalised()) {
            ok = c != WordClass.ROLE && c != WordClass.ACRONYM && !covered[j]
                    && (strong || nameLike(c));
        } else {
            ok = lowerCaseName(h, true);
        }
        if (ok) {
            flag[j] = true;
        }
    }

    private void initialAndSurname(List<Token> tokens, WordClass[] cls, boolean[] covered, int i, boolean[] flag) {
        int n = tokens.size();
        int k = i;
        int initials = 0;
        while (k + 1 < n && tokens.get(k).isWord() && cls[k] == WordClass.INITIAL && tokens.get(k + 1).is('.')
                && initials++ < 4) {
            k += 2;
        }
        int head = skipTussenvoegsels(tokens, k);
        // "J. de Vries"; with a tussenvoegsel between, an ordinary word counts too ("Joh. 't Hart", "Ph. van 't Hof")
        // an initial and a particle make any capitalised word a surname, even one that is part of an allowed phrase
        // ("Chr. de Graaf" next to the hospital "Reinier de Graaf", "J. van Zundert" next to the place Zundert)
        if (head < n && tokens.get(head).isWord() && tokens.get(head).capitalised()
                && (head > k || !covered[head]) && (nameLike(cls[head]) || head > k
                && (cls[head] == WordClass.DICTIONARY || cls[head] == WordClass.ALLOWED
                || cls[head] == WordClass.ROLE)) && !organisationOpensSentence(tokens, head, k)
                && !InitialAtLineEnd.opensNextLine(tokens, head, k, cls[head])
                && !(head == k && SentenceOpenerAfterInitial.opensSentence(tokens, head))) {
            mark(flag, i, head);
        }
    }

    /**
     * Round 9: "hulp voor G. School werkt goed samen": after an initial and its period, a kind of organisation
     * ("School", "Politie", "Gemeente") before a finite verb opens the next sentence; it is no surname.
     */
    private boolean organisationOpensSentence(List<Token> tokens, int head, int k) {
        String lower = tokens.get(head).lower();
        return head == k && (ORG_INTRO.contains(lower) || INSTITUTION_HEADS.contains(lower) || lower.equals("politie"))
                && head + 1 < tokens.size() && tokens.get(head + 1).isWord()
                && (PERSON_VERBS.contains(tokens.get(head + 1).lower()) || finiteVerb(tokens.get(head + 1))
                // round 21 (t21-cards2): "liefdevol naar O. School is een veilige plek": a complete clause before
                || SecondClauseAfterInitial.opens(tokens, head));
    }

    /** The particle after "in" in surnames ("in 't Veld", "In 't Zandt"). */
    private static final Set<String> IN_PARTICLES = Set.of("'t", "’t");

    /**
     * "in" at {@code k} opens a surname: written "In", or right after a title or an initial ("dhr. in 't Veld",
     * "E.J. in 't Hout"); after a family word a lower-case "in 't" is a place ("familie in 't Zandt").
     */
    private boolean inParticle(List<Token> tokens, int k) {
        if (tokens.get(k).capitalised()) {
            return true;
        }
        if (k == 0) {
            return false;
        }
        Token before = tokens.get(k - 1);
        return before.is('.') || before.isWord() && (roleOf(before.lower()) & (TITLE | HEER)) != 0
                && !before.lower().equals("familie") && !before.lower().equals("gezin");
    }

    private int skipTussenvoegsels(List<Token> tokens, int from) {
        int k = from;
        int n = tokens.size();
        // "v.d. Berg", "v/d Linden", "v. Dijk", "V.D. Meer": abbreviated tussenvoegsels
        if (k + 2 < n && tokens.get(k).isWord() && tokens.get(k).lower().equals("v")
                && (tokens.get(k + 1).is('.') || tokens.get(k + 1).is('/'))) {
            k += 2;
            if (k + 1 < n && tokens.get(k).isWord() && (tokens.get(k).lower().equals("d")
                    || tokens.get(k).lower().equals("der") || tokens.get(k).lower().equals("den"))) {
                k++;
                if (k < n && tokens.get(k).is('.')) {
                    k++;
                }
            }
        }
        // "in 't Veld", "In 't Zandt", "in den Bosch": "in" is a particle only before "'t", "den" or "der"
        if (k + 2 < n && tokens.get(k).isWord() && tokens.get(k).lower().equals("in") && tokens.get(k + 1).isWord()
                && IN_PARTICLES.contains(tokens.get(k + 1).lower()) && tokens.get(k + 2).isWord()
                && tokens.get(k + 2).capitalised() && inParticle(tokens, k)) {
            k += 2;
        }
        boolean moved = true;
        while (moved) {
            moved = false;
            while (k < n && tokens.get(k).isWord() && words.isTussenvoegsel(tokens.get(k).lower())
                    && k + 1 < n && (tokens.get(k + 1).isWord() || tokens.get(k + 1).is('\'')
                    || tokens.get(k + 1).is('’'))) {
                k++;
                moved = true;
            }
            // "van 't Hof", "Joh. 't Hart", "d'Ancona"
            while (k < n && (tokens.get(k).is('\'') || tokens.get(k).is('’')) && k + 1 < n) {
                k++;
                moved = true;
                if (k + 1 < n && tokens.get(k).isWord() && tokens.get(k).lower().equals("t")) {
                    k++;
                }
            }
        }
        return k;
    }

    /** Finite verbs that put a person's name without article right after them ("Na het incident is Berg bij"). */
    private static final Set<String> FINITE_BEFORE_SUBJECT = Set.of("is", "was", "zit", "zat", "gaat", "ging",
            "heeft", "had", "wil", "wilde", "moet", "moest", "kan", "kon", "mag", "mocht", "zal", "zou", "wordt",
            "werd", "blijft", "bleef", "komt", "kwam", "slaapt", "sliep");
    /** Verbs of a person as subject besides {@link #PERSON_VERBS}: "Bloem zit in groep 6". */
    private static final Set<String> SUBJECT_VERBS = Set.of("zit", "zat", "slaapt", "sliep", "blijft", "bleef",
            "loopt", "liep", "kijkt", "keek", "gaat", "ging", "speelt", "speelde", "huilt", "rent", "rende");
    /** Verbs of knowing, trusting and feeling that want a person as subject: "Roos weet alles", "Storm mist haar zus". */
    private static final Set<String> KNOWING_VERBS = Set.of("weet", "wist", "vertrouwt", "vertrouwde", "begrijpt",
            "begreep", "snapt", "snapte", "mist", "miste", "gelooft", "geloofde", "twijfelt",
            "twijfelde", "herinnert", "herinnerde", "schaamt", "schaamde", "zwijgt", "zweeg", "liegt", "loog");
    /** Words that follow a person subject and its finite verb: a preposition, an adverb, a time ("is sinds"). */
    private static final Set<String> SUBJECT_FOLLOW = Set.of("sinds", "bij", "in", "op", "naar", "met", "thuis",
            "niet", "nog", "al", "ook", "weer", "vaak", "nooit", "altijd", "gisteren", "vandaag", "vanochtend",
            "vanmiddag", "vanavond", "vannacht", "vorige", "afgelopen", "tijdens", "na", "bang", "boos",
            "verdrietig", "blij", "ziek", "zelf");
    /** Months, weekdays and seasons: a capitalised one at a sentence start is no person ("Vrijdag is er ..."). */
    private static final Set<String> TIME_WORDS = Set.of("januari", "februari", "maart", "april", "mei", "juni",
            "juli", "augustus", "september", "oktober", "november", "december", "maandag", "dinsdag", "woensdag",
            "donderdag", "vrijdag", "zaterdag", "zondag", "lente", "zomer", "herfst", "winter");

    /**
     * A name that is also a word, used as a subject without an article (a Dutch singular common noun takes one):
     * at a sentence start before a verb of a person ("Bloem zit", "Faas is vrijdagnacht ...", "Roos is sinds ...")
     * or a person in brackets ("Storm (de jongste) slaapt"); or right after a finite verb in an inverted sentence
     * ("Na het incident is Berg bij de buren"). "Storm is voorspeld", "Hoop is er nog", "Winter is een ..." stay.
     */
    private boolean subjectWithoutArticle(List<Token> tokens, int i) {
        int n = tokens.size();
        if (i + 2 >= n || !tokens.get(i + 1).isWord() && !tokens.get(i + 1).is('(')) {
            return false;
        }
        Token next = tokens.get(i + 1);
        if (next.is('(') && relativeAndAtStart(tokens, i)) {
            return personInBrackets(tokens, i + 1); // round 21: "Moeder en Schipper (nieuwe partner) wonen ..."
        }
        if (tokens.get(i).sentenceStart()) {
            if (next.is('(')) {
                return personInBrackets(tokens, i + 1);
            }
            String verb = next.lower();
            if (SUBJECT_VERBS.contains(verb)) {
                return tokens.get(i + 2).isWord() && !tokens.get(i + 2).capitalised();
            }
            if (KNOWING_VERBS.contains(verb)) { // "Roos weet alles", "Storm vertrouwt niemand", not "Thuis weet ik"
                return tokens.get(i + 2).isWord() && !tokens.get(i + 2).capitalised()
                        && !INVERTED_SUBJECTS.contains(tokens.get(i + 2).lower());
            }
            return (verb.equals("is") || verb.equals("was")) && tokens.get(i + 2).isWord()
                    && followsSubject(tokens.get(i + 2).lower());
        }
        int p = i - 1;
        return p >= 1 && tokens.get(p).isWord() && !tokens.get(p).capitalised()
                && FINITE_BEFORE_SUBJECT.contains(tokens.get(p).lower()) && tokens.get(p - 1).isWord()
                && !ARTICLES.contains(tokens.get(p - 1).lower()) && next.isWord()
                && SUBJECT_FOLLOW.contains(next.lower()) && !next.lower().equals("in") && !next.lower().equals("op");
    }

    /** Round 21 (t21-names): "Moeder en X", "Oma en X" at a sentence start: X is the second of two subjects. */
    private boolean relativeAndAtStart(List<Token> tokens, int i) {
        return i >= 2 && tokens.get(i - 1).isWord() && tokens.get(i - 1).lower().equals("en")
                && tokens.get(i - 2).isWord() && tokens.get(i - 2).sentenceStart()
                && words.isKinOrRole(tokens.get(i - 2).lower());
    }

    private static boolean followsSubject(String lower) {
        if (SUBJECT_FOLLOW.contains(lower)) {
            return true;
        }
        for (String day : List.of("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")) {
            if (lower.startsWith(day)) {
                return true; // "is vrijdagnacht", "was zondagochtend"
            }
        }
        return false;
    }

    /** "(de jongste)", "(het oudste kind)", "(zijn broer)": a person described in brackets, with a determiner. */
    private boolean personInBrackets(List<Token> tokens, int open) {
        int n = tokens.size();
        for (int k = open + 1; k < n && k < open + 5; k++) {
            Token w = tokens.get(k);
            if (w.is(')')) {
                return false;
            }
            if (w.isWord() && (words.isKinOrRole(w.lower()) || isPersonNoun(w.lower()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean ambiguous(WordClass c) {
        return c == AMBIGUOUS_FIRST_NAME || c == AMBIGUOUS_SURNAME;
    }

    /** "Roos zegt ...", "Storm vertelt ...": a verb that wants a person as its subject follows the word. */
    static boolean isPersonVerb(String lower) {
        return PERSON_VERBS.contains(lower);
    }

    static boolean personVerbAfter(List<Token> tokens, int i) {
        // "Thuis kan ik niet praten": a subject pronoun right after the verb is the subject (inverted word order), so
        // the word before the verb is no person
        // "School meldt ...", "Politie belde ...": a kind of organisation is the subject, no person
        String lower = tokens.get(i).lower();
        if (ORG_INTRO.contains(lower) || INSTITUTION_HEADS.contains(lower) || lower.equals("politie")) {
            return false;
        }
        return i + 1 < tokens.size() && tokens.get(i + 1).isWord() && PERSON_VERBS.contains(tokens.get(i + 1).lower())
                && !(i + 2 < tokens.size() && tokens.get(i + 2).isWord()
                && INVERTED_SUBJECTS.contains(tokens.get(i + 2).lower()));
    }

    /**
     * Round 9: "Thuis praat niemand", "Buiten speelt iedereen": a frequent word before a verb whose subject
     * ("niemand", "iedereen") follows it is an adverb at the head of an inverted sentence, no person.
     */
    private static boolean indefiniteSubjectAfterVerb(List<Token> tokens, int i) {
        return i + 2 < tokens.size() && tokens.get(i + 1).isWord() && !tokens.get(i + 1).capitalised()
                && tokens.get(i + 2).isWord() && INDEFINITE_SUBJECTS.contains(tokens.get(i + 2).lower());
    }

    private static final Set<String> AGE_UNITS = Set.of("mnd", "maanden", "maand", "jr", "jaar", "wk", "weken",
            "week", "dgn", "dagen", "m", "j", "mo");

    private static final Set<String> INDEFINITE_SUBJECTS = Set.of("niemand", "iedereen", "ieder", "elk", "elke",
            "alles", "niets", "men");

    private static final Set<String> NICHT_BEFORE = Set.of("de", "een", "haar", "zijn", "hun", "mijn", "jouw", "onze",
            "z'n", "m'n", "en", "of", "met", "van", "bij", "die", "deze", "oudste", "jongste", "volgens", "namens",
            "door", "tegen", "zonder", "aan", "voor");

    /**
     * Round 9: "nicht" (a niece) is also German "not" ("Ich will nicht mehr"): in lower case it is a kin word only
     * after a determiner, a preposition or "en"/"of" ("haar nicht", "neef en nicht"), at a start or after a comma.
     */
    private boolean germanNicht(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.text().equals("nicht") || i == 0) {
            return false;
        }
        Token p = tokens.get(i - 1);
        if (p.is(',') && i >= 2 && tokens.get(i - 2).isWord()) {
            return !words.isKinOrRole(tokens.get(i - 2).lower()); // "sehen, nicht mehr"; "neef, nicht Sanne" stays
        }
        return p.isWord() && !NICHT_BEFORE.contains(p.lower());
    }

    /** Round 9: the word opens a quotation ("R.: "School is ...", 'Politie was ...'). */
    private static boolean quoteOpensAt(List<Token> tokens, int i) {
        return i > 0 && (tokens.get(i - 1).is('"') || tokens.get(i - 1).is('“') || tokens.get(i - 1).is('\'')
                || tokens.get(i - 1).is('‘') || tokens.get(i - 1).is('„'));
    }

    /** Round 9: "hendrikus (opa)": a lower-case word that is no Dutch word, with a relative's kin word in brackets. */
    private boolean relativeInBrackets(List<Token> tokens, int i) {
        String lower = tokens.get(i).lower();
        return !words.isWord(lower) && lower.length() >= 4 && lower.chars().allMatch(Character::isLetter)
                && i + 3 < tokens.size() && tokens.get(i + 1).is('(') && tokens.get(i + 2).isWord()
                && isFamilyWord(tokens.get(i + 2).lower());
    }

    private static final Set<String> INVERTED_SUBJECTS = Set.of("ik", "jij", "je", "hij", "zij", "ze", "we", "wij",
            "u", "jullie", "men");

    private static boolean possessiveOfName(Token t, WordClass c) {
        String text = t.text();
        int n = text.length();
        boolean possessive = n > 3 && text.charAt(n - 1) == 's' && (text.charAt(n - 2) == '\'' || text.charAt(n - 2) == '’');
        return possessive && t.capitalised() && (c == WordClass.NAME || c == UNKNOWN || c == AMBIGUOUS_FIRST_NAME);
    }

    /** "in Axel", "naar Sofia": a given name that is also a place, after a place preposition. */
    private boolean placeAfterPreposition(List<Token> tokens, int i) {
        if (placeInBracketsAfterPlace(tokens, i) || SlashPlacePair.placeBesidePlace(tokens, i, words)) {
            return true;
        }
        int p = i - 1;
        if (p > 0 && tokens.get(p).is(',')) {
            p--; // "een klein dorp, Haaren,"
        }
        if (p < 0 || !tokens.get(p).isWord()) {
            return false;
        }
        String before = tokens.get(p).lower();
        if (p == i - 1 && fromToPlace(tokens, i, i)) {
            return true;
        }
        if (!PLACE_PREPOSITIONS.contains(before) && !before.equals("naar") && !before.equals("op")
                && !before.equals("plaats") && !before.equals("woonplaats")) {
            return false;
        }
        if (p > 0 && tokens.get(p - 1).isWord() && RESIDENCE_VERBS.contains(tokens.get(p - 1).lower())
                && !tokens.get(i).text().endsWith("'s")) {
            return true; // "woont in Erica", "verhuisd naar Klazienaveen", "komt uit Pieterburen": a place
        }
        if (p == i - 1 && p > 0 && (before.equals("in") || before.equals("uit")) && homeBeforeIn(tokens, p - 1)
                && !tokens.get(i).text().endsWith("'s") && clauseGoesOnAfterHome(tokens, i + 1)) {
            return true; // round 26 (t26-new): "Tante in Theresia helpt", "een woning in Theresia": a place
        }
        return words.isPlaceInContext(WordLists.lower(NameClassifier.stripPossessive(tokens.get(i).text())));
    }

    /**
     * Round 26 (t26-new): the word before "in"/"uit" says the word after it is where someone lives: a family word
     * opening its clause ("Tante in Theresia helpt", "oma uit Lisboa belt": the relative's home) or a dwelling noun
     * ("een woning in Theresia", "huurhuis in Korvel"). Stays a person: a name with "'s" or a bracket after it ("tante
     * in Anna's kamer", "oma in Anna (buurvrouw)"), a noun of trust or belief before "in" ("vertrouwen in Anna").
     */
    private boolean homeBeforeIn(List<Token> tokens, int k) {
        Token w = tokens.get(k);
        if (!w.isWord()) {
            return false;
        }
        String lower = w.lower();
        if (lower.endsWith("woning") || lower.endsWith("huis") && !lower.equals("thuis") || DWELLINGS.contains(lower)) {
            return true;
        }
        if (!isFamilyWord(lower)) {
            return false;
        }
        // the family word opens the clause: the sentence's start, after a punctuation mark, "en" or an article
        if (k == 0) {
            return true;
        }
        Token b = tokens.get(k - 1);
        return !b.isWord() && !b.is('\'') || b.isWord() && (b.lower().equals("en") || b.lower().equals("de")
                || b.lower().equals("haar") || b.lower().equals("zijn") || b.lower().equals("een"));
    }

    /**
     * Round 26 (t26-new, review rb): after the place the clause ends or goes on with a verb ("Tante in Theresia helpt",
     * "een woning in Theresia aan."); a possessive after the name ("in Sem zijn kamer", "in Noor d'r bed", "in Daan
     * zijn naam"), a bracket or any other word keeps it a person.
     */
    private boolean clauseGoesOnAfterHome(List<Token> tokens, int k) {
        if (k >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(k);
        if (!next.isWord()) {
            return next.is(',') || next.is('.') || next.is(';') || next.is('!') || next.is('?');
        }
        String lower = next.lower();
        return !next.capitalised() && (AFTER_HOME.contains(lower) || PERSON_VERBS.contains(lower) || finiteVerb(next));
    }

    private static final Set<String> AFTER_HOME = Set.of("aan", "sinds", "met", "bij", "is", "was", "heeft", "had",
            "helpt", "woont", "woonde");

    private static final Set<String> DWELLINGS = Set.of("appartement", "flat", "studio", "woonwagen", "chalet",
            "benedenwoning", "bovenwoning", "portiekflat", "woonruimte");

    /**
     * Round 8b: a place that is also a name, alone in brackets right after a capitalised place or country ("woont in
     * Duitsland (Kleve)", "België (Luik)"): the town in that country. Not a listed given name that is a place
     * only in context ("woont in Breda (Anna)"); a given name of the place list stays ("Bulgarije (Sofia)").
     */
    private boolean placeInBracketsAfterPlace(List<Token> tokens, int i) {
        String lower = WordLists.lower(tokens.get(i).text());
        if (words.isFirstName(tokens.get(i).text()) && !words.isPlace(lower)) {
            return false; // "woont in Breda (Anna)": a given name that is a place only in context is the person
        }
        return words.isPlaceInContext(lower) && i >= 2 && i + 1 < tokens.size() && tokens.get(i - 1).is('(') && tokens.get(i + 1).is(')')
                && tokens.get(i - 2).isWord() && tokens.get(i - 2).capitalised()
                && words.isPlace(tokens.get(i - 2).lower());
    }

    /**
     * "van X naar Y", "van X tot Y": lower-case "van" right before the word (or its hyphenated run from
     * {@code first}) and "naar"/"tot" right after it, with a capitalised word after that.
     */
    private static boolean fromToPlace(List<Token> tokens, int first, int last) {
        int n = tokens.size();
        return first > 0 && tokens.get(first - 1).isWord() && tokens.get(first - 1).text().equals("van")
                && last + 2 < n && tokens.get(last + 1).isWord() && (tokens.get(last + 1).lower().equals("naar")
                || tokens.get(last + 1).lower().equals("tot")) && tokens.get(last + 2).isWord()
                && tokens.get(last + 2).capitalised();
    }

    /** "i-Psy", "e-Health": a capitalised part after a lower-case word and a hyphen is a brand, not a name. */
    private static boolean afterLowerCaseHyphen(List<Token> tokens, int i) {
        return i >= 2 && tokens.get(i - 1).is('-') && !tokens.get(i - 1).spaceBefore() && !tokens.get(i).spaceBefore()
                && tokens.get(i - 2).isWord() && !tokens.get(i - 2).capitalised();
    }

    /** Part of a multi-word organisation phrase ("Reclassering Nederland") before the brackets. */
    private boolean coveredOrganisationPhrase(List<Token> tokens, int i) {
        return words.allowed().wordKind(tokens.get(i).lower()).orElse(null) == PhraseIndex.Kind.ORGANISATION;
    }

    /** "Rabobank-app", "Ajax-shirt": a word joined by a hyphen to an ordinary lower-case word is a thing. */
    private boolean compoundWithWord(List<Token> tokens, int i) {
        return i + 2 < tokens.size() && tokens.get(i + 1).is('-') && !tokens.get(i + 1).spaceBefore()
                && tokens.get(i + 2).isWord() && !tokens.get(i + 2).spaceBefore() && !tokens.get(i + 2).capitalised()
                && words.isWord(tokens.get(i + 2).lower()) && !words.isTussenvoegsel(tokens.get(i + 2).lower());
    }

    /** "met Bakker", "volgens Visser", "heb Mulder gevraagd": a word that wants a person stands before. */
    private static boolean personWordBefore(List<Token> tokens, int i) {
        if (i > 0 && tokens.get(i - 1).isWord() && PERSON_BEFORE.contains(tokens.get(i - 1).lower())) {
            return true;
        }
        // "heb ik Mulder gevraagd", "sprak zij Bakker": an auxiliary or verb, a subject, then the person
        return i > 1 && tokens.get(i - 1).isWord() && PRONOUNS.contains(tokens.get(i - 1).lower())
                && tokens.get(i - 2).isWord() && PERSON_BEFORE.contains(tokens.get(i - 2).lower())
                && !tokens.get(i - 2).lower().equals("met") && !tokens.get(i - 2).lower().equals("aan");
    }

    /** "(heb) Mulder gevraagd", "Bakker gebeld": a participle that takes a person follows the word. */
    private static boolean personParticipleAfter(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i + 1).isWord()
                && PERSON_PARTICIPLES.contains(tokens.get(i + 1).lower());
    }

    /** A class that can name a person where context says so (known, ambiguous and unknown names). */
    private static boolean nameLike(WordClass c) {
        return c == WordClass.NAME || c == UNKNOWN || c == AMBIGUOUS_FIRST_NAME || c == AMBIGUOUS_SURNAME;
    }

    /**
     * A person described right after the word: a kin or role word or an age in brackets ("Timmerman (oom)",
     * "Aya (13)"), or an apposition with a kin or role word ("Koster, de voetbaltrainer van D.,").
     */
    private boolean personDescribedAfter(List<Token> tokens, int i) {
        int n = tokens.size();
        if (i + 4 < n && tokens.get(i + 1).is('(') && tokens.get(i + 2).isNumber()
                && tokens.get(i + 2).text().length() <= 2 && tokens.get(i + 3).isWord()
                && AGE_UNITS.contains(tokens.get(i + 3).lower()) && tokens.get(i + 4).is(')')) {
            // round 9: "Liezel (3 mnd)", "Dex (2 jr)": an age with its unit ("Peuter (2 jr)" is a word)
            return !words.isDutchWord(tokens.get(i).lower());
        }
        if (i + 3 < n && tokens.get(i + 1).is('(') && tokens.get(i + 3).is(')')) {
            Token inside = tokens.get(i + 2);
            return inside.isWord() && isPersonNoun(inside.lower())
                    || inside.isNumber() && inside.text().length() <= 2;
        }
        String word = NameClassifier.stripPossessive(tokens.get(i).text());
        if (i + 3 < n && tokens.get(i + 1).is('(') && tokens.get(i + 2).isWord()
                && (words.isName(word) || !words.isWord(WordLists.lower(word)))) {
            // "Boer (ex-partner)", "Smits (oom van moeder)": a kin word opens the brackets after a listed name
            // ("Netwerk (zus van moeder)" stays a word)
            int open = i + 2;
            if (APPOSITION_ARTICLES.contains(tokens.get(open).lower()) && open + 2 < n && tokens.get(open + 1).isWord()
                    && !tokens.get(open + 1).capitalised()) {
                open++; // round 9: "Zundert (de ex van moeder)", "Kok (haar oom)"
            }
            StringBuilder compound = new StringBuilder(tokens.get(open).lower());
            int k = open + 1;
            while (k + 1 < n && tokens.get(k).is('-') && tokens.get(k + 1).isWord() && !tokens.get(k).spaceBefore()) {
                compound.append('-').append(tokens.get(k + 1).lower());
                k += 2;
            }
            boolean closes = k < n && (tokens.get(k).is(')') || tokens.get(k).is(',')
                    || tokens.get(k).isWord() && tokens.get(k).lower().equals("van"));
            // "(ex-partner)" names a person by its last part; "(moeder-babyunit)" names a unit
            String lastPart = compound.substring(compound.lastIndexOf("-") + 1);
            return closes && word.length() >= 3 && !tokens.get(open).capitalised()
                    && (words.isKinOrRole(compound.toString()) || isPersonNoun(lastPart)
                    || occupationThenRelative(tokens, open, k));
        }
        if (i + 3 < n && tokens.get(i + 1).is(',') && tokens.get(i + 2).isWord()) {
            String article = tokens.get(i + 2).lower();
            if (!APPOSITION_ARTICLES.contains(article)) {
                // round 20 (t20-names): "Roos, buurvrouw, heeft gebeld": a listed name, a bare relation between two
                // commas and the clause's verb is an apposition too ("Kapelle, oom in Yerseke" stays a list)
                return i + 4 < n && words.isName(word) && !tokens.get(i + 2).capitalised()
                        && isPersonNoun(article) && tokens.get(i + 3).is(',') && tokens.get(i + 4).isWord()
                        && clauseVerb(tokens.get(i + 4)); // "Nee, vader wil niet": an answer
            }
            int k = i + 3;
            // "Snel, de nieuwe partner", "Stam, haar oude buurvrouw": up to two adjectives before the person noun
            for (int a = 0; a < 2 && k + 1 < n && tokens.get(k).isWord() && !tokens.get(k).capitalised()
                    && adjective(tokens.get(k).lower()) && !isPersonNoun(tokens.get(k).lower()); a++) {
                k++;
            }
            // "bij Westmaas, de jongens helpen daar": a verb right after the noun makes it the subject of a new
            // clause, not an apposition ("Koster, de trainer van D.", "Snel, de nieuwe partner, heeft" stay)
            return k < n && tokens.get(k).isWord() && isPersonNoun(tokens.get(k).lower())
                    && (k + 1 >= n || !tokens.get(k + 1).isWord() || !tokens.get(k + 1).capitalised())
                    && (k + 1 >= n || !tokens.get(k + 1).isWord() || !clauseVerb(tokens.get(k + 1)));
        }
        return false;
    }

    /**
     * "de opvang in Gaasperdam, de oudste ...", "opgegroeid in Sint Pieter en Mariaberg, haar broers ...": a word that
     * a place rule covered, after a place preposition or in a list of places, before a comma: the comma opens the
     * next clause, not an apposition of a person (a listed given name is not let off).
     */
    private static boolean placeBeforeApposition(List<Token> tokens, WordClass[] cls, boolean[] covered,
                                                 boolean[] coveredOrganisation, int i) {
        if (!covered[i] || coveredOrganisation[i] || cls[i] == WordClass.NAME || cls[i] == AMBIGUOUS_FIRST_NAME
                || i + 1 >= tokens.size() || !tokens.get(i + 1).is(',')) {
            return false;
        }
        int p = i - 1;
        while (p >= 0 && (tokens.get(p).isWord() && tokens.get(p).capitalised() && covered[p]
                || tokens.get(p).is('-'))) {
            p--;
        }
        return p >= 0 && tokens.get(p).isWord() && !tokens.get(p).capitalised()
                && (PLACE_OPENERS.contains(tokens.get(p).lower()) || tokens.get(p).lower().equals("en"));
    }

    /** A lower-case finite verb that opens the rest of a clause ("helpen", "gaat", "zijn", "heeft"). */
    private boolean clauseVerb(Token t) {
        String lower = t.lower();
        return !t.capitalised() && (PERSON_VERBS.contains(lower) || finiteVerb(t) || lower.equals("zijn")
                || lower.equals("hebben") || lower.equals("gaan") || lower.equals("komen") || lower.equals("worden")
                || lower.endsWith("en") && lower.length() >= 5 && words.isDutchWord(lower)
                && !NameClassifier.isFunctionWord(lower) && !isPersonNoun(lower));
    }

    /** An inflected Dutch adjective before a noun ("nieuwe", "oude", "biologische", "vorige", "eigen", "ex-"). */
    private boolean adjective(String lower) {
        return lower.length() >= 4 && (lower.endsWith("e") || lower.equals("eigen")) && words.isDutchWord(lower)
                && !NameClassifier.isFunctionWord(lower) && !lower.endsWith("heid");
    }

    /** Forms of address after which a name in lower case still counts: "mw. de vries", "dhr. j. jansen". */
    private static final Set<String> LOWER_CASE_TITLES = Set.of("mevrouw", "mevr", "mw", "meneer", "mijnheer", "dhr",
            "heer");

    /**
     * A name typed in lower case after a form of address ("mw. de vries belde", "dhr. j. jansen", "mevrouw bakker
     * (oma)", "mw. l. el idrissi"): initials, particles and then a listed surname or given name (also one that is a
     * word) or a word no list knows; not a verb, function word, kin or role word ("mevrouw vertelt", "meneer is").
     */
    private void lowerCaseAfterTitle(List<Token> tokens, WordClass[] cls, int i, boolean[] flag) {
        int n = tokens.size();
        int k = i + 1;
        if (k < n && tokens.get(k).is('.')) {
            k++;
        }
        int start = k;
        while (k + 1 < n && tokens.get(k).isWord() && tokens.get(k).text().length() == 1
                && !tokens.get(k).capitalised() && tokens.get(k + 1).is('.')) {
            k += 2; // "j.", "l."
        }
        int particles = 0;
        while (k < n && tokens.get(k).isWord() && !tokens.get(k).capitalised()
                && (words.isTussenvoegsel(tokens.get(k).lower()) || tokens.get(k).lower().equals("el")
                || tokens.get(k).lower().equals("al")) && particles < 3) {
            k++;
            particles++;
        }
        if (k >= n || !tokens.get(k).isWord() || tokens.get(k).capitalised() || tokens.get(k).text().length() < 2) {
            return;
        }
        String lower = tokens.get(k).lower();
        String cap = NameClassifier.capitalise(lower);
        boolean listed = words.isSurname(cap) || words.isFirstName(cap) || words.isWeakName(lower);
        boolean unknown = !words.isWord(lower) && !words.allowed().containsWord(lower);
        if (listed && words.isWord(lower) && particles == 0 && start == k) {
            // a name that is also a word ("bakker", "thuis") needs more: brackets, a comma, the end or a person verb
            boolean next = k + 1 >= n || tokens.get(k + 1).is('(') || tokens.get(k + 1).is(',')
                    || tokens.get(k + 1).is('.') || personVerbAfter(tokens, k);
            if (!next) {
                return;
            }
        }
        if ((listed || unknown) && !PERSON_VERBS.contains(lower) && !NameClassifier.isFunctionWord(lower)
                && !words.isKinOrRole(lower) && !words.isTitle(lower) && !tokens.get(k).hasDigit()
                && !(k + 1 < n && tokens.get(k + 1).is(':'))) {
            mark(flag, start, k);
        }
    }

    /** "(weer) Van Goes gaan heten", "De Wit heet ze nu": a verb of naming follows the name. */
    private static boolean namingVerbAfter(List<Token> tokens, int i) {
        int k = i + 1;
        if (k < tokens.size() && tokens.get(k).isWord() && Set.of("gaan", "gaat", "ging", "gingen", "zal", "zou",
                "wil", "wilde").contains(tokens.get(k).lower())) {
            k++;
        }
        return k < tokens.size() && tokens.get(k).isWord()
                && Set.of("heten", "heet", "heette", "noemen", "genoemd").contains(tokens.get(k).lower());
    }

    /** "X is de (biologische) vader", "X was haar beste vriendin": a copula, an article and a person noun follow. */
    private boolean copulaPerson(List<Token> tokens, int i) {
        int n = tokens.size();
        if (i + 3 >= n || !tokens.get(i + 1).isWord() || !COPULAS.contains(tokens.get(i + 1).lower())
                || !tokens.get(i + 2).isWord() || !APPOSITION_ARTICLES.contains(tokens.get(i + 2).lower())) {
            return false;
        }
        for (int k = i + 3; k < n && k < i + 6; k++) {
            Token w = tokens.get(k);
            if (!w.isWord() || w.capitalised() || NameClassifier.isFunctionWord(w.lower())) {
                return false; // round 10: the person is the head, not after a preposition ("de lievelingsbloem van oma")
            }
            if (isPersonNoun(w.lower())) {
                return true;
            }
        }
        return false;
    }

    /** Object pronouns and particles after an imperative at the start of a quote ("Laat haar", "Laat maar"). */
    private static final Set<String> QUOTED_IMPERATIVE_OBJECTS = Set.of("haar", "hem", "mij", "me", "ons", "hen",
            "maar", "het", "dat", "dit", "jij", "je", "u", "jullie", "toch", "eens", "even", "gewoon", "nou", "alsjeblieft");
    /** The side of the family a relative is on: "Opa Kampen (vaderskant)". */
    private static final Set<String> FAMILY_SIDES = Set.of("vaderskant", "moederskant", "vaderszijde",
            "moederszijde", "vaderzijde", "moederzijde");
    /** Abbreviated sides of the family after a kin word: "oma mz" (moederszijde), "oom vz"; no given names. */
    private static final Set<String> FAMILY_SIDE_ABBREVIATIONS = Set.of("mz", "vz", "mzd", "vzd", "mkz", "vkz");

    /**
     * Round 25 (t25-items): "Van Tilburg (schipper, vader) ontkent": an occupation, a comma and a family word closing
     * the brackets describe a relative by trade and relation. The occupation is a lower-case word with an agent
     * noun's ending (-er, -ster, -aar, -ier, -ist, -man, -vrouw, -eur), not a function word or adverb ("(later,
     * vader)"); the family word is no professional's role.
     */
    private boolean occupationThenRelative(List<Token> tokens, int open, int k) {
        int n = tokens.size();
        if (k != open + 1 || k + 2 >= n || !tokens.get(k).is(',') || !tokens.get(k + 1).isWord()
                || !tokens.get(k + 2).is(')')) {
            return false;
        }
        String job = tokens.get(open).lower();
        String relative = tokens.get(k + 1).lower();
        return !tokens.get(k + 1).capitalised() && isFamilyWord(relative) && job.length() >= 5
                && TelegramWords.letters(job) && !NameClassifier.isFunctionWord(job) && !words.isKinOrRole(job)
                && AGENT_NOUN.matcher(job).matches() && words.isWord(job) && !NOT_OCCUPATIONS.contains(job);
    }

    /** "(schipper, vader)" right after the word at {@code i}: an occupation and a relative in brackets. */
    private boolean occupationAndRelativeAfter(List<Token> tokens, int i) {
        return i + 5 < tokens.size() && tokens.get(i + 1).is('(') && tokens.get(i + 2).isWord()
                && occupationThenRelative(tokens, i + 2, i + 3);
    }

    /** Adverbs, comparatives and prepositions with an agent noun's ending: "(later, vader)", "(eerder, moeder)". */
    private static final Set<String> NOT_OCCUPATIONS = Set.of("later", "eerder", "vroeger", "verder", "minder",
            "ouder", "jonger", "ander", "beter", "zwaarder", "erger", "langer", "korter", "achter", "onder", "zeker",
            "wakker", "lekker", "zwanger", "sneller", "vaker", "liever", "helder", "dapper", "bitter", "eenmaal",
            "klaar", "zwaar", "naar", "daar", "hier", "waar", "raar", "duur", "zuur", "puur", "vier", "plezier",
            "papier", "manier", "kwartier", "winter", "zomer", "nummer", "kamer", "water", "vader", "moeder",
            "broer", "zuster", "dochter", "voorheen");

    private static final Pattern AGENT_NOUN = Pattern.compile("\\p{L}+(?:er|ster|aar|ier|ist|man|vrouw|eur)");

    private boolean isPersonNoun(String lower) {
        if (words.isKinOrRole(lower) || PROFESSIONAL_ROLES.contains(lower) || FAMILY_SIDES.contains(lower)) {
            return true;
        }
        for (String role : PROFESSIONAL_ROLES) {
            if (role.length() >= 5 && lower.length() > role.length() + 2 && lower.endsWith(role)) {
                return true; // "voetbaltrainer", "schoolmentor"
            }
        }
        return false;
    }

    /** Round 9: "Liezel (3 mnd)", "Aya (13)": an age, with or without its unit, in brackets after the word. */
    private static boolean agedInBrackets(List<Token> tokens, int i) {
        int n = tokens.size();
        return ageInBrackets(tokens, i) || i + 4 < n && tokens.get(i + 1).is('(') && tokens.get(i + 2).isNumber()
                && tokens.get(i + 2).text().length() <= 2 && tokens.get(i + 3).isWord()
                && AGE_UNITS.contains(tokens.get(i + 3).lower()) && tokens.get(i + 4).is(')');
    }

    /** "Aya (13)": an age of one or two digits in brackets right after the word. */
    private static boolean ageInBrackets(List<Token> tokens, int i) {
        return i + 3 < tokens.size() && tokens.get(i + 1).is('(') && tokens.get(i + 2).isNumber()
                && tokens.get(i + 2).text().length() <= 2 && tokens.get(i + 3).is(')');
    }

    /** "Sanne (2011)", "Roos (12-03-2011)". */
    private static boolean followedByYear(List<Token> tokens, int i) {
        int n = tokens.size();
        if (i + 2 >= n || !tokens.get(i + 1).is('(')) {
            return false;
        }
        Token y = tokens.get(i + 2);
        if (!y.isNumber()) {
            return false;
        }
        if (y.text().length() == 4) {
            int year = Integer.parseInt(y.text());
            return year >= 1900 && year <= 2100;
        }
        return y.text().length() <= 2 && i + 3 < n && (tokens.get(i + 3).is('-') || tokens.get(i + 3).is('/')
                || tokens.get(i + 3).is('.'));
    }

    /**
     * An unknown capitalised word inside a sentence is a name, unless it is a long word one typo away from a Dutch
     * word or place ("Consulatie", "Woensdracht"), or one word of a title in capitals between ordinary capitalised
     * words ("Collectieve Opdracht Routeer Voorziening").
     */
    private boolean unknownMidSentenceIsName(List<Token> tokens, WordClass[] cls, int i) {
        Token t = tokens.get(i);
        int first = compoundStart(tokens, i);
        int p0 = previousWord(tokens, first);
        if (p0 >= 0 && p0 == first - 1 && PLACE_PREPOSITIONS.contains(tokens.get(p0).lower())) {
            return false; // "in Kalsdonk", "uit Aleppo", "vanuit Nieuw-Vennep": a place, not a person
        }
        if (fromToPlace(tokens, first, i)) {
            return false; // "van Julianadorp naar Heerle": a move from one place to another
        }
        if (p0 >= 0 && p0 == first - 1 && (tokens.get(p0).lower().equals("naar") || tokens.get(p0).lower().equals("op"))
                && words.isPlaceInContext(WordLists.lower(tokens.get(i).text()))) {
            return false; // "naar Praia", "op Curaçao": a known place after "naar"
        }
        if (nextInPlaceList(tokens, first)) {
            return false; // "in Roosendaal, \"Tuutengat\"", "in Rucphen en Sprundel": the list goes on with places
        }
        String lower = WordLists.lower(NameClassifier.stripPossessive(t.text()));
        if (lower.length() >= 8 && classifier.isTypoOfWord(lower)) {
            return false;
        }
        int p = i - 1;
        int q = i + 1;
        boolean titleBefore = p >= 0 && tokens.get(p).isWord() && tokens.get(p).capitalised()
                && (cls[p] == WordClass.DICTIONARY || cls[p] == WordClass.ALLOWED);
        boolean titleAfter = q < tokens.size() && tokens.get(q).isWord() && tokens.get(q).capitalised()
                && (cls[q] == WordClass.DICTIONARY || cls[q] == WordClass.ALLOWED);
        return !(titleBefore && titleAfter);
    }

    /**
     * The word continues a list that a place preposition opened with a known place: "in Roosendaal, Tuutengat",
     * "uit Zundert of Achtmaal" (quotes allowed around the word).
     */
    private boolean nextInPlaceList(List<Token> tokens, int first) {
        int k = first - 1;
        while (k >= 0 && (tokens.get(k).is('"') || tokens.get(k).is('“') || tokens.get(k).is('\'')
                || tokens.get(k).is('‘') || tokens.get(k).is('('))) {
            k--;
        }
        if (k < 1 || !(tokens.get(k).is(',') || tokens.get(k).isWord() && (tokens.get(k).lower().equals("en")
                || tokens.get(k).lower().equals("of")))) {
            return false;
        }
        int place = k - 1;
        if (!tokens.get(place).isWord() || !tokens.get(place).capitalised()
                || !words.isPlace(WordLists.lower(tokens.get(place).text()))) {
            return false;
        }
        int start = compoundStart(tokens, place);
        int p = previousWord(tokens, start);
        return p >= 0 && p == start - 1 && (PLACE_PREPOSITIONS.contains(tokens.get(p).lower())
                || tokens.get(p).lower().equals("naar"));
    }

    /** The first part of a hyphenated run of capitalised words ("Nieuw-Vennep", "Sint-Oedenrode") ending at i. */
    private static int compoundStart(List<Token> tokens, int i) {
        int k = i;
        while (k >= 2 && tokens.get(k - 1).is('-') && !tokens.get(k - 1).spaceBefore() && !tokens.get(k).spaceBefore()
                && tokens.get(k - 2).isWord() && tokens.get(k - 2).capitalised()) {
            k -= 2;
        }
        return k;
    }

    private boolean unknownAtStartIsName(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        boolean nonAscii = t.text().chars().anyMatch(ch -> ch > 127);
        if (t.text().length() < (nonAscii ? 2 : 3) || i + 1 < tokens.size() && tokens.get(i + 1).is('-')
                && !tokens.get(i + 1).spaceBefore()) {
            return false;
        }
        for (int k = 0; k < t.text().length(); k++) {
            char ch = t.text().charAt(k);
            if (!Character.isLetter(ch) && ch != '\'' && ch != '’') {
                return false;
            }
        }
        String lower = WordLists.lower(NameClassifier.stripPossessive(t.text()));
        if (words.isWeakName(lower) && lower.length() >= 8) {
            return true; // "Abdirahman", "Przemysław": a long name of the large list, even one typo from a long word
        }
        return !endsWithLongWord(lower) && !classifier.isTypoOfWord(lower);
    }

    /** "Cryptohandel", "Onlinegokken": a word ending in a Dutch word of six letters or more, after three or more. */
    private boolean endsWithLongWord(String lower) {
        for (int i = Math.max(3, lower.length() - 41); i + 6 <= lower.length(); i++) {
            if (words.isDutchWord(lower.substring(i))) {
                return true;
            }
        }
        return false;
    }

    /** A known name written in lower case that is no ordinary word ("sanne", after context also surnames). */
    private boolean lowerCaseName(Token t, boolean withContext) {
        String lower = t.lower();
        if (lower.length() < (withContext ? 3 : 4) || !withContext && !words.isFirstNameLower(lower)
                || t.hasDigit()) {
            return false;
        }
        String cap = NameClassifier.capitalise(lower);
        boolean listed = words.isFirstName(cap) || withContext && (words.isSurname(cap) || words.isWeakName(lower));
        return listed && !words.isException(cap) && !words.isWord(lower) && !words.allowed().containsWord(lower)
                && !words.isKinOrRole(lower) && !words.isTitle(lower) && !words.isTussenvoegsel(lower);
    }

    private static int previousWord(List<Token> tokens, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (tokens.get(k).isWord()) {
                return k;
            }
            if (!tokens.get(k).is('.')) {
                return -1;
            }
        }
        return -1;
    }

    private static void mark(boolean[] flag, int from, int to) {
        for (int k = from; k <= to; k++) {
            flag[k] = true;
        }
    }

    /** Grow flagged names over neighbouring name words, initials, tussenvoegsels and hyphens. */
    private void extend(List<Token> tokens, WordClass[] cls, boolean[] covered, boolean[] flag, boolean shouted) {
        int n = tokens.size();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < n; i++) {
                if (!flag[i] || !tokens.get(i).isWord()) {
                    continue;
                }
                // to the right
                int j = i + 1;
                if (j < n && !flag[j]) {
                    Token next = tokens.get(j);
                    if (next.is('-') && !next.spaceBefore() && j + 1 < n && tokens.get(j + 1).isWord()
                            && !tokens.get(j + 1).spaceBefore()
                            && (tokens.get(j + 1).capitalised() || cls[j + 1] == WordClass.TUSSENVOEGSEL)) {
                        flag[j] = true;
                        flag[j + 1] = true;
                        changed = true;
                    } else if (next.isWord() && next.spaceBefore() && next.capitalised() && !covered[j]
                            && nameLike(cls[j]) && !(shouted && shoutedWord(next, cls[j]))) {
                        flag[j] = true;
                        changed = true;
                    } else if (next.isWord() && cls[j] == WordClass.TUSSENVOEGSEL) {
                        int head = skipTussenvoegsels(tokens, j);
                        if (head < n && tokens.get(head).isWord() && tokens.get(head).capitalised() && !covered[head]
                                && (nameLike(cls[head]) || cls[head] == WordClass.DICTIONARY
                                && !next.capitalised())) {
                            mark(flag, j, head);
                            changed = true;
                        }
                    }
                }
                // "Sanne en Roos", "Roos en Sanne": an ambiguous given name joined to a name by "en" or a comma
                if (i + 2 < n && (tokens.get(i + 1).isWord() && tokens.get(i + 1).lower().equals("en")
                        || tokens.get(i + 1).is(',') && !SalutationLine.endsAt(tokens, i + 1))
                        && !flag[i + 2] && tokens.get(i + 2).capitalised()
                        && (cls[i + 2] == AMBIGUOUS_FIRST_NAME || cls[i + 2] == UNKNOWN) && !covered[i + 2]) {
                    flag[i + 2] = true;
                    changed = true;
                }
                if (i >= 2 && (tokens.get(i - 1).isWord() && tokens.get(i - 1).lower().equals("en")
                        || tokens.get(i - 1).is(',') && !SalutationLine.endsAt(tokens, i - 1))
                        && !flag[i - 2] && tokens.get(i - 2).capitalised()
                        && (cls[i - 2] == AMBIGUOUS_FIRST_NAME || cls[i - 2] == UNKNOWN) && !covered[i - 2]) {
                    flag[i - 2] = true;
                    changed = true;
                }
                // to the left
                int p = i - 1;
                if (p >= 0 && !flag[p]) {
                    Token prev = tokens.get(p);
                    Token cur = tokens.get(i);
                    if (prev.is('.') && p > 0 && cls[p - 1] == WordClass.INITIAL && cur.capitalised()) {
                        flag[p] = true;
                        flag[p - 1] = true;
                        changed = true;
                    } else if (prev.is('-') && !prev.spaceBefore() && !cur.spaceBefore() && p > 0
                            && tokens.get(p - 1).isWord() && (tokens.get(p - 1).capitalised()
                            || cls[p - 1] == WordClass.TUSSENVOEGSEL) && !covered[p - 1]
                            && cls[p - 1] != WordClass.ALLOWED && cls[p - 1] != WordClass.ACRONYM) {
                        flag[p] = true;
                        flag[p - 1] = true;
                        changed = true;
                    } else if (prev.isWord() && cur.spaceBefore() && cur.capitalised()
                            && cls[p] == WordClass.TUSSENVOEGSEL && (prev.capitalised() || p > 0
                            && flagOrNameBefore(tokens, cls, covered, p))) {
                        flag[p] = true;
                        changed = true;
                    } else if (prev.isWord() && cur.spaceBefore() && prev.capitalised() && !covered[p]
                            && nameLike(cls[p]) && !(prev.sentenceStart() && ambiguous(cls[p])
                            && !words.isSurname(NameClassifier.stripPossessive(cur.text())) && cls[i] != UNKNOWN)) {
                        flag[p] = true;
                        changed = true;
                    }
                }
            }
        }
    }

    /**
     * Round 9: in a line written in capitals every word has a capital, so a listed name that is also a frequent word
     * or a verb ("WIL", "MAG", "ROOS" after "IS 17 EN") is read as the word; context (a kin word or title) still
     * makes it a name ("OMA ROOS").
     */
    private boolean shoutedWord(Token t, WordClass c) {
        String lower = t.lower();
        return ambiguous(c) && (words.isCommonWord(lower) || PERSON_VERBS.contains(lower));
    }

    private static boolean flagOrNameBefore(List<Token> tokens, WordClass[] cls, boolean[] covered, int p) {
        int k = p - 1;
        while (k >= 0 && tokens.get(k).isWord() && cls[k] == WordClass.TUSSENVOEGSEL) {
            k--;
        }
        return k >= 0 && tokens.get(k).isWord() && tokens.get(k).capitalised() && !covered[k]
                && (nameLike(cls[k]) || cls[k] == WordClass.INITIAL)
                || k >= 0 && tokens.get(k).is('.') && k > 0 && cls[k - 1] == WordClass.INITIAL;
    }

    /** Names made only of the professionals' own name words are allowed, unless a kin word introduced them. */
    private static void exemptProfessionals(List<Token> tokens, boolean[] flag, boolean[] kin, CardKnowledge known) {
        if (known.professionalWords().isEmpty()) {
            return;
        }
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            if (!flag[i]) {
                i++;
                continue;
            }
            int j = i;
            boolean allProfessional = true;
            boolean anyKin = false;
            boolean anyWord = false;
            while (j < n && flag[j]) {
                Token t = tokens.get(j);
                if (t.isWord() && t.capitalised() && t.text().length() > 1) {
                    anyWord = true;
                    allProfessional &= known.professionalWords().contains(NameClassifier.stripPossessive(t.text()));
                }
                anyKin |= kin[j];
                j++;
            }
            if (anyWord && allProfessional && !anyKin) {
                for (int k = i; k < j; k++) {
                    flag[k] = false;
                }
            }
            i = j;
        }
    }

    private static List<Span> toSpans(List<Token> tokens, boolean[] flag) {
        List<Span> spans = new ArrayList<>();
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            if (!flag[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < n && flag[j + 1]) {
                j++;
            }
            int start = i;
            int end = j;
            while (start <= end && !tokens.get(start).isWord()) {
                start++;
            }
            while (end >= start && !tokens.get(end).isWord() && !tokens.get(end).is('.')) {
                end--;
            }
            if (start <= end) {
                spans.add(new Span(tokens.get(start).start(), tokens.get(end).end(), Category.PERSON_NAME, NAME));
            }
            i = j + 1;
        }
        return spans;
    }
}
