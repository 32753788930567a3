package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vhkgateway.domain.screening.Category;

/**
 * Round 24 (t24-items): a street whose name is also a village or hamlet ("Langeweg", "Bredeweg", "Hoogstraat",
 * "Zuiddijk"), which the address detector leaves alone because a place with a number is often a count ("Moerdijk 3
 * kinderen"). With a strong street ending (-weg, -straat, -laan, -dijk ...), a house number, and either a place right
 * after it (", Swalmen", "(PUTTERSHOEK)", the next table cell; a village that is a surname too counts in that slot) or an address word before it in the sentence ("ADRES
 * VADER: LANGEWEG 201"), it is a street, in capitals too. Not after a preposition of place ("woont in Langeweg 3
 * straten verder": the village), not a year without an addition ("Langeweg 2024"). Stateless and thread-safe.
 */
final class StreetNamedLikePlace {

    private static final Pattern STREET = Pattern.compile("(?<![\\p{L}\\d])(\\p{Lu}[\\p{L}'’-]{2,}?(?i:straat|laan|weg|"
            + "gracht|singel|dreef|plein|steeg|kade|dijk|allee))\\s+(\\d{1,4})(\\s?[a-zA-Z](?![\\p{L}\\d])|-(?:[A-Za-z]|"
            + "I{1,3}|IV|\\d{1,3})(?![\\p{L}\\d]))?(?![\\d:.,/-]\\d|\\d|\\s?%|\\s?(?i:jaar|keer|uur|kg|km|cm|m|meter|euro|"
            + "min|minuten|weken|week|dagen|dag|maanden|x|kinderen|personen|procent|punten|stuks|nachten|kamers|straten|"
            + "huizen|woningen|mg|ml|gram|e|ste|de)(?![\\p{L}]))");
    /** A place right after the number: ", Swalmen", " | Swalmen", " (PUTTERSHOEK)", "  Swalmen" in a list line. */
    private static final Pattern PLACE_AFTER = Pattern.compile("\\s*[,|(]\\s*(\\p{Lu}[\\p{L}'’-]+)");
    /** After the place another member of a list of places: "Moerdijk 2, Fijnaart en Klundert" (review ra). */
    private static final Pattern LIST_AFTER = Pattern.compile("\\s*(?:,|&|en|of)\\s*\\p{Lu}");
    /**
     * Narrowed after review: with only an address word before it, the number closes the clause or a preposition or
     * conjunction follows ("ingeschreven op Bredeweg 9 bij haar zus"); a lower-case noun after it is a count's unit
     * ("Zaandijk 2 mnd", "Moerdijk 4 ritten", "Kinderdijk 3 uren", "Zaandijk 4 kilometer").
     */
    private static final Pattern NUMBER_ENDS = Pattern.compile("(?u)\\s*(?:$|[.,;:!?)\\]|\\n\\t(/]|\\s+(?i:bij|met|in|"
            + "te|sinds|tot|samen|en|maar|want|waar|om|is|was|wordt|werd|op|van|naast|via|zodat|omdat|tegenover)"
            + "(?![\\p{L}]))");
    /** Words of the address context that mean something else here: "bezorgd" (worried), "bezorgdheid". */
    private static final Pattern NOT_ADDRESS = Pattern.compile("(?iu)bezorgd\\p{L}*");
    /** The address word stands close before the street: within this many words ("ADRES VADER: LANGEWEG 201"). */
    private static final int ADDRESS_WORDS = 4;
    private static final Pattern PLACE_PREPOSITION_BEFORE = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:in|te|uit|naar|vanuit|nabij|bij|rond|richting|tussen|en|of)\\s+$");

    private StreetNamedLikePlace() {
    }

    static void find(String text, WordLists words, List<Span> spans) {
        Matcher m = STREET.matcher(text);
        while (m.find()) {
            String lower = WordLists.lower(m.group(1));
            if (!words.isDomesticPlace(lower) || overlaps(spans, m.start(1), m.end())) {
                continue;
            }
            String letter = m.group(3);
            int number = Integer.parseInt(m.group(2));
            if (letter == null && number >= 1900 && number <= 2099) {
                continue; // "Langeweg 2024": a year
            }
            if (PLACE_PREPOSITION_BEFORE.matcher(text.substring(Math.max(0, m.start() - 10), m.start())).find()) {
                continue; // "woont in Langeweg 3 straten verder": the village
            }
            int sentence = AddressDetector.sentenceStartBefore(text, m.start());
            Matcher after = PLACE_AFTER.matcher(text).region(m.end(), text.length());
            boolean placeFound = after.lookingAt();
            if (placeFound && LIST_AFTER.matcher(text).region(after.end(), text.length()).lookingAt()) {
                continue; // "Zevenbergen, Moerdijk 2, Fijnaart en Klundert": a list of places
            }
            boolean placeAfter = placeFound && !after.group(1).equalsIgnoreCase(m.group(1))
                    && placeInSlot(WordLists.lower(after.group(1)), words);
            boolean addressBefore = addressWordClose(text, sentence, m.start())
                    && NUMBER_ENDS.matcher(text).region(m.end(), text.length()).lookingAt();
            if (addressBefore || placeAfter) {
                spans.add(new Span(m.start(1), m.end(), Category.ADDRESS, AddressDetector.NAME));
            }
        }
    }

    /** An address word (not "bezorgd") among the last few words before the street, inside its sentence. */
    private static boolean addressWordClose(String text, int sentence, int street) {
        int from = street;
        int seen = 0;
        while (from > sentence && seen < ADDRESS_WORDS) {
            int i = from;
            while (i > sentence && Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            while (i > sentence && !Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            from = i;
            seen++;
        }
        Matcher word = AddressDetector.ADDRESS_CONTEXT.matcher(text).region(from, street);
        while (word.find()) {
            if (!NOT_ADDRESS.matcher(word.group()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** After a street and its number the next word stands where the place does: villages that are names count too. */
    private static boolean placeInSlot(String lower, WordLists words) {
        return words.isPlaceInContext(lower) || words.isVillage(lower);
    }

    private static boolean overlaps(List<Span> spans, int start, int end) {
        for (Span s : spans) {
            if (s.start() < end && start < s.end()) {
                return true;
            }
        }
        return false;
    }
}
