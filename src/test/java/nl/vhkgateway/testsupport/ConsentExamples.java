package nl.vhkgateway.testsupport;

import nl.vhkgateway.domain.consent.AgeGroup;
import nl.vhkgateway.domain.consent.CaseReference;
import nl.vhkgateway.domain.consent.ConsentData;
import nl.vhkgateway.domain.consent.ConsentId;
import nl.vhkgateway.domain.consent.ConsentRecipient;
import nl.vhkgateway.domain.consent.Consenter;
import nl.vhkgateway.domain.consent.ConsenterRole;
import nl.vhkgateway.domain.consent.OrganisationRef;
import nl.vhkgateway.domain.consent.Purpose;
import nl.vhkgateway.domain.handover.HandoverRequest;
import nl.vhkgateway.domain.participant.OrganisationType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Test data for consents and handover requests: the demo organisations and builders with sensible defaults. */
public final class ConsentExamples {

    public static final OrganisationRef TOEGANG_ROOSENDAAL = new OrganisationRef(1, OrganisationType.TOEGANG);
    public static final OrganisationRef TOEGANG_BERGEN_OP_ZOOM = new OrganisationRef(2, OrganisationType.TOEGANG);
    public static final OrganisationRef VEILIG_THUIS = new OrganisationRef(3, OrganisationType.VEILIG_THUIS);
    public static final OrganisationRef GI_JBB = new OrganisationRef(4, OrganisationType.GI);
    public static final OrganisationRef RVDK = new OrganisationRef(5, OrganisationType.RVDK);
    public static final OrganisationRef GI_WSS = new OrganisationRef(6, OrganisationType.GI);

    public static final CaseReference CASE = new CaseReference("VHT-2026-0042");
    public static final CaseReference OTHER_CASE = new CaseReference("VHT-2026-0043");
    public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private ConsentExamples() {
    }

    /** The organisation of the given type among the examples (the first one). */
    public static OrganisationRef organisationOf(OrganisationType type) {
        return switch (type) {
            case TOEGANG -> TOEGANG_ROOSENDAAL;
            case VEILIG_THUIS -> VEILIG_THUIS;
            case GI -> GI_JBB;
            case RVDK -> RVDK;
        };
    }

    public static ConsentBuilder consent() {
        return new ConsentBuilder();
    }

    public static RequestBuilder request() {
        return new RequestBuilder();
    }

    /** Builds {@link ConsentData}; defaults: parent consented, Toegang Roosendaal to Veilig Thuis, overdracht. */
    public static final class ConsentBuilder {
        private CaseReference caseReference = CASE;
        private List<Consenter> consenters = List.of(Consenter.of(ConsenterRole.OUDER_MET_GEZAG));
        private AgeGroup youthAgeGroup = AgeGroup.VAN_12_TOT_16;
        private OrganisationRef sender = TOEGANG_ROOSENDAAL;
        private ConsentRecipient recipient = ConsentRecipient.organisation(VEILIG_THUIS);
        private Purpose purpose = Purpose.OVERDRACHT;
        private Instant givenAt = T0;
        private Instant validFrom = T0;
        private Instant validUntil = T0.plus(Duration.ofDays(90));
        private String recordedBy = "deelnemer@roosendaal.test";

        public ConsentBuilder caseReference(CaseReference value) {
            caseReference = value;
            return this;
        }

        public ConsentBuilder consenters(Consenter... values) {
            consenters = List.of(values);
            return this;
        }

        public ConsentBuilder youthAgeGroup(AgeGroup value) {
            youthAgeGroup = value;
            return this;
        }

        public ConsentBuilder sender(OrganisationRef value) {
            sender = value;
            return this;
        }

        public ConsentBuilder recipient(OrganisationRef value) {
            recipient = ConsentRecipient.organisation(value);
            return this;
        }

        public ConsentBuilder recipientType(OrganisationType value) {
            recipient = ConsentRecipient.anyOfType(value);
            return this;
        }

        public ConsentBuilder purpose(Purpose value) {
            purpose = value;
            return this;
        }

        public ConsentBuilder givenAt(Instant value) {
            givenAt = value;
            return this;
        }

        public ConsentBuilder valid(Instant from, Instant until) {
            validFrom = from;
            validUntil = until;
            return this;
        }

        public ConsentBuilder recordedBy(String value) {
            recordedBy = value;
            return this;
        }

        public ConsentData build() {
            return new ConsentData(caseReference, consenters, youthAgeGroup, sender, recipient, purpose,
                    "mondeling tijdens huisbezoek", givenAt, validFrom, validUntil, recordedBy, givenAt);
        }
    }

    /** Builds a {@link HandoverRequest}; defaults: Toegang Roosendaal to Veilig Thuis, overdracht, a day after T0. */
    public static final class RequestBuilder {
        private String participant = "deelnemer@roosendaal.test";
        private OrganisationRef sender = TOEGANG_ROOSENDAAL;
        private OrganisationRef receiver = VEILIG_THUIS;
        private Purpose purpose = Purpose.OVERDRACHT;
        private CaseReference caseReference = CASE;
        private Instant moment = T0.plus(Duration.ofDays(1));
        private boolean vhtSubmission;
        private Optional<ConsentId> quoted = Optional.empty();

        public RequestBuilder participant(String value) {
            participant = value;
            return this;
        }

        public RequestBuilder sender(OrganisationRef value) {
            sender = value;
            return this;
        }

        public RequestBuilder receiver(OrganisationRef value) {
            receiver = value;
            return this;
        }

        public RequestBuilder purpose(Purpose value) {
            purpose = value;
            return this;
        }

        public RequestBuilder caseReference(CaseReference value) {
            caseReference = value;
            return this;
        }

        public RequestBuilder at(Instant value) {
            moment = value;
            return this;
        }

        public RequestBuilder vhtSubmission(boolean value) {
            vhtSubmission = value;
            return this;
        }

        public RequestBuilder quoting(ConsentId value) {
            quoted = Optional.of(value);
            return this;
        }

        public HandoverRequest build() {
            return new HandoverRequest(participant, sender, receiver, purpose, caseReference, moment, vhtSubmission,
                    quoted);
        }
    }
}
