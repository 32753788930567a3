package nl.vhkgateway.interfaces.rest.consent;

import nl.vhkgateway.domain.audit.AuditKey;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import nl.vhkgateway.application.consent.Caller;
import nl.vhkgateway.application.consent.ConsentService;
import nl.vhkgateway.application.consent.ParticipantDirectory;
import nl.vhkgateway.application.consent.ParticipantDirectoryUnavailableException;
import nl.vhkgateway.domain.audit.AuditEntry;
import nl.vhkgateway.domain.audit.AuditQuery;
import nl.vhkgateway.domain.consent.ConsentPolicy;
import nl.vhkgateway.domain.consent.OrganisationRef;
import nl.vhkgateway.domain.handover.PermittedHandoverSpecification;
import nl.vhkgateway.infrastructure.persistence.JdbcAuditLog;
import nl.vhkgateway.infrastructure.persistence.JdbcConsentRepository;
import nl.vhkgateway.interfaces.rest.support.JsonResult;
import nl.vhkgateway.testsupport.DemoParticipantDirectory;
import nl.vhkgateway.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The consent API (what {@code /api/consents} answers) on a real MariaDB: roles, own-organisation rule, Dutch
 * errors with 400/403/404/409, and the audit rows it leaves. The JAX-RS resource only adapts these results.
 */
class ConsentApiIT {

    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final Caller ROOSENDAAL = new Caller("deelnemer@roosendaal.test", false, true);
    private static final Caller VEILIG_THUIS = new Caller("deelnemer@veiligthuis.test", false, true);
    private static final Caller RVDK = new Caller("deelnemer@rvdk.test", false, true);
    private static final Caller BEHEERDER = new Caller("beheer@gateway.test", true, false);

    private static JdbcAuditLog audit;
    private static ConsentApi api;
    private static JdbcConsentRepository consents;

    @BeforeAll
    static void wire() {
        DataSource dataSource = TestDatabase.fresh("consentapi");
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        audit = new JdbcAuditLog(dataSource, clock, AuditKey.random());
        consents = new JdbcConsentRepository(dataSource);
        api = api(new DemoParticipantDirectory(), clock);
    }

    private static ConsentApi api(ParticipantDirectory directory, Clock clock) {
        PermittedHandoverSpecification directions = new PermittedHandoverSpecification();
        return new ConsentApi(new ConsentService(consents, directory, directions, ConsentPolicy.defaults(), audit,
                clock), directions, clock);
    }

    private static String body(String caseReference, String extra) {
        return "{\"caseReference\": \"" + caseReference + "\","
                + " \"consenters\": [{\"role\": \"OUDER_MET_GEZAG\"},"
                + " {\"role\": \"JEUGDIGE\", \"ageGroup\": \"12-15\"}],"
                + " \"youthAgeGroup\": \"12-15\", \"purpose\": \"OVERDRACHT\","
                + " \"howGiven\": \"mondeling tijdens huisbezoek\", \"givenAt\": \"2026-03-09\","
                + " \"validUntil\": \"2026-06-30\"" + extra + "}";
    }

    private static JsonObject object(JsonResult result) {
        return (JsonObject) result.body();
    }

    private static void assertError(JsonResult result, int status, String messagePart) {
        assertEquals(status, result.status(), result.body().toString());
        assertTrue(result.error().orElseThrow().contains(messagePart), result.error().orElseThrow());
    }

    private static AuditEntry lastAuditRow() {
        List<AuditEntry> rows = audit.find(AuditQuery.all().withAfterSequence(Math.max(0,
                audit.head().sequence() - 1)));
        return rows.get(0);
    }

    @Test
    void aParticipantRecordsConsentForTheOwnOrganisation() {
        JsonResult result = api.record(ROOSENDAAL, body("VHT-2026-0200", ", \"recipientOrganisationId\": 3"));

        assertEquals(201, result.status(), result.body().toString());
        JsonObject json = object(result);
        assertEquals("consents/" + json.getInt("id"), result.location().orElseThrow());
        assertEquals(1, json.getJsonObject("sender").getInt("organisationId"));
        assertEquals("TOEGANG", json.getJsonObject("sender").getString("type"));
        assertEquals("VEILIG_THUIS", json.getJsonObject("recipient").getString("type"));
        assertEquals("VALID", json.getString("status"));
        assertTrue(json.getBoolean("policyMet"));
        assertEquals("2026-03-09T00:00:00+01:00", json.getString("givenAt"));
        assertEquals("2026-07-01T00:00:00+02:00", json.getString("validUntil"));
        assertEquals("deelnemer@roosendaal.test", json.getString("recordedBy"));
        AuditEntry row = lastAuditRow();
        assertEquals("CONSENT_RECORDED", row.event().action());
        assertEquals(Integer.toString(json.getInt("id")), row.event().details().get("consentId"));
        assertFalse(row.event().details().toString().contains("huisbezoek"));
    }

    @Test
    void aRecordThatDoesNotMeetThePolicyIsKeptButSaysSo() {
        String onlyYouth = "{\"caseReference\": \"VHT-2026-0201\", \"consenters\": [{\"role\": \"JEUGDIGE\","
                + " \"ageGroup\": \"16+\"}], \"youthAgeGroup\": \"16+\", \"purpose\": \"OVERDRACHT\","
                + " \"recipientType\": \"VEILIG_THUIS\", \"howGiven\": \"schriftelijk\", \"givenAt\": \"2026-03-09\","
                + " \"validUntil\": \"2026-04-30\"}";

        JsonObject json = object(api.record(ROOSENDAAL, onlyYouth));

        assertFalse(json.getBoolean("policyMet"));
        assertEquals("toestemming van een ouder met gezag of voogd ontbreekt", json.getString("policyShortfall"));
        assertTrue(json.isNull("withdrawal"));
    }

    @Test
    void aParticipantCannotRecordForAnotherOrganisation() {
        JsonResult result = api.record(ROOSENDAAL, body("VHT-2026-0202",
                ", \"senderOrganisationId\": 2, \"recipientOrganisationId\": 3"));

        assertError(result, 403, "alleen toestemming vastleggen voor uw eigen organisatie");
        AuditEntry row = lastAuditRow();
        assertEquals("DENIED", row.event().outcome());
        assertEquals(List.of("NOT_OWN_ORGANISATION"), row.event().reasonCodes());
        assertEquals(List.of(), consents.findByCase(ConsentJson.caseReference("VHT-2026-0202")));
    }

    @Test
    void theBeheerderNamesTheSendingOrganisation() {
        assertError(api.record(BEHEERDER, body("VHT-2026-0203", ", \"recipientType\": \"RVDK\"")), 400,
                "geef de verzendende organisatie op");
        JsonResult result = api.record(BEHEERDER, body("VHT-2026-0203",
                ", \"senderOrganisationId\": 3, \"recipientType\": \"RVDK\""));

        assertEquals(201, result.status(), result.body().toString());
        assertEquals("VEILIG_THUIS", object(result).getJsonObject("sender").getString("type"));
    }

    @Test
    void refusesAConsentForADirectionThatIsNeverPermitted() {
        Caller gi = new Caller("deelnemer@jbb.test", false, true);

        assertError(api.record(gi, body("VHT-2026-0204", ", \"recipientOrganisationId\": 3")), 400,
                "deze richting is niet toegestaan: GI naar Veilig Thuis; de toestemming is niet vastgelegd");
    }

    @Test
    void explainsWhatIsWrongWithTheRequest() {
        assertError(api.record(ROOSENDAAL, "{not json"), 400, "geen geldig JSON-object");
        assertError(api.record(ROOSENDAAL, ""), 400, "de aanvraag is leeg");
        assertError(api.record(ROOSENDAAL, "{\"caseReference\": \"VHT-2026-0205\"}"), 400,
                "het veld consenters ontbreekt");
        assertError(api.record(ROOSENDAAL, body("Sanne Jansen", ", \"recipientType\": \"VEILIG_THUIS\"")), 400,
                "geen inbrengnummer (VHT-2026-0042) of casuspseudoniem");
        assertError(api.record(ROOSENDAAL, body("VHT-2026-0205", "")), 400,
                "geef de ontvangende organisatie (recipientOrganisationId) of het type organisatie");
        assertError(api.record(ROOSENDAAL, body("VHT-2026-0205", ", \"recipientOrganisationId\": 77")), 400,
                "ontvangende organisatie 77 is niet bekend");
        assertError(api.record(ROOSENDAAL, body("VHT-2026-0205",
                ", \"recipientOrganisationId\": 3, \"recipientType\": \"RVDK\"")), 400,
                "is geen Raad voor de Kinderbescherming");
        assertError(api.record(ROOSENDAAL, body("VHT-2026-0205", ", \"recipientType\": \"POLITIE\"")), 400,
                "recipientType moet een van deze waarden zijn: TOEGANG, VEILIG_THUIS, GI, RVDK");
        assertError(api.record(ROOSENDAAL, body("VHT-2026-0205", ", \"recipientType\": \"RVDK\"")
                .replace("2026-03-09", "2026-12-31")), 400, "ligt in de toekomst");
        assertError(api.record(ROOSENDAAL, body("VHT-2026-0205", ", \"recipientType\": \"RVDK\"")
                .replace("\"2026-06-30\"", "\"30-06-2026\"")), 400, "validUntil is geen datum");
        assertError(api.record(ROOSENDAAL, body("VHT-2026-0205", ", \"recipientType\": \"RVDK\"")
                .replace("{\"role\": \"JEUGDIGE\", \"ageGroup\": \"12-15\"}", "{\"role\": \"JEUGDIGE\"}")), 400,
                "geef bij een jeugdige de leeftijdsgroep op");
        assertEquals(List.of(), consents.findByCase(ConsentJson.caseReference("VHT-2026-0205")));
    }

    @Test
    void participantsSeeOnlyConsentsTheirOrganisationTakesPartIn() {
        api.record(ROOSENDAAL, body("VHT-2026-0206", ", \"recipientOrganisationId\": 3"));
        api.record(ROOSENDAAL, body("VHT-2026-0206", ", \"recipientType\": \"RVDK\""));

        assertEquals(2, ((JsonObject) api.lookup(ROOSENDAAL, "vht-2026-0206").body()).getJsonArray("items").size());
        assertEquals(1, ((JsonObject) api.lookup(VEILIG_THUIS, "VHT-2026-0206").body()).getJsonArray("items").size());
        assertEquals(0, ((JsonObject) api.lookup(RVDK, "VHT-2026-0206").body()).getJsonArray("items").size());
        assertEquals(2, ((JsonObject) api.lookup(BEHEERDER, "VHT-2026-0206").body()).getJsonArray("items").size());
        assertError(api.lookup(ROOSENDAAL, ""), 400, "geef de casus op");
        assertEquals("CONSENT_LOOKUP", lastAuditRow().event().action());
    }

    @Test
    void readingOneConsent() {
        int id = object(api.record(ROOSENDAAL, body("VHT-2026-0207", ", \"recipientType\": \"RVDK\""))).getInt("id");

        assertEquals(200, api.get(ROOSENDAAL, Integer.toString(id)).status());
        // issue 11: another organisation's consent answers exactly like a number that does not exist
        assertError(api.get(VEILIG_THUIS, Integer.toString(id)), 404, "toestemming " + id + " bestaat niet");
        assertError(api.get(ROOSENDAAL, "999999"), 404, "toestemming 999999 bestaat niet");
        assertError(api.get(ROOSENDAAL, "abc"), 404, "bestaat niet");
    }

    @Test
    void withdrawingOnceAndOnlyOnce() {
        int id = object(api.record(ROOSENDAAL, body("VHT-2026-0208", ", \"recipientOrganisationId\": 3")))
                .getInt("id");
        String withdrawal = "{\"withdrawnBy\": \"OUDER_MET_GEZAG\", \"how\": \"telefonisch\"}";

        assertError(api.withdraw(RVDK, Integer.toString(id), withdrawal), 404, "toestemming " + id + " bestaat niet");
        JsonResult withdrawn = api.withdraw(VEILIG_THUIS, Integer.toString(id), withdrawal);
        JsonResult again = api.withdraw(ROOSENDAAL, Integer.toString(id), withdrawal);

        assertEquals(200, withdrawn.status(), withdrawn.body().toString());
        assertEquals("WITHDRAWN", object(withdrawn).getString("status"));
        assertEquals("OUDER_MET_GEZAG", object(withdrawn).getJsonObject("withdrawal").getString("withdrawnBy"));
        assertEquals("deelnemer@veiligthuis.test",
                object(withdrawn).getJsonObject("withdrawal").getString("recordedBy"));
        assertError(again, 409, "toestemming " + id + " is al ingetrokken");
        assertError(api.withdraw(ROOSENDAAL, "424242", withdrawal), 404, "bestaat niet");
        assertError(api.withdraw(ROOSENDAAL, Integer.toString(id), "{\"how\": \"telefonisch\"}"), 400,
                "withdrawnBy ontbreekt");
    }

    @Test
    void aWithdrawalCannotLieInTheFutureOrBeforeTheConsent() {
        int id = object(api.record(ROOSENDAAL, body("VHT-2026-0209", ", \"recipientOrganisationId\": 3")))
                .getInt("id");

        assertError(api.withdraw(ROOSENDAAL, Integer.toString(id), "{\"withdrawnBy\": \"VOOGD\", \"how\": \"x\","
                + " \"withdrawnAt\": \"2026-04-01\"}"), 400, "niet in de toekomst");
        assertError(api.withdraw(ROOSENDAAL, Integer.toString(id), "{\"withdrawnBy\": \"VOOGD\", \"how\": \"x\","
                + " \"withdrawnAt\": \"2026-03-01\"}"), 400, "vóór het moment waarop de toestemming is gegeven");
    }

    @Test
    void refusesCallersWithoutRoleOrRegistration() {
        assertError(api.record(new Caller("iemand@example.test", false, false), body("VHT-2026-0210", "")), 403,
                "geen toegang");
        assertError(api.record(new Caller("oud@roosendaal.test", false, true),
                body("VHT-2026-0210", ", \"recipientType\": \"RVDK\"")), 403, "niet (meer) geregistreerd");
        assertEquals(List.of("NOT_ACTIVE_PARTICIPANT"), lastAuditRow().event().reasonCodes());
    }

    @Test
    void answers503WithoutAParticipantRegister() {
        ParticipantDirectory missing = new ParticipantDirectory() {
            @Override
            public Optional<OrganisationRef> organisationOfParticipant(String mailAddress) {
                throw new ParticipantDirectoryUnavailableException();
            }

            @Override
            public Optional<OrganisationRef> organisation(long organisationId) {
                throw new ParticipantDirectoryUnavailableException();
            }
        };

        assertError(api(missing, Clock.fixed(NOW, ZoneOffset.UTC)).record(ROOSENDAAL,
                body("VHT-2026-0211", ", \"recipientType\": \"RVDK\"")), 503, "deelnemersregister is niet beschikbaar");
    }

    @Test
    void listsThePermittedDirections() {
        JsonArray routes = ((JsonObject) api.directions(ROOSENDAAL).body()).getJsonArray("items");

        assertEquals(new PermittedHandoverSpecification().routes().size(), routes.size());
        assertEquals("Toegang naar Veilig Thuis voor overdracht",
                routes.getJsonObject(0).getString("description"));
    }
}
