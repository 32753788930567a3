package nl.vhkgateway.application.agenda;

import nl.vhkgateway.application.UnitOfWork;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.outbox.OutboxRepository;
import nl.vhkgateway.domain.participant.ParticipantId;
import nl.vhkgateway.domain.participant.ParticipantRepository;
import nl.vhkgateway.domain.planning.CaseTerm;
import nl.vhkgateway.domain.planning.MeetingPlanner;
import nl.vhkgateway.domain.planning.ReminderKind;
import nl.vhkgateway.domain.planning.ReminderRule;
import nl.vhkgateway.domain.planning.TermRepository;
import nl.vhkgateway.domain.planning.WeeklyOverview;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Sends what is due now, each exactly once: the reminders of the open terms to the vaste deelnemer who sent the case
 * ({@link ReminderRule}: near and passed, on working days), and on Monday from {@value #OVERVIEW_HOUR}:00
 * (Europe/Amsterdam) the weekly overview of open and overdue terms to the voorzitter. Each notice claims a key in the
 * notice ledger and queues its mail in the outbox in <b>one transaction</b>, so a crash (kill -9) before the commit
 * leaves neither, and a run after the commit finds the key: never twice, never lost. Run it as often as you like.
 * Thread-safe.
 */
public final class ReminderService {

    static final String PURPOSE_REMINDER = "TERM_REMINDER";
    static final String PURPOSE_OVERVIEW = "TERM_OVERVIEW";
    static final int OVERVIEW_HOUR = 8;

    private final TermRepository terms;
    private final ReminderRule rule;
    private final OutboxRepository outbox;
    private final ParticipantRepository participants;
    private final AgendaMailComposer composer;
    private final MailAddress voorzitter;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ReminderService(TermRepository terms, ReminderRule rule, OutboxRepository outbox,
                           ParticipantRepository participants, AgendaMailComposer composer, MailAddress voorzitter,
                           UnitOfWork unitOfWork, Clock clock) {
        this.terms = Objects.requireNonNull(terms, "terms");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.participants = Objects.requireNonNull(participants, "participants");
        this.composer = Objects.requireNonNull(composer, "composer");
        this.voorzitter = Objects.requireNonNull(voorzitter, "voorzitter");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Queues every notice due now that was not queued before; returns how many were queued. */
    public int run() {
        Instant now = clock.instant();
        ZonedDateTime local = now.atZone(MeetingPlanner.TEAM_ZONE);
        LocalDate today = local.toLocalDate();
        List<CaseTerm> undone = terms.undone();
        int queued = 0;
        for (CaseTerm term : undone) {
            for (ReminderKind kind : ReminderKind.values()) {
                if (rule.isDue(term.term(), kind, today) && remind(term, kind, now)) {
                    queued++;
                }
            }
        }
        if (local.getDayOfWeek() == DayOfWeek.MONDAY && !local.toLocalTime().isBefore(LocalTime.of(OVERVIEW_HOUR, 0))) {
            String key = "OVERVIEW/" + today;
            WeeklyOverview overview = WeeklyOverview.of(today, undone);
            boolean sent = unitOfWork.inTransaction(() -> {
                if (!terms.claimNotice(key, now)) {
                    return false;
                }
                outbox.add(Optional.empty(), List.of(composer.compose(PURPOSE_OVERVIEW, key, List.of(voorzitter),
                        ReminderTexts.weeklyOverview(overview), List.of())), now);
                return true;
            });
            queued += sent ? 1 : 0;
        }
        return queued;
    }

    private boolean remind(CaseTerm term, ReminderKind kind, Instant now) {
        Optional<MailAddress> to = term.participantId().flatMap(id -> participants.findById(new ParticipantId(id)))
                .map(p -> p.mailAddress());
        if (to.isEmpty()) {
            return false;   // no registered vaste deelnemer any more: the weekly overview still lists the term
        }
        String key = "REMINDER/" + term.number().format() + "/" + term.term().kind() + "/" + term.term().due() + "/"
                + kind;
        return unitOfWork.inTransaction(() -> {
            if (!terms.claimNotice(key, now)) {
                return false;
            }
            outbox.add(Optional.of(term.submission()), List.of(composer.compose(PURPOSE_REMINDER, key,
                    List.of(to.get()), ReminderTexts.reminder(term, kind), List.of())), now);
            return true;
        });
    }
}
