package nl.vhkgateway.interfaces.rest.audit;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import nl.vhkgateway.application.audit.AuditExporter;
import nl.vhkgateway.application.audit.ExportFormat;
import nl.vhkgateway.application.consent.Caller;
import nl.vhkgateway.domain.audit.AuditEntry;
import nl.vhkgateway.domain.audit.AuditEvent;
import nl.vhkgateway.domain.audit.AuditLog;
import nl.vhkgateway.domain.audit.AuditQuery;
import nl.vhkgateway.domain.audit.ChainVerification;
import nl.vhkgateway.domain.submission.SubmissionNumber;
import nl.vhkgateway.interfaces.rest.support.DutchMoments;
import nl.vhkgateway.interfaces.rest.support.InvalidInputException;
import nl.vhkgateway.interfaces.rest.support.JsonResult;
import nl.vhkgateway.interfaces.rest.support.PageRequest;

import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The audit API behind {@code /api/audit}, for the beheerder only, free of JAX-RS: list a page of rows with
 * filters, export (JSON Lines or CSV) and verify the hash chain. Filters (query parameters): {@code actor},
 * {@code action}, {@code subject}, {@code outcome}, {@code from} and {@code to} (date or date-time), {@code after}
 * (rows after this sequence number); pages with {@code limit} (1-1000, default 100) and {@code offset}. Exports and verifications are themselves audited.
 * Thread-safe.
 */
public final class AuditApi {

    static final int DEFAULT_LIMIT = 100;

    private final AuditLog auditLog;
    private final AuditExporter exporter;
    private final Function<SubmissionNumber, Optional<String>> subjectAliases;

    /** Without submission numbers: a subject filter matches the subject as written. */
    public AuditApi(AuditLog auditLog) {
        this(auditLog, number -> Optional.empty());
    }

    /**
     * @param subjectAliases the other subject under which a submission number's rows are logged (the intake logs a
     *                       card as {@code submission:<id>}), so that {@code subject=VHT-2026-0042} finds them too
     */
    public AuditApi(AuditLog auditLog, Function<SubmissionNumber, Optional<String>> subjectAliases) {
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
        this.exporter = new AuditExporter(auditLog);
        this.subjectAliases = Objects.requireNonNull(subjectAliases, "subjectAliases");
    }

    /** A page of rows: {@code {items, total, limit, offset}} ({@link PageRequest}). */
    public JsonResult list(Caller caller, Function<String, Optional<String>> parameters) {
        if (!caller.beheerder()) {
            return forbidden();
        }
        AuditQuery query;
        PageRequest page;
        try {
            query = query(parameters);
            page = PageRequest.from(parameters, DEFAULT_LIMIT, AuditQuery.MAX_LIMIT);
        } catch (InvalidInputException e) {
            return JsonResult.error(e.type(), e.getMessage());
        }
        List<AuditEntry> rows = auditLog.find(query, page.offset());
        JsonArrayBuilder array = Json.createArrayBuilder();
        rows.forEach(row -> array.add(AuditExporter.toJson(row)));
        return JsonResult.ok(page.envelope(array.build(), auditLog.count(query)));
    }

    /**
     * Checks the caller and the parameters of an export; on success the caller streams it with {@link #export}.
     *
     * @return an error result, or empty when the export may go ahead
     */
    public Optional<JsonResult> checkExport(Caller caller, Function<String, Optional<String>> parameters) {
        if (!caller.beheerder()) {
            return Optional.of(forbidden());
        }
        try {
            query(parameters);
            format(parameters);
            return Optional.empty();
        } catch (InvalidInputException e) {
            return Optional.of(JsonResult.error(e.type(), e.getMessage()));
        }
    }

    /** The export format asked for (default JSON Lines). */
    public ExportFormat format(Function<String, Optional<String>> parameters) {
        return parameters.apply("format").map(f -> ExportFormat.parse(f).orElseThrow(() ->
                new InvalidInputException("onbekend exportformaat: kies jsonl of csv"))).orElse(ExportFormat.JSONL);
    }

    /** Streams the export (call {@link #checkExport} first); the export is audited before it starts. */
    public long export(Caller caller, Function<String, Optional<String>> parameters, Writer out) {
        AuditQuery query = query(parameters).withLimit(AuditQuery.MAX_LIMIT);
        ExportFormat format = format(parameters);
        auditLog.append(AuditEvent.builder(caller.name(), "AUDIT_EXPORTED").detail("format", format.name()).build());
        return exporter.export(query, format, out);
    }

    /** Recomputes the whole chain. */
    public JsonResult verify(Caller caller) {
        if (!caller.beheerder()) {
            return forbidden();
        }
        ChainVerification verification = auditLog.verifyChain();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("intact", verification.intact())
                .add("rowsChecked", verification.rowsChecked())
                .add("headSequence", verification.head().sequence())
                .add("headHash", verification.head().hash())
                .add("description", verification.description());
        verification.firstBreak().ifPresentOrElse(b -> json.add("firstBreak", Json.createObjectBuilder()
                .add("sequence", b.sequence())
                .add("kind", b.kind().name())
                .add("description", b.description())), () -> json.addNull("firstBreak"));
        AuditEvent.Builder event = AuditEvent.builder(caller.name(), "AUDIT_VERIFIED")
                .outcome(verification.intact() ? "INTACT" : "BROKEN")
                .detail("rowsChecked", Long.toString(verification.rowsChecked()));
        verification.firstBreak().ifPresent(b -> event.reason(b.kind().name())
                .detail("firstBreak", Long.toString(b.sequence())));
        auditLog.append(event.build());
        return JsonResult.ok(json.build());
    }

    AuditQuery query(Function<String, Optional<String>> parameters) {
        AuditQuery query = AuditQuery.all();
        query = filter(parameters, "actor", query, AuditQuery::withActor);
        query = filter(parameters, "action", query, AuditQuery::withAction);
        query = filter(parameters, "subject", query, (q, subject) -> SubmissionNumber.tryParse(subject)
                .flatMap(number -> subjectAliases.apply(number)
                        .map(alias -> q.withSubjectOrAlias(number.format(), alias)))
                .orElseGet(() -> q.withSubject(subject)));
        query = filter(parameters, "outcome", query, AuditQuery::withOutcome);
        query = filter(parameters, "from", query, (q, v) -> q.withFrom(DutchMoments.start(v, "from")));
        query = filter(parameters, "to", query, (q, v) -> q.withTo(DutchMoments.endInclusive(v, "to")));
        return query
                .withAfterSequence(number(parameters.apply("after"), "after", 0, Long.MAX_VALUE, 0))
                .withLimit((int) number(parameters.apply("limit"), "limit", 1, AuditQuery.MAX_LIMIT, DEFAULT_LIMIT));
    }

    private static long number(Optional<String> text, String name, long min, long max, long fallback) {
        return PageRequest.number(text, name, min, max, fallback);
    }

    private static AuditQuery filter(Function<String, Optional<String>> parameters, String name, AuditQuery query,
                                     BiFunction<AuditQuery, String, AuditQuery> with) {
        return parameters.apply(name).map(value -> with.apply(query, value.strip())).orElse(query);
    }

    private static JsonResult forbidden() {
        return JsonResult.error(403, "alleen de beheerder mag het auditlogboek inzien");
    }
}
