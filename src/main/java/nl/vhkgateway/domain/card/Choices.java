package nl.vhkgateway.domain.card;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads which option of a closed question a field answers, the way people fill a Word template: by ticking a box
 * ("☒ Eerste inbreng ☐ Vervolgbespreking", "[x] Ja [ ] Nee", Wingdings boxes), or by writing (or keeping) only the
 * option that applies ("Vervolgbespreking"). Stateless and thread-safe.
 *
 * @param <T> the option type
 */
public final class Choices<T> {

    /** Marks of a ticked box: ☒ ☑ ✓ ✔ ✗ ✘ ■ ⊠, [x], (x), and the Wingdings/Symbol private-use boxes. */
    private static final String CHECKED = "(?:[\\u2612\\u2611\\u2713\\u2714\\u2717\\u2718\\u25A0\\u22A0\\uF0FE\\uF0FD\\uF078\\uF0FC]"
            + "|\\[\\s*[xX\\u2713\\u2714]\\s*]|\\(\\s*[xX]\\s*\\))";
    /** Marks of an empty box: ☐ □ ○ [ ] ( ) and the Wingdings empty box. */
    private static final String UNCHECKED = "(?:[\\u2610\\u25A1\\u25CB\\uF0A8\\uF06F]|\\[\\s*]|\\(\\s*\\))";
    private static final Pattern ANY_MARK = Pattern.compile(CHECKED + "|" + UNCHECKED);
    private static final Pattern CHECKED_MARK = Pattern.compile(CHECKED);

    private final Map<T, Pattern> options;

    /** @param options each option with the pattern that recognises its wording (matched case-insensitively) */
    public Choices(Map<T, Pattern> options) {
        this.options = Map.copyOf(options);
    }

    /** The result of reading a field. */
    public record Answer<T>(List<T> chosen, boolean boxes) {
        /** Exactly one option chosen. */
        public boolean single() {
            return chosen.size() == 1;
        }
    }

    /**
     * The options the value chooses. With tick boxes: the options whose box is ticked (the mark directly before the
     * option, or directly after it when marks follow the options). Without boxes: the options written, in order.
     */
    public Answer<T> read(String value) {
        List<Hit<T>> hits = new ArrayList<>();
        for (Map.Entry<T, Pattern> option : options.entrySet()) {
            Matcher matcher = option.getValue().matcher(value);
            if (matcher.find()) {
                hits.add(new Hit<>(option.getKey(), matcher.start(), matcher.end()));
            }
        }
        hits.sort((a, b) -> Integer.compare(a.start, b.start));
        if (!ANY_MARK.matcher(value).find()) {
            return new Answer<>(hits.stream().map(Hit::option).toList(), false);
        }
        List<T> chosen = new ArrayList<>();
        boolean marksBefore = markDirectlyBefore(value, hits);
        for (int i = 0; i < hits.size(); i++) {
            Hit<T> hit = hits.get(i);
            String around = marksBefore
                    ? value.substring(i == 0 ? 0 : hits.get(i - 1).end, hit.start)
                    : value.substring(hit.end, i + 1 < hits.size() ? hits.get(i + 1).start : value.length());
            Matcher mark = ANY_MARK.matcher(around);
            // The mark that belongs to the option is the one nearest to it.
            String nearest = null;
            while (mark.find()) {
                nearest = mark.group();
                if (!marksBefore) {
                    break;
                }
            }
            if (nearest != null && CHECKED_MARK.matcher(nearest).matches()) {
                chosen.add(hit.option);
            }
        }
        return new Answer<>(List.copyOf(chosen), true);
    }

    /** True when the boxes stand before their options ("☒ Ja ☐ Nee"), false when after ("Ja ☒ Nee ☐"). */
    private static <T> boolean markDirectlyBefore(String value, List<Hit<T>> hits) {
        if (hits.isEmpty()) {
            return true;
        }
        String before = value.substring(0, hits.get(0).start);
        return ANY_MARK.matcher(before).find() || !ANY_MARK.matcher(value.substring(hits.get(hits.size() - 1).end)).find();
    }

    private record Hit<T>(T option, int start, int end) {
    }
}
