package nl.vhkgateway.domain.screening.detector;

import java.util.Set;

/**
 * Nouns and verbs of a relation or exchange between two persons ("ruzie", "gesprek", "omgang", "verdeeld",
 * "vechtpartij"): where one stands in a sentence, "tussen X en Y" is the slot of two persons, not of two places. One
 * list for the two round-21 rules that read places after "tussen" ({@link LandmarkBetweenPlaces}, {@link PlacesBetween});
 * merged from the two lists their branches wrote. A compound ending in a noun of five letters or more counts too
 * ("telefoongesprek", "burenruzie", "omgangsregeling"). Stateless.
 */
final class PersonRelationWords {

    private static final Set<String> WORDS = WordSets.of("ruzie", "ruzies", "contact", "contacten", "omgang",
            "omgangsregeling", "gesprek", "gesprekken", "relatie", "relaties", "verschil", "conflict", "conflicten",
            "band", "afspraak", "afspraken", "strijd", "spanning", "spanningen", "onenigheid", "vechtpartij",
            "gevecht", "keuze", "overleg", "verhouding", "communicatie", "vriendschap", "huwelijk", "bemiddeling",
            "mediation", "geweld", "incident", "incidenten", "woordenwisseling", "botsing", "rivaliteit", "liefde",
            "scheiding", "zaak", "kwestie", "vete", "handgemeen", "strijdpunt", "twistpunt", "twist", "erfenis",
            "verdeeld", "verdeelt", "verdelen", "verdeling", "gedeeld", "kiezen", "kiest", "koos", "gekozen", "vechten",
            "vocht", "gevochten", "knokpartij", "schermutseling", "ruzieden", "ruziën", "duel", "wedstrijd", "match",
            "discussie", "ruil", "overdracht");
    /** Nouns that end compounds of the same meaning ("telefoongesprek", "burenruzie", "machtsstrijd"). */
    private static final Set<String> COMPOUND_HEADS = WordSets.of("gesprek", "gesprekken", "ruzie", "ruzies",
            "verdeling", "omgang", "contact", "contacten", "conflict", "conflicten", "onenigheid", "afspraak",
            "afspraken", "overleg", "strijd", "relatie", "spanning", "spanningen", "discussie", "gevecht",
            "vechtpartij", "overdracht", "keuze", "scheiding", "verhouding", "botsing", "incident", "incidenten");

    private PersonRelationWords() {
    }

    static boolean relation(String lower) {
        if (WORDS.contains(lower)) {
            return true;
        }
        for (String head : COMPOUND_HEADS) {
            if (head.length() >= 5 && lower.length() > head.length() + 2 && lower.endsWith(head)) {
                return true;
            }
        }
        return false;
    }
}
