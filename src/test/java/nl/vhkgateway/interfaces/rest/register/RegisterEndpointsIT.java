package nl.vhkgateway.interfaces.rest.register;

import nl.vhkgateway.interfaces.rest.support.PageRequest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;
import nl.vhkgateway.application.participant.ParticipantRegistry;
import nl.vhkgateway.infrastructure.crypto.Pbkdf2PasswordHasher;
import nl.vhkgateway.infrastructure.crypto.TestCertificates;
import nl.vhkgateway.infrastructure.persistence.JdbcOrganisationRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcParticipantRepository;
import nl.vhkgateway.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The logic behind /api/organisations and /api/participants, against a real MariaDB, without a container. */
class RegisterEndpointsIT {

    private static final String ROOSENDAAL = """
            {"type": "TOEGANG", "name": "Toegang gemeente Roosendaal", "municipality": "Roosendaal",
             "receivingMailbox": "toegang@roosendaal.test"}""";

    private OrganisationEndpoints organisations;
    private ParticipantEndpoints participants;
    private ParticipantRegistry registry;

    @BeforeEach
    void freshRegister() {
        DataSource dataSource = TestDatabase.fresh("register_endpoints");
        Clock clock = Clock.systemUTC();
        registry = new ParticipantRegistry(new JdbcOrganisationRepository(dataSource, clock),
                new JdbcParticipantRepository(dataSource, clock), new Pbkdf2PasswordHasher(1_000), clock);
        organisations = new OrganisationEndpoints(registry);
        participants = new ParticipantEndpoints(registry);
    }

    private long createOrganisation() {
        ApiResponse created = organisations.create(ROOSENDAAL);
        assertEquals(201, created.status(), created.body().toString());
        return ((JsonObject) created.body()).getJsonNumber("id").longValue();
    }

    private long createParticipant(long organisationId, String address) {
        ApiResponse created = participants.create("{\"name\": \"Vaste deelnemer\", \"mailAddress\": \"" + address
                + "\", \"organisationId\": " + organisationId + "}");
        assertEquals(201, created.status(), created.body().toString());
        return ((JsonObject) created.body()).getJsonNumber("id").longValue();
    }

    private static JsonObject object(ApiResponse response) {
        return (JsonObject) response.body();
    }

    @Test
    void createsAnOrganisationWithItsLocationAndListsIt() {
        ApiResponse created = organisations.create(ROOSENDAAL);
        assertEquals(201, created.status());
        JsonObject body = object(created);
        assertEquals(Optional.of("organisations/" + body.getJsonNumber("id")), created.location());
        assertEquals("TOEGANG", body.getString("type"));
        assertEquals("Toegang", body.getString("typeName"));
        assertEquals("Roosendaal", body.getString("municipality"));
        assertTrue(body.isNull("partnerCertificate"));
        assertTrue(body.getBoolean("active"));
        JsonObject page = (JsonObject) organisations.list(FIRST_PAGE).body();
        JsonArray list = page.getJsonArray("items");
        assertEquals(1, list.size());
        assertEquals(1, page.getInt("total"));
        assertEquals(body, organisations.get(String.valueOf(body.getJsonNumber("id"))).body());
    }

    private static final PageRequest FIRST_PAGE = new PageRequest(50, 0);

    @Test
    void invalidInputIs400WithEveryProblemInDutch() {
        ApiResponse response = organisations.create("{\"type\": \"POLITIE\", \"name\": 12}");
        assertEquals(400, response.status());
        JsonObject body = object(response);
        assertEquals(400, body.getInt("status"));
        assertEquals("name", body.getJsonArray("violations").getJsonObject(0).getString("field"));
        assertEquals("urn:vhk-gateway:problem:invalid-input", body.getString("type"));
        assertTrue(body.getString("detail").contains("moet tekst zijn"), body.getString("detail"));

        ApiResponse invalid = organisations.create("{\"type\": \"POLITIE\", \"name\": \"X\"}");
        assertEquals(400, invalid.status());
        assertEquals(2, object(invalid).getJsonArray("violations").size(), invalid.body().toString());

        assertEquals(400, organisations.create("{niet: json").status());
        assertTrue(object(organisations.create("{niet: json")).getString("detail").startsWith("De inhoud is geen geldige JSON"));
        assertEquals("urn:vhk-gateway:problem:malformed-json", object(organisations.create("{niet: json")).getString("type"));
        assertEquals(400, organisations.create("[]").status());
        assertEquals(400, organisations.create("").status());
        ApiResponse unknownField = organisations.create("{\"naam\": \"X\"}");
        assertEquals(400, unknownField.status());
        assertTrue(object(unknownField).getString("detail").contains("Onbekend veld 'naam'"));
    }

    @Test
    void unknownNumbersAre404() {
        assertEquals(404, organisations.get("42").status());
        assertEquals("Er is geen organisatie met nummer 42.", object(organisations.get("42")).getString("detail"));
        assertEquals(404, participants.get("abc").status());
        assertEquals(404, participants.setActive("0", false).status());
        assertEquals(404, participants.update("99", "{}").status());
        assertEquals(404, organisations.participants("7", FIRST_PAGE).status());
        assertEquals("urn:vhk-gateway:problem:not-found", object(organisations.get("42")).getString("type"));
    }

    @Test
    void takenNamesAndAddressesAre409() {
        long organisation = createOrganisation();
        assertEquals(409, organisations.create(ROOSENDAAL).status());
        createParticipant(organisation, "deelnemer@roosendaal.test");
        ApiResponse duplicate = participants.create("{\"name\": \"Ander\", \"mailAddress\": \"DEELNEMER@roosendaal.test\","
                + " \"organisationId\": " + organisation + "}");
        assertEquals(409, duplicate.status());
        assertEquals("Dit e-mailadres is al geregistreerd voor een vaste deelnemer.", object(duplicate).getString("detail"));
    }

    @Test
    void updatesDeactivatesAndActivatesAParticipant() {
        long organisation = createOrganisation();
        String id = String.valueOf(createParticipant(organisation, "deelnemer@roosendaal.test"));
        ApiResponse updated = participants.update(id, "{\"name\": \"Nieuwe naam\", \"mailAddress\":"
                + " \"Deelnemer@Roosendaal.test\", \"organisationId\": " + organisation + "}");
        assertEquals(200, updated.status(), updated.body().toString());
        assertEquals("Nieuwe naam", object(updated).getString("name"));
        assertEquals("deelnemer@roosendaal.test", object(updated).getString("mailAddress"));

        JsonObject deactivated = object(participants.setActive(id, false));
        assertFalse(deactivated.getBoolean("active"));
        assertFalse(deactivated.getBoolean("maySubmit"));
        assertTrue(object(participants.setActive(id, true)).getBoolean("maySubmit"));

        assertEquals(200, organisations.setActive(String.valueOf(organisation), false).status());
        assertFalse(object(participants.get(id)).getBoolean("maySubmit"));
        assertFalse(object(participants.get(id)).getJsonObject("organisation").getBoolean("active"));
        assertEquals(1, object(organisations.participants(String.valueOf(organisation), FIRST_PAGE))
                .getJsonArray("items").size());
    }

    @Test
    void uploadsAndRemovesCertificates() {
        long organisation = createOrganisation();
        String id = String.valueOf(createParticipant(organisation, "deelnemer@roosendaal.test"));
        TestCertificates.Identity identity = TestCertificates.forAddress("deelnemer@roosendaal.test");
        ApiResponse uploaded = participants.setCertificate(id, identity.pem());
        assertEquals(200, uploaded.status(), uploaded.body().toString());
        JsonObject certificate = object(uploaded).getJsonObject("signingCertificate");
        assertEquals(64, certificate.getString("sha256").length());
        assertEquals("deelnemer@roosendaal.test", certificate.getJsonArray("mailAddresses").getString(0));
        assertTrue(object(participants.removeCertificate(id)).isNull("signingCertificate"));

        ApiResponse wrong = participants.setCertificate(id, "geen certificaat");
        assertEquals(400, wrong.status());
        assertEquals("certificate", object(wrong).getJsonArray("violations").getJsonObject(0).getString("field"));

        String org = String.valueOf(organisation);
        ApiResponse partner = organisations.setCertificate(org, TestCertificates.forAddress("toegang@roosendaal.test").pem());
        assertEquals(200, partner.status(), partner.body().toString());
        assertFalse(object(partner).isNull("partnerCertificate"));
        assertTrue(object(organisations.removeCertificate(org)).isNull("partnerCertificate"));
    }

    @Test
    void setsAnApiPasswordWithoutEverShowingAHash() {
        long organisation = createOrganisation();
        String id = String.valueOf(createParticipant(organisation, "deelnemer@roosendaal.test"));
        assertEquals(400, participants.setApiPassword(id, "{\"password\": \"kort\"}").status());
        ApiResponse set = participants.setApiPassword(id, "{\"password\": \"een lang genoeg wachtwoord\"}");
        assertEquals(200, set.status());
        assertTrue(object(set).getBoolean("apiPassword"));
        assertFalse(set.body().toString().contains("pbkdf2"), "no hash in the API");
        assertTrue(registry.authenticate("deelnemer@roosendaal.test", "een lang genoeg wachtwoord".toCharArray())
                .isPresent());
        assertFalse(object(participants.removeApiPassword(id)).getBoolean("apiPassword"));
    }

    @Test
    void aParticipantSeesItsOwnRegistration() {
        long organisation = createOrganisation();
        createParticipant(organisation, "deelnemer@roosendaal.test");
        ApiResponse me = participants.me("deelnemer@roosendaal.test");
        assertEquals(200, me.status());
        assertEquals("Toegang gemeente Roosendaal", object(me).getJsonObject("organisation").getString("name"));
        assertEquals(404, participants.me("beheerder").status());
    }
}
