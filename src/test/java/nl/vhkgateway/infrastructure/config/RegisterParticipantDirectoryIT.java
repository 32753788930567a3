package nl.vhkgateway.infrastructure.config;

import nl.vhkgateway.application.participant.OrganisationInput;
import nl.vhkgateway.application.participant.ParticipantInput;
import nl.vhkgateway.application.participant.ParticipantRegistry;
import nl.vhkgateway.domain.consent.OrganisationRef;
import nl.vhkgateway.domain.participant.Organisation;
import nl.vhkgateway.domain.participant.OrganisationType;
import nl.vhkgateway.domain.participant.Participant;
import nl.vhkgateway.infrastructure.crypto.Pbkdf2PasswordHasher;
import nl.vhkgateway.infrastructure.persistence.JdbcOrganisationRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcParticipantRepository;
import nl.vhkgateway.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The consent register's view of the participant register, on MariaDB: only active participants and organisations. */
class RegisterParticipantDirectoryIT {

    @Test
    void knowsActiveParticipantsAndOrganisationsOnly() {
        DataSource dataSource = TestDatabase.fresh("vhk_it_registerparticipantdirectory");
        Clock clock = Clock.systemUTC();
        ParticipantRegistry registry = new ParticipantRegistry(new JdbcOrganisationRepository(dataSource, clock),
                new JdbcParticipantRepository(dataSource, clock), new Pbkdf2PasswordHasher(), clock);
        Organisation toegang = registry.registerOrganisation(new OrganisationInput("TOEGANG",
                "Toegang gemeente Roosendaal", "Roosendaal", "toegang@roosendaal.test", true));
        Organisation veiligThuis = registry.registerOrganisation(new OrganisationInput("VEILIG_THUIS",
                "Veilig Thuis West-Brabant", null, "intake@veiligthuis.test", true));
        registry.registerParticipant(new ParticipantInput("Deelnemer", "deelnemer@roosendaal.test",
                toegang.id().value(), true));
        Participant former = registry.registerParticipant(new ParticipantInput("Oud", "oud@roosendaal.test",
                toegang.id().value(), true));
        registry.setParticipantActive(former.id().value(), false);
        RegisterParticipantDirectory directory = new RegisterParticipantDirectory(registry);

        OrganisationRef roosendaal = new OrganisationRef(toegang.id().value(), OrganisationType.TOEGANG);
        assertEquals(Optional.of(roosendaal), directory.organisationOfParticipant("Deelnemer@Roosendaal.test"));
        assertEquals(Optional.empty(), directory.organisationOfParticipant("oud@roosendaal.test"), "inactive");
        assertEquals(Optional.empty(), directory.organisationOfParticipant("iemand@elders.test"), "unknown");
        assertEquals(Optional.empty(), directory.organisationOfParticipant("geen adres"), "not an address");
        assertEquals(Optional.of(new OrganisationRef(veiligThuis.id().value(), OrganisationType.VEILIG_THUIS)),
                directory.organisation(veiligThuis.id().value()));

        registry.setOrganisationActive(toegang.id().value(), false);
        assertEquals(Optional.empty(), directory.organisation(toegang.id().value()), "inactive organisation");
        assertEquals(Optional.empty(), directory.organisationOfParticipant("deelnemer@roosendaal.test"),
                "a participant of an inactive organisation");
        assertEquals(Optional.empty(), directory.organisation(999));
    }
}
