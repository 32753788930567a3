package nl.vhkgateway.testsupport.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;
import nl.vhkgateway.domain.screening.Category;

/**
 * Synthetic personal data of every category, in the forms Dutch youth-care professionals write it, each inside a
 * sentence: names from Datafaker (nl, and tr, pl, fr for other origins, plus first names common in Dutch youth care
 * that Datafaker lacks), valid BSNs (11-check) and IBANs (mod-97), Dutch phone formats, passport numbers, client
 * numbers, birth dates and social-media profile links. Deterministic for a seed. Not thread-safe.
 */
public final class PersonalData {

    /** A piece of personal data planted in a card or mail: its category, the sentence holding it, and the data. */
    public record Plant(Category category, String sentence, String secret) {
        @Override
        public String toString() {
            return category + "[" + sentence.length() + " chars]";
        }
    }

    /** First names common in Dutch youth care that Datafaker's lists lack (Moroccan, Surinamese, Eritrean, Syrian). */
    private static final List<String> MORE_FIRST_NAMES = List.of("Mohamed", "Fatima", "Yasmina", "Soufiane", "Ilias",
            "Noura", "Ayoub", "Khadija", "Bilal", "Imane", "Rayan", "Salma", "Shanti", "Ravi", "Djoeri", "Sharon",
            "Semhar", "Yonas", "Filmon", "Rahwa", "Rami", "Lina", "Omar", "Amira", "Dunya", "Jayden", "Quincy");
    private static final List<String> TITLES = List.of("mevrouw", "mw.", "Mevr.", "dhr.", "de heer", "meneer", "fam.",
            "familie");
    private static final List<String> ROLES = List.of("moeder", "vader", "stiefvader", "oma", "opa", "tante", "oom",
            "buurvrouw", "buurman", "de nieuwe vriend van moeder", "zijn vriendin", "haar zus", "de juf",
            "mentor", "pleegmoeder", "neef");
    private static final List<String> SENTENCES = List.of(
            "Er is op 14-10-2026 gesproken met %s over de situatie thuis.",
            "Volgens school is %s de laatste weken vaak afwezig.",
            "%s geeft aan dat het thuis onrustig is.",
            "De zorgen gaan vooral over het contact met %s.",
            "Tijdens het huisbezoek was %s ook aanwezig.",
            "Na de ruzie is J. een paar dagen bij %s gaan logeren.",
            "Het netwerk bestaat vooral uit %s, die dichtbij woont.");
    private static final List<String> BANKS = List.of("ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ");
    private static final List<String> MONTHS = List.of("januari", "februari", "maart", "april", "mei", "juni", "juli",
            "augustus", "september", "oktober", "november", "december");
    private static final List<String> STREET_SUFFIXES = List.of("straat", "laan", "weg", "plein", "singel", "hof",
            "dreef", "kade");

    private final Random random;
    private final Faker dutch;
    private final List<Faker> others;

    public PersonalData(long seed) {
        this.random = new Random(seed);
        this.dutch = new Faker(Locale.forLanguageTag("nl"), new Random(seed + 1));
        this.others = List.of(new Faker(Locale.forLanguageTag("tr"), new Random(seed + 2)),
                new Faker(Locale.forLanguageTag("pl"), new Random(seed + 3)),
                new Faker(Locale.forLanguageTag("fr"), new Random(seed + 4)));
    }

    /** One plant of the category, in a random one of its forms. */
    public Plant plant(Category category) {
        return switch (category) {
            case PERSON_NAME -> name();
            case ADDRESS -> address();
            case POSTCODE -> postcode();
            case BSN -> bsn();
            case BIRTH_DATE -> birthDate();
            case PHONE -> phone();
            case EMAIL -> email();
            case IBAN -> iban();
            case ID_NUMBER -> idNumber();
            case CLIENT_NUMBER -> clientNumber();
            case URL -> profileUrl();
            default -> throw new IllegalArgumentException("no personal data of category " + category);
        };
    }

    /** The categories {@link #plant} knows. */
    public static List<Category> categories() {
        return List.of(Category.PERSON_NAME, Category.ADDRESS, Category.POSTCODE, Category.BSN, Category.BIRTH_DATE,
                Category.PHONE, Category.EMAIL, Category.IBAN, Category.ID_NUMBER, Category.CLIENT_NUMBER,
                Category.URL);
    }

    // ------------------------------------------------------------------------------------------------ names

    public String firstName() {
        int pick = random.nextInt(10);
        if (pick < 6) {
            return dutch.name().firstName();
        }
        if (pick < 8) {
            return pick(MORE_FIRST_NAMES);
        }
        return pick(others).name().firstName();
    }

    /** A surname, Dutch ones sometimes with a tussenvoegsel ("van der Berg"). */
    public String lastName() {
        if (random.nextInt(10) < 7) {
            String last = dutch.name().lastName();
            return random.nextInt(4) == 0 ? pick(List.of("de", "van", "van der", "van den", "ter", "van 't")) + " "
                    + last : last;
        }
        return pick(others).name().lastName();
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private Plant name() {
        String first = firstName();
        String last = lastName();
        String lastCapitalised = capitalise(last);
        return switch (random.nextInt(9)) {
            case 0 -> inSentence(Category.PERSON_NAME, first + " " + last, first + " " + last);
            case 1 -> inSentence(Category.PERSON_NAME, pick(ROLES) + " " + first, first);
            case 2 -> inSentence(Category.PERSON_NAME, pick(TITLES) + " " + last, last);
            case 3 -> inSentence(Category.PERSON_NAME, first.charAt(0) + ". " + lastCapitalised, lastCapitalised);
            case 4 -> new Plant(Category.PERSON_NAME, first + "'s vader drinkt volgens de buren veel.", first);
            case 5 -> new Plant(Category.PERSON_NAME, "De nieuwe partner van moeder heet " + first + ".", first);
            case 6 -> new Plant(Category.PERSON_NAME, "J. speelt vaak bij een vriendje, genaamd " + first + ", om de "
                    + "hoek.", first);
            case 7 -> inSentence(Category.PERSON_NAME, first + " (" + pick(ROLES) + ")", first);
            default -> inSentence(Category.PERSON_NAME, pick(ROLES) + " " + first + " " + last, first + " " + last);
        };
    }

    // ------------------------------------------------------------------------------------------------ places

    private String street() {
        return random.nextBoolean() ? dutch.address().streetName()
                : capitalise(dutch.name().lastName()) + pick(STREET_SUFFIXES);
    }

    private String houseNumber() {
        return (1 + random.nextInt(180)) + (random.nextInt(5) == 0 ? pick(List.of("a", "b", "-2", " A")) : "");
    }

    private String postcodeValue() {
        return (1000 + random.nextInt(9000)) + (random.nextBoolean() ? " " : "")
                + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
    }

    private Plant address() {
        String address = street() + " " + houseNumber();
        return switch (random.nextInt(3)) {
            case 0 -> new Plant(Category.ADDRESS, "Het gezin woont sinds de zomer aan de " + address + ".", address);
            case 1 -> new Plant(Category.ADDRESS, "Vader verblijft tijdelijk op " + address + " in Roosendaal.",
                    address);
            default -> new Plant(Category.ADDRESS, "Adres oma: " + address + ", Etten-Leur.", address);
        };
    }

    private Plant postcode() {
        String postcode = postcodeValue().replaceAll("(\\d{4})([A-Z])", "$1 $2");
        return switch (random.nextInt(2)) {
            case 0 -> new Plant(Category.POSTCODE, "Het gezin is verhuisd naar postcode " + postcode + ".", postcode);
            default -> new Plant(Category.POSTCODE, "Moeder woont nu in " + postcode + " Bergen op Zoom.", postcode);
        };
    }

    // ------------------------------------------------------------------------------------------------ numbers

    /** A 9-digit BSN passing the 11-check (weights 9..2 and -1). */
    public String bsnValue() {
        while (true) {
            int[] digits = new int[9];
            digits[0] = 1 + random.nextInt(9);
            int sum = 9 * digits[0];
            for (int i = 1; i < 8; i++) {
                digits[i] = random.nextInt(10);
                sum += (9 - i) * digits[i];
            }
            int last = sum % 11;
            if (last < 10) {
                digits[8] = last;
                StringBuilder text = new StringBuilder();
                for (int digit : digits) {
                    text.append(digit);
                }
                return text.toString();
            }
        }
    }

    private Plant bsn() {
        String bsn = bsnValue();
        String written = switch (random.nextInt(4)) {
            case 0 -> bsn;
            case 1 -> bsn.substring(0, 4) + "." + bsn.substring(4, 6) + "." + bsn.substring(6);
            case 2 -> bsn.substring(0, 3) + " " + bsn.substring(3, 6) + " " + bsn.substring(6);
            default -> bsn.substring(0, 3) + "-" + bsn.substring(3, 6) + "-" + bsn.substring(6);
        };
        return switch (random.nextInt(3)) {
            case 0 -> new Plant(Category.BSN, "BSN jeugdige: " + written, written);
            case 1 -> new Plant(Category.BSN, "Het burgerservicenummer van J. is " + written + ".", written);
            default -> new Plant(Category.BSN, "Aanmelding bij de GGD onder bsn " + written + " loopt nog.", written);
        };
    }

    private Plant birthDate() {
        int year = 2008 + random.nextInt(12);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        String numeric = String.format("%02d-%02d-%d", day, month, year);
        String written = day + " " + MONTHS.get(month - 1) + " " + year;
        return switch (random.nextInt(4)) {
            case 0 -> new Plant(Category.BIRTH_DATE, "J. is geboren op " + numeric + ".", numeric);
            case 1 -> new Plant(Category.BIRTH_DATE, "Broertje D. (geb. " + written + ") woont ook in huis.", written);
            case 2 -> new Plant(Category.BIRTH_DATE, "Geboortedatum jongste kind: " + numeric, numeric);
            default -> new Plant(Category.BIRTH_DATE, "J. (" + numeric + ") gaat naar groep 7.", numeric);
        };
    }

    private Plant phone() {
        String subscriber = String.format("%08d", random.nextInt(100_000_000));
        String number = switch (random.nextInt(6)) {
            case 0 -> "06-" + subscriber;
            case 1 -> "06 " + subscriber.substring(0, 4) + " " + subscriber.substring(4);
            case 2 -> "+31 6 " + subscriber;
            case 3 -> "0031 6 " + subscriber.substring(0, 2) + " " + subscriber.substring(2, 5) + " "
                    + subscriber.substring(5);
            case 4 -> "0165-" + subscriber.substring(2);
            default -> "(076) " + subscriber.substring(1, 4) + " " + subscriber.substring(4);
        };
        return switch (random.nextInt(3)) {
            case 0 -> new Plant(Category.PHONE, "Moeder is bereikbaar op " + number + ".", number);
            case 1 -> new Plant(Category.PHONE, "Tel. vader: " + number, number);
            default -> new Plant(Category.PHONE, "Oma belt bij zorgen naar " + number + " (mobiel oom).", number);
        };
    }

    private Plant email() {
        String first = ascii(firstName());
        String last = ascii(lastName().replace(" ", "").replace("'", ""));
        String address = switch (random.nextInt(3)) {
            case 0 -> first + "." + last;
            case 1 -> first + (1975 + random.nextInt(30));
            default -> first.charAt(0) + last;
        } + "@" + pick(List.of("gmail.com", "hotmail.com", "hotmail.nl", "live.nl", "outlook.com", "kpnmail.nl",
                "ziggo.nl"));
        address = address.toLowerCase(Locale.ROOT);
        return new Plant(Category.EMAIL, random.nextBoolean() ? "Moeder mailt via " + address + "."
                : "E-mail vader: " + address, address);
    }

    private static String ascii(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "");
    }

    /** A Dutch IBAN with valid mod-97 check digits. */
    public String ibanValue() {
        String bank = pick(BANKS);
        String account = String.format("%010d", Math.floorMod(random.nextLong(), 10_000_000_000L));
        String rearranged = bank + account + "NL00";
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        int check = 98 - new java.math.BigInteger(digits.toString()).mod(java.math.BigInteger.valueOf(97)).intValue();
        return String.format("NL%02d%s%s", check, bank, account);
    }

    private Plant iban() {
        String iban = ibanValue();
        String written = random.nextBoolean() ? iban : iban.replaceAll("(.{4})(?!$)", "$1 ");
        return new Plant(Category.IBAN, random.nextBoolean() ? "De huur wordt betaald van rekening " + written + "."
                : "IBAN moeder: " + written, written);
    }

    private Plant idNumber() {
        String letters = "ABCDEFGHIJKLMNPQRSTUVWXYZ";
        String alnum = letters + "0123456789";
        StringBuilder number = new StringBuilder();
        number.append(letters.charAt(random.nextInt(letters.length()))).append(letters.charAt(random.nextInt(
                letters.length())));
        for (int i = 0; i < 6; i++) {
            number.append(alnum.charAt(random.nextInt(alnum.length())));
        }
        number.append(random.nextInt(10));
        String value = number.toString();
        return switch (random.nextInt(3)) {
            case 0 -> new Plant(Category.ID_NUMBER, "Paspoortnummer vader: " + value, value);
            case 1 -> new Plant(Category.ID_NUMBER, "Moeder heeft haar ID-kaart (nummer " + value + ") laten zien.",
                    value);
            default -> new Plant(Category.ID_NUMBER, "Het paspoort van J. (" + value + ") ligt bij oma.", value);
        };
    }

    private Plant clientNumber() {
        String value = switch (random.nextInt(3)) {
            case 0 -> "2025-" + String.format("%06d", random.nextInt(1_000_000));
            case 1 -> String.valueOf(10_000_000 + random.nextInt(89_999_999));
            default -> "VT" + (20_200_000 + random.nextInt(600_000));
        };
        return switch (random.nextInt(3)) {
            case 0 -> new Plant(Category.CLIENT_NUMBER, "Cliëntnummer gemeente: " + value, value);
            case 1 -> new Plant(Category.CLIENT_NUMBER, "Bij Veilig Thuis bekend onder dossiernummer " + value + ".",
                    value);
            default -> new Plant(Category.CLIENT_NUMBER, "Registratienummer jeugdzorgaanbieder: " + value, value);
        };
    }

    private Plant profileUrl() {
        String first = ascii(firstName()).toLowerCase(Locale.ROOT);
        String last = ascii(lastName()).toLowerCase(Locale.ROOT);
        String url = switch (random.nextInt(4)) {
            case 0 -> "https://www.facebook.com/" + first + "." + last + "." + (1 + random.nextInt(99));
            case 1 -> "https://www.instagram.com/" + first + "_" + last + "/";
            case 2 -> "https://www.tiktok.com/@" + first + (2008 + random.nextInt(10));
            default -> "www.linkedin.com/in/" + first + "-" + last;
        };
        return new Plant(Category.URL, random.nextBoolean() ? "Moeder plaatst foto's van J. op " + url + "."
                : "Profiel vader: " + url, url);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private Plant inSentence(Category category, String phrase, String secret) {
        String sentence = String.format(pick(SENTENCES), phrase);
        return new Plant(category, capitalise(sentence), secret);
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
