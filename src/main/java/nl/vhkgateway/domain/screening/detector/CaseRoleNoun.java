package nl.vhkgateway.domain.screening.detector;

import java.util.Set;

/**
 * Round 14 (r14-allow2): the role nouns of police reports and legal files ("Betrokkene (16) werd aangehouden",
 * "Verdachte (stiefvader) is aangehouden") name a role, not a person, also when capitalised at a sentence start and
 * described in brackets. A closed class of Dutch words (the police and court register of "betrokkene", "verdachte",
 * "melder", ...), written for the rule (CC0). A name AFTER the role ("betrokkene Jansen") is not touched: only the
 * role word itself is kept from being read as a name.
 */
final class CaseRoleNoun {

    private static final Set<String> ROLES = Set.of("betrokkene", "betrokkenen", "verdachte", "verdachten", "melder",
            "melders", "melder(s)", "aangever", "aangeefster", "aangevers", "slachtoffer", "slachtoffers", "getuige",
            "getuigen", "benadeelde", "benadeelden", "minderjarige", "minderjarigen");

    private CaseRoleNoun() {
    }

    /** Whether the lower-case word is a role noun of a police report or legal file. */
    static boolean isRole(String lower) {
        return ROLES.contains(lower);
    }
}
