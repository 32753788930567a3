package nl.vhkgateway.application.agenda;

import nl.vhkgateway.application.UnitOfWork;
import nl.vhkgateway.application.intake.messages.MailText;
import nl.vhkgateway.domain.audit.AuditEvent;
import nl.vhkgateway.domain.audit.AuditLog;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.outbox.OutboxRepository;
import nl.vhkgateway.domain.planning.MailCommand;
import nl.vhkgateway.domain.planning.PlannedCase;
import nl.vhkgateway.domain.planning.TermRepository;
import nl.vhkgateway.domain.submission.SubmissionId;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies a planning keyword the voorzitter mailed ({@link MailCommand}; the intake recognised and authenticated the
 * mail) through the {@link PlanningService}, with the same rules and errors as the REST calls, and answers the
 * voorzitter in Dutch: a confirmation, or the reason it was not done. <b>Exactly once per mail</b>: in one
 * transaction the key {@code MAILCMD/<submission id>} is claimed in the notice ledger ({@code scheduled_notice}), the
 * decision is applied and the answer is queued in the outbox (tied to the voorzitter's submission, with a
 * Message-ID derived from the key); a crash before the commit leaves nothing (the intake decides again), one after
 * it leaves everything (a second call finds the key and does nothing). The answer holds only the VHT number, dates
 * and the planning error: no card text, no names, not the expert's address. After the commit the decision is
 * written to the audit log ({@code PLANNING_BY_MAIL}; a crash between the commit and that row loses the row, the
 * intake's own {@code INTAKE_DECISION} row for the mail still names the keyword). Thread-safe.
 */
public final class PlanningByMail {

    static final String PURPOSE_ANSWER = "PLANNING_MAIL_ANSWER";
    public static final String AUDIT_ACTION = "PLANNING_BY_MAIL";

    /** What happened to one mail. */
    public enum Result {
        /** The decision was taken; the confirmation is queued. */
        APPLIED,
        /** The decision was not possible (planning rule, unknown number, wrong argument); the error mail is queued. */
        REFUSED,
        /** The mail was handled before (its key is in the ledger); nothing was done now. */
        ALREADY_HANDLED
    }

    private final PlanningService planning;
    private final TermRepository ledger;
    private final OutboxRepository outbox;
    private final AgendaMailComposer composer;
    private final MailAddress voorzitter;
    private final UnitOfWork unitOfWork;
    private final AuditLog audit;
    private final Clock clock;

    public PlanningByMail(PlanningService planning, TermRepository ledger, OutboxRepository outbox,
                          AgendaMailComposer composer, MailAddress voorzitter, UnitOfWork unitOfWork, AuditLog audit,
                          Clock clock) {
        this.planning = Objects.requireNonNull(planning, "planning");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.composer = Objects.requireNonNull(composer, "composer");
        this.voorzitter = Objects.requireNonNull(voorzitter, "voorzitter");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The ledger key of the voorzitter's mail. */
    static String key(SubmissionId mail) {
        return "MAILCMD/" + mail.value();
    }

    /** The Message-ID of the answer to {@code mail} (deterministic). */
    public String answerMessageId(SubmissionId mail) {
        return composer.messageId(key(mail));
    }

    /**
     * @param mail    the voorzitter's mail as stored by the intake (the answer is tied to it in the outbox)
     * @param command what the subject asked
     */
    public Result handle(SubmissionId mail, MailCommand command) {
        Objects.requireNonNull(mail, "mail");
        Objects.requireNonNull(command, "command");
        String key = key(mail);
        String actor = voorzitter.value();
        Optional<Result> done = unitOfWork.inTransaction(() -> {
            Instant now = clock.instant();
            if (!ledger.claimNotice(key, now)) {
                return Optional.<Result>empty();
            }
            Result result;
            MailText answer;
            try {
                PlannedCase changed = apply(command, actor);
                answer = PlanningMailTexts.confirmation(command, changed);
                result = Result.APPLIED;
            } catch (PlanningProblem problem) {
                answer = PlanningMailTexts.notDone(command, problem.getMessage());
                result = Result.REFUSED;
            }
            outbox.add(Optional.of(mail), List.of(composer.compose(PURPOSE_ANSWER, key, List.of(voorzitter), answer,
                    List.of())), now);
            return Optional.of(result);
        });
        if (done.isEmpty()) {
            return Result.ALREADY_HANDLED;
        }
        audit.append(AuditEvent.builder("mail:voorzitter", AUDIT_ACTION)
                .subject(number(command))
                .outcome(done.get().name())
                .reason("MAIL_COMMAND_" + command.keyword().name())
                .detail("submission", Long.toString(mail.value()))
                .build());
        return done.get();
    }

    private PlannedCase apply(MailCommand command, String actor) {
        if (command instanceof MailCommand.Accept accept) {
            return planning.accept(accept.number(), actor);
        }
        if (command instanceof MailCommand.Move move) {
            return planning.move(move.number(), move.meeting(), actor);
        }
        if (command instanceof MailCommand.Decline decline) {
            return planning.decline(decline.number(), decline.reason(), actor);
        }
        if (command instanceof MailCommand.InviteExpert expert) {
            return planning.addExpert(expert.number(), expert.expert().value(), actor);
        }
        MailCommand.Invalid invalid = (MailCommand.Invalid) command;
        throw new PlanningProblem(PlanningProblem.Kind.INVALID, invalid.problem());
    }

    private static String number(MailCommand command) {
        return command.numberIfKnown().map(n -> n.format()).orElse("unknown");
    }
}
