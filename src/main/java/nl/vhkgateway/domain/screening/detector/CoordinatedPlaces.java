package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 12 (allowfix): places coordinated with a listed place ("sporten in Heeswijk en Dinther", "Nieuwkoop / Noorden /
 * Zevenhoven — drie kernen, één gemeente"). An unflag rule: a run of capitalised words joined by "en" (round 25: or
 * the English "and", only in a run that closes its clause: "Father is in Breda and Lima is with him" keeps Lima),
 * "/" or ","
 * whose flagged members are all places, in place context, is a list of places.
 * <ul>
 * <li>Every flagged member is a word a place list holds ({@code places-also-names}, villages; round 19: the villages
 * that are surnames too, {@link VillageSurnames}), or the part of a listed double place name written with a hyphen
 * ("Heeswijk-Dinther" gives "Heeswijk en Dinther").</li>
 * <li>At least one member is a place of the context-free list ({@link WordLists#isPlace}) that is no given name and
 * that the detector did not flag; round 19: or an unflagged village of the context lists that no name list holds ("in
 * Spijkerboor en Neck").</li>
 * <li>Place context: a place preposition right before the run ("in", "naar", "uit" ...) or a place or municipality
 * noun in the sentence ("gemeente", "kernen", "dorpen", "wijk"); round 19 (r19-allow): also "verspreid over" right
 * before the run and a plural verb of lying or belonging right after a run that opens the sentence ("Margraten,
 * Eijsden en Gulpen liggen ...", "... vallen onder", "... horen bij"). A run read by a round-19 addition (such a
 * context, such an anchor or a village that is a surname) must end its clause: nothing or a punctuation mark after it
 * ("in Deventer en Neck weet daar niets van" keeps Neck), never after "tussen", and only beside an anchor that no name
 * list holds ("Bergen en Wamel vallen af als pleeggezin": Bergen is a surname too).</li>
 * <li>Guards: never a listed given name; never a member with person evidence ({@link PlacesBySurroundings#personAround}:
 * a family word, role or title before, a person verb or a capital after, a bracket with a family word or age), an
 * initial before or a possessive after ("Zevenhoven zijn huis").</li>
 * </ul>
 * Stateless.
 */
final class CoordinatedPlaces {

    private static final Set<String> PLACE_PREPOSITIONS = WordSets.of("in", "naar", "uit", "te", "vanuit", "richting",
            "nabij", "tussen");
    private static final Set<String> PLACE_NOUNS = WordSets.of("gemeente", "gemeenten", "kern", "kernen", "dorp",
            "dorpen", "dorpskernen", "woonkernen", "wijk", "wijken", "plaatsen", "woonplaatsen", "regio");
    private static final int MAX_MEMBERS = 6;
    /**
     * Round 19 (r19-allow): verbs that say where a place lies or to which area it belongs, right after a run that
     * opens the sentence ("Margraten, Eijsden en Gulpen liggen te ver", "Heiloo, Limmen en Castricum vallen onder").
     */
    private static final Set<String> PLACE_PREDICATES = WordSets.of("liggen", "lagen", "vallen", "horen", "behoren",
            "grenzen");

    private CoordinatedPlaces() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        boolean placeNoun = false;
        for (Token t : tokens) {
            placeNoun |= t.isWord() && PLACE_NOUNS.contains(t.lower());
        }
        int i = 0;
        while (i < n) {
            if (!member(tokens.get(i))) {
                i++;
                continue;
            }
            int end = i; // inclusive end of the run of coordinated capitals
            int count = 1;
            while (end + 2 < n && joiner(tokens.get(end + 1)) && member(tokens.get(end + 2))) {
                end += 2;
                count++;
            }
            if (count >= 2 && count <= MAX_MEMBERS) {
                clearRun(tokens, role, flag, words, i, end, placeNoun);
            }
            i = end + 1;
        }
    }

    private static void clearRun(List<Token> tokens, int[] role, boolean[] flag, WordLists words, int start, int end,
            boolean placeNoun) {
        boolean preposition = start > 0 && tokens.get(start - 1).isWord()
                && PLACE_PREPOSITIONS.contains(tokens.get(start - 1).lower());
        // round 19 (r19-allow): "verspreid over" ("verspreid over Hoogstraten, Meerle en Minderhout") and a run
        // opening the sentence before a verb of lying or belonging ("Margraten, Eijsden en Gulpen liggen ..."); not
        // "bij" (review: "J. slaapt bij Goirle en Riel"; the sites before "bij" are SiteNearPlace's)
        boolean spread = start > 1 && tokens.get(start - 1).isWord() && tokens.get(start - 1).text().equals("over")
                && tokens.get(start - 2).isWord() && tokens.get(start - 2).lower().equals("verspreid");
        boolean predicate = predicateAfter(tokens, start, end);
        if (!(placeNoun || preposition || spread || predicate)) {
            return;
        }
        boolean oldContext = placeNoun || preposition;
        boolean anchor = false;
        boolean oldAnchor = false;
        boolean anyFlag = false;
        boolean villageSurname = false;
        boolean cleanAnchor = false;
        for (int k = start; k <= end; k += 2) {
            Token t = tokens.get(k);
            String lower = WordLists.lower(t.text());
            if (words.isFirstName(t.text()) || words.isFirstNameLower(lower) || personEvidence(tokens, role, words, k)) {
                return;
            }
            if (flag[k]) {
                anyFlag = true;
                if (doublePlacePart(tokens, words, k, start, end)) {
                    anchor = true; // "Heeswijk en Dinther": the listed "Heeswijk-Dinther" is the anchor
                    oldAnchor = true;
                } else if (VillageSurnames.capitalisedVillage(t) && !words.isPlaceInContext(lower)
                        && !words.isVillage(lower)) {
                    villageSurname = true;
                } else if (!words.isPlaceInContext(lower) && !words.isVillage(lower)) {
                    return; // "in Breda met Jansen en Bakker": a flagged member that no place list holds
                }
            } else if (words.isPlace(lower)) {
                anchor = true;
                oldAnchor = true;
                cleanAnchor |= !words.isListedPersonWord(t.text());
            } else if ((words.isPlaceInContext(lower) || words.isVillage(lower)) && !words.isListedPersonWord(t.text())) {
                // round 19: "in Spijkerboor en Neck", "Zuidland, Heenvliet en Geervliet vallen onder": a village of no
                // name list, unflagged
                anchor = true;
                cleanAnchor = true;
            }
        }
        if (!anchor || !anyFlag) {
            return;
        }
        boolean round19 = villageSurname || !oldContext || !oldAnchor;
        // (oldContext: the context of round 12; oldAnchor: a context-free place or a listed double place)
        if (round19 && !cleanAnchor) {
            // review (rev-allow): "Bergen en Wamel vallen allebei af als pleeggezin", "verspreid over Bergen en Wamel,
            // twee pleeggezinnen": a place that is a listed surname too vouches for nobody
            return;
        }
        boolean english = false;
        for (int k = start + 1; k < end; k += 2) {
            english |= tokens.get(k).isWord() && tokens.get(k).text().equals("and");
        }
        if (english && listedPersonMember(tokens, words, start, end)) {
            // fix helper (review rb, Rrb-122): "Father lives in Breda and Lima.": after "and" a member that a name list
            // holds may be a partner; English runs clear only places no name list holds
            return;
        }
        if ((round19 || english) && !closesRun(tokens, start, end, predicate)) {
            // review rb (t25-held): an English run closes its clause too ("in Breda and Lima is with him")
            // review (rev-allow): "in Deventer en Neck weet daar niets van", "naar Zwolle en Egmond is zijn nieuwe
            // vriendin", "in Deventer, Dorth in Apeldoorn", "contact tussen Alkmaar en Egmond": the last member opens
            // a clause of its own, or "tussen" is the slot of two persons
            return;
        }
        for (int k = start; k <= end; k += 2) {
            flag[k] = false;
        }
    }

    /**
     * Round 19: the run of a round-19 reading ends its clause: nothing, or a punctuation mark other than an opening
     * bracket, after the last member (or the verb of lying or belonging that gave the context), and "tussen" is no
     * context of it.
     */
    private static boolean closesRun(List<Token> tokens, int start, int end, boolean predicate) {
        if (start > 0 && tokens.get(start - 1).isWord() && tokens.get(start - 1).lower().equals("tussen")) {
            return false;
        }
        if (predicate || end + 1 >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(end + 1);
        return !next.isWord() && !next.is('(') && !next.is('/');
    }

    /**
     * Round 19: the run opens the sentence and a plural verb of lying or belonging follows it right away ("Vlist en
     * Bergambacht horen bij", "Heiloo, Limmen en Castricum vallen onder"); a run has two members or more.
     */
    private static boolean predicateAfter(List<Token> tokens, int start, int end) {
        if (start > 0 && !(tokens.get(start - 1).is('.') || tokens.get(start - 1).is('!')
                || tokens.get(start - 1).is('?') || tokens.get(start - 1).is(';'))) {
            return false;
        }
        return end + 1 < tokens.size() && tokens.get(end + 1).isWord()
                && PLACE_PREDICATES.contains(tokens.get(end + 1).text());
    }

    /** Fix helper: a flagged-or-not member of the run that a name list holds (a given name or surname). */
    private static boolean listedPersonMember(List<Token> tokens, WordLists words, int start, int end) {
        for (int k = start; k <= end; k += 2) {
            if (tokens.get(k).isWord() && words.isListedPersonWord(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** "Heeswijk en Dinther": the word and its neighbour in the run form a listed place written with a hyphen. */
    private static boolean doublePlacePart(List<Token> tokens, WordLists words, int k, int start, int end) {
        String lower = WordLists.lower(tokens.get(k).text());
        if (k - 2 >= start && tokens.get(k - 1).isWord() && tokens.get(k - 1).lower().equals("en")
                && words.isPlace(WordLists.lower(tokens.get(k - 2).text()) + "-" + lower)) {
            return true;
        }
        return k + 2 <= end && tokens.get(k + 1).isWord() && tokens.get(k + 1).lower().equals("en")
                && words.isPlace(lower + "-" + WordLists.lower(tokens.get(k + 2).text()));
    }

    private static boolean personEvidence(List<Token> tokens, int[] role, WordLists words, int k) {
        if (PlacesBySurroundings.personAround(tokens, role, words, k)) {
            return true;
        }
        if (k + 1 < tokens.size() && tokens.get(k + 1).isWord()
                && NamedOrganisationsAndAreas.POSSESSIVES.contains(tokens.get(k + 1).lower())) {
            return true; // "Zevenhoven zijn huis"
        }
        if (k >= 2 && tokens.get(k - 1).is('.') && tokens.get(k - 2).isWord() && tokens.get(k - 2).text().length() == 1
                && Character.isUpperCase(tokens.get(k - 2).text().charAt(0))) {
            return true; // "K. Vlist": an initial
        }
        return false;
    }

    private static boolean member(Token t) {
        return t.isWord() && t.capitalised() && !t.allCaps();
    }

    private static boolean joiner(Token t) {
        // round 25 (t25-held): "and" in a sentence in English ("summers in Osaka and Kyoto")
        return t.isWord() && (t.lower().equals("en") || t.text().equals("and")) || t.is('/') || t.is(',');
    }
}
