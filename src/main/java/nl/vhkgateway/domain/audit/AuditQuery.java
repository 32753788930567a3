package nl.vhkgateway.domain.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A filter on the audit log: every given criterion must match (exact match on codes and ids; {@code from}
 * inclusive, {@code to} exclusive). Rows come in sequence order, starting after {@code afterSequence}, at most
 * {@code limit} of them. Immutable; build with {@link #all()} and the {@code with*} methods.
 */
public record AuditQuery(Optional<String> actor,
                         Optional<String> action,
                         Optional<String> subject,
                         Optional<String> subjectAlias,
                         Optional<String> outcome,
                         Optional<Instant> from,
                         Optional<Instant> to,
                         long afterSequence,
                         int limit) {

    /** Largest page a caller may ask for. */
    public static final int MAX_LIMIT = 1000;

    public AuditQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(subjectAlias, "subjectAlias");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (afterSequence < 0) {
            throw new IllegalArgumentException("afterSequence must be 0 or more");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    /** Everything, first page of {@link #MAX_LIMIT} rows. */
    public static AuditQuery all() {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), 0, MAX_LIMIT);
    }

    public AuditQuery withActor(String value) {
        return new AuditQuery(Optional.of(value), action, subject, subjectAlias, outcome, from, to, afterSequence, limit);
    }

    public AuditQuery withAction(String value) {
        return new AuditQuery(actor, Optional.of(value), subject, subjectAlias, outcome, from, to, afterSequence, limit);
    }

    public AuditQuery withSubject(String value) {
        return new AuditQuery(actor, action, Optional.of(value), Optional.empty(), outcome, from, to, afterSequence, limit);
    }

    /**
     * Rows about {@code value} or, under its older name, {@code alias}: an intake card is logged under
     * {@code submission:479} until it has a number and under {@code VHT-2026-0042} where the number is the subject.
     */
    public AuditQuery withSubjectOrAlias(String value, String alias) {
        return new AuditQuery(actor, action, Optional.of(value), Optional.of(alias), outcome, from, to, afterSequence,
                limit);
    }

    public AuditQuery withOutcome(String value) {
        return new AuditQuery(actor, action, subject, subjectAlias, Optional.of(value), from, to, afterSequence, limit);
    }

    public AuditQuery withFrom(Instant value) {
        return new AuditQuery(actor, action, subject, subjectAlias, outcome, Optional.of(value), to, afterSequence, limit);
    }

    public AuditQuery withTo(Instant value) {
        return new AuditQuery(actor, action, subject, subjectAlias, outcome, from, Optional.of(value), afterSequence, limit);
    }

    public AuditQuery withAfterSequence(long value) {
        return new AuditQuery(actor, action, subject, subjectAlias, outcome, from, to, value, limit);
    }

    public AuditQuery withLimit(int value) {
        return new AuditQuery(actor, action, subject, subjectAlias, outcome, from, to, afterSequence, value);
    }

    /** True when the entry passes every criterion except paging (used by in-memory logs and tests). */
    public boolean matches(AuditEntry entry) {
        AuditEvent e = entry.event();
        return actor.map(e.actor()::equals).orElse(true)
                && action.map(e.action()::equals).orElse(true)
                && subject.map(s -> e.subject().map(actual -> actual.equals(s)
                        || subjectAlias.map(actual::equals).orElse(false)).orElse(false)).orElse(true)
                && outcome.map(e.outcome()::equals).orElse(true)
                && from.map(f -> !entry.occurredAt().isBefore(f)).orElse(true)
                && to.map(t -> entry.occurredAt().isBefore(t)).orElse(true)
                && entry.sequence() > afterSequence;
    }
}
