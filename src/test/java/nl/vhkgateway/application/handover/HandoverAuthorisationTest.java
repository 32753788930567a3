package nl.vhkgateway.application.handover;

import nl.vhkgateway.domain.audit.AuditEntry;
import nl.vhkgateway.domain.audit.AuditEvent;
import nl.vhkgateway.domain.audit.AuditLog;
import nl.vhkgateway.domain.audit.AuditQuery;
import nl.vhkgateway.domain.audit.ChainHead;
import nl.vhkgateway.domain.audit.ChainVerification;
import nl.vhkgateway.domain.audit.InMemoryAuditLog;
import nl.vhkgateway.domain.consent.AgeGroup;
import nl.vhkgateway.domain.consent.ConsentData;
import nl.vhkgateway.domain.consent.ConsentId;
import nl.vhkgateway.domain.consent.ConsentPolicy;
import nl.vhkgateway.domain.consent.ConsentRecord;
import nl.vhkgateway.domain.consent.Consenter;
import nl.vhkgateway.domain.consent.ConsenterRole;
import nl.vhkgateway.domain.consent.InMemoryConsentRepository;
import nl.vhkgateway.domain.consent.Purpose;
import nl.vhkgateway.domain.consent.Withdrawal;
import nl.vhkgateway.domain.handover.HandoverDecision;
import nl.vhkgateway.domain.handover.HandoverRequest;
import nl.vhkgateway.domain.handover.PermittedHandoverSpecification;
import nl.vhkgateway.domain.handover.RefusalReason;
import nl.vhkgateway.domain.participant.OrganisationType;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

import static nl.vhkgateway.testsupport.ConsentExamples.CASE;
import static nl.vhkgateway.testsupport.ConsentExamples.GI_JBB;
import static nl.vhkgateway.testsupport.ConsentExamples.GI_WSS;
import static nl.vhkgateway.testsupport.ConsentExamples.OTHER_CASE;
import static nl.vhkgateway.testsupport.ConsentExamples.RVDK;
import static nl.vhkgateway.testsupport.ConsentExamples.T0;
import static nl.vhkgateway.testsupport.ConsentExamples.TOEGANG_BERGEN_OP_ZOOM;
import static nl.vhkgateway.testsupport.ConsentExamples.TOEGANG_ROOSENDAAL;
import static nl.vhkgateway.testsupport.ConsentExamples.VEILIG_THUIS;
import static nl.vhkgateway.testsupport.ConsentExamples.consent;
import static nl.vhkgateway.testsupport.ConsentExamples.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HandoverAuthorisationTest {

    private final InMemoryConsentRepository consents = new InMemoryConsentRepository();
    private final InMemoryAuditLog audit = new InMemoryAuditLog(Clock.fixed(T0, ZoneOffset.UTC));
    private final HandoverAuthorisation authorisation = new HandoverAuthorisation(consents, ConsentPolicy.defaults(),
            new PermittedHandoverSpecification(), audit);

    private ConsentRecord record(ConsentData data) {
        return consents.record(data);
    }

    private void assertRefused(HandoverDecision decision, RefusalReason reason, String messagePart) {
        assertFalse(decision.isGranted(), decision.toString());
        assertEquals(reason, decision.refusal().orElseThrow().reason());
        String message = decision.refusal().orElseThrow().message();
        assertTrue(message.contains(messagePart), message);
    }

    @Test
    void grantsWithAValidConsentAndAPermittedDirection() {
        ConsentRecord consent = record(consent().build());

        HandoverDecision decision = authorisation.authorise(request().build());

        assertTrue(decision.isGranted());
        assertEquals(consent.id(), decision.consentId().orElseThrow());
    }

    @Test
    void grantsTheQuotedConsent() {
        record(consent().build());
        ConsentRecord second = record(consent().build());

        HandoverDecision decision = authorisation.authorise(request().quoting(second.id()).build());

        assertEquals(second.id(), decision.consentId().orElseThrow());
    }

    @Test
    void refusesWithoutAnyConsentForTheCase() {
        assertRefused(authorisation.authorise(request().build()), RefusalReason.CONSENT_NOT_FOUND,
                "er is geen toestemming geregistreerd voor casus VHT-2026-0042");
    }

    @Test
    void refusesAnUnknownConsentNumber() {
        record(consent().build());

        assertRefused(authorisation.authorise(request().quoting(new ConsentId(99)).build()),
                RefusalReason.CONSENT_NOT_FOUND, "toestemmingsnummer 99 is niet bekend");
    }

    @Test
    void refusesAnExpiredConsent() {
        ConsentRecord consent = record(consent().valid(T0, T0.plus(Duration.ofDays(30))).build());

        HandoverDecision decision = authorisation.authorise(request().at(T0.plus(Duration.ofDays(30))).build());

        assertRefused(decision, RefusalReason.CONSENT_EXPIRED, "is verlopen op 01-04-2026 om 11:00");
        assertEquals(consent.id(), decision.consentId().orElseThrow());
    }

    @Test
    void refusesAConsentThatIsNotYetValid() {
        record(consent().valid(T0.plus(Duration.ofDays(7)), T0.plus(Duration.ofDays(30))).build());

        assertRefused(authorisation.authorise(request().at(T0.plus(Duration.ofDays(1))).build()),
                RefusalReason.CONSENT_NOT_YET_VALID, "pas vanaf 09-03-2026 om 10:00");
    }

    @Test
    void refusesAWithdrawnConsentAndSaysWhen() {
        ConsentRecord consent = record(consent().build());
        consents.withdraw(consent.id(), withdrawal(T0.plus(Duration.ofHours(3))));

        assertRefused(authorisation.authorise(request().at(T0.plus(Duration.ofDays(1))).build()),
                RefusalReason.CONSENT_WITHDRAWN, "de toestemming met nummer 1 is ingetrokken op 02-03-2026 om 13:00");
    }

    @Test
    void refusesDeliveryWhenConsentWasWithdrawnAfterReceipt() {
        ConsentRecord consent = record(consent().build());
        HandoverRequest request = request().at(T0.plus(Duration.ofDays(1))).build();
        HandoverDecision atReceipt = authorisation.authorise(request);
        assertTrue(atReceipt.isGranted());

        Instant withdrawnAt = T0.plus(Duration.ofDays(1)).plusSeconds(60);
        consents.withdraw(consent.id(), withdrawal(withdrawnAt));
        HandoverDecision atDelivery = authorisation.recheckBeforeDelivery(request,
                atReceipt.consentId().orElseThrow(), withdrawnAt.plusSeconds(30));

        assertRefused(atDelivery, RefusalReason.CONSENT_WITHDRAWN, "ingetrokken op");
        List<AuditEntry> rows = audit.entries();
        assertEquals(List.of("HANDOVER_CHECK", "HANDOVER_RECHECK"),
                rows.stream().map(e -> e.event().action()).toList());
        assertEquals(List.of("GRANTED", "REFUSED"), rows.stream().map(e -> e.event().outcome()).toList());
        assertEquals(List.of("CONSENT_WITHDRAWN"), rows.get(1).event().reasonCodes());
    }

    @Test
    void refusesDeliveryWhenConsentExpiredAfterReceipt() {
        record(consent().valid(T0, T0.plus(Duration.ofDays(2))).build());
        HandoverRequest request = request().at(T0.plus(Duration.ofDays(1))).build();
        HandoverDecision atReceipt = authorisation.authorise(request);

        HandoverDecision atDelivery = authorisation.recheckBeforeDelivery(request,
                atReceipt.consentId().orElseThrow(), T0.plus(Duration.ofDays(2)));

        assertTrue(atReceipt.isGranted());
        assertRefused(atDelivery, RefusalReason.CONSENT_EXPIRED, "verlopen");
    }

    @Test
    void deliveryRecheckGrantsWhenNothingChanged() {
        record(consent().build());
        HandoverRequest request = request().build();
        HandoverDecision atReceipt = authorisation.authorise(request);

        HandoverDecision atDelivery = authorisation.recheckBeforeDelivery(request,
                atReceipt.consentId().orElseThrow(), request.moment().plusSeconds(5));

        assertTrue(atDelivery.isGranted());
        assertEquals(atReceipt.consentId(), atDelivery.consentId());
    }

    @Test
    void refusesAQuotedConsentForAnotherCase() {
        ConsentRecord other = record(consent().caseReference(OTHER_CASE).build());

        assertRefused(authorisation.authorise(request().quoting(other.id()).build()),
                RefusalReason.CONSENT_OTHER_CASE, "is voor een andere casus");
    }

    @Test
    void aConsentForAnotherCaseIsNoConsentForThisOne() {
        record(consent().caseReference(OTHER_CASE).build());

        assertRefused(authorisation.authorise(request().build()), RefusalReason.CONSENT_NOT_FOUND,
                "geen toestemming geregistreerd");
    }

    @Test
    void refusesAnotherReceivingPartner() {
        record(consent().recipient(VEILIG_THUIS).build());

        assertRefused(authorisation.authorise(request().receiver(RVDK).build()),
                RefusalReason.CONSENT_OTHER_RECIPIENT, "geen geldige toestemming voor deze ontvanger");
    }

    @Test
    void refusesAnotherOrganisationOfTheSameType() {
        record(consent().sender(RVDK).recipient(GI_JBB).build());

        HandoverDecision decision = authorisation.authorise(request().participant("deelnemer@rvdk.test")
                .sender(RVDK).receiver(GI_WSS).build());

        assertRefused(decision, RefusalReason.CONSENT_OTHER_RECIPIENT, "geen geldige toestemming voor deze ontvanger");
    }

    @Test
    void aConsentForATypeCoversEveryOrganisationOfThatType() {
        record(consent().sender(RVDK).recipientType(OrganisationType.GI).build());

        assertTrue(authorisation.authorise(request().sender(RVDK).receiver(GI_WSS).build()).isGranted());
        assertTrue(authorisation.authorise(request().sender(RVDK).receiver(GI_JBB).build()).isGranted());
    }

    @Test
    void refusesAConsentGivenForSharingByAnotherOrganisation() {
        record(consent().sender(TOEGANG_BERGEN_OP_ZOOM).build());

        assertRefused(authorisation.authorise(request().sender(TOEGANG_ROOSENDAAL).build()),
                RefusalReason.CONSENT_OTHER_SENDER, "geen toestemming voor delen door uw organisatie");
    }

    @Test
    void refusesAnotherPurpose() {
        record(consent().purpose(Purpose.OVERDRACHT).build());

        assertRefused(authorisation.authorise(request().purpose(Purpose.INTERVENTIEGESPREK).vhtSubmission(true)
                .build()), RefusalReason.CONSENT_OTHER_PURPOSE, "alleen toestemming voor een ander doel");
    }

    @Test
    void refusesAQuotedConsentForAnotherPurposeNamingBoth() {
        ConsentRecord consent = record(consent().purpose(Purpose.INTERVENTIEGESPREK).build());

        assertRefused(authorisation.authorise(request().quoting(consent.id()).build()),
                RefusalReason.CONSENT_OTHER_PURPOSE, "is voor een ander doel: interventiegesprek, niet overdracht");
    }

    @Test
    void refusesConsentOfTheYouthAlone() {
        record(consent().consenters(Consenter.youth(AgeGroup.VANAF_16)).youthAgeGroup(AgeGroup.VANAF_16).build());

        assertRefused(authorisation.authorise(request().build()), RefusalReason.CONSENT_POLICY_NOT_MET,
                "toestemming van een ouder met gezag of voogd ontbreekt");
    }

    @Test
    void refusesWhenAYouthOf16OrOlderDidNotConsent() {
        record(consent().consenters(Consenter.of(ConsenterRole.OUDER_MET_GEZAG)).youthAgeGroup(AgeGroup.VANAF_16)
                .build());

        assertRefused(authorisation.authorise(request().build()), RefusalReason.CONSENT_POLICY_NOT_MET,
                "toestemming van de jeugdige zelf (16 jaar of ouder) ontbreekt");
    }

    @Test
    void aYouthOf12To15NeedsNoOwnConsentUnderTheDefaultPolicy() {
        record(consent().consenters(Consenter.of(ConsenterRole.VOOGD)).youthAgeGroup(AgeGroup.VAN_12_TOT_16)
                .build());

        assertTrue(authorisation.authorise(request().build()).isGranted());
    }

    @Test
    void grantsWhenParentAndYouthOf16Consented() {
        record(consent().consenters(Consenter.of(ConsenterRole.OUDER_MET_GEZAG), Consenter.youth(AgeGroup.VANAF_16))
                .youthAgeGroup(AgeGroup.VANAF_16).build());

        assertTrue(authorisation.authorise(request().build()).isGranted());
    }

    @Test
    void aFosterParentAloneIsNotEnough() {
        record(consent().consenters(Consenter.of(ConsenterRole.PLEEGOUDER)).build());

        assertRefused(authorisation.authorise(request().build()), RefusalReason.CONSENT_POLICY_NOT_MET,
                "ouder met gezag of voogd");
    }

    @Test
    void refusesAForbiddenDirectionEvenWithAConsentInTheRegister() {
        record(consent().sender(GI_JBB).recipient(VEILIG_THUIS).build());

        HandoverDecision decision = authorisation.authorise(request().participant("deelnemer@jbb.test")
                .sender(GI_JBB).receiver(VEILIG_THUIS).build());

        assertRefused(decision, RefusalReason.DIRECTION_NOT_PERMITTED,
                "deze richting is niet toegestaan: GI naar Veilig Thuis");
        assertEquals(List.of("DIRECTION_NOT_PERMITTED"), audit.entries().get(0).event().reasonCodes());
    }

    @Test
    void picksTheValidConsentAmongInvalidOnes() {
        ConsentRecord withdrawn = record(consent().build());
        consents.withdraw(withdrawn.id(), withdrawal(T0.plusSeconds(10)));
        record(consent().purpose(Purpose.INTERVENTIEGESPREK).build());
        ConsentRecord valid = record(consent().build());

        HandoverDecision decision = authorisation.authorise(request().build());

        assertEquals(valid.id(), decision.consentId().orElseThrow());
    }

    @Test
    void explainsTheClosestConsentWhenNoneIsValid() {
        record(consent().recipient(RVDK).build());
        ConsentRecord withdrawn = record(consent().build());
        consents.withdraw(withdrawn.id(), withdrawal(T0.plusSeconds(10)));

        HandoverDecision decision = authorisation.authorise(request().build());

        assertRefused(decision, RefusalReason.CONSENT_WITHDRAWN, "ingetrokken");
        assertEquals(withdrawn.id(), decision.consentId().orElseThrow());
    }

    @Test
    void auditsEveryCheckWithIdsAndCodesOnly() {
        ConsentRecord consent = record(consent().build());
        authorisation.authorise(request().build());
        authorisation.authorise(request().receiver(RVDK).build());

        List<AuditEntry> rows = audit.entries();
        assertEquals(2, rows.size());
        AuditEvent granted = rows.get(0).event();
        assertEquals("deelnemer@roosendaal.test", granted.actor());
        assertEquals(CASE.value(), granted.subject().orElseThrow());
        assertEquals("GRANTED", granted.outcome());
        assertEquals(consent.id().toString(), granted.details().get("consentId"));
        assertEquals("VEILIG_THUIS", granted.details().get("receiverType"));
        assertEquals("REFUSED", rows.get(1).event().outcome());
        assertEquals(List.of("CONSENT_OTHER_RECIPIENT"), rows.get(1).event().reasonCodes());
        rows.forEach(row -> row.event().details().values()
                .forEach(value -> assertFalse(value.contains("huisbezoek"), value)));
        assertTrue(audit.verifyChain().intact());
    }

    @Test
    void failsClosedWhenTheAuditLogCannotBeWritten() {
        record(consent().build());
        HandoverAuthorisation withBrokenLog = new HandoverAuthorisation(consents, ConsentPolicy.defaults(),
                new PermittedHandoverSpecification(), new UnwritableAuditLog());

        assertThrows(IllegalStateException.class, () -> withBrokenLog.authorise(request().build()));
    }

    private static Withdrawal withdrawal(Instant at) {
        return new Withdrawal(at, ConsenterRole.OUDER_MET_GEZAG, "telefonisch", "deelnemer@roosendaal.test", at);
    }

    /** An audit log whose database is gone. */
    private static final class UnwritableAuditLog implements AuditLog {
        @Override
        public AuditEntry append(AuditEvent event) {
            throw new IllegalStateException("database unreachable");
        }

        @Override
        public List<AuditEntry> find(AuditQuery query, long offset) {
            return List.of();
        }

        @Override
        public long count(AuditQuery query) {
            return 0;
        }

        @Override
        public void scan(AuditQuery query, Consumer<AuditEntry> consumer) {
            // nothing stored
        }

        @Override
        public ChainHead head() {
            return ChainHead.genesis();
        }

        @Override
        public ChainVerification verifyChain() {
            throw new IllegalStateException("database unreachable");
        }
    }
}
