package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 18 rule (r18-allow): a capitalised word that no list knows at all (no given name, surname or weak name, no
 * word, no place) and that ends like a Dutch neighbourhood or new-town district, "-wijk", "-wold" or "-wolde"
 * ("Zuiderzeewijk", "Oosterwold", "Kruidenwijk"), names that neighbourhood: such words are how towns name their parts,
 * and a surname with such an ending is held by the surname lists or written after a particle. Guards: a particle right
 * before ("van Zuiderzeewijk", "de Oosterwold": a surname), a capitalised word right before that is no place of the
 * context-free list ("Sanne Oosterwold", "Almere Oosterwold" is cleared), and person evidence around the word
 * ({@link PlacesBySurroundings#personAround}: "oom Kruidenwijk", "Kruidenwijk (12)", "Kruidenwijk belde") keep the
 * flag; so does every word a name list holds ("Boswijk", "Ooswold"). Stateless.
 */
final class NeighbourhoodName {

    private static final List<String> ENDINGS = List.of("wijk", "wold", "wolde");
    private static final int MIN_STEM = 4;

    private NeighbourhoodName() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || !ending(t.lower())
                    || !PlacesBySurroundings.unknown(t, words) || words.isListedPersonWord(t.text())) {
                continue;
            }
            if (i > 0 && tokens.get(i - 1).isWord() && !before(tokens.get(i - 1), words)
                    || PlacesBySurroundings.personAround(tokens, role, words, i)) {
                continue;
            }
            flag[i] = false;
        }
    }

    /** The word right before: no particle, and a capitalised word only when it is a town ("Almere Oosterwold"). */
    private static boolean before(Token b, WordLists words) {
        String lower = b.lower();
        if (words.isTussenvoegsel(lower)) {
            return false;
        }
        return !b.capitalised() || words.isDomesticPlace(lower) && !words.isListedPersonWord(b.text());
    }

    private static boolean ending(String lower) {
        for (String e : ENDINGS) {
            if (lower.endsWith(e) && lower.length() >= e.length() + MIN_STEM) {
                return true;
            }
        }
        return false;
    }
}
