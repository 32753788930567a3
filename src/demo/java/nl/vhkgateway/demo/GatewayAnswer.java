package nl.vhkgateway.demo;

import nl.vhkgateway.application.sender.SenderRefusalReason;
import nl.vhkgateway.domain.mail.GatewayHeaders;
import nl.vhkgateway.domain.screening.Category;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The gateway's answer to one sent message, read from the answer's headers only (subject and the gateway's
 * {@link GatewayHeaders}): accepted with its submission number and where the card went, or refused with the reason
 * codes. Immutable.
 *
 * @param subject the answer's subject
 * @param outcome {@link GatewayHeaders#ACCEPTED}, {@link GatewayHeaders#REFUSED}, or "" for another answer (e.g. a
 *                handover confirmation)
 * @param number  the submission number of an accepted card ("" otherwise)
 * @param sentTo  where an accepted card went, as roles ("voorzitter, rvdk"; "" otherwise)
 * @param reasons the reason codes of a refusal
 */
public record GatewayAnswer(String subject, String outcome, String number, String sentTo, List<String> reasons) {

    public GatewayAnswer {
        reasons = List.copyOf(reasons);
    }

    /** From the raw header values (null when absent). */
    static GatewayAnswer of(String subject, String outcome, String number, String sentTo, String reasons) {
        return new GatewayAnswer(subject == null ? "" : subject, trim(outcome), trim(number), trim(sentTo),
                trim(reasons).isEmpty() ? List.of()
                        : Arrays.stream(trim(reasons).split("\\s*,\\s*")).filter(r -> !r.isEmpty()).toList());
    }

    public boolean accepted() {
        return GatewayHeaders.ACCEPTED.equals(outcome);
    }

    public boolean refused() {
        return GatewayHeaders.REFUSED.equals(outcome);
    }

    /** The reasons in Dutch, e.g. "naam van een persoon", "verplichte onderdelen ontbreken of zijn leeg". */
    public List<String> dutchReasons() {
        return reasons.stream().map(GatewayAnswer::dutch).toList();
    }

    private static String dutch(String code) {
        if (code.equals("MISSING_SECTIONS")) {
            return "verplichte onderdelen ontbreken of zijn leeg";
        }
        Optional<String> category = Arrays.stream(Category.values()).filter(c -> c.name().equals(code))
                .map(Category::dutchDescription).findFirst();
        if (category.isPresent()) {
            return category.get();
        }
        return Arrays.stream(SenderRefusalReason.values()).filter(r -> r.name().equals(code))
                .map(SenderRefusalReason::dutchExplanation).findFirst()
                .orElse(code.toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
