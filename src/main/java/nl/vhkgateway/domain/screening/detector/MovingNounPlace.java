package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 20 rule (t20-allow): the goal of a noun of moving house is a place: "Verhuizing naar Beemster gepland", "de
 * verhuiswens naar Wamel". The verbs of moving ("verhuisd naar", "verhuizen naar") already make the capitalised run
 * after them a place; the nouns did not, so a village that is also a listed surname (`places-village-surnames.txt`,
 * a place list or a place-or-name list) after "verhuizing naar" was read as a family. A family is not the goal of a
 * move ("verhuizing naar oma", not "naar Jansen"); the rule still keeps the flag where the sentence says person: a
 * word that no place list holds, a listed given name that is no place, a kin or family word in brackets, an
 * apposition or a relative pronoun after it ("naar Wamel (oom)", "naar Wamel, de broer van vader"), or a second
 * capitalised word joined to it (a full name: "naar Wamel Jansen"), and a person later in the sentence (a pronoun,
 * a possessive, "wie", "zelf": review revallow). Stateless.
 */
final class MovingNounPlace {

    /** Nouns of moving house (not of going somewhere: "de rit naar Jansen" is a visit). */
    private static final Set<String> NOUNS = WordSets.of("verhuizing", "verhuizingen", "verhuiswens",
            "verhuisplan", "verhuisplannen", "verhuisdatum", "verhuisaanvraag", "verhuisbericht");

    private MovingNounPlace() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 2; i < n; i++) {
            if (!flag[i] || !tokens.get(i - 1).isWord() || !tokens.get(i - 1).lower().equals("naar")
                    || tokens.get(i - 1).capitalised() || !tokens.get(i - 2).isWord()
                    || !NOUNS.contains(tokens.get(i - 2).lower())) {
                continue;
            }
            Token place = tokens.get(i);
            if (!place.isWord() || !place.capitalised() || place.allCaps() || !placeWord(place, words)
                    || i + 1 < n && tokens.get(i + 1).isWord() && tokens.get(i + 1).capitalised()
                    || PlacesBySurroundings.personAround(tokens, role, words, i)
                    || personLaterInSentence(tokens, i + 1) || householdPlaceAfter(tokens, i + 1)) {
                continue;
            }
            flag[i] = false;
        }
    }

    /**
     * Review (revallow): the rest of the sentence speaks of a person — "met/bij/van wie", a possessive ("X zijn huis",
     * "z'n woning", "haar flat"), "zelf", a personal pronoun ("omdat hij de kinderen wil zien", ": hij is de nieuwe
     * vriend van moeder"): the word is then as likely a person, and the flag stays.
     */
    private static boolean personLaterInSentence(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size() && !tokens.get(k).is('.') && !tokens.get(k).is('?')
                && !tokens.get(k).is('!'); k++) {
            if (tokens.get(k).isWord() && PERSON_WORDS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PERSON_WORDS = WordSets.of("wie", "zijn", "z'n", "zn", "haar", "d'r", "hun",
            "zelf", "hij", "zij", "ze", "hem", "die");

    /**
     * Review (revallow): "naar Wamel in Zwolle": a second place after the goal makes the goal the household one moves
     * in with; "naar Goor in de Achterhoek" (lower case after "in") stays a place.
     */
    private static boolean householdPlaceAfter(List<Token> tokens, int k) {
        return k + 1 < tokens.size() && tokens.get(k).isWord()
                && Set.of("in", "te", "bij").contains(tokens.get(k).lower()) && tokens.get(k + 1).isWord()
                && tokens.get(k + 1).capitalised();
    }

    /** A word of a place list, also one that is a surname too; a listed given name only when it is a place too. */
    private static boolean placeWord(Token place, WordLists words) {
        String lower = WordLists.lower(place.text());
        boolean placeListed = words.isPlace(lower) || words.isPlaceInContext(lower) || words.isVillage(lower)
                || VillageSurnames.contains(lower);
        return placeListed && !(words.isFirstName(place.text()) && !words.isPlace(lower));
    }
}
