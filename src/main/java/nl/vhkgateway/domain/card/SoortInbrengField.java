package nl.vhkgateway.domain.card;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the Soort inbreng field: ticked box or written option, with the usual wordings ("eerste inbreng",
 * "vervolg", "monitoring", "overdracht"). A field that still lists every option without a choice, or chooses two,
 * is not answered. Stateless and thread-safe.
 */
public final class SoortInbrengField {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Choices<SoortInbreng> CHOICES = new Choices<>(Map.of(
            SoortInbreng.EERSTE_INBRENG,
            Pattern.compile("\\b(?:eerste\\s*(?:inbreng|bespreking|keer)|nieuwe\\s+inbreng)", FLAGS),
            SoortInbreng.VERVOLGBESPREKING, Pattern.compile("\\bvervolg\\w*", FLAGS),
            SoortInbreng.MONITORING, Pattern.compile("\\bmonitor\\w*", FLAGS),
            SoortInbreng.OVERDRACHT, Pattern.compile("\\boverdracht\\w*", FLAGS)));
    private static final Pattern OPTION_LIST = Pattern.compile("(?:\\s*(?:/|\\bof\\b|,)\\s*)");

    private SoortInbrengField() {
    }

    /** The one kind of submission the value chooses, if it clearly chooses one. */
    public static Optional<SoortInbreng> read(String value) {
        Choices.Answer<SoortInbreng> answer = CHOICES.read(value);
        if (answer.boxes()) {
            return answer.single() ? Optional.of(answer.chosen().get(0)) : Optional.empty();
        }
        if (answer.chosen().isEmpty()) {
            return Optional.empty();
        }
        if (answer.chosen().size() >= 3 || (answer.chosen().size() == 2 && looksLikeOptionList(value))) {
            return Optional.empty();
        }
        // "Vervolgbespreking (eerste inbreng was VHT-2025-0042)": the option named first is the answer.
        return Optional.of(answer.chosen().get(0));
    }

    /** "Eerste inbreng / Vervolgbespreking" or "Monitoring of overdracht": the template's list, not a choice. */
    private static boolean looksLikeOptionList(String value) {
        String stripped = value.replaceAll("(?i)eerste\\s*inbreng|vervolg\\w*|monitor\\w*|overdracht\\w*", "")
                .replaceAll("[.:;]", "");
        return OPTION_LIST.matcher(stripped).replaceAll("").isBlank();
    }
}
