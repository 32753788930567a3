package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 14 rule (r14-places): a one-word street or square name without a house number ("bij de Bredasestraat",
 * "Santiplein is ingeschakeld", "Schuldhulpverlener van Santiplein") is a place or an organisation named after one,
 * not a person: card-format.md refuses a street address (a street with its number), and the address rules still read
 * a number after the word. A flagged capitalised word is cleared when it ends in an unambiguous street or square
 * element ("straat", "plein", "laan", "gracht", "singel", "steeg", "dreef", "kade", "boulevard") after at least three
 * letters, and:
 * <ul>
 * <li>no name list holds it (given names, surnames, weak names: "Vanderlaan", "Terlaan" stay names), and it does not
 * open with a surname particle written together ("Vanderstraat");</li>
 * <li>no number follows it, also not after a house-number word ("Zuiderkade huisnr. 8": an address, left to the
 * address rules);</li>
 * <li>the elements that surnames also end in ("laan", "steeg", "dreef", "kade": "Hoogsteeg", "Molenkade") count only
 * right after a lower-case "de" or "het" ("bij de Zuiderkade"); and after a preposition that takes a person ("volgens",
 * "met", "door", "aan", "voor", "van" ...) only with that article, or "van" after a worker's or service noun
 * ("Schuldhulpverlener van Santiplein") (leak review);</li>
 * <li>no kin word, role or title stands before it, and no bracket with a family word, age or apposition of a person
 * follows ("mevrouw Kerkstraat", "Lindelaan (oom)").</li>
 * </ul>
 * Round 23 (t23-places): also "weg", "dijk", "vaart", "wetering", "allee" and "plantsoen" ("vlak bij de Zundertseweg",
 * "achter de Haagweg", "bij de Purmerringvaart"), only after the article, as the other weak elements; for the four
 * that surnames end in most ("Hogeweg", "Aaldijk") also no person evidence around the word; for every element no
 * kin word, role, title, "ene"/"zekere" or capitalised word before the article and particles ("mevrouw van de
 * Kloosterdijk", "buurvrouw de Heerdijk", "Jan van de Kloosterdijk"; review ra).
 * Stateless.
 */
final class StreetNameAlone {

    private static final List<String> ELEMENTS = List.of("straat", "plein", "laan", "gracht", "singel", "steeg",
            "dreef", "kade", "boulevard", "weg", "dijk", "vaart", "wetering", "allee", "plantsoen");
    /** Elements that surnames also end in ("Hoogsteeg", "Molenkade", "Terlaan"): a street only after "de"/"het". */
    private static final List<String> WEAK_ELEMENTS = List.of("laan", "steeg", "dreef", "kade", "weg", "dijk", "vaart",
            "wetering", "allee", "plantsoen");
    /**
     * Round 23 (t23-places): elements that Dutch surnames end in more often still ("Hogeweg", "Aaldijk", "Kloosterdijk"
     * when no list holds it): besides the article, no person evidence around the word (a person's verb or a capital
     * after it: "de Kloosterdijk belde").
     */
    private static final List<String> SURNAME_ELEMENTS = List.of("weg", "dijk", "vaart", "wetering");
    /** Round 23 (review ra): the article and particles between a person word and a surname ("van de", "ter"). */
    private static final Set<String> PARTICLES_BEFORE = WordSets.of("de", "het", "van", "ter", "ten", "der", "den",
            "vd");
    /** Round 23 (review ra): words that introduce a person not known to the writer ("ene", "een zekere"). */
    private static final Set<String> PERSON_MARKERS = WordSets.of("ene", "zekere");
    /** Prepositions that take a person ("volgens Hoogsteeg"): never a street after them without an article. */
    private static final java.util.Set<String> PERSON_PREPOSITIONS = WordSets.of("volgens", "met", "door", "namens",
            "tegen", "zonder", "aan", "voor", "van");
    /** Nouns of a worker or service before "van" ("Schuldhulpverlener van Santiplein", "het loket van Stadsplein"). */
    private static final List<String> WORKER_ENDINGS = List.of("verlener", "consulent", "medewerker", "medewerkster",
            "werker", "coach", "adviseur", "loket", "team");
    /** Words of a house number between the street and its number ("Zuiderkade huisnr. 8"). */
    private static final java.util.Set<String> NUMBER_WORDS = WordSets.of("nr", "no", "huisnr", "huisnummer",
            "nummer", "nummers");
    private static final List<String> JOINED_PARTICLES = List.of("van", "ver", "ter", "ten", "de");
    private static final int MIN_STEM = 3;

    private StreetNameAlone() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || !streetShape(t.lower())) {
                continue;
            }
            String cap = NameClassifier.capitalise(t.lower());
            if (words.isName(t.text()) || words.isName(cap) || words.isWeakName(t.lower())
                    || words.isFirstNameLower(t.lower())) {
                continue;
            }
            if (numberAfter(tokens, i)) {
                continue; // "Santiplein 4", "Zuiderkade huisnr. 8": an address
            }
            boolean article = i > 0 && tokens.get(i - 1).isWord() && !tokens.get(i - 1).capitalised()
                    && (tokens.get(i - 1).lower().equals("de") || tokens.get(i - 1).lower().equals("het"));
            if (!article && (weak(t.lower()) || i > 0 && tokens.get(i - 1).isWord()
                    && PERSON_PREPOSITIONS.contains(tokens.get(i - 1).lower()) && !organisationBefore(tokens, i))) {
                continue; // leak review: "Volgens Hoogsteeg slaat vader", "Ouwerkade heeft de jongste geslagen"
            }
            if (RelativeGuard.kinBefore(tokens, role, words, i) || RelativeGuard.familyAfter(tokens, words, i)) {
                continue;
            }
            if (personBeforeParticles(tokens, role, words, i) || relationSlot(tokens, i)
                    || endsWithAny(t.lower(), SURNAME_ELEMENTS) && PlacesBySurroundings.personAround(tokens, role, words, i)) {
                continue;
            }
            flag[i] = false;
        }
    }

    static boolean streetShape(String lower) {
        for (String p : JOINED_PARTICLES) {
            if (lower.startsWith(p) && lower.length() > p.length()
                    && ELEMENTS.contains(lower.substring(p.length()))) {
                return false; // "Vanderstraat"-like: a particle and an element alone
            }
        }
        if (lower.startsWith("vander") || lower.startsWith("vande") || lower.startsWith("vanden")) {
            return false;
        }
        for (String e : ELEMENTS) {
            if (lower.endsWith(e) && lower.length() >= e.length() + MIN_STEM) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithAny(String lower, List<String> endings) {
        for (String e : endings) {
            if (lower.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Round 23 (review ra 12:10): a person before the article and the particles in front of the word: walking back
     * over "de", "het", "van", "ter", "ten", "der", "den", the first other word is a kin word, role or title, "ene" or
     * "zekere", or a capitalised word ("mevrouw van de Kloosterdijk", "buurvrouw de Heerdijk", "juf van de Wolterdijk",
     * "ene de Wolterdijk", "Jan van de Kloosterdijk"); "aan het eind van de Haagweg", "bij de Haagweg" stay streets.
     */
    private static boolean personBeforeParticles(List<Token> tokens, int[] role, WordLists words, int i) {
        int k = i - 1;
        while (k >= 0 && tokens.get(k).isWord() && PARTICLES_BEFORE.contains(tokens.get(k).lower())) {
            k--;
        }
        if (k == i - 1 || k < 0 || !tokens.get(k).isWord()) {
            return false;
        }
        Token before = tokens.get(k);
        String lower = before.lower();
        return role != null && (role[k] & (PersonNameDetector.KIN | PersonNameDetector.TITLE)) != 0
                || words.isKinOrRole(lower) || words.isTitle(lower) || PERSON_MARKERS.contains(lower)
                || before.capitalised() && !before.sentenceStart();
    }

    /**
     * Round 23 (review ra, ra-015): "met de X" (a person's companion) or a noun or verb of a relation between persons
     * in the sentence ("Contact met de Harmsenweg is gestopt").
     */
    private static boolean relationSlot(List<Token> tokens, int i) {
        if (i >= 2 && tokens.get(i - 2).isWord() && tokens.get(i - 2).lower().equals("met")) {
            return true;
        }
        for (Token t : tokens) {
            if (t.isWord() && !t.capitalised() && PersonRelationWords.relation(t.lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean weak(String lower) {
        for (String e : WEAK_ELEMENTS) {
            if (lower.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** "Schuldhulpverlener van Santiplein": "van" after a professional's or organisation's noun. */
    private static boolean organisationBefore(List<Token> tokens, int i) {
        if (i < 2 || !tokens.get(i - 1).lower().equals("van") || !tokens.get(i - 2).isWord()) {
            return false;
        }
        String noun = tokens.get(i - 2).lower();
        for (String e : WORKER_ENDINGS) {
            if (noun.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean numberAfter(List<Token> tokens, int i) {
        int n = tokens.size();
        for (int k = i + 1; k < n && k <= i + 3; k++) {
            Token t = tokens.get(k);
            if (t.isNumber() || startsWithDigit(t) || t.isWord() && NUMBER_WORDS.contains(t.lower())) {
                return true; // "Kerkstraat nummer vijftien": a number word keeps the address (leak review)
            }
            if (!(t.is('.') || t.is(':') || t.isWord() && NUMBER_WORDS.contains(t.lower()))) {
                return false;
            }
        }
        return false;
    }

    private static boolean startsWithDigit(Token t) {
        return !t.text().isEmpty() && Character.isDigit(t.text().charAt(0));
    }
}
