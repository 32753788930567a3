package nl.vhkgateway.domain.screening.detector;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 13: a street that bears a village's or town's name ("Langeweg", "Kerkdorp", "Westdorp"), written with a house
 * number: "Nieuw adres: Langeweg 140 te Sliedrecht", "Adres: Langeweg 140, Sliedrecht", "woont op Langeweg 140 in
 * Gorinchem". A place's name with a house number counts as a street only (a) right after an address label and a
 * colon or bar ("adres:", "Nieuw adres:", "Woonadres |"), or (b) before "te" and another known Dutch place, or
 * before "in", "op" (an island: "Kerkbuurt 9 op Marken"; round 15) or a comma and another place when "op"/"aan"
 * stands right before the street or a word of living or an
 * address stands at most 25 characters before it in its clause (a team and a score are written so too: "Sliedrecht 2 in
 * Papendrecht", "de uitslag was Alkmaar 2, Heiloo 0"); never when a number follows the second place. Counts, doses and times after the number are kept out by the caller's house-number pattern ("Sliedrecht 3
 * jaar", "Gorinchem 14 uur"). Stateless and thread-safe.
 */
final class PlaceNamedStreet {

    /** An address label with a colon or bar right before the street: "Nieuw adres: ", "| woonadres | ". */
    private static final Pattern LABEL_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])\\p{L}*adres\\s*[:|]\\s*$");
    /** "te Sliedrecht", "in Hardinxveld-Giessendam", ", Gorinchem" right after the house number. */
    private static final Pattern PLACE_AFTER = Pattern.compile("^(?:\\s*,\\s*|\\s+(?:te|in|op|TE|IN|OP)\\s+)"
            + "(\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:aan|op|in|de|den|het|a/d)\\s+(?:de\\s+|den\\s+)?\\p{Lu}[\\p{L}'’-]+)?)");

    private static final Pattern NUMBER_AFTER = Pattern.compile("\\s*\\d");
    private static final Pattern LIVING_RIGHT_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(?:verhuisd|verhuist|verhuizen|"
            + "verhuizing|woont|wonen|woonde|woonachtig|adres|ingeschreven|ingetrokken)\\s*:?\\s+(?:naar\\s+|op\\s+|aan\\s+)?$");
    private static final Pattern OP_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(?:op|aan)\\s+$");

    private PlaceNamedStreet() {
    }

    /**
     * @param lineStart the start of the line that holds the street
     * @param start     the start of the street's name
     * @param end       the end of the house number
     * @param lower     the street's name in lower case (a place of the lists)
     */
    static boolean holds(String text, int lineStart, int start, int end, String lower, WordLists words) {
        if (LABEL_BEFORE.matcher(text.substring(Math.max(lineStart, start - 30), start)).find()) {
            return true;
        }
        Matcher m = PLACE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 50)));
        if (!m.lookingAt()) {
            return false;
        }
        String place = WordLists.lower(m.group(1));
        // round 15: after "te", "in" or "op" ("Kerkbuurt 9 op Marken") the preposition is the place word that a place
        // which is also a name or an ordinary word needs
        boolean preposition = !m.group().strip().startsWith(",");
        if (place.equals(lower) || !words.isDomesticPlace(place) && !words.isVillage(place)
                && !(preposition && words.isPlaceInContext(place))) {
            return false;
        }
        // "te <place>" names where a house stands; after "in" or a comma a team or a score may stand ("Sliedrecht 2 in
        // Papendrecht", "Sliedrecht 2, Gorinchem 1"): there a word of living or "op"/"aan" before the street is needed
        if (m.group().strip().toLowerCase(java.util.Locale.ROOT).startsWith("te ")) {
            return true;
        }
        // a number after the second place makes a score or a list ("Alkmaar 2, Heiloo 0", "Zwolle 2, Kampen 2")
        if (NUMBER_AFTER.matcher(text).region(end + m.end(), text.length()).lookingAt()) {
            return false;
        }
        int sentence = AddressDetector.sentenceStartBefore(text, start);
        // round 15: "op <island>" only right after "op"/"aan" or a word of moving or living ("verhuisd naar Kerkbuurt 9
        // op Marken"); "woont ... speelt hij in Oosterend 2 op Texel" is a team
        if (m.group().strip().toLowerCase(java.util.Locale.ROOT).startsWith("op ")) {
            return OP_BEFORE.matcher(text.substring(Math.max(sentence, start - 6), start)).find()
                    || LIVING_RIGHT_BEFORE.matcher(text.substring(Math.max(sentence, start - 25), start)).find();
        }
        int near = Math.max(Math.max(sentence, start - 25), text.lastIndexOf(',', start - 1) + 1);
        return OP_BEFORE.matcher(text.substring(Math.max(sentence, start - 6), start)).find()
                || AddressDetector.ADDRESS_CONTEXT.matcher(text).region(near, start).find();
    }
}
