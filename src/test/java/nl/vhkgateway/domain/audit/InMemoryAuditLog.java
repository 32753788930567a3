package nl.vhkgateway.domain.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The audit log in memory for unit tests, using the same chain as the JDBC log. Thread-safe (synchronised). */
public final class InMemoryAuditLog implements AuditLog {

    private final Clock clock;
    private final List<AuditEntry> entries = new ArrayList<>();
    private ChainHead head = ChainHead.genesis();

    public InMemoryAuditLog(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized AuditEntry append(AuditEvent event) {
        AuditEntry entry = AuditChain.next(head, clock.instant(), event);
        entries.add(entry);
        head = new ChainHead(entry.sequence(), entry.hash());
        return entry;
    }

    @Override
    public synchronized List<AuditEntry> find(AuditQuery query, long offset) {
        return entries.stream().filter(query::matches).skip(offset).limit(query.limit()).toList();
    }

    @Override
    public synchronized long count(AuditQuery query) {
        return entries.stream().filter(query::matches).count();
    }

    @Override
    public synchronized void scan(AuditQuery query, Consumer<AuditEntry> consumer) {
        entries.stream().filter(query::matches).forEach(consumer);
    }

    @Override
    public synchronized ChainHead head() {
        return head;
    }

    @Override
    public synchronized ChainVerification verifyChain() {
        ChainVerifier verifier = new ChainVerifier();
        entries.forEach(verifier::accept);
        return verifier.finish(head);
    }

    /** All rows, oldest first. */
    public synchronized List<AuditEntry> entries() {
        return List.copyOf(entries);
    }
}
