package nl.vhkgateway.application.handover;

import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.participant.Organisation;
import nl.vhkgateway.domain.participant.OrganisationData;
import nl.vhkgateway.domain.participant.OrganisationId;
import nl.vhkgateway.domain.participant.OrganisationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class PartnerResolverTest {

    private static final Organisation ROOSENDAAL = organisation(1, OrganisationType.TOEGANG,
            "Toegang gemeente Roosendaal", "Roosendaal", "toegang@roosendaal.test", true);
    private static final Organisation BERGEN = organisation(2, OrganisationType.TOEGANG,
            "Toegang gemeente Bergen op Zoom", "Bergen op Zoom", "toegang@bergenopzoom.test", true);
    private static final Organisation VEILIG_THUIS = organisation(3, OrganisationType.VEILIG_THUIS,
            "Veilig Thuis West-Brabant", null, "intake@veiligthuis.test", true);
    private static final Organisation JBB = organisation(4, OrganisationType.GI, "Jeugdbescherming Brabant", null,
            "intake@jbb.test", true);
    private static final Organisation WSS = organisation(5, OrganisationType.GI, "William Schrikker Stichting", null,
            "intake@wss.test", true);
    private static final Organisation RVDK = organisation(6, OrganisationType.RVDK, "Raad voor de Kinderbescherming",
            null, "intake@rvdk.test", true);
    private static final Organisation OLD_RVDK = organisation(7, OrganisationType.RVDK, "Raad (oud)", null,
            "oud@rvdk.test", false);
    private static final List<Organisation> ALL = List.of(ROOSENDAAL, BERGEN, VEILIG_THUIS, JBB, WSS, RVDK, OLD_RVDK);

    private final PartnerResolver resolver = new PartnerResolver();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Veilig Thuis West-Brabant       | 3",
            "veilig thuis west brabant       | 3",
            "Veilig Thuis                    | 3",
            "VT                              | 3",
            "intake@veiligthuis.test         | 3",
            "RvdK                            | 6",
            "Raad voor de Kinderbescherming  | 6",
            "Toegang Roosendaal              | 1",
            "gemeente Bergen op Zoom         | 2",
            "Jeugdbescherming Brabant        | 4",
            "William Schrikker               | 5",
    })
    void findsThePartnerAsASocialWorkerWritesIt(String written, long expectedId) {
        PartnerResolver.Resolution resolution = resolver.resolve(written, ALL);

        PartnerResolver.Resolution.Found found = assertInstanceOf(PartnerResolver.Resolution.Found.class, resolution,
                written);
        assertEquals(expectedId, found.organisation().id().value());
    }

    @Test
    void aTypeWithSeveralOrganisationsIsAmbiguous() {
        PartnerResolver.Resolution resolution = resolver.resolve("Toegang", ALL);

        assertEquals(List.of(ROOSENDAAL, BERGEN),
                assertInstanceOf(PartnerResolver.Resolution.Ambiguous.class, resolution).candidates());
        assertInstanceOf(PartnerResolver.Resolution.Ambiguous.class, resolver.resolve("GI", ALL));
    }

    @Test
    void unknownAndInactivePartnersAreNotFound() {
        assertInstanceOf(PartnerResolver.Resolution.Unknown.class, resolver.resolve("Politie", ALL));
        assertInstanceOf(PartnerResolver.Resolution.Unknown.class, resolver.resolve("oud@rvdk.test",
                List.of(OLD_RVDK)));
        assertInstanceOf(PartnerResolver.Resolution.Unknown.class, resolver.resolve("   ", ALL));
    }

    private static Organisation organisation(long id, OrganisationType type, String name, String municipality,
                                             String mailbox, boolean active) {
        return new Organisation(new OrganisationId(id), new OrganisationData(type, name,
                Optional.ofNullable(municipality), MailAddress.of(mailbox), Optional.empty(), active));
    }
}
