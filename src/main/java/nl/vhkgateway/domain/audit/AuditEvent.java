package nl.vhkgateway.domain.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Something worth proving later: who did what to which case, with which outcome and why. Holds only safe values
 * (ids, codes, mail addresses, timestamps; see {@link #builder(String, String)}): never card content, names or free
 * text. Construction fails with {@link UnsafeAuditValueException} on any value with spaces or other characters
 * that ids and codes do not have. Immutable, thread-safe.
 *
 * @param actor       who acted: a participant's mail address, or a system actor such as {@code system:intake}
 * @param action      what was done, an upper-case code ({@code HANDOVER_CHECK}, {@code CONSENT_RECORDED})
 * @param subject     the case or object concerned (a submission number, case pseudonym or id), when there is one
 * @param outcome     the result, an upper-case code ({@code GRANTED}, {@code REFUSED}, {@code ACCEPTED})
 * @param reasonCodes upper-case codes saying why ({@code CONSENT_WITHDRAWN}); empty when nothing to explain
 * @param details     further safe values, sorted by key (ids, types, purposes)
 */
public record AuditEvent(String actor,
                         String action,
                         Optional<String> subject,
                         String outcome,
                         List<String> reasonCodes,
                         Map<String, String> details) {

    static final int MAX_REASONS = 20;
    static final int MAX_DETAILS = 30;

    public AuditEvent {
        SafeValues.require(SafeValues.ACTOR, actor, "actor");
        SafeValues.require(SafeValues.CODE, action, "action");
        Objects.requireNonNull(subject, "subject");
        subject.ifPresent(s -> SafeValues.require(SafeValues.SUBJECT, s, "subject"));
        SafeValues.require(SafeValues.CODE, outcome, "outcome");
        reasonCodes = List.copyOf(reasonCodes);
        if (reasonCodes.size() > MAX_REASONS) {
            throw new UnsafeAuditValueException("reasonCodes", "has more than " + MAX_REASONS + " codes");
        }
        reasonCodes.forEach(code -> SafeValues.require(SafeValues.CODE, code, "reasonCodes"));
        if (details.size() > MAX_DETAILS) {
            throw new UnsafeAuditValueException("details", "has more than " + MAX_DETAILS + " values");
        }
        TreeMap<String, String> sorted = new TreeMap<>();
        details.forEach((key, value) -> {
            SafeValues.require(SafeValues.DETAIL_KEY, key, "details key");
            sorted.put(key, SafeValues.require(SafeValues.DETAIL_VALUE, value, "details." + key));
        });
        details = Collections.unmodifiableMap(sorted);
    }

    /** Starts an event for an actor and an action; outcome defaults to {@code DONE}. */
    public static Builder builder(String actor, String action) {
        return new Builder(actor, action);
    }

    /** Builds an {@link AuditEvent}; not thread-safe. */
    public static final class Builder {
        private final String actor;
        private final String action;
        private Optional<String> subject = Optional.empty();
        private String outcome = "DONE";
        private final List<String> reasonCodes = new ArrayList<>();
        private final Map<String, String> details = new TreeMap<>();

        private Builder(String actor, String action) {
            this.actor = actor;
            this.action = action;
        }

        public Builder subject(String subject) {
            this.subject = Optional.of(subject);
            return this;
        }

        public Builder outcome(String outcome) {
            this.outcome = outcome;
            return this;
        }

        public Builder reason(String reasonCode) {
            this.reasonCodes.add(reasonCode);
            return this;
        }

        public Builder detail(String key, String value) {
            this.details.put(key, value);
            return this;
        }

        /** Adds the detail only when the value is present. */
        public Builder detail(String key, Optional<String> value) {
            value.ifPresent(v -> this.details.put(key, v));
            return this;
        }

        public AuditEvent build() {
            return new AuditEvent(actor, action, subject, outcome, reasonCodes, details);
        }
    }
}
