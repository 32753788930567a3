package nl.vhkgateway.application.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.participant.OrganisationType;
import nl.vhkgateway.domain.participant.Participant;
import nl.vhkgateway.infrastructure.crypto.Pbkdf2PasswordHasher;
import nl.vhkgateway.infrastructure.persistence.JdbcOrganisationRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcParticipantRepository;
import nl.vhkgateway.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegisterSeederIT {

    private static final Path DEMO_FILE = Path.of("config", "demo-register.json");

    private ParticipantRegistry registry;
    private RegisterSeeder seeder;

    @BeforeEach
    void emptyRegister() {
        DataSource dataSource = TestDatabase.fresh("register_seeder");
        Clock clock = Clock.systemUTC();
        JdbcParticipantRepository participants = new JdbcParticipantRepository(dataSource, clock);
        Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(1_000);
        registry = new ParticipantRegistry(new JdbcOrganisationRepository(dataSource, clock), participants, hasher,
                clock);
        seeder = new RegisterSeeder(registry, participants, hasher);
    }

    @Test
    void theDemoFileRegistersTheDemoAccountsOfTheSkeletonIssue() {
        assertEquals(new RegisterSeeder.Result(4, 4), seeder.seedFromFile(DEMO_FILE));
        assertEquals(List.of("deelnemer@jbb.test", "deelnemer@roosendaal.test", "deelnemer@rvdk.test",
                        "deelnemer@veiligthuis.test"),
                registry.participants().stream().map(p -> p.mailAddress().value()).toList());
        Participant roosendaal = registry.activeParticipant(MailAddress.of("deelnemer@roosendaal.test")).orElseThrow();
        assertEquals(OrganisationType.TOEGANG, roosendaal.organisation().type());
        assertEquals("toegang@roosendaal.test", roosendaal.organisation().receivingMailbox().value());
        assertEquals("intake@veiligthuis.test", registry.activeParticipant(MailAddress.of("deelnemer@veiligthuis.test"))
                .orElseThrow().organisation().receivingMailbox().value());
        assertEquals("intake@jbb.test", registry.activeParticipant(MailAddress.of("deelnemer@jbb.test"))
                .orElseThrow().organisation().receivingMailbox().value());
        assertEquals(OrganisationType.RVDK, registry.activeParticipant(MailAddress.of("deelnemer@rvdk.test"))
                .orElseThrow().organisation().type());
        assertTrue(registry.authenticate("deelnemer@roosendaal.test", "demo".toCharArray()).isPresent(),
                "demo API password");
    }

    @Test
    void seedingAgainChangesNothingAndKeepsTheBeheerdersChanges() {
        seeder.seedFromFile(DEMO_FILE);
        long id = registry.activeParticipant(MailAddress.of("deelnemer@jbb.test")).orElseThrow().id().value();
        registry.setParticipantActive(id, false);
        assertEquals(new RegisterSeeder.Result(0, 0), seeder.seedFromFile(DEMO_FILE));
        assertFalse(registry.participant(id).active());
        assertEquals(4, registry.organisations().size());
    }

    @Test
    void anInvalidFileFailsWithTheReason() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> seeder.seed(new StringReader(
                "{\"organisations\": [{\"type\": \"TOEGANG\", \"name\": \"Toegang X\", \"receivingMailbox\": \"x@y.test\"}]}")));
        assertTrue(e.getMessage().contains("vul de gemeente in"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> seeder.seed(new StringReader("[1, 2]")));
        assertThrows(IllegalStateException.class, () -> seeder.seed(new StringReader("{\"organisations\": 5}")));
        assertThrows(IllegalStateException.class, () -> seeder.seedFromFile(Path.of("config", "bestaat-niet.json")));
    }
}
