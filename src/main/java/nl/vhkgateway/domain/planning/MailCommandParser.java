package nl.vhkgateway.domain.planning;

import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.submission.SubmissionNumber;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the voorzitter's planning keywords from a mail subject (docs/agenda.md "Mail keywords"), case-insensitive,
 * also after reply and forward prefixes ("Re:", "RE:", "Antw:", "AW:", "Fwd:", "Doorst:", repeated):
 * <pre>
 * AKKOORD   VHT-2026-0042
 * VERPLAATS VHT-2026-0042 2026-12-15        (or 15-12-2026)
 * AFWIJZEN  VHT-2026-0042 reden             (or the reason on the first non-empty line of the body)
 * EXPERT    VHT-2026-0042 naam@organisatie.nl
 * </pre>
 * A subject that does not start with a keyword (as a word of its own) is no command: {@link #parse} is empty. A
 * keyword with a missing or wrong number or argument is a {@link MailCommand.Invalid} with a Dutch explanation.
 * Stateless, thread-safe.
 */
public final class MailCommandParser {

    /** The longest reason taken over (the decline mail's limit). */
    public static final int MAX_REASON_LENGTH = 2000;

    private static final Pattern PREFIX = Pattern.compile("^(?:re|antw|aw|fw|fwd|doorst|wg)\\s*:\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMAND = Pattern.compile("^([A-Za-z]+)(?:\\s+(.*))?$", Pattern.DOTALL);
    private static final Pattern NUMBER_FIRST = Pattern.compile("^(VHT-\\d{4}-\\d{1,9})(?:\\s+(.*))?$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DUTCH_DATE = Pattern.compile("(\\d{1,2})-(\\d{1,2})-(\\d{4})");

    /**
     * @param subject          the decoded subject
     * @param firstBodyLine    the first non-empty line of the body (for a reason not in the subject), or empty
     * @return the command, or empty when the subject holds no keyword
     */
    public Optional<MailCommand> parse(String subject, Optional<String> firstBodyLine) {
        String rest = subject == null ? "" : subject.strip();
        Matcher prefix = PREFIX.matcher(rest);
        while (prefix.find()) {
            rest = rest.substring(prefix.end()).strip();
            prefix = PREFIX.matcher(rest);
        }
        Matcher command = COMMAND.matcher(rest);
        if (!command.matches()) {
            return Optional.empty();
        }
        Optional<MailCommand.Keyword> keyword = MailCommand.Keyword.of(command.group(1));
        if (keyword.isEmpty()) {
            return Optional.empty();
        }
        String arguments = command.group(2) == null ? "" : command.group(2).strip();
        return Optional.of(read(keyword.get(), arguments, firstBodyLine));
    }

    private static MailCommand read(MailCommand.Keyword keyword, String arguments, Optional<String> firstBodyLine) {
        Matcher numbered = NUMBER_FIRST.matcher(arguments);
        Optional<SubmissionNumber> number = numbered.matches()
                ? SubmissionNumber.tryParse(numbered.group(1)) : Optional.empty();
        if (number.isEmpty()) {
            return new MailCommand.Invalid(keyword, Optional.empty(), "Na " + keyword.typed()
                    + " hoort een VHT-nummer, bijvoorbeeld: " + example(keyword));
        }
        String after = numbered.group(2) == null ? "" : numbered.group(2).strip();
        return switch (keyword) {
            case AKKOORD -> after.isEmpty() ? new MailCommand.Accept(number.get())
                    : invalid(keyword, number.get(), "Na AKKOORD en het VHT-nummer hoort niets meer te staan.");
            case VERPLAATS -> date(after).<MailCommand>map(d -> new MailCommand.Move(number.get(), d))
                    .orElseGet(() -> invalid(keyword, number.get(), "Na het VHT-nummer hoort de datum van de "
                            + "bespreking, als 2026-12-15 of 15-12-2026."));
            case AFWIJZEN -> decline(number.get(), after.isEmpty() ? firstBodyLine.map(String::strip).orElse("")
                    : after);
            case EXPERT -> !after.contains(" ") && MailAddress.isValid(after)
                    ? new MailCommand.InviteExpert(number.get(), MailAddress.of(after))
                    : invalid(keyword, number.get(), "Na het VHT-nummer hoort één geldig e-mailadres van de "
                            + "deskundige.");
        };
    }

    private static MailCommand decline(SubmissionNumber number, String reason) {
        if (reason.isBlank()) {
            return invalid(MailCommand.Keyword.AFWIJZEN, number, "Geef een reden op, na het VHT-nummer in het "
                    + "onderwerp of op de eerste regel van het bericht: de vaste deelnemer krijgt die te lezen.");
        }
        if (reason.length() > MAX_REASON_LENGTH) {
            return invalid(MailCommand.Keyword.AFWIJZEN, number, "De reden is te lang (maximaal "
                    + MAX_REASON_LENGTH + " tekens).");
        }
        return new MailCommand.Decline(number, reason);
    }

    private static MailCommand.Invalid invalid(MailCommand.Keyword keyword, SubmissionNumber number, String problem) {
        return new MailCommand.Invalid(keyword, Optional.of(number), problem);
    }

    /** A date as 2026-12-15 or 15-12-2026 (the whole text). */
    static Optional<LocalDate> date(String text) {
        try {
            Matcher iso = ISO_DATE.matcher(text);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
            Matcher dutch = DUTCH_DATE.matcher(text);
            if (dutch.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(dutch.group(3)), Integer.parseInt(dutch.group(2)),
                        Integer.parseInt(dutch.group(1))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** How a keyword is written, for the explanation. */
    public static String example(MailCommand.Keyword keyword) {
        return switch (keyword) {
            case AKKOORD -> "AKKOORD VHT-2026-0042";
            case VERPLAATS -> "VERPLAATS VHT-2026-0042 2026-12-15";
            case AFWIJZEN -> "AFWIJZEN VHT-2026-0042 <reden>";
            case EXPERT -> "EXPERT VHT-2026-0042 naam@organisatie.nl";
        };
    }
}
