package nl.vhkgateway.bootstrap;

import java.util.Objects;

import nl.vhkgateway.application.health.DependencyCheck;

/**
 * Health check of the gateway's own loops: the mailbox watcher and the outbox dispatcher must be running (a loop
 * that died would leave mail unprocessed while every server is up). Connection trouble of a running loop shows in
 * the mailbox and SMTP checks. Thread-safe.
 */
final class IntakeWorkersCheck implements DependencyCheck {

    private final IntakeRuntime intake;

    IntakeWorkersCheck(IntakeRuntime intake) {
        this.intake = Objects.requireNonNull(intake, "intake");
    }

    @Override
    public String name() {
        return "intakeWorkers";
    }

    @Override
    public void check() {
        if (!intake.watcherStatus().running()) {
            throw new IllegalStateException("the mailbox watcher is not running");
        }
        if (!intake.dispatchStatus().running()) {
            throw new IllegalStateException("the outbox dispatcher is not running");
        }
    }
}
