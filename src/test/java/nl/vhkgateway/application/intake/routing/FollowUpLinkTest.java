package nl.vhkgateway.application.intake.routing;

import nl.vhkgateway.domain.card.CardFacts;
import nl.vhkgateway.domain.card.SoortInbreng;
import nl.vhkgateway.domain.intake.IntakeRecord;
import nl.vhkgateway.domain.intake.IntakeRecordRepository;
import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.domain.submission.SubmissionNumber;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FollowUpLinkTest {

    private static final SubmissionId EARLIER = new SubmissionId(5);
    private static final SubmissionId SELF = new SubmissionId(9);
    private final FollowUpLink links = new FollowUpLink(new KnownNumbers(Map.of(
            SubmissionNumber.parse("VHT-2026-0001"), EARLIER, SubmissionNumber.parse("VHT-2026-0009"), SELF)));

    @Test
    void aVervolgbesprekingNamingAKnownNumberOnTheCoverIsLinked() {
        FollowUpLink.Link link = links.resolve(facts(SoortInbreng.VERVOLGBESPREKING, "VHT-2026-0001"), "", SELF);
        assertEquals(Optional.of(EARLIER), link.linked());
        assertEquals(Optional.of(SubmissionNumber.parse("VHT-2026-0001")), link.linkedNumber());
    }

    @Test
    void theSubjectCountsWhenTheCardNamesNoNumberAlsoAsPeopleTypeIt() {
        FollowUpLink.Link link = links.resolve(facts(SoortInbreng.MONITORING, null), "Monitoring vht 2026-1", SELF);
        assertEquals(Optional.of(EARLIER), link.linked());
    }

    @Test
    void anUnknownNumberIsKeptAsUnknown() {
        FollowUpLink.Link link = links.resolve(facts(SoortInbreng.MONITORING, "VHT-2024-0777"), "", SELF);
        assertEquals(Optional.empty(), link.linked());
        assertEquals(Optional.of(SubmissionNumber.parse("VHT-2024-0777")), link.unknownNumber());
    }

    @Test
    void aFirstSubmissionIsNotLinkedAndNothingLinksToItself() {
        assertEquals(Optional.empty(), links.resolve(facts(SoortInbreng.EERSTE_INBRENG, "VHT-2026-0001"), "",
                SELF).named());
        assertEquals(Optional.empty(), links.resolve(facts(SoortInbreng.VERVOLGBESPREKING, "VHT-2026-0009"), "",
                SELF).linked());
    }

    private static CardFacts facts(SoortInbreng soort, String earlier) {
        return new CardFacts(Optional.empty(), Optional.of(soort), "", "", List.of(), false, Optional.empty(),
                Optional.ofNullable(earlier));
    }

    private record KnownNumbers(Map<SubmissionNumber, SubmissionId> numbers) implements IntakeRecordRepository {
        @Override
        public SubmissionNumber numberFor(SubmissionId submission, int year) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void save(IntakeRecord record) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<IntakeRecord> find(SubmissionId submission) {
            return Optional.empty();
        }

        @Override
        public Optional<SubmissionId> findByNumber(SubmissionNumber number) {
            return Optional.ofNullable(numbers.get(number));
        }
    }
}
