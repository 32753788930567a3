package nl.vhkgateway.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;

/**
 * The hash chain of the audit log. Each row's hash is
 * {@code SHA-256(previousHash + "\n" + canonical(row))}, hex encoded; the first row is chained to
 * {@link #GENESIS_HASH}. The canonical form is a fixed, versioned list of fields, each written as
 * {@code name=length:value} on its own line, details sorted by key: no two different rows share a canonical form.
 * The sequence number is part of it, so moving a row to another place breaks the chain as well. Stateless,
 * thread-safe.
 */
public final class AuditChain {

    /** What the first row is chained to: 64 zeros. */
    public static final String GENESIS_HASH = "0".repeat(64);

    private static final String VERSION = "vhk-audit-v1";

    private AuditChain() {
    }

    /** The moment as the log stores it (milliseconds, so that the database round trip keeps the hash valid). */
    public static Instant storedPrecision(Instant moment) {
        return moment.truncatedTo(ChronoUnit.MILLIS);
    }

    /** Computes the hash of a row with the given content chained to {@code previousHash}. */
    public static String hash(String previousHash, long sequence, Instant occurredAt, AuditEvent event) {
        String input = previousHash + "\n" + canonical(sequence, occurredAt, event);
        return HexFormat.of().formatHex(sha256().digest(input.getBytes(StandardCharsets.UTF_8)));
    }

    /** Recomputes the hash of a stored entry from its content and its stored previous hash. */
    public static String recompute(AuditEntry entry) {
        return hash(entry.previousHash(), entry.sequence(), entry.occurredAt(), entry.event());
    }

    /** Builds the next entry after {@code head}. */
    public static AuditEntry next(ChainHead head, Instant occurredAt, AuditEvent event) {
        long sequence = head.sequence() + 1;
        Instant at = storedPrecision(occurredAt);
        return new AuditEntry(sequence, at, event, head.hash(), hash(head.hash(), sequence, at, event));
    }

    static String canonical(long sequence, Instant occurredAt, AuditEvent event) {
        StringBuilder out = new StringBuilder(256).append(VERSION).append('\n');
        field(out, "sequence", Long.toString(sequence));
        field(out, "occurredAt", DateTimeFormatter.ISO_INSTANT.format(storedPrecision(occurredAt)));
        field(out, "actor", event.actor());
        field(out, "action", event.action());
        field(out, "subject", event.subject().map(s -> "+" + s).orElse("-"));
        field(out, "outcome", event.outcome());
        field(out, "reasons", Integer.toString(event.reasonCodes().size()));
        event.reasonCodes().forEach(code -> field(out, "reason", code));
        field(out, "details", Integer.toString(event.details().size()));
        for (Map.Entry<String, String> detail : event.details().entrySet()) {
            field(out, "key", detail.getKey());
            field(out, "value", detail.getValue());
        }
        return out.toString();
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append(name).append('=').append(value.length()).append(':').append(value).append('\n');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
