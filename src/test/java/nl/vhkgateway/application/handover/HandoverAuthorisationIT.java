package nl.vhkgateway.application.handover;

import nl.vhkgateway.domain.audit.AuditKey;
import jakarta.json.JsonObject;
import nl.vhkgateway.application.consent.Caller;
import nl.vhkgateway.application.consent.ConsentService;
import nl.vhkgateway.domain.audit.AuditEntry;
import nl.vhkgateway.domain.audit.AuditQuery;
import nl.vhkgateway.domain.consent.CaseReference;
import nl.vhkgateway.domain.consent.ConsentId;
import nl.vhkgateway.domain.consent.ConsentPolicy;
import nl.vhkgateway.domain.consent.Purpose;
import nl.vhkgateway.domain.handover.HandoverDecision;
import nl.vhkgateway.domain.handover.HandoverRequest;
import nl.vhkgateway.domain.handover.PermittedHandoverSpecification;
import nl.vhkgateway.domain.handover.RefusalReason;
import nl.vhkgateway.infrastructure.persistence.JdbcAuditLog;
import nl.vhkgateway.infrastructure.persistence.JdbcConsentRepository;
import nl.vhkgateway.interfaces.rest.audit.AuditApi;
import nl.vhkgateway.interfaces.rest.consent.ConsentApi;
import nl.vhkgateway.testsupport.DemoParticipantDirectory;
import nl.vhkgateway.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static nl.vhkgateway.testsupport.ConsentExamples.GI_JBB;
import static nl.vhkgateway.testsupport.ConsentExamples.TOEGANG_ROOSENDAAL;
import static nl.vhkgateway.testsupport.ConsentExamples.VEILIG_THUIS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo story without mail, on MariaDB: a consent recorded through the API authorises Roosendaal ->
 * Veilig Thuis; after its withdrawal the same handover (and the delivery re-check of the first one) is refused;
 * GI -> Veilig Thuis is refused for its direction; the audit log shows all decisions and detects an altered row.
 */
class HandoverAuthorisationIT {

    private static final Caller ROOSENDAAL = new Caller("deelnemer@roosendaal.test", false, true);
    private static final Caller BEHEERDER = new Caller("beheer@gateway.test", true, false);

    @Test
    void consentRecordedWithdrawnAndAuditedEndToEnd() {
        DataSource dataSource = TestDatabase.fresh("handoverauthorisation");
        Clock clock = Clock.systemUTC();
        JdbcAuditLog audit = new JdbcAuditLog(dataSource, clock, AuditKey.random());
        JdbcConsentRepository consents = new JdbcConsentRepository(dataSource);
        PermittedHandoverSpecification directions = new PermittedHandoverSpecification();
        ConsentApi consentApi = new ConsentApi(new ConsentService(consents, new DemoParticipantDirectory(),
                directions, ConsentPolicy.defaults(), audit, clock), directions, clock);
        HandoverAuthorisation authorisation = new HandoverAuthorisation(consents, ConsentPolicy.defaults(),
                directions, audit);
        AuditApi auditApi = new AuditApi(audit);

        JsonObject recorded = (JsonObject) consentApi.record(ROOSENDAAL, "{\"caseReference\": \"VHT-2026-0042\","
                + " \"consenters\": [{\"role\": \"OUDER_MET_GEZAG\"}], \"youthAgeGroup\": \"12-15\","
                + " \"recipientOrganisationId\": 3, \"purpose\": \"OVERDRACHT\","
                + " \"howGiven\": \"mondeling tijdens huisbezoek\", \"givenAt\": \"2026-01-05\","
                + " \"validUntil\": \"2099-12-31\"}").body();
        ConsentId consentId = new ConsentId(recorded.getInt("id"));
        HandoverRequest handover = new HandoverRequest("deelnemer@roosendaal.test", TOEGANG_ROOSENDAAL,
                VEILIG_THUIS, Purpose.OVERDRACHT, new CaseReference("VHT-2026-0042"),
                Instant.now(), false, Optional.of(consentId));

        HandoverDecision granted = authorisation.authorise(handover);
        assertTrue(granted.isGranted(), granted.toString());

        assertEquals(200, consentApi.withdraw(ROOSENDAAL, consentId.toString(),
                "{\"withdrawnBy\": \"OUDER_MET_GEZAG\", \"how\": \"telefonisch\"}").status());
        HandoverDecision atDelivery = authorisation.recheckBeforeDelivery(handover, consentId, Instant.now());
        HandoverDecision sentAgain = authorisation.authorise(new HandoverRequest(handover.senderParticipant(),
                handover.sender(), handover.receiver(), handover.purpose(), handover.caseReference(), Instant.now(),
                false, handover.quotedConsent()));
        HandoverDecision wrongDirection = authorisation.authorise(new HandoverRequest("deelnemer@jbb.test", GI_JBB,
                VEILIG_THUIS, Purpose.OVERDRACHT, handover.caseReference(), Instant.now(), true,
                Optional.empty()));

        assertEquals(RefusalReason.CONSENT_WITHDRAWN, atDelivery.refusal().orElseThrow().reason());
        assertEquals(RefusalReason.CONSENT_WITHDRAWN, sentAgain.refusal().orElseThrow().reason());
        assertTrue(sentAgain.refusal().orElseThrow().message().startsWith("de toestemming met nummer " + consentId
                + " is ingetrokken op "), sentAgain.refusal().orElseThrow().message());
        assertEquals("deze richting is niet toegestaan: GI naar Veilig Thuis",
                wrongDirection.refusal().orElseThrow().message());

        List<AuditEntry> checks = audit.find(AuditQuery.all().withSubject("VHT-2026-0042"));
        assertEquals(List.of("CONSENT_RECORDED:DONE", "HANDOVER_CHECK:GRANTED", "CONSENT_WITHDRAWN:DONE",
                        "HANDOVER_RECHECK:REFUSED", "HANDOVER_CHECK:REFUSED", "HANDOVER_CHECK:REFUSED"),
                checks.stream().map(e -> e.event().action() + ":" + e.event().outcome()).toList());
        assertEquals(List.of("DIRECTION_NOT_PERMITTED"), checks.get(5).event().reasonCodes());
        assertTrue(((JsonObject) auditApi.verify(BEHEERDER).body()).getBoolean("intact"));

        TestDatabase.execute(dataSource, "DROP TRIGGER audit_event_no_update",
                "UPDATE audit_event SET outcome = 'GRANTED' WHERE seq = " + checks.get(3).sequence());
        JsonObject verification = (JsonObject) auditApi.verify(BEHEERDER).body();
        assertFalse(verification.getBoolean("intact"));
        assertEquals(checks.get(3).sequence(), verification.getJsonObject("firstBreak").getInt("sequence"));
    }
}
