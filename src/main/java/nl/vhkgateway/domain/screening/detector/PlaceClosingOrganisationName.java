package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.function.Predicate;

/**
 * Round 24 (t24-new): a place written with its particle ("Den Helder", "De Bilt", "'s-Gravenzande" as a phrase of the
 * place list) right after an ordinary capitalised word closes an organisation's name: "Scholengroep Den Helder
 * (zorgcoördinator)", "Politie Den Haag", "Defensie Bedrijfsmaatschappelijk Werk (BMW) Den Helder" (an acronym in
 * brackets between). The word before is a Dutch word and no listed name (unless the exceptions call it an ordinary word too: "Werk"), kin,
 * role or title word; then the particle
 * is the place's, not a surname's ("De Wit belde"). Stays a name: a particle surname after a given name or a kin word
 * ("Jan De Bilt", "oom Den Hartog"), a family word describing the phrase ("Woningstichting Den Helder (oom)",
 * "Wijkteam Den Helder, de oom van moeder"), and after a place preposition {@code placeWithParticle} already reads the place.
 * Read by {@link PersonNameDetector}'s particle steps; stateless.
 */
final class PlaceClosingOrganisationName {

    private static final java.util.Set<String> ORGANISATION_WORDS = WordSets.of("politie", "gemeente", "defensie",
            "brandweer", "marechaussee", "rechtbank", "provincie", "waterschap");

    private PlaceClosingOrganisationName() {
    }

    /**
     * A family word describes the phrase ending before {@code k}: in brackets ("Den Helder (oom)") or as an apposition
     * after a comma ("Den Helder, de oom van moeder"): then it is a person's surname (round 11's rows).
     */
    static boolean familyAfter(List<Token> tokens, int k, Predicate<String> family) {
        int n = tokens.size();
        if (k + 1 < n && tokens.get(k).is('(')) {
            // review rc: every word inside the brackets, and an age ("(22)") is a person's bracket
            for (int j = k + 1; j < n && !tokens.get(j).is(')'); j++) {
                Token w = tokens.get(j);
                if (w.isWord() && family.test(w.lower()) || !w.isWord() && w.text().matches("\\d{1,3}")) {
                    return true;
                }
            }
            return false;
        }
        if (k + 2 < n && tokens.get(k).is(',')) {
            for (int j = k + 1; j < n && j <= k + 4; j++) {
                Token w = tokens.get(j);
                if (!w.isWord() || w.capitalised()) {
                    return false;
                }
                if (family.test(w.lower())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The word before the particle at {@code i} (or the word before an acronym in brackets) opens an organisation. */
    static boolean organisationBefore(List<Token> tokens, int i, WordLists words) {
        int p = i - 1;
        if (p >= 3 && tokens.get(p).is(')') && tokens.get(p - 1).isWord() && tokens.get(p - 1).allCaps()
                && tokens.get(p - 2).is('(')) {
            p -= 3; // "Werk (BMW) Den Helder"
        }
        boolean acronym = p < i - 1;
        if (p < 0 || !tokens.get(p).isWord()) {
            return false;
        }
        Token w = tokens.get(p);
        String lower = w.lower();
        // review rc: an organisation's head ("Scholengroep", "Politie", "-stichting"), not any word ("Dealer Den Oever")
        boolean head = acronym || PersonNameDetector.institutionWord(lower) || AddressDetector.institutionWord(lower)
                || NamedOrganisationAfterHead.isHead(lower) || ORGANISATION_WORDS.contains(lower);
        return head && w.capitalised() && !w.allCaps() && w.text().length() >= 4 && words.isWord(lower)
                && (!words.isName(w.text()) || words.isException(w.text())) && !words.isKinOrRole(lower) && !words.isTitle(lower)
                && !words.isTussenvoegsel(lower) && !NameClassifier.isFunctionWord(lower);
    }
}
