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
            boolean addressBefore = AddressDetector.ADDRESS_CONTEXT.matcher(text).region(sentence, m.start()).find();
            Matcher after = PLACE_AFTER.matcher(text).region(m.end(), text.length());
            boolean placeAfter = after.lookingAt() && !after.group(1).equalsIgnoreCase(m.group(1))
                    && placeInSlot(WordLists.lower(after.group(1)), words);
            if (addressBefore || placeAfter) {
                spans.add(new Span(m.start(1), m.end(), Category.ADDRESS, AddressDetector.NAME));
            }
        }
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
