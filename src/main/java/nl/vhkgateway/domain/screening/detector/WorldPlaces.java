package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 12 allow rule: world capitals, large cities, refugee camps and transit towns in Dutch spelling
 * ({@code places-world.txt}: "Beiroet", "Athene", "Dadaab", "Asmara") that the detector took for a name. Families
 * who fled or travel write them after a travel preposition ("gevlucht via Beiroet", "vakantie naar Athene", "in een
 * kamp bij Dadaab"); most of them are in no place list, some are a given name too.
 * <ul>
 * <li>Place context: right after a place preposition (in, naar, uit, via, vanuit, nabij, richting), right after a
 * camp word ("vluchtelingenkamp Kakuma"), or after "bij" right behind a camp word ("een kamp bij Dadaab").</li>
 * <li>Never with person evidence around the place ({@link PlacesBySurroundings#personAround}: a family word, role or
 * title before it, an apposition, a bracket with a family word or an age, a person verb, "en zijn/haar" after it).</li>
 * <li>An entry that a given-name, surname or weak-name list also holds (Asmara, Athene, Sofia) needs more: a travel
 * noun right before the preposition ("vakantie naar Athene", "de vliegreis naar Sofia") or, after "via", a route on to
 * a second place ("via Asmara naar Ter Apel", "via Asmara en Khartoem"). "Zij logeert bij Asmara", "vlucht naar
 * Sofia als vader drinkt", "het geld ging via Asmara naar de smokkelaar" stay names.</li>
 * <li>Round 12 leak review: after "via" every entry needs a travel verb or noun near it ("hoorde via Azraq dat ...",
 * "is via Zaatari aan het geld gekomen" stay names), and a possessive right after the place ("Asmara haar kamer") is a
 * person.</li>
 * </ul>
 * Immutable and thread-safe.
 */
final class WorldPlaces {

    private static final Set<String> PLACE_PREPOSITIONS = WordSets.of("in", "naar", "uit", "via", "vanuit", "nabij",
            "richting");
    /** Words for a camp; a place right after one, or after "bij" behind one, is the camp's place. */
    private static final Set<String> CAMP_WORDS = WordSets.of("kamp", "vluchtelingenkamp", "opvangkamp", "tentenkamp",
            "detentiekamp", "camp", "kampen", "vluchtelingenkampen");
    /** Nouns of a journey: the place after "naar"/"via" behind one is the destination. */
    private static final Set<String> TRAVEL_NOUNS = WordSets.of("vakantie", "zomervakantie", "vakantiereis", "reis",
            "reizen", "terugreis", "vliegreis", "busreis", "treinreis", "stedentrip", "vliegticket",
            "vliegtickets", "ticket", "tickets", "retourtje", "overtocht", "tocht", "route", "vluchtroute",
            "emigratie", "verhuizing", "uitzetting");
    /**
     * Verbs of fleeing and travelling: a route through a place that is also a given name needs one of them (or a
     * travel noun) in the clause ("vlucht via Asmara naar Ter Apel"); "het geld ging via Asmara naar Eritrea" stays a
     * name.
     */
    private static final Set<String> TRAVEL_VERBS = WordSets.of("vlucht", "vluchtte", "vluchtten", "gevlucht", "vluchten",
            "reist", "reisde", "reisden", "gereisd", "vloog", "vlogen", "gevlogen", "vliegt", "vliegen",
            "emigreerde", "emigreerden", "geëmigreerd", "migreerde", "gemigreerd", "overgestoken", "stak");
    /** Tokens looked at on each side of the place for a travel word. */
    private static final int TRAVEL_REACH = 8;
    /** Words that join a second place of the route. */
    private static final Set<String> ROUTE_ON = WordSets.of("naar", "en");

    /** The entries of {@code places-world.txt}. */
    private final CapitalisedPhrases places;

    private WorldPlaces(CapitalisedPhrases places) {
        this.places = places;
    }

    static WorldPlaces bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        private static final WorldPlaces BUNDLED = new WorldPlaces(
                CapitalisedPhrases.read("places-world.txt"));
    }

    /** Clears the flags of a world place in place context. */
    void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 1; i < n; i++) {
            if (!flag[i] || !tokens.get(i).capitalised() || !tokens.get(i - 1).isWord()) {
                continue;
            }
            int length = places.longestAt(tokens, i);
            if (length == 0) {
                continue;
            }
            int last = i + length - 1;
            String before = tokens.get(i - 1).lower();
            boolean preposition = PLACE_PREPOSITIONS.contains(before) && !tokens.get(i - 1).capitalised();
            boolean camp = CAMP_WORDS.contains(before) || before.equals("bij") && i >= 2 && tokens.get(i - 2).isWord()
                    && CAMP_WORDS.contains(tokens.get(i - 2).lower());
            if (!preposition && !camp || PlacesBySurroundings.personAround(tokens, role, words, last)) {
                continue;
            }
            if (before.equals("via") && !travelWordNear(tokens, i)
                    || NamedOrganisationsAndAreas.possessiveAfter(tokens, last)) {
                continue; // round 12 leak review: "hoorde via Azraq dat ...", "via Zaatari aan het geld gekomen"
            }
            if (nameListed(tokens, i, last, words) && !(preposition && (travelNounBefore(tokens, i - 1)
                    || before.equals("via") && routeOn(tokens, last, words) && travelWordNear(tokens, i)))) {
                continue; // "logeert bij Asmara", "vlucht naar Sofia als vader drinkt": a given name stays a name
            }
            for (int k = i; k <= last; k++) {
                flag[k] = false;
            }
            i = last;
        }
    }

    private static boolean nameListed(List<Token> tokens, int i, int last, WordLists words) {
        for (int k = i; k <= last; k++) {
            if (tokens.get(k).isWord() && PlacesBySurroundings.personListed(tokens.get(k), words)) {
                return true;
            }
        }
        return false;
    }

    /** "vakantie naar", "de vliegreis naar": a travel noun right before the preposition at {@code p}. */
    private static boolean travelNounBefore(List<Token> tokens, int p) {
        return p >= 1 && tokens.get(p - 1).isWord() && TRAVEL_NOUNS.contains(tokens.get(p - 1).lower());
    }

    /** A travel verb or noun within {@link #TRAVEL_REACH} tokens of {@code i}, in the same sentence. */
    private static boolean travelWordNear(List<Token> tokens, int i) {
        for (int k = i - 1; k >= 0 && k >= i - TRAVEL_REACH; k--) {
            Token t = tokens.get(k);
            if (t.is('.') || t.is(';') || t.is('!') || t.is('?')) {
                break;
            }
            if (t.isWord() && (TRAVEL_VERBS.contains(t.lower()) || TRAVEL_NOUNS.contains(t.lower()))) {
                return true;
            }
        }
        for (int k = i + 1; k < tokens.size() && k <= i + TRAVEL_REACH; k++) {
            Token t = tokens.get(k);
            if (t.is('.') || t.is(';') || t.is('!') || t.is('?')) {
                break;
            }
            if (t.isWord() && (TRAVEL_VERBS.contains(t.lower()) || TRAVEL_NOUNS.contains(t.lower()))) {
                return true;
            }
        }
        return false;
    }

    /** "via Asmara naar Ter Apel", "via Asmara en Khartoem": a second known place right after the place. */
    private boolean routeOn(List<Token> tokens, int last, WordLists words) {
        int k = last + 1;
        if (k + 1 >= tokens.size() || !tokens.get(k).isWord() || !ROUTE_ON.contains(tokens.get(k).text())) {
            return false;
        }
        Token next = tokens.get(k + 1);
        if (!next.isWord() || !next.capitalised()) {
            return false;
        }
        if (places.longestAt(tokens, k + 1) > 0) {
            return !PlacesBySurroundings.personListed(next, words);
        }
        PhraseIndex.Match m = words.allowed().match(tokens, k + 1);
        if (m.length() > 1 && m.kind() == PhraseIndex.Kind.PLACE) {
            return true; // "Ter Apel", "Den Haag"
        }
        String lower = WordLists.lower(next.text());
        return (words.isPlace(lower) || words.isAbroad(lower)) && !PlacesBySurroundings.personListed(next, words);
    }
}
