package nl.vhkgateway.interfaces.mailbox;

import java.time.Duration;
import java.util.Objects;

/**
 * Timing of the {@link MailboxWatcher}. Validated at construction. Immutable.
 *
 * @param pollInterval     wait between INBOX passes when the server has no IDLE (or IDLE is disabled)
 * @param idleRenewal      longest single IDLE before a fresh pass (servers drop IDLE after ~30 minutes; NATs sooner)
 * @param reconnectInitial wait before the first reconnect after the connection was lost
 * @param reconnectMax     upper bound of the doubling reconnect wait (the wait starts again at reconnectInitial
 *                         after a pass succeeded)
 * @param waitingWarning   a message that waits in the INBOX longer than this is logged as a warning (once)
 * @param workers          threads that screen, route and send submissions concurrently (0: all on the watcher's
 *                         thread, one at a time)
 */
public record WatcherSettings(Duration pollInterval, Duration idleRenewal, Duration reconnectInitial, Duration reconnectMax,
                              Duration waitingWarning, int workers) {

    public WatcherSettings(Duration pollInterval, Duration idleRenewal, Duration reconnectInitial, Duration reconnectMax) {
        this(pollInterval, idleRenewal, reconnectInitial, reconnectMax, Duration.ofSeconds(60), defaultWorkers());
    }

    /**
     * Four workers per CPU, at least 8 and at most 16. A worker spends most of a card waiting, not computing: for the
     * database (about eight commits, each a log flush), the SMTP server and the screening pool; with one worker per
     * CPU the two cores of the benchmark machine stayed half idle (issue 13: 8 workers carried 46 to 54 warm cards/s
     * against 26 to 29 with 2). At most 16 so that the workers never wait for the database pool (20 connections).
     */
    public static int defaultWorkers() {
        return Math.min(16, Math.max(8, 4 * Runtime.getRuntime().availableProcessors()));
    }

    public WatcherSettings {
        requirePositive(pollInterval, "pollInterval");
        requirePositive(idleRenewal, "idleRenewal");
        requirePositive(reconnectInitial, "reconnectInitial");
        requirePositive(reconnectMax, "reconnectMax");
        requirePositive(waitingWarning, "waitingWarning");
        if (workers < 0 || workers > 64) {
            throw new IllegalArgumentException("workers must be between 0 and 64");
        }
        if (reconnectMax.compareTo(reconnectInitial) < 0) {
            throw new IllegalArgumentException("reconnectMax must be >= reconnectInitial");
        }
        if (idleRenewal.compareTo(Duration.ofMinutes(29)) > 0) {
            throw new IllegalArgumentException("idleRenewal must be at most 29 minutes (RFC 2177)");
        }
    }

    /**
     * Poll every 30 s, renew IDLE every 5 min, reconnect after 2 s doubling to 15 s (a card mailed during an outage
     * is handled within seconds of the server's return; a login attempt every 15 s costs a server nothing), warn
     * after 60 s waiting.
     */
    public static WatcherSettings defaults() {
        return new WatcherSettings(Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofSeconds(2), Duration.ofSeconds(15),
                Duration.ofSeconds(60), defaultWorkers());
    }

    public WatcherSettings withPollInterval(Duration value) {
        return new WatcherSettings(value, idleRenewal, reconnectInitial, reconnectMax, waitingWarning, workers);
    }

    public WatcherSettings withIdleRenewal(Duration value) {
        return new WatcherSettings(pollInterval, value, reconnectInitial, reconnectMax, waitingWarning, workers);
    }

    public WatcherSettings withReconnect(Duration initial, Duration max) {
        return new WatcherSettings(pollInterval, idleRenewal, initial, max, waitingWarning, workers);
    }

    public WatcherSettings withWorkers(int value) {
        return new WatcherSettings(pollInterval, idleRenewal, reconnectInitial, reconnectMax, waitingWarning, value);
    }

    public WatcherSettings withWaitingWarning(Duration value) {
        return new WatcherSettings(pollInterval, idleRenewal, reconnectInitial, reconnectMax, value, workers);
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
