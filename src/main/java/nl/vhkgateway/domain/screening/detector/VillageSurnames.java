package nl.vhkgateway.domain.screening.detector;

import java.util.Set;

/**
 * Round 19 (r19-allow): Dutch villages, towns and districts whose name is also a listed surname ("Boekelo",
 * "Melissant", "Neck", "Beemster"), {@code places-village-surnames.txt}. No other place list holds them (a listed
 * surname is left out of the generated place lists, round 10 leak fix), so a surname in a person slot stays a name;
 * this list is read only by the steps where a second place vouches for the word: a run of places beside a listed
 * place ({@link CoordinatedPlaces}, {@link PlaceBeforeDaar}) and the goal of "van &lt;place&gt; naar X"
 * ({@link FromToPlaces}). Never a place alone ("bij Boekelo", "naar Beemster", "Zwolle (Neck)"). Immutable,
 * loaded once per JVM into a {@link FrozenWordSet} like the other curated lists ({@link WordLists#lowerCaseSet}),
 * thread-safe.
 */
final class VillageSurnames {

    private VillageSurnames() {
    }

    private static final class Holder {
        private static final Set<String> LOWER = WordLists.lowerCaseSet("places-village-surnames.txt");
    }

    /** A village of the list (lower case). */
    static boolean contains(String lower) {
        return Holder.LOWER.contains(lower);
    }

    /**
     * Round 20 (t20-cards): the one test of the steps that read the list at a token: a word written with a capital and
     * not all in capitals ("Melissant"; not "melissant", not "MELISSANT") that the list holds.
     */
    static boolean capitalisedVillage(Token t) {
        return t.isWord() && t.capitalised() && !t.allCaps() && contains(WordLists.lower(t.text()));
    }
}
