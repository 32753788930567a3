package nl.vhkgateway.application.leadership;

import nl.vhkgateway.application.mailflow.OutboxGuard;
import nl.vhkgateway.domain.outbox.OutboxMessage;

import java.util.Objects;

/**
 * The last check before an SMTP delivery, which no database can fence: the database must confirm, right now, that
 * this instance still holds the role's lease ({@link Leadership#confirm}); otherwise the send is not attempted (its
 * write of the retry is refused by the fencing check as well). The new leader has taken the message over at once
 * (its fencing token is higher than the one the claim recorded) and treats it as in doubt: it looks for it at the
 * recipient before sending it ({@code InDoubtDeliveries}). What remains is the moment between this check and the end
 * of the SMTP conversation: a process paused exactly there for longer than the leader lease may still deliver once
 * more (with the same Message-ID) after the new leader looked. Then the wrapped guard decides as before. Thread-safe.
 */
public final class LeaderOnlyOutboxGuard implements OutboxGuard {

    private final Leadership leadership;
    private final LeadershipRole role;
    private final OutboxGuard next;

    public LeaderOnlyOutboxGuard(Leadership leadership, LeadershipRole role, OutboxGuard next) {
        this.leadership = Objects.requireNonNull(leadership, "leadership");
        this.role = Objects.requireNonNull(role, "role");
        this.next = Objects.requireNonNull(next, "next");
    }

    @Override
    public Verdict beforeSend(OutboxMessage message, byte[] rawMime) {
        if (!leadership.confirm(role)) {
            throw new NotTheLeaderException(role);
        }
        return next.beforeSend(message, rawMime);
    }

    /** This instance no longer leads the role: nothing was sent. */
    public static final class NotTheLeaderException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        public NotTheLeaderException(LeadershipRole role) {
            super("This instance no longer leads " + role.key() + ": not sending");
        }
    }
}
