package nl.vhkgateway.application.mailflow;

import java.time.Duration;
import java.util.Objects;

/**
 * How hard the pipeline retries. Validated at construction (fail fast on bad configuration). Immutable.
 *
 * @param maxAttempts    attempts per step (routing of a submission, sending of an outbox message) before ERROR
 * @param initialBackoff wait after the first failed attempt; doubled after every further failure
 * @param maxBackoff     upper bound of the wait
 * @param sendingLease   how long a claimed (SENDING) outbox message belongs to its dispatcher; after that it is
 *                       considered interrupted and sent again. Must exceed the SMTP timeouts.
 * @param batchSize      how many submissions / outbox messages one pass handles at most
 * @param maxMessageBytes larger messages are recorded (metadata only) in ERROR instead of stored; must stay below
 *                       the database's max_allowed_packet (MariaDB default 16 MB)
 */
public record MailflowSettings(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration sendingLease,
                             int batchSize, int maxMessageBytes) {

    public MailflowSettings {
        if (maxAttempts < 1 || maxAttempts > 100) {
            throw new IllegalArgumentException("maxAttempts must be 1..100, was " + maxAttempts);
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(sendingLease, "sendingLease");
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("Backoff must satisfy 0 <= initialBackoff <= maxBackoff");
        }
        if (sendingLease.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("sendingLease must be at least 1 second");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
        if (maxMessageBytes < 1024) {
            throw new IllegalArgumentException("maxMessageBytes must be at least 1024");
        }
    }

    /** 5 attempts, 30 s doubling to at most 30 min, a 5 minute sending lease, batches of 50, messages up to 15 MB. */
    public static MailflowSettings defaults() {
        return new MailflowSettings(5, Duration.ofSeconds(30), Duration.ofMinutes(30), Duration.ofMinutes(5), 50,
                15 * 1024 * 1024);
    }

    /** The wait before the next attempt after {@code failedAttempts} failures (1 = first failure). */
    public Duration backoffAfter(int failedAttempts) {
        Duration wait = initialBackoff;
        for (int i = 1; i < failedAttempts && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    public MailflowSettings withMaxAttempts(int value) {
        return new MailflowSettings(value, initialBackoff, maxBackoff, sendingLease, batchSize, maxMessageBytes);
    }

    public MailflowSettings withBackoff(Duration initial, Duration max) {
        return new MailflowSettings(maxAttempts, initial, max, sendingLease, batchSize, maxMessageBytes);
    }

    public MailflowSettings withSendingLease(Duration value) {
        return new MailflowSettings(maxAttempts, initialBackoff, maxBackoff, value, batchSize, maxMessageBytes);
    }

    public MailflowSettings withMaxMessageBytes(int value) {
        return new MailflowSettings(maxAttempts, initialBackoff, maxBackoff, sendingLease, batchSize, value);
    }
}
