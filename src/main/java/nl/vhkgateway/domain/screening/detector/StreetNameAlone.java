package nl.vhkgateway.domain.screening.detector;

import java.util.List;

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
 * that surnames end in most ("Hogeweg", "Aaldijk") also no person evidence around the word and no "van/ter de" after
 * a capitalised word ("Jan van de Kloosterdijk").
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
            if (endsWithAny(t.lower(), SURNAME_ELEMENTS) && (PlacesBySurroundings.personAround(tokens, role, words, i)
                    || surnameParticleBefore(tokens, i))) {
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
     * Round 23: "Jan van de Kloosterdijk", "mevrouw Ter Weg": the article is a surname's particle when "van", "ter" or
     * "ten" stands before it and a capitalised word before that.
     */
    private static boolean surnameParticleBefore(List<Token> tokens, int i) {
        if (i < 3 || !tokens.get(i - 2).isWord()) {
            return false;
        }
        String particle = tokens.get(i - 2).lower();
        return (particle.equals("van") || particle.equals("ter") || particle.equals("ten"))
                && tokens.get(i - 3).isWord() && tokens.get(i - 3).capitalised();
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
