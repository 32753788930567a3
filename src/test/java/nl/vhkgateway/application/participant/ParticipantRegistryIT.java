package nl.vhkgateway.application.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.participant.Organisation;
import nl.vhkgateway.domain.participant.OrganisationType;
import nl.vhkgateway.domain.participant.Participant;
import nl.vhkgateway.infrastructure.crypto.Pbkdf2PasswordHasher;
import nl.vhkgateway.infrastructure.crypto.TestCertificates;
import nl.vhkgateway.infrastructure.persistence.JdbcOrganisationRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcParticipantRepository;
import nl.vhkgateway.testsupport.TestDatabase;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ParticipantRegistryIT {

    private ParticipantRegistry registry;

    @BeforeEach
    void freshRegister() {
        DataSource dataSource = TestDatabase.fresh("participant_registry");
        Clock clock = Clock.systemUTC();
        registry = new ParticipantRegistry(new JdbcOrganisationRepository(dataSource, clock),
                new JdbcParticipantRepository(dataSource, clock), new Pbkdf2PasswordHasher(1_000), clock);
    }

    private Organisation roosendaal() {
        return registry.registerOrganisation(new OrganisationInput("TOEGANG", "Toegang gemeente Roosendaal",
                "Roosendaal", "toegang@roosendaal.test", null));
    }

    private Participant participant(Organisation organisation, String address) {
        return registry.registerParticipant(new ParticipantInput("Deelnemer", address, organisation.id().value(), null));
    }

    @Test
    void registersAndReadsBackAnOrganisation() {
        Organisation created = roosendaal();
        Organisation read = registry.organisation(created.id().value());
        assertEquals(OrganisationType.TOEGANG, read.type());
        assertEquals("Toegang gemeente Roosendaal", read.name());
        assertEquals(Optional.of("Roosendaal"), read.municipality());
        assertEquals("toegang@roosendaal.test", read.receivingMailbox().value());
        assertTrue(read.active());
        assertEquals(List.of(read), registry.organisations());
    }

    @Test
    void reportsEveryProblemWithAnOrganisationInDutch() {
        RegisterValidationException e = assertThrows(RegisterValidationException.class,
                () -> registry.registerOrganisation(new OrganisationInput("ZIEKENHUIS", " ", null, "geen-adres", null)));
        assertEquals(List.of("type", "name", "receivingMailbox"),
                e.violations().stream().map(Violation::field).toList());
        assertTrue(e.dutchMessage().contains("Kies het soort organisatie"), e.dutchMessage());

        RegisterValidationException toegang = assertThrows(RegisterValidationException.class,
                () -> registry.registerOrganisation(new OrganisationInput("toegang", "Toegang Halderberge", "",
                        "toegang@halderberge.test", null)));
        assertEquals("municipality", toegang.violations().get(0).field());
        assertTrue(toegang.dutchMessage().contains("vul de gemeente in"));
    }

    @Test
    void acceptsTheDutchNameOfAnOrganisationTypeAndNeedsNoMunicipalityOutsideToegang() {
        Organisation vt = registry.registerOrganisation(new OrganisationInput("Veilig Thuis",
                "Veilig Thuis West-Brabant", null, "intake@veiligthuis.test", null));
        assertEquals(OrganisationType.VEILIG_THUIS, vt.type());
        assertEquals(Optional.empty(), vt.municipality());
    }

    @Test
    void organisationNamesAreUnique() {
        roosendaal();
        RegistrationConflictException e = assertThrows(RegistrationConflictException.class, this::roosendaal);
        assertEquals("Er is al een organisatie met deze naam.", e.getMessage());
    }

    @Test
    void mailAddressesAreStoredInLowerCaseAndUniqueRegardlessOfCase() {
        Organisation organisation = roosendaal();
        Participant created = participant(organisation, "Deelnemer@Roosendaal.TEST");
        assertEquals("deelnemer@roosendaal.test", created.mailAddress().value());
        assertEquals(organisation, created.organisation());
        RegistrationConflictException e = assertThrows(RegistrationConflictException.class,
                () -> participant(organisation, "DEELNEMER@roosendaal.test"));
        assertEquals("mailAddress", e.field());

        Participant other = participant(organisation, "tweede@roosendaal.test");
        assertThrows(RegistrationConflictException.class, () -> registry.updateParticipant(other.id().value(),
                new ParticipantInput("Tweede", "deelnemer@ROOSENDAAL.test", organisation.id().value(), null)));
    }

    @Test
    void concurrentRegistrationsOfOneAddressLetExactlyOneWin() throws Exception {
        Organisation organisation = roosendaal();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            attempts.add(pool.submit(() -> {
                start.await();
                try {
                    participant(organisation, "zelfde@roosendaal.test");
                    return true;
                } catch (RegistrationConflictException e) {
                    return false;
                }
            }));
        }
        start.countDown();
        int wins = 0;
        for (Future<Boolean> attempt : attempts) {
            wins += attempt.get() ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, wins);
        assertEquals(1, registry.participants().size());
    }

    @Test
    void aParticipantNeedsAnExistingOrganisation() {
        RegisterValidationException e = assertThrows(RegisterValidationException.class,
                () -> registry.registerParticipant(new ParticipantInput("X", "x@y.test", 4711L, null)));
        assertEquals("organisationId", e.violations().get(0).field());
        assertEquals("Er is geen organisatie met nummer 4711.", e.violations().get(0).dutchMessage());
    }

    @Test
    void unknownNumbersAreNotFound() {
        assertEquals("Er is geen vaste deelnemer met nummer 99.",
                assertThrows(RegistrationNotFoundException.class, () -> registry.participant(99)).getMessage());
        assertThrows(RegistrationNotFoundException.class, () -> registry.organisation(-1));
    }

    @Test
    void onlyActiveParticipantsOfActiveOrganisationsMaySubmit() {
        Organisation organisation = roosendaal();
        Participant participant = participant(organisation, "deelnemer@roosendaal.test");
        MailAddress address = MailAddress.of("DEELNEMER@roosendaal.test");
        assertEquals(Optional.of(participant.id()), registry.activeParticipant(address).map(Participant::id));

        registry.setParticipantActive(participant.id().value(), false);
        assertTrue(registry.activeParticipant(address).isEmpty());
        assertTrue(registry.findByMailAddress(address).isPresent(), "deactivated, not deleted");

        registry.setParticipantActive(participant.id().value(), true);
        registry.setOrganisationActive(organisation.id().value(), false);
        assertTrue(registry.activeParticipant(address).isEmpty());
        assertFalse(registry.participant(participant.id().value()).maySubmit());
    }

    @Test
    void storesAValidSigningCertificate() {
        Participant participant = participant(roosendaal(), "deelnemer@roosendaal.test");
        TestCertificates.Identity identity = TestCertificates.forAddress("deelnemer@roosendaal.test");
        Participant updated = registry.setSigningCertificate(participant.id().value(), "uploaded:\n" + identity.pem());
        assertEquals(identity.certificate(), updated.signingCertificate().orElseThrow().x509());
        assertEquals(identity.certificate(),
                registry.participant(participant.id().value()).signingCertificate().orElseThrow().x509());
        assertTrue(registry.removeSigningCertificate(participant.id().value()).signingCertificate().isEmpty());
    }

    @Test
    void refusesUnusableSigningCertificatesWithTheReason() {
        long id = participant(roosendaal(), "deelnemer@roosendaal.test").id().value();
        Instant now = Instant.now();
        String expired = TestCertificates.create("deelnemer@roosendaal.test", now.minus(Duration.ofDays(400)),
                now.minus(Duration.ofDays(35)), KeyUsage.digitalSignature).pem();
        assertTrue(certificateMessage(id, expired).startsWith("Dit certificaat is verlopen op "));
        String otherAddress = TestCertificates.forAddress("iemand@elders.test").pem();
        assertTrue(certificateMessage(id, otherAddress).contains("hoort bij een ander e-mailadres"));
        String encryptionOnly = TestCertificates.create("deelnemer@roosendaal.test", now, now.plus(Duration.ofDays(9)),
                KeyUsage.keyEncipherment).pem();
        assertTrue(certificateMessage(id, encryptionOnly).contains("ondertekenen"));
        assertTrue(certificateMessage(id, "hallo").contains("geen certificaat in PEM-formaat"));
        assertTrue(certificateMessage(id, "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----")
                .contains("privésleutel"));
        assertTrue(certificateMessage(id, "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----")
                .contains("beschadigd"));
        assertTrue(registry.participant(id).signingCertificate().isEmpty());
    }

    @Test
    void aMailAddressChangeMustStillMatchTheRegisteredCertificate() {
        Organisation organisation = roosendaal();
        long id = participant(organisation, "deelnemer@roosendaal.test").id().value();
        registry.setSigningCertificate(id, TestCertificates.forAddress("deelnemer@roosendaal.test").pem());
        RegisterValidationException e = assertThrows(RegisterValidationException.class, () -> registry
                .updateParticipant(id, new ParticipantInput("D", "nieuw@roosendaal.test", organisation.id().value(), null)));
        assertEquals("certificate", e.violations().get(0).field());
    }

    @Test
    void apiPasswordsAreCheckedAgainstTheStoredHashForActiveParticipantsOnly() {
        Organisation organisation = roosendaal();
        long id = participant(organisation, "deelnemer@roosendaal.test").id().value();
        assertTrue(registry.authenticate("deelnemer@roosendaal.test", "correct horse battery".toCharArray()).isEmpty(),
                "no password set yet");
        assertThrows(RegisterValidationException.class, () -> registry.setApiPassword(id, "kort".toCharArray()));

        assertTrue(registry.setApiPassword(id, "correct horse battery".toCharArray()).hasApiPassword());
        assertEquals(id, registry.authenticate("Deelnemer@Roosendaal.test", "correct horse battery".toCharArray())
                .orElseThrow().id().value());
        assertTrue(registry.authenticate("deelnemer@roosendaal.test", "correct horse batterY".toCharArray()).isEmpty());
        assertTrue(registry.authenticate("onbekend@roosendaal.test", "correct horse battery".toCharArray()).isEmpty());
        assertTrue(registry.authenticate("geen adres", "correct horse battery".toCharArray()).isEmpty());
        assertTrue(registry.authenticate("deelnemer@roosendaal.test", new char[0]).isEmpty());

        registry.setOrganisationActive(organisation.id().value(), false);
        assertTrue(registry.authenticate("deelnemer@roosendaal.test", "correct horse battery".toCharArray()).isEmpty());
        registry.setOrganisationActive(organisation.id().value(), true);
        registry.removeApiPassword(id);
        assertTrue(registry.authenticate("deelnemer@roosendaal.test", "correct horse battery".toCharArray()).isEmpty());
    }

    @Test
    void namesWithLineBreaksAreRefused() {
        Organisation organisation = roosendaal();
        RegisterValidationException e = assertThrows(RegisterValidationException.class, () -> registry
                .registerParticipant(new ParticipantInput("Naam\r\nBcc: x@y.test", "a@b.test", organisation.id().value(),
                        null)));
        assertEquals("name", e.violations().get(0).field());
    }

    private String certificateMessage(long id, String pem) {
        return assertThrows(RegisterValidationException.class, () -> registry.setSigningCertificate(id, pem))
                .dutchMessage();
    }
}
