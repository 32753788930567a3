package nl.vhkgateway.testsupport.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import net.datafaker.Faker;
import nl.vhkgateway.domain.card.Section;

/**
 * The text of clean, complete Veiligheidskaarten: varied Dutch sentences about a family's safety that are full of
 * what is allowed at intake and looks like personal data — initials with birth years, ages, the professionals' own
 * names in the cover fields, organisations, municipalities, 0800-2000 and 112, event dates, week numbers, scores,
 * instruments (ARIJ, Signs of Safety), holidays, brands and apps. Deterministic for a seed. Not thread-safe.
 */
public final class CardTexts {

    static final List<String> MUNICIPALITIES = List.of("Roosendaal", "Bergen op Zoom", "Etten-Leur", "Halderberge",
            "Moerdijk", "Rucphen", "Steenbergen", "Woensdrecht", "Zundert");
    private static final List<String> ORGANISATIONS = List.of("Veilig Thuis West-Brabant", "Jeugdbescherming Brabant",
            "William Schrikker Stichting", "Leger des Heils", "de Raad voor de Kinderbescherming", "GGZ Westelijk "
                    + "Noord-Brabant", "Novadic-Kentron", "Juvent", "Sterk Huis", "het wijkteam", "de huisarts",
            "het Centrum voor Jeugd en Gezin", "Zi2T", "Stichting MEE", "Kinderdagverblijf De Kleine Beer",
            "de GGD", "het zorgteam van school", "Humanitas Thuisadministratie", "Kwadraad", "SMO Breda");
    private static final List<String> FUNCTIONS = List.of("jeugdconsulent", "casusregisseur", "gezinsvoogd",
            "jeugd- en gezinswerker", "medewerker Veilig Thuis", "procesregisseur", "wijkteammedewerker",
            "jeugdbeschermer");
    private static final List<String> EXPERTS = List.of("gedragswetenschapper", "jeugdarts", "GZ-psycholoog",
            "medewerker verslavingszorg", "schuldhulpverlener", "leerplichtambtenaar", "wijkagent",
            "orthopedagoog", "kinderpsychiater");
    private static final List<String> APPS = List.of("WhatsApp", "Snapchat", "TikTok", "Instagram", "Fortnite",
            "YouTube", "Roblox", "Discord", "Netflix", "PlayStation");
    private static final List<String> HOLIDAYS = List.of("de kerstvakantie", "Kerst", "Pasen", "Koningsdag",
            "de herfstvakantie", "de zomervakantie", "Sinterklaas", "oud en nieuw", "Pinksteren", "de Ramadan",
            "het Suikerfeest", "carnaval");
    private static final List<String> INSTRUMENTS = List.of("ARIJ", "Signs of Safety", "LIRIK", "de driehoek van "
            + "veiligheid", "het veiligheidsplan", "de meldcode", "de Kindcheck", "de CARE-NL");
    /*
     * Sentence patterns. Tokens: {J} the youth's initial, {DATE} an event date, {PLACE} a municipality, {HOLIDAY} a
     * holiday, {APP} a brand or app, {ORG} an organisation, {INSTR} an instrument, {N} a number 1-9, {WEEK} a week
     * number, {AGE} the youth's age.
     */
    private static final List<String> CONCERNS = List.of(
            "Er is sprake van herhaaldelijk huiselijk geweld tussen ouders waarbij {J} getuige is.",
            "Vader drinkt in het weekend veel; {J} vertelde op school dat hij dan bang is.",
            "Moeder is psychisch kwetsbaar en komt sinds {HOLIDAY} nauwelijks haar bed uit.",
            "{J} ({AGE} jaar) is in week {WEEK} drie keer niet op school verschenen; leerplicht is ingeschakeld.",
            "Na de scheiding is er een strijd over de omgang; {J} zit daar klem tussen.",
            "Op {DATE} is de politie geweest na een melding van buren; er is 112 gebeld.",
            "{J} heeft blauwe plekken op de bovenarm gehad, waar geen verklaring voor is gegeven.",
            "Er zijn forse schulden en het gezin dreigt de woning in {PLACE} te verliezen.",
            "{J} wordt via {APP} benaderd door oudere jongens; er zijn zorgen over uitbuiting.",
            "Moeder heeft na het incident van {DATE} zelf Veilig Thuis (0800-2000) gebeld voor advies.",
            "Rond {HOLIDAY} escaleren de ruzies; {J} slaapt dan soms bij een vriend.",
            "De kinderen zien er verzorgd uit, maar {J} vertelt dat er vaak geen eten in huis is.");
    private static final List<String> STRENGTHS = List.of(
            "Moeder zoekt zelf hulp en houdt zich aan de afspraken uit het veiligheidsplan.",
            "Oma woont in {PLACE} en is een vaste steunfiguur voor {J}.",
            "{J} gaat graag naar voetbal en heeft een goede band met de trainer.",
            "Ouders zijn betrokken en willen het beste voor de kinderen.",
            "Er is een netwerkberaad geweest op {DATE}; de tante van moeder biedt opvang in {PLACE}.",
            "School signaleert goed en er is wekelijks contact met de intern begeleider.",
            "{J} heeft een goede vriendin bij wie ze terecht kan.",
            "Vader heeft zich aangemeld bij {ORG} en gaat trouw naar de afspraken.");
    private static final List<String> RISKS = List.of(
            "Middelengebruik van vader, vooral rond {HOLIDAY}.", "Schulden en dreigende huisuitzetting.",
            "Psychische problematiek van moeder (depressie).", "Geweld in de relatie van ouders in het verleden.",
            "Sociaal isolement; het gezin heeft weinig netwerk in {PLACE}.",
            "Eerdere meldingen bij Veilig Thuis (2023, 2025).", "Licht verstandelijke beperking van moeder.",
            "Veel schermgebruik; {J} speelt tot laat {APP}.", "Uit de {INSTR} komt een hoog risico naar voren.");
    private static final List<String> YOUTH_VOICE = List.of(
            "{J} zegt dat hij zich thuis niet veilig voelt als vader gedronken heeft. Hij wil dat de ruzies stoppen.",
            "{J} vertelt dat ze het fijn vindt bij oma en daar graag vaker wil zijn.",
            "{J} wilde niet over thuis praten; de inbrenger heeft het in week {WEEK} en week {WEEK} geprobeerd.",
            "{J} geeft zichzelf een {N} voor veiligheid thuis en een 8 voor school.",
            "\"Ik wil gewoon dat het rustig is thuis,\" zegt {J} ({AGE} jaar).");
    private static final List<String> PARENT_VOICE = List.of(
            "Moeder erkent de zorgen en wil hulp bij opvoeding.",
            "Vader vindt dat de zorgen overdreven zijn, maar wil meewerken aan een veiligheidsplan.",
            "Ouders geven aan dat het sinds {HOLIDAY} beter gaat; ze geven de veiligheid een {N}.",
            "Moeder is boos op de gemeente, maar ziet wel dat {J} het moeilijk heeft.",
            "Vader was niet bereikbaar; moeder heeft haar visie gegeven op {DATE}.");
    private static final List<String> VISION = List.of(
            "De inbrenger maakt zich ernstig zorgen; het vrijwillig kader lijkt niet toereikend.",
            "Er is meer nodig dan ambulante hulp; de inbrenger overweegt een verzoek tot onderzoek bij de Raad.",
            "De veiligheid is onvoldoende geborgd; met de {INSTR} is in overleg met de gedragswetenschapper gescoord.",
            "De hulp van {ORG} sluit niet aan; de inbrenger wil advies over een passend vervolg.");
    private static final List<String> QUESTIONS = List.of(
            "Is een interventiegesprek met de Raad voor de Kinderbescherming nodig?",
            "Welke hulp is nodig om de veiligheid van {J} te herstellen?",
            "Wat is het advies van het VHT over het vervolg: vrijwillig kader of verzoek tot onderzoek?",
            "Hoe kunnen we de zorgen over de omgangsregeling samen met ouders aanpakken?",
            "Is de veiligheid voldoende geborgd om de casus na {HOLIDAY} af te schalen naar het wijkteam?");
    private static final List<String> INFORMED = List.of(
            "Moeder en vader zijn op {DATE} geïnformeerd over de inbreng; {J} is op {DATE} op school gesproken.",
            "Ouders zijn in week {WEEK} telefonisch geïnformeerd; {J} is meegenomen in het gesprek op {DATE}.",
            "Moeder op {DATE} (huisbezoek), vader op {DATE} (telefonisch), {J} op {DATE}.");

    private final Random random;
    private final Faker faker;
    private final int cardYear;

    public CardTexts(long seed, int cardYear) {
        this.random = new Random(seed);
        this.faker = new Faker(Locale.forLanguageTag("nl"), new Random(seed + 7));
        this.cardYear = cardYear;
    }

    /** Values of a clean, complete card, in card order; the oldest youth decides whether the voice is required. */
    public Map<Section, String> completeCard() {
        List<String> initials = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        int youths = 1 + random.nextInt(3);
        for (int i = 0; i < youths; i++) {
            initials.add(String.valueOf((char) ('A' + random.nextInt(26))) + ".");
            years.add(cardYear - 1 - random.nextInt(17));
        }
        String main = initials.get(0);
        int oldest = years.stream().mapToInt(Integer::intValue).min().orElseThrow();
        int age = cardYear - years.get(0);
        Map<Section, String> values = new LinkedHashMap<>();
        values.put(Section.DATUM, date());
        values.put(Section.SOORT_INBRENG, soort());
        values.put(Section.JEUGDIGE, youthList(initials, years));
        values.put(Section.INBRENGER, professional() + ", " + pick(FUNCTIONS) + ", " + organisation());
        values.put(Section.VASTE_DEELNEMER, professional() + (random.nextBoolean() ? "" : ", " + organisation()));
        values.put(Section.GEMEENTE, pick(MUNICIPALITIES));
        if (random.nextBoolean()) {
            values.put(Section.GEDRAGSDESKUNDIGE, random.nextInt(4) == 0 ? "Nee" : "Ja, " + professional()
                    + " (gedragswetenschapper), op " + eventDate());
        }
        values.put(Section.GEINFORMEERD, fill(pick(INFORMED), main, age));
        values.put(Section.INSTEMMING, consent());
        values.put(Section.VRAAG_AAN_VHT, fill(pick(QUESTIONS), main, age));
        if (random.nextBoolean()) {
            values.put(Section.EXPERTS, pick(EXPERTS) + (random.nextBoolean() ? " en " + pick(EXPERTS) : ""));
        }
        values.put(Section.GEZINSSAMENSTELLING, family(initials, years));
        values.put(Section.ONVEILIGHEID, sentences(CONCERNS, 2 + random.nextInt(2), main, age));
        if (random.nextBoolean()) {
            values.put(Section.PATROON, "Sinds " + (cardYear - 3 - random.nextInt(4)) + " zijn er periodes van "
                    + "onrust, vooral rond " + pick(HOLIDAYS) + ". In " + (cardYear - 2) + " is er een melding bij "
                    + "Veilig Thuis gedaan.");
        }
        values.put(Section.KRACHTEN, sentences(STRENGTHS, 1 + random.nextInt(3), main, age));
        values.put(Section.RISICOFACTOREN, sentences(RISKS, 1 + random.nextInt(3), main, age));
        if (cardYear - oldest >= 12 || random.nextBoolean()) {
            values.put(Section.STEM_JEUGDIGE, fill(pick(YOUTH_VOICE), main, age));
        }
        values.put(Section.STEM_OUDERS, fill(pick(PARENT_VOICE), main, age));
        values.put(Section.VISIE_INBRENGER, fill(pick(VISION), main, age));
        values.put(Section.VEILIGHEIDSSCORE, score());
        if (random.nextBoolean()) {
            values.put(Section.BETROKKEN_HULPVERLENING, organisation() + ", " + organisation() + " en "
                    + pick(List.of("de huisarts", "school", "de kinderopvang")));
        }
        return values;
    }

    /** Empty-at-intake values for the Persoonsgegevens fields (blank or the template's placeholder). */
    public String emptyPersonalField() {
        return pick(List.of("", "", "n.v.t.", "Niet invullen bij inbreng", "-", "nvt"));
    }

    public String professional() {
        return faker.name().firstName() + " " + (random.nextInt(4) == 0 ? pick(List.of("de ", "van ", "van der "))
                : "") + faker.name().lastName();
    }

    private String organisation() {
        return random.nextBoolean() ? "gemeente " + pick(MUNICIPALITIES) : pick(ORGANISATIONS);
    }

    private String date() {
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        return switch (random.nextInt(4)) {
            case 0 -> String.format("%02d-%02d-%d", day, month, cardYear);
            case 1 -> String.format("%d-%d-%d", day, month, cardYear);
            case 2 -> day + " " + List.of("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                    "september", "oktober", "november", "december").get(month - 1) + " " + cardYear;
            default -> String.format("%02d/%02d/%d", day, month, cardYear);
        };
    }

    private String eventDate() {
        return String.format("%d-%d-%d", 1 + random.nextInt(28), 1 + random.nextInt(12),
                cardYear - random.nextInt(2));
    }

    private int week() {
        return 1 + random.nextInt(52);
    }

    private String soort() {
        return switch (random.nextInt(6)) {
            case 0, 1 -> "Eerste inbreng";
            case 2 -> "Vervolgbespreking (eerder besproken als VHT-" + (cardYear - 1) + "-" + String.format("%04d",
                    1 + random.nextInt(300)) + ")";
            case 3 -> "Monitoring";
            case 4 -> "\u2612 Eerste inbreng \u2610 Vervolgbespreking \u2610 Monitoring \u2610 Overdracht";
            default -> "\u2610 Eerste inbreng \u2612 Vervolgbespreking \u2610 Monitoring \u2610 Overdracht";
        };
    }

    private String youthList(List<String> initials, List<Integer> years) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < initials.size(); i++) {
            parts.add(initials.get(i) + " (" + years.get(i) + ")");
        }
        return String.join(random.nextBoolean() ? ", " : "\n", parts);
    }

    private String family(List<String> initials, List<Integer> years) {
        StringBuilder text = new StringBuilder();
        text.append(pick(List.of("Moeder", "Moeder (" + (cardYear - 30 - random.nextInt(15)) + ")", "Moeder ("
                + (30 + random.nextInt(15)) + " jaar)")));
        text.append(pick(List.of(", vader", ", stiefvader", " en haar nieuwe partner", "; vader woont elders")));
        for (int i = 0; i < initials.size(); i++) {
            text.append(", ").append(pick(List.of("zoon ", "dochter ", "", ""))).append(initials.get(i)).append(" (")
                    .append(years.get(i)).append(", ").append(cardYear - years.get(i)).append(" jaar)");
        }
        text.append(". ").append(pick(List.of("Oma (moederskant) woont in " + pick(MUNICIPALITIES) + ".",
                "Er is een hond.", "Het gezin woont in een huurwoning.", "Halfbroer (1999) woont op kamers.")));
        return text.toString();
    }

    private String consent() {
        return switch (random.nextInt(6)) {
            case 0, 1 -> "Ja";
            case 2 -> "Ja, moeder en vader stemmen in met bespreking in het VHT.";
            case 3 -> "\u2612 Ja \u2610 Nee";
            case 4 -> "Ouders zijn akkoord met de inbreng.";
            default -> "Nee, vader wil geen bemoeienis van instanties omdat hij eerder slechte ervaringen had. "
                    + "Gezien de ernst van de zorgen brengt de inbrenger de kaart toch in.";
        };
    }

    private String score() {
        int score = 1 + random.nextInt(7);
        return switch (random.nextInt(3)) {
            case 0 -> String.valueOf(score);
            case 1 -> score + " (inbrenger); moeder geeft een " + (score + 2) + ", vader een " + (score + 3) + ".";
            default -> "Score " + score + " op een schaal van 0-10 (gescoord in week " + week() + ").";
        };
    }

    private String sentences(List<String> patterns, int count, String youth, int age) {
        List<String> chosen = new ArrayList<>();
        List<String> pool = new ArrayList<>(patterns);
        for (int i = 0; i < count && !pool.isEmpty(); i++) {
            chosen.add(fill(pool.remove(random.nextInt(pool.size())), youth, age));
        }
        return String.join(random.nextInt(3) == 0 ? "\n" : " ", chosen);
    }

    /** Fills the tokens of a pattern with allowed look-alikes. */
    private String fill(String pattern, String youth, int age) {
        StringBuilder out = new StringBuilder();
        int index = 0;
        for (int at; (at = pattern.indexOf('{', index)) >= 0; ) {
            int end = pattern.indexOf('}', at);
            out.append(pattern, index, at);
            String token = pattern.substring(at + 1, end);
            out.append(switch (token) {
                case "J" -> youth;
                case "DATE" -> eventDate();
                case "PLACE" -> pick(MUNICIPALITIES);
                case "HOLIDAY" -> pick(HOLIDAYS);
                case "APP" -> pick(APPS);
                case "ORG" -> organisation();
                case "INSTR" -> pick(INSTRUMENTS);
                case "N" -> String.valueOf(1 + random.nextInt(9));
                case "WEEK" -> String.valueOf(week());
                case "AGE" -> String.valueOf(age);
                default -> throw new IllegalArgumentException("unknown token " + token);
            });
            index = end + 1;
        }
        out.append(pattern.substring(index));
        String text = out.toString();
        if (random.nextInt(5) == 0) {
            text += " Besproken met " + pick(INSTRUMENTS) + " als leidraad.";
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
