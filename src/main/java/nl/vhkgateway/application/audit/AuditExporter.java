package nl.vhkgateway.application.audit;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import nl.vhkgateway.domain.audit.AuditEntry;
import nl.vhkgateway.domain.audit.AuditEvent;
import nl.vhkgateway.domain.audit.AuditLog;
import nl.vhkgateway.domain.audit.AuditQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Writes (part of) the audit log as JSON Lines or CSV, streaming, in sequence order, with both hashes of every
 * row so that the export itself can be checked. Stateless apart from the log, thread-safe.
 */
public final class AuditExporter {

    static final List<String> CSV_COLUMNS = List.of("sequence", "occurredAt", "actor", "action", "subject",
            "outcome", "reasonCodes", "details", "previousHash", "hash");

    private final AuditLog auditLog;

    public AuditExporter(AuditLog auditLog) {
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
    }

    /** Writes every row matching the query (its limit ignored); returns how many. */
    public long export(AuditQuery query, ExportFormat format, Writer out) {
        long[] count = {0};
        try {
            if (format == ExportFormat.CSV) {
                out.write(String.join(",", CSV_COLUMNS) + "\r\n");
            }
            auditLog.scan(query, entry -> {
                write(format, entry, out);
                count[0]++;
            });
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the audit export", e);
        }
        return count[0];
    }

    private static void write(ExportFormat format, AuditEntry entry, Writer out) {
        try {
            out.write(format == ExportFormat.JSONL ? toJson(entry).toString() + "\n" : toCsv(entry));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The row as a JSON object (also used by the REST list). */
    public static JsonObject toJson(AuditEntry entry) {
        AuditEvent event = entry.event();
        JsonArrayBuilder reasons = Json.createArrayBuilder();
        event.reasonCodes().forEach(reasons::add);
        JsonObjectBuilder details = Json.createObjectBuilder();
        event.details().forEach(details::add);
        JsonObjectBuilder row = Json.createObjectBuilder()
                .add("sequence", entry.sequence())
                .add("occurredAt", DateTimeFormatter.ISO_INSTANT.format(entry.occurredAt()))
                .add("actor", event.actor())
                .add("action", event.action());
        event.subject().ifPresentOrElse(s -> row.add("subject", s), () -> row.addNull("subject"));
        return row.add("outcome", event.outcome())
                .add("reasonCodes", reasons)
                .add("details", details)
                .add("previousHash", entry.previousHash())
                .add("hash", entry.hash())
                .build();
    }

    static String toCsv(AuditEntry entry) {
        AuditEvent event = entry.event();
        List<String> cells = List.of(
                Long.toString(entry.sequence()),
                DateTimeFormatter.ISO_INSTANT.format(entry.occurredAt()),
                event.actor(),
                event.action(),
                event.subject().orElse(""),
                event.outcome(),
                String.join(";", event.reasonCodes()),
                event.details().entrySet().stream().map(d -> d.getKey() + "=" + d.getValue())
                        .collect(Collectors.joining(";")),
                entry.previousHash(),
                entry.hash());
        return cells.stream().map(AuditExporter::csvCell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String csvCell(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
