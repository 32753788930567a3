package nl.vhkgateway.testsupport;

import nl.vhkgateway.application.consent.ParticipantDirectory;
import nl.vhkgateway.domain.consent.OrganisationRef;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The demo participants and organisations of issue 2, as a directory for tests. */
public final class DemoParticipantDirectory implements ParticipantDirectory {

    private static final Map<String, OrganisationRef> PARTICIPANTS = Map.of(
            "deelnemer@roosendaal.test", ConsentExamples.TOEGANG_ROOSENDAAL,
            "deelnemer@veiligthuis.test", ConsentExamples.VEILIG_THUIS,
            "deelnemer@jbb.test", ConsentExamples.GI_JBB,
            "deelnemer@rvdk.test", ConsentExamples.RVDK);
    private static final List<OrganisationRef> ORGANISATIONS = List.of(ConsentExamples.TOEGANG_ROOSENDAAL,
            ConsentExamples.TOEGANG_BERGEN_OP_ZOOM, ConsentExamples.VEILIG_THUIS, ConsentExamples.GI_JBB,
            ConsentExamples.RVDK, ConsentExamples.GI_WSS);

    @Override
    public Optional<OrganisationRef> organisationOfParticipant(String mailAddress) {
        return Optional.ofNullable(PARTICIPANTS.get(mailAddress.toLowerCase(Locale.ROOT)));
    }

    @Override
    public Optional<OrganisationRef> organisation(long organisationId) {
        return ORGANISATIONS.stream().filter(o -> o.id() == organisationId).findFirst();
    }
}
