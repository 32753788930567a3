package nl.vhkgateway.domain.screening.detector;

import java.util.HashSet;
import java.util.Set;

/**
 * Round 19 (r19-allow): Dutch villages, towns and districts whose name is also a listed surname ("Boekelo",
 * "Melissant", "Neck", "Beemster"), {@code places-village-surnames.txt}. No other place list holds them (a listed
 * surname is left out of the generated place lists, round 10 leak fix), so a surname in a person slot stays a name;
 * this list is read only by the steps where a second place vouches for the word: a run of places beside a listed
 * place ({@link CoordinatedPlaces}, {@link PlaceBeforeDaar}) and the goal of "van &lt;place&gt; naar X"
 * ({@link FromToPlaces}). Never a place alone ("bij Boekelo", "naar Beemster", "Zwolle (Neck)"). Immutable,
 * loaded once per JVM, thread-safe.
 */
final class VillageSurnames {

    private VillageSurnames() {
    }

    private static final class Holder {
        private static final Set<String> LOWER = load();

        private static Set<String> load() {
            Set<String> lower = new HashSet<>();
            WordLists.read("places-village-surnames.txt", w -> lower.add(WordLists.lower(w)));
            return Set.copyOf(lower);
        }
    }

    /** A village of the list (lower case). */
    static boolean contains(String lower) {
        return Holder.LOWER.contains(lower);
    }
}
