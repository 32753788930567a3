package nl.vhkgateway.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.security.enterprise.credential.BasicAuthenticationCredential;
import jakarta.security.enterprise.credential.CallerOnlyCredential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import javax.sql.DataSource;
import nl.vhkgateway.application.participant.OrganisationInput;
import nl.vhkgateway.application.participant.ParticipantInput;
import nl.vhkgateway.application.participant.ParticipantRegistry;
import nl.vhkgateway.infrastructure.crypto.Pbkdf2PasswordHasher;
import nl.vhkgateway.infrastructure.persistence.JdbcOrganisationRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcParticipantRepository;
import nl.vhkgateway.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ParticipantIdentityStoreIT {

    private static final String PASSWORD = "een lang genoeg wachtwoord";

    private ParticipantRegistry registry;
    private ParticipantIdentityStore store;
    private long participantId;
    private long organisationId;

    @BeforeEach
    void participantWithPassword() {
        DataSource dataSource = TestDatabase.fresh("identity_store");
        Clock clock = Clock.systemUTC();
        registry = new ParticipantRegistry(new JdbcOrganisationRepository(dataSource, clock),
                new JdbcParticipantRepository(dataSource, clock), new Pbkdf2PasswordHasher(1_000), clock);
        organisationId = registry.registerOrganisation(new OrganisationInput("VEILIG_THUIS",
                "Veilig Thuis West-Brabant", null, "intake@veiligthuis.test", null)).id().value();
        participantId = registry.registerParticipant(new ParticipantInput("Deelnemer", "deelnemer@veiligthuis.test",
                organisationId, null)).id().value();
        registry.setApiPassword(participantId, PASSWORD.toCharArray());
        store = new ParticipantIdentityStore(registry);
    }

    private CredentialValidationResult login(String user, String password) {
        return store.validate(new UsernamePasswordCredential(user, password));
    }

    @Test
    void anActiveParticipantWithTheRightPasswordGetsTheDeelnemerGroup() {
        CredentialValidationResult result = login("Deelnemer@VeiligThuis.test", PASSWORD);
        assertEquals(CredentialValidationResult.Status.VALID, result.getStatus());
        assertEquals("deelnemer@veiligthuis.test", result.getCallerPrincipal().getName());
        assertEquals(Set.of("deelnemer"), result.getCallerGroups());
        // again: served from the verified-password cache, same answer
        assertEquals(CredentialValidationResult.Status.VALID, login("deelnemer@veiligthuis.test", PASSWORD).getStatus());
    }

    @Test
    void aWrongPasswordOrUnknownParticipantIsInvalid() {
        assertEquals(CredentialValidationResult.Status.INVALID, login("deelnemer@veiligthuis.test", "fout").getStatus());
        assertEquals(CredentialValidationResult.Status.INVALID, login("onbekend@veiligthuis.test", PASSWORD).getStatus());
    }

    @Test
    void deactivationTakesEffectAtOnceEvenAfterASuccessfulLogin() {
        assertEquals(CredentialValidationResult.Status.VALID, login("deelnemer@veiligthuis.test", PASSWORD).getStatus());
        registry.setParticipantActive(participantId, false);
        assertEquals(CredentialValidationResult.Status.INVALID, login("deelnemer@veiligthuis.test", PASSWORD).getStatus());
        registry.setParticipantActive(participantId, true);
        registry.setOrganisationActive(organisationId, false);
        assertEquals(CredentialValidationResult.Status.INVALID, login("deelnemer@veiligthuis.test", PASSWORD).getStatus());
        registry.setOrganisationActive(organisationId, true);
        registry.setApiPassword(participantId, "een ander lang wachtwoord".toCharArray());
        assertEquals(CredentialValidationResult.Status.INVALID, login("deelnemer@veiligthuis.test", PASSWORD).getStatus());
    }

    @Test
    void leavesOtherUserNamesToOtherStoresAndOnlyValidates() {
        assertEquals(CredentialValidationResult.Status.NOT_VALIDATED, login("beheerder", "demo").getStatus());
        assertEquals(CredentialValidationResult.Status.NOT_VALIDATED, // "not:basic"
                store.validate(new BasicAuthenticationCredential("bm90OmJhc2lj")).getStatus());
        assertEquals(CredentialValidationResult.Status.NOT_VALIDATED,
                store.validate(new CallerOnlyCredential("deelnemer@veiligthuis.test")).getStatus());
        // VALIDATE alone would make the default IdentityStoreHandler drop the group "deelnemer" (HTTP 403)
        assertEquals(EnumSet.of(IdentityStore.ValidationType.VALIDATE, IdentityStore.ValidationType.PROVIDE_GROUPS),
                store.validationTypes());
        assertEquals(20, store.priority());
    }
}
