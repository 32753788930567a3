package nl.vhkgateway.bootstrap;

import nl.vhkgateway.application.health.DegradedException;
import nl.vhkgateway.interfaces.mailbox.WatcherSettings;
import nl.vhkgateway.interfaces.mailbox.WorkerStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import nl.vhkgateway.application.health.DependencyCheck;

/**
 * Health check of the gateway's own loops: the mailbox watcher and the outbox dispatcher must be running (a loop
 * that died would leave mail unprocessed while every server is up). Connection trouble of a running loop shows in
 * the mailbox and SMTP checks. DEGRADED while the watcher waits to reconnect (with its next attempt) and while a
 * message has waited in the INBOX longer than the warning threshold. Thread-safe.
 */
final class IntakeWorkersCheck implements DependencyCheck {

    private final IntakeRuntime intake;
    private final Duration waitingWarning;
    private final Clock clock;

    IntakeWorkersCheck(IntakeRuntime intake) {
        this(intake, WatcherSettings.defaults().waitingWarning(), Clock.systemUTC());
    }

    IntakeWorkersCheck(IntakeRuntime intake, Duration waitingWarning, Clock clock) {
        this.intake = Objects.requireNonNull(intake, "intake");
        this.waitingWarning = Objects.requireNonNull(waitingWarning, "waitingWarning");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String name() {
        return "intakeWorkers";
    }

    @Override
    public void check() throws DegradedException {
        WorkerStatus watcher = intake.watcherStatus();
        if (!watcher.running()) {
            throw new IllegalStateException("the mailbox watcher is not running");
        }
        if (!intake.dispatchStatus().running()) {
            throw new IllegalStateException("the outbox dispatcher is not running");
        }
        Optional<String> degradation = watcher.degradation();
        if (degradation.isPresent()) {
            throw new DegradedException("intake mailbox watcher " + degradation.get());
        }
        Optional<Instant> waitingSince = watcher.oldestWaitingSince();
        if (waitingSince.isPresent()) {
            Duration waited = Duration.between(waitingSince.get(), clock.instant());
            if (waited.compareTo(waitingWarning) > 0) {
                throw new DegradedException("a message has waited " + waited.toSeconds() + " s in the intake INBOX "
                        + "(since " + waitingSince.get() + ")");
            }
        }
    }
}
