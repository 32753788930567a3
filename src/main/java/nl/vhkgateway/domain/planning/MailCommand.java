package nl.vhkgateway.domain.planning;

import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.submission.SubmissionNumber;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A planning decision the voorzitter sent by mail (a keyword and a VHT number in the subject, docs/agenda.md "Mail
 * keywords"), as read by {@link MailCommandParser}: either a complete command or a keyword whose arguments are
 * missing or wrong, with a Dutch explanation for the answer. Immutable.
 */
public sealed interface MailCommand {

    /** The keyword the subject started with. */
    Keyword keyword();

    /** The VHT number the command is about, when one was readable. */
    Optional<SubmissionNumber> numberIfKnown();

    /** The keywords, one per planning decision (the REST calls accept, move, decline, experts). */
    enum Keyword {
        AKKOORD, VERPLAATS, AFWIJZEN, EXPERT;

        /** The keyword as the voorzitter types it, e.g. "AKKOORD". */
        public String typed() {
            return name();
        }

        static Optional<Keyword> of(String word) {
            String upper = word.toUpperCase(Locale.ROOT);
            for (Keyword k : values()) {
                if (k.name().equals(upper)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    /** AKKOORD VHT-2026-0042: accept the proposal. */
    record Accept(SubmissionNumber number) implements MailCommand {
        public Accept {
            Objects.requireNonNull(number, "number");
        }

        @Override
        public Optional<SubmissionNumber> numberIfKnown() {
            return Optional.of(number);
        }

        @Override
        public Keyword keyword() {
            return Keyword.AKKOORD;
        }
    }

    /** VERPLAATS VHT-2026-0042 2026-12-15: plan the case on that meeting. */
    record Move(SubmissionNumber number, LocalDate meeting) implements MailCommand {
        public Move {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(meeting, "meeting");
        }

        @Override
        public Optional<SubmissionNumber> numberIfKnown() {
            return Optional.of(number);
        }

        @Override
        public Keyword keyword() {
            return Keyword.VERPLAATS;
        }
    }

    /** AFWIJZEN VHT-2026-0042 reden: decline; the reason goes to the vaste deelnemer. Holds free text: never log. */
    record Decline(SubmissionNumber number, String reason) implements MailCommand {
        public Decline {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Optional<SubmissionNumber> numberIfKnown() {
            return Optional.of(number);
        }

        @Override
        public Keyword keyword() {
            return Keyword.AFWIJZEN;
        }

        @Override
        public String toString() {
            return "Decline[" + number.format() + ", reason of " + reason.length() + " characters]";
        }
    }

    /** EXPERT VHT-2026-0042 naam@organisatie.nl: invite an expert. */
    record InviteExpert(SubmissionNumber number, MailAddress expert) implements MailCommand {
        public InviteExpert {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(expert, "expert");
        }

        @Override
        public Optional<SubmissionNumber> numberIfKnown() {
            return Optional.of(number);
        }

        @Override
        public Keyword keyword() {
            return Keyword.EXPERT;
        }

        @Override
        public String toString() {
            return "InviteExpert[" + number.format() + "]";
        }
    }

    /**
     * A keyword whose number or argument is missing or wrong.
     *
     * @param number  the number, when one was readable
     * @param problem a Dutch explanation for the voorzitter (no text from the mail)
     */
    record Invalid(Keyword keyword, Optional<SubmissionNumber> number, String problem) implements MailCommand {
        public Invalid {
            Objects.requireNonNull(keyword, "keyword");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(problem, "problem");
        }

        @Override
        public Optional<SubmissionNumber> numberIfKnown() {
            return number;
        }
    }
}
