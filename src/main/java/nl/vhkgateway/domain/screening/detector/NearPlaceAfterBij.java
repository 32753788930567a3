package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 22 rule (t22-places): "bij" meaning near, where what stands before "bij" is itself a place or a water, so the
 * word after it is the place it lies near ("Vader vist op de Maas bij Gassel", "Vader verblijft in Duitsland, bij
 * Kleve", "Sinds de scheiding woont vader in Bakel, bij Gemert", "Moeder wil naar haar zus, ergens bij Oldenburg").
 * {@link SiteNearPlace} reads "bij" after a site (a farm, greenhouses) and a water, only for a word of a place list;
 * {@link NearPlaceAfterPlace} reads "vlak bij", "dicht bij"; a plain "bij" after a place stays a host's slot there. A
 * clearing rule, three slots:
 * <ul>
 * <li>a place and a comma (or a province in brackets) before "bij": "in/uit/naar/te/vanuit &lt;place&gt;, bij X" or
 * "in &lt;place&gt; (NB) bij X", where the place is an unflagged capitalised word of a place list; X is a word of a
 * place list (also {@code places-also-names.txt} and {@link VillageSurnames}); review (rb, 09:19): with a verb of
 * staying or living in the sentence ("logeert in Uden, bij Mill": a host) only a place of the context-free list that
 * no name list holds; review (rb, 09:41): and only with a verb of a thing's or worker's position in the sentence
 * ("ligt", "staat", "werkt", "vist": "De jongen is in Cuijk, bij Beers" is a host);</li>
 * <li>"ergens bij X" (somewhere near X), and "vist (graag) bij X" (one fishes at a water, near a place): X a word of a
 * place list;</li>
 * <li>a river, canal or lake of {@code waters.txt} after its article before "bij" ("op de Maas bij X", "langs de Lek
 * bij X"): X also a word that only the weak-name list holds or that no list holds at all (no given name, no surname:
 * villages that no place list has) when it has the ending of a Dutch place name ({@link
 * PlacesBySurroundings#placeEnding}; review rb: "op de Waal bij Oyelaran", a foreign surname, stays a name).</li>
 * </ul>
 * X closes its clause (nothing or a punctuation mark other than an opening bracket after it) and is never a listed
 * given name; no person evidence around it ({@link PlacesBySurroundings#personAround}: a family word, role or title
 * before, a capital or a person's verb after, a family apposition or age after), and "bij X thuis" or "bij X
 * ingetrokken" are not closing ({@link HomeOfPlaceNamedPerson} flags them again). Stays a host: "woont in Zwolle bij
 * Bakker" (no place list holds Bakker, no comma), "slaapt bij Herpen" (nothing before "bij" that is a place),
 * "in Bakel, bij oom Gemert" (a family word). Stateless.
 */
final class NearPlaceAfterBij {

    private static final Set<String> PLACE_PREPOSITIONS = WordSets.of("in", "uit", "naar", "te", "vanuit");
    private static final Set<String> STAYING = WordSets.of("logeert", "logeerde", "logeren", "slaapt", "sliep",
            "slapen", "verblijft", "verbleef", "verblijven", "woont", "woonde", "wonen", "woonden", "zit", "zat",
            "ingetrokken", "opgevangen", "onderdak", "inwonend", "inwoont", "trekt", "verhuisd", "verhuist");
    private static final Set<String> POSITION = WordSets.of("ligt", "lag", "liggen", "lagen", "gelegen", "staat",
            "stond", "staan", "stonden", "werkt", "werkte", "werken", "werkten", "gewerkt", "vist", "viste", "vissen");
    private static final Set<String> FISHING = WordSets.of("vist", "viste", "vissen", "visten", "gevist");
    private static final Set<String> ADVERBS = WordSets.of("graag", "vaak", "soms", "altijd", "meestal", "ook",
            "nog", "elke", "weleens", "wel");

    private NearPlaceAfterBij() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 2; i < n; i++) {
            if (!flag[i] || !tokens.get(i - 1).isWord() || !tokens.get(i - 1).text().equals("bij")) {
                continue;
            }
            Token x = tokens.get(i);
            if (!x.isWord() || !x.capitalised() || x.allCaps() || !closes(tokens, i)
                    || words.isFirstName(x.text()) || words.isFirstNameLower(x.lower())
                    || PlacesBySurroundings.personAround(tokens, role, words, i)) {
                continue;
            }
            String lower = WordLists.lower(x.text());
            boolean listed = placeListed(lower, words);
            // review (rb, 09:19): after a verb of staying "in Uden, bij Mill" is a host ("logeert in Uden, bij Mill"),
            // so there only a place of the context-free list, no place that is a name too
            // review (rb, 09:41): and only in a sentence of a thing's or a worker's position ("ligt", "staat", "werkt"):
            // "De jongen is sinds vrijdag in Cuijk, bij Beers" is a host too
            boolean afterPlace = afterPlace(tokens, words, flag, i - 2)
                    && (!stayingVerb(tokens, i) || words.isPlace(lower) && !words.isListedPersonWord(x.text()))
                    && positionVerb(tokens, i);
            // review (rb): after a water only a word with a place's shape (a listed place, or a place-name ending):
            // the words no list holds are foreign surnames as often ("op de Waal bij Oyelaran")
            boolean shaped = listed || (weakOnly(x, lower, words) || PlacesBySurroundings.unknown(x, words))
                    && PlacesBySurroundings.placeEnding(lower);
            if (listed && (afterPlace || ergens(tokens, i - 2) || fishing(tokens, i - 2))
                    || water(tokens, words, i - 2) && shaped) {
                flag[i] = false;
            }
        }
    }

    private static boolean placeListed(String lower, WordLists words) {
        return words.isPlace(lower) || words.isPlaceInContext(lower) || words.isVillage(lower)
                || VillageSurnames.contains(lower) || words.isAbroad(lower);
    }

    /** A word that the weak-name list holds and no other list: no given name, surname, place or Dutch word. */
    private static boolean weakOnly(Token x, String lower, WordLists words) {
        return words.isWeakName(lower) && !words.isName(x.text()) && !words.isWord(lower);
    }

    /** Nothing or a punctuation mark other than an opening bracket after the word. */
    private static boolean closes(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) {
            return true;
        }
        Token after = tokens.get(i + 1);
        return !after.isWord() && !after.is('(') && !after.is('/') && !after.is('\'');
    }

    /** "in Bakel, bij", "in Vianen (NB) bij": an unflagged listed place after a place preposition. */
    private static boolean afterPlace(List<Token> tokens, WordLists words, boolean[] flag, int k) {
        if (k < 1) {
            return false;
        }
        int p;
        if (tokens.get(k).is(',')) {
            p = k - 1;
        } else if (tokens.get(k).is(')')) {
            int open = k - 1;
            while (open > 0 && !tokens.get(open).is('(') && open > k - 4) {
                open--;
            }
            if (!tokens.get(open).is('(') || !PersonNameDetector.provinceSuffix(tokens, open)) {
                return false;
            }
            p = open - 1;
        } else {
            return false;
        }
        if (p < 1) {
            return false;
        }
        Token place = tokens.get(p);
        return place.isWord() && place.capitalised() && !flag[p] && placeListed(WordLists.lower(place.text()), words)
                && tokens.get(p - 1).isWord() && PLACE_PREPOSITIONS.contains(tokens.get(p - 1).lower());
    }

    /** "vist bij X", "vist graag bij X", "gaat vissen bij X": one fishes at a water near a place. */
    private static boolean fishing(List<Token> tokens, int k) {
        if (!tokens.get(k).isWord()) {
            return false;
        }
        if (FISHING.contains(tokens.get(k).lower())) {
            return true;
        }
        return ADVERBS.contains(tokens.get(k).lower()) && k >= 1 && tokens.get(k - 1).isWord()
                && FISHING.contains(tokens.get(k - 1).lower());
    }

    /** A verb of staying or living earlier in the sentence ("logeert", "slaapt", "verblijft", "woont"). */
    private static boolean stayingVerb(List<Token> tokens, int i) {
        for (int k = 0; k < i; k++) {
            if (tokens.get(k).isWord() && STAYING.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean positionVerb(List<Token> tokens, int i) {
        for (int k = 0; k < i; k++) {
            if (tokens.get(k).isWord() && POSITION.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean ergens(List<Token> tokens, int k) {
        return tokens.get(k).isWord() && tokens.get(k).lower().equals("ergens");
    }

    /** A water of {@code waters.txt} after its article ("op de Maas", "langs de Lek"). */
    private static boolean water(List<Token> tokens, WordLists words, int k) {
        Token t = tokens.get(k);
        return t.isWord() && t.capitalised() && !t.allCaps() && words.isWater(t.lower()) && k >= 1
                && tokens.get(k - 1).isWord()
                && (tokens.get(k - 1).lower().equals("de") || tokens.get(k - 1).lower().equals("het"));
    }
}
