package nl.vhkgateway.domain.intake;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IntakeRouteTest {

    @ParameterizedTest
    @ValueSource(strings = {"RvdK", "rvdk: veiligheidskaart", "Kaart [RVDK]", "Kaart voor RvdK - vervolg",
            "Voor de Raad voor de Kinderbescherming", "raad  voor de   kinderbescherming"})
    void theRvdkRouteIsChosenInTheSubject(String subject) {
        assertEquals(IntakeRoute.RVDK, IntakeRoute.fromSubject(subject));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Veiligheidskaart", "RvdKaart", "ervdk", "Raad van toezicht", "VHT-2026-0042"})
    void otherSubjectsGoToTheVeiligheidsTeam(String subject) {
        assertEquals(IntakeRoute.VHT, IntakeRoute.fromSubject(subject));
    }
}
