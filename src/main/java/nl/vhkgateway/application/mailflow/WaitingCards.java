package nl.vhkgateway.application.mailflow;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The messages that wait in the INBOX to be handled, each with the time an INBOX pass first saw it: what a pass
 * could not finish yet (stored but not delivered, retrying, or failing), not the ones set aside on purpose (ERROR,
 * QUARANTINED), which wait for the beheerder. The watcher warns when the oldest waits too long (issue 13: a card
 * that sits in the INBOX for minutes while health says UP). Times are those of this process: a restart starts
 * counting again. Holds UIDs only, no content. Thread-safe.
 */
public final class WaitingCards {

    private final Clock clock;
    private Map<Long, Instant> firstSeen = Map.of();
    private long uidValidity = -1;

    public WaitingCards(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records the outcome of a complete INBOX pass: {@code waitingUids} are still waiting; the others are no longer
     * tracked. A UID seen before keeps its first-seen time (unless the UIDVALIDITY changed).
     */
    public synchronized void update(long currentUidValidity, Collection<Long> waitingUids) {
        Instant now = clock.instant();
        Map<Long, Instant> next = new HashMap<>();
        for (Long uid : waitingUids) {
            Instant seen = currentUidValidity == uidValidity ? firstSeen.get(uid) : null;
            next.put(uid, seen == null ? now : seen);
        }
        firstSeen = next;
        uidValidity = currentUidValidity;
    }

    /** @return the UID that has waited longest, with the time it was first seen, if any waits */
    public synchronized Optional<Map.Entry<Long, Instant>> oldest() {
        return firstSeen.entrySet().stream().min(Map.Entry.comparingByValue()).map(e -> Map.entry(e.getKey(), e.getValue()));
    }

    /** @return since when the longest-waiting message waits */
    public Optional<Instant> oldestSince() {
        return oldest().map(Map.Entry::getValue);
    }

    /** @return how many messages wait */
    public synchronized int count() {
        return firstSeen.size();
    }
}
