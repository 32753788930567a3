package nl.vhkgateway.domain.screening.detector;

import java.util.Set;

/**
 * Round 16 rule (r16-cards): a plural noun for a group of people ("Kinderen (3) aanwezig in de woning", "Broertjes (2)
 * slapen bij oma", "Agenten (2) ter plaatse") is no name when a count or a description in brackets follows it, as a
 * name with an age would be ("Aya (13)"). A closed list of Dutch plurals of family and group words that no name list
 * holds ("broers", "buren", "neven" are surnames too and left out); a singular kin word with an age ("Moeder (34)") was already allowed, and every name ("Timmerman (oom)",
 * "Vrijdag (stiefvader)", "Aya (13)") keeps the rule {@code describedAfter}. Stateless.
 */
final class GroupNoun {

    private static final Set<String> PLURALS = Set.of("kinderen", "kindjes", "broertjes", "zusjes",
            "zussen", "ouders", "grootouders", "kleinkinderen", "jongens", "meisjes", "gezinsleden",
            "jeugdigen", "minderjarigen", "volwassenen", "agenten", "verbalisanten", "hulpverleners",
            "tweelingen", "stiefkinderen", "pleegkinderen", "halfbroers", "halfzussen");

    private GroupNoun() {
    }

    /** The lower-case word is a plural of the list ("kinderen", "broertjes", "agenten"). */
    static boolean isPlural(String lower) {
        return PLURALS.contains(lower);
    }
}
