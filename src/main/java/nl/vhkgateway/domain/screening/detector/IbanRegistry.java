package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ISO 13616 IBAN registry as data ({@code iban-registry.txt}, after the SWIFT IBAN Registry): per country code the
 * IBAN's length and the structure of the account part (BBAN), so that an IBAN whose account part holds letters
 * (Romania, Latvia, Bulgaria, Malta ...) is recognised as surely as a Dutch or German one, and a code of the right
 * length whose letters stand where the country has digits is not. Read once; thread-safe.
 */
final class IbanRegistry {

    private static final Pattern ELEMENT = Pattern.compile("(\\d+)!([anc])");

    /** One country's entry: the IBAN's length and the BBAN's shape. */
    record Entry(int length, Pattern bban) {
    }

    private final Map<String, Entry> entries;

    private IbanRegistry(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
    }

    static IbanRegistry bundled() {
        return Holder.BUNDLED;
    }

    /** The entry of the (upper-case) country code, empty when the country has no IBAN. */
    Optional<Entry> entry(String country) {
        return Optional.ofNullable(entries.get(country));
    }

    /** The compact upper-case IBAN has its country's length and account-part structure. */
    boolean fitsCountry(String compact) {
        if (compact.length() < 5) {
            return false;
        }
        Entry entry = entries.get(compact.substring(0, 2));
        return entry != null && compact.length() == entry.length()
                && entry.bban().matcher(compact).region(4, compact.length()).matches();
    }

    static IbanRegistry parse(Iterable<String> lines) {
        Map<String, Entry> entries = new HashMap<>();
        for (String line : lines) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length != 3 || fields[0].length() != 2) {
                throw new IllegalArgumentException("IBAN registry line is not 'CC length structure': " + line);
            }
            entries.put(fields[0], new Entry(Integer.parseInt(fields[1]), structure(fields[2])));
        }
        return new IbanRegistry(entries);
    }

    private static Pattern structure(String notation) {
        StringBuilder regex = new StringBuilder();
        Matcher m = ELEMENT.matcher(notation);
        int at = 0;
        while (m.find()) {
            if (m.start() != at) {
                throw new IllegalArgumentException("IBAN registry structure not understood: " + notation);
            }
            String kind = switch (m.group(2)) {
                case "a" -> "[A-Z]";
                case "n" -> "[0-9]";
                default -> "[A-Z0-9]";
            };
            regex.append(kind).append('{').append(m.group(1)).append('}');
            at = m.end();
        }
        if (at != notation.length()) {
            throw new IllegalArgumentException("IBAN registry structure not understood: " + notation);
        }
        return Pattern.compile(regex.toString());
    }

    private static final class Holder {
        private static final IbanRegistry BUNDLED = load();

        private static IbanRegistry load() {
            List<String> lines = new ArrayList<>();
            WordLists.read("iban-registry.txt", lines::add);
            return parse(lines);
        }
    }
}
