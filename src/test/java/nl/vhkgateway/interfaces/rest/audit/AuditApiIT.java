package nl.vhkgateway.interfaces.rest.audit;

import nl.vhkgateway.domain.audit.AuditKey;
import jakarta.json.JsonObject;
import nl.vhkgateway.application.consent.Caller;
import nl.vhkgateway.domain.audit.AuditEvent;
import nl.vhkgateway.domain.audit.AuditQuery;
import nl.vhkgateway.infrastructure.persistence.JdbcAuditLog;
import nl.vhkgateway.interfaces.rest.support.JsonResult;
import nl.vhkgateway.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.StringWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What {@code /api/audit} answers, on a real MariaDB. */
class AuditApiIT {

    private static final Caller BEHEERDER = new Caller("beheer@gateway.test", true, false);
    private static final Caller DEELNEMER = new Caller("deelnemer@roosendaal.test", false, true);

    private DataSource dataSource;
    private JdbcAuditLog log;
    private AuditApi api;

    @BeforeEach
    void fill() {
        dataSource = TestDatabase.fresh("auditapi");
        log = new JdbcAuditLog(dataSource, Clock.systemUTC(), AuditKey.random());
        api = new AuditApi(log);
        for (int i = 1; i <= 5; i++) {
            log.append(AuditEvent.builder("deelnemer@roosendaal.test", "HANDOVER_CHECK").subject("VHT-2026-000" + i)
                    .outcome(i == 3 ? "REFUSED" : "GRANTED").build());
        }
    }

    private static Function<String, Optional<String>> parameters(Map<String, String> values) {
        return name -> Optional.ofNullable(values.get(name));
    }

    @Test
    void onlyTheBeheerderMayLook() {
        assertEquals(403, api.list(DEELNEMER, parameters(Map.of())).status());
        assertEquals(403, api.verify(DEELNEMER).status());
        assertEquals(403, api.checkExport(DEELNEMER, parameters(Map.of())).orElseThrow().status());
    }

    @Test
    void listsWithFiltersAndPages() {
        JsonObject refused = (JsonObject) api.list(BEHEERDER, parameters(Map.of("outcome", "REFUSED"))).body();
        JsonObject firstPage = (JsonObject) api.list(BEHEERDER, parameters(Map.of("limit", "2"))).body();
        JsonObject secondPage = (JsonObject) api.list(BEHEERDER,
                parameters(Map.of("limit", "2", "offset", "2"))).body();
        JsonObject afterTwo = (JsonObject) api.list(BEHEERDER, parameters(Map.of("after", "2"))).body();

        assertEquals(1, refused.getJsonArray("items").size());
        assertEquals(1, refused.getInt("total"));
        assertEquals("VHT-2026-0003", refused.getJsonArray("items").getJsonObject(0).getString("subject"));
        assertEquals(2, firstPage.getJsonArray("items").size());
        assertEquals(5, firstPage.getInt("total"));
        assertEquals(2, firstPage.getInt("limit"));
        assertEquals(0, firstPage.getInt("offset"));
        assertEquals(3, secondPage.getJsonArray("items").getJsonObject(0).getInt("sequence"));
        assertEquals(2, secondPage.getInt("offset"));
        assertEquals(3, afterTwo.getInt("total"));
        assertEquals(3, afterTwo.getJsonArray("items").getJsonObject(0).getInt("sequence"));
        JsonResult bad = api.list(BEHEERDER, parameters(Map.of("limit", "5000")));
        assertEquals(400, bad.status());
        assertEquals("limit moet een getal zijn van 1 tot en met 1000", bad.error().orElseThrow());
        assertEquals(400, api.list(BEHEERDER, parameters(Map.of("from", "gisteren"))).status());
        assertEquals("urn:vhk-gateway:problem:invalid-parameter", ((JsonObject) bad.body()).getString("type"));
        assertEquals(400, api.list(BEHEERDER, parameters(Map.of("offset", "-1"))).status());
    }

    @Test
    void aSubmissionNumberAlsoFindsTheRowsTheIntakeLoggedUnderTheSubmissionId() {
        log.append(AuditEvent.builder("system:intake", "INTAKE_DECISION").subject("submission:479")
                .outcome("ACCEPTED").build());
        log.append(AuditEvent.builder("system:intake", "INTAKE_DECISION").subject("submission:480")
                .outcome("ACCEPTED").build());
        AuditApi withNumbers = new AuditApi(log, number -> number.format().equals("VHT-2026-0479")
                ? Optional.of("submission:479") : Optional.empty());

        JsonObject found = (JsonObject) withNumbers.list(BEHEERDER,
                parameters(Map.of("subject", "vht-2026-0479"))).body();
        JsonObject handover = (JsonObject) withNumbers.list(BEHEERDER,
                parameters(Map.of("subject", "VHT-2026-0003"))).body();

        assertEquals(1, found.getInt("total"), found.toString());
        assertEquals("submission:479", found.getJsonArray("items").getJsonObject(0).getString("subject"));
        assertEquals(1, handover.getInt("total"), "a number without an intake submission matches as written");
    }

    @Test
    void exportsCsvAndJsonLinesAndRecordsTheExport() {
        StringWriter csv = new StringWriter();
        StringWriter jsonl = new StringWriter();

        assertTrue(api.checkExport(BEHEERDER, parameters(Map.of("format", "csv"))).isEmpty());
        assertEquals(5, api.export(BEHEERDER, parameters(Map.of("format", "csv", "action", "HANDOVER_CHECK")), csv));
        assertEquals(7, api.export(BEHEERDER, parameters(Map.of()), jsonl));

        assertEquals(6, csv.toString().lines().count());
        assertTrue(csv.toString().startsWith("sequence,occurredAt,actor,action,subject,outcome"));
        assertEquals(7, jsonl.toString().lines().count());
        assertTrue(jsonl.toString().contains("\"action\":\"AUDIT_EXPORTED\""));
        assertEquals(400, api.checkExport(BEHEERDER, parameters(Map.of("format", "xlsx"))).orElseThrow().status());
    }

    @Test
    void verificationReportsTheFirstBrokenRowInDutch() {
        JsonObject intact = (JsonObject) api.verify(BEHEERDER).body();
        assertTrue(intact.getBoolean("intact"));
        assertEquals(5, intact.getInt("rowsChecked"));

        TestDatabase.execute(dataSource, "DROP TRIGGER audit_event_no_update",
                "UPDATE audit_event SET outcome = 'GRANTED' WHERE seq = 3");
        JsonObject broken = (JsonObject) api.verify(BEHEERDER).body();

        assertFalse(broken.getBoolean("intact"));
        assertEquals(3, broken.getJsonObject("firstBreak").getInt("sequence"));
        assertEquals("CONTENT_ALTERED", broken.getJsonObject("firstBreak").getString("kind"));
        assertEquals("Het auditlogboek is aangetast: de inhoud van regel 3 is gewijzigd (de hash klopt niet meer).",
                broken.getString("description"));
        List<String> outcomes = log.find(AuditQuery.all().withAction("AUDIT_VERIFIED"))
                .stream().map(e -> e.event().outcome()).toList();
        assertEquals(List.of("INTACT", "BROKEN"), outcomes);
    }
}
