package nl.vhkgateway.application.audit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import nl.vhkgateway.domain.audit.AuditEntry;
import nl.vhkgateway.domain.audit.AuditEvent;
import nl.vhkgateway.domain.audit.AuditQuery;
import nl.vhkgateway.domain.audit.InMemoryAuditLog;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AuditExporterTest {

    private final InMemoryAuditLog log = new InMemoryAuditLog(Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"),
            ZoneOffset.UTC));

    @Test
    void exportsJsonLinesWithHashes() {
        AuditEntry first = log.append(AuditEvent.builder("deelnemer@roosendaal.test", "HANDOVER_CHECK")
                .subject("VHT-2026-0042").outcome("REFUSED").reason("CONSENT_EXPIRED").detail("consentId", "3")
                .build());
        log.append(AuditEvent.builder("system:intake", "CARD_ACCEPTED").build());
        StringWriter out = new StringWriter();

        long rows = new AuditExporter(log).export(AuditQuery.all(), ExportFormat.JSONL, out);

        List<String> lines = out.toString().lines().toList();
        assertEquals(2, rows);
        assertEquals(2, lines.size());
        JsonObject json = Json.createReader(new StringReader(lines.get(0))).readObject();
        assertEquals(1, json.getInt("sequence"));
        assertEquals("2026-03-02T09:00:00Z", json.getString("occurredAt"));
        assertEquals("CONSENT_EXPIRED", json.getJsonArray("reasonCodes").getString(0));
        assertEquals("3", json.getJsonObject("details").getString("consentId"));
        assertEquals(first.hash(), json.getString("hash"));
        assertEquals(first.previousHash(), json.getString("previousHash"));
        assertEquals(true, Json.createReader(new StringReader(lines.get(1))).readObject().isNull("subject"));
    }

    @Test
    void exportsCsvWithAHeaderAndDefusesFormulas() {
        log.append(AuditEvent.builder("deelnemer@roosendaal.test", "HANDOVER_CHECK").subject("VHT-2026-0042")
                .detail("list", "A,B").detail("sum", "=1+2").build());
        StringWriter out = new StringWriter();

        new AuditExporter(log).export(AuditQuery.all().withAction("HANDOVER_CHECK"), ExportFormat.CSV, out);

        List<String> lines = out.toString().lines().toList();
        assertEquals(String.join(",", AuditExporter.CSV_COLUMNS), lines.get(0));
        assertEquals(2, lines.size());
        assertEquals("\"list=A,B;sum==1+2\"", lines.get(1).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")[7]);
        assertEquals("'-x", AuditExporter.csvCell("-x"));
        assertEquals("\"a\"\"b\"", AuditExporter.csvCell("a\"b"));
    }
}
