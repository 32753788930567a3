package nl.vhkgateway.application.consent;

import nl.vhkgateway.domain.audit.AuditEvent;
import nl.vhkgateway.domain.audit.AuditLog;
import nl.vhkgateway.domain.consent.CaseReference;
import nl.vhkgateway.domain.consent.ConsentData;
import nl.vhkgateway.domain.consent.ConsentId;
import nl.vhkgateway.domain.consent.ConsentNotFoundException;
import nl.vhkgateway.domain.consent.ConsentPolicy;
import nl.vhkgateway.domain.consent.ConsentRecipient;
import nl.vhkgateway.domain.consent.ConsentRecord;
import nl.vhkgateway.domain.consent.ConsentRepository;
import nl.vhkgateway.domain.consent.ConsenterRole;
import nl.vhkgateway.domain.consent.OrganisationRef;
import nl.vhkgateway.domain.consent.Withdrawal;
import nl.vhkgateway.domain.handover.HandoverRefusal;
import nl.vhkgateway.domain.handover.PermittedHandoverSpecification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The consent register's use cases for the REST API: record, look up and withdraw consent. A vaste deelnemer acts
 * only for the own organisation: records consent as the sending organisation, and sees or withdraws only consents
 * in which that organisation is the sender or the named recipient. The beheerder may do all of it. Recording a
 * consent for a direction that is never permitted is refused, since it could never be used. Every change, lookup
 * and denied attempt goes to the audit log (ids and codes only, never the free texts). Thread-safe.
 */
public final class ConsentService {

    private final ConsentRepository consents;
    private final ParticipantDirectory directory;
    private final PermittedHandoverSpecification directions;
    private final ConsentPolicy policy;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Optional<ConsentRegistrationRules> rules;

    public ConsentService(ConsentRepository consents, ParticipantDirectory directory,
                          PermittedHandoverSpecification directions, ConsentPolicy policy, AuditLog auditLog,
                          Clock clock) {
        this.consents = Objects.requireNonNull(consents, "consents");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.directions = Objects.requireNonNull(directions, "directions");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rules = Optional.empty();
    }

    /** With the register's validation rules (production); the constructor without them checks only the basics. */
    public ConsentService(ConsentRepository consents, ParticipantDirectory directory,
                          PermittedHandoverSpecification directions, ConsentPolicy policy, AuditLog auditLog,
                          Clock clock, ConsentRegistrationRules rules) {
        this.consents = Objects.requireNonNull(consents, "consents");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.directions = Objects.requireNonNull(directions, "directions");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rules = Optional.of(Objects.requireNonNull(rules, "rules"));
    }

    /** Records a consent (after {@link ConsentRegistrationRules} when they are set). */
    public ConsentRecord record(Caller caller, ConsentRegistration submitted) {
        ConsentRegistration registration = rules.map(r -> r.check(submitted, clock)).orElse(submitted);
        OrganisationRef sender = senderFor(caller, registration);
        ConsentRecipient recipient = recipientFor(registration);
        Optional<HandoverRefusal> never = directions.whyNotDirection(sender.type(), recipient.type(),
                registration.purpose());
        if (never.isPresent()) {
            throw new ConsentRequestException(never.get().message() + "; de toestemming is niet vastgelegd");
        }
        Instant now = clock.instant();
        if (registration.givenAt().isAfter(now)) {
            throw new ConsentRequestException("het moment waarop de toestemming is gegeven ligt in de toekomst");
        }
        Instant validFrom = registration.validFrom().orElse(registration.givenAt());
        if (!registration.validUntil().isAfter(validFrom)) {
            throw new ConsentRequestException("de einddatum van de toestemming moet na de begindatum liggen");
        }
        ConsentData data;
        try {
            data = new ConsentData(registration.caseReference(), registration.consenters(),
                    registration.youthAgeGroup(), sender, recipient, registration.purpose(), registration.howGiven(),
                    registration.givenAt(), validFrom, registration.validUntil(), caller.name(), now);
        } catch (IllegalArgumentException e) {
            throw new ConsentRequestException("de toestemming is onvolledig of onjuist: controleer de velden");
        }
        ConsentRecord record = consents.record(data);
        auditLog.append(AuditEvent.builder(caller.name(), "CONSENT_RECORDED")
                .subject(data.caseReference().value())
                .detail("consentId", record.id().toString())
                .detail("senderOrganisationId", Long.toString(sender.id()))
                .detail("receiverType", recipient.type().name())
                .detail("receiverOrganisationId", recipient.organisationId().map(String::valueOf))
                .detail("purpose", data.purpose().name())
                .detail("policyMet", Boolean.toString(policy.isSatisfiedBy(data)))
                .build());
        return record;
    }

    /** The consents of a case the caller may see, oldest first. */
    public List<ConsentRecord> lookup(Caller caller, CaseReference caseReference) {
        Optional<OrganisationRef> own = caller.beheerder() ? Optional.empty() : Optional.of(ownOrganisation(caller));
        List<ConsentRecord> visible = consents.findByCase(caseReference).stream()
                .filter(record -> own.map(o -> involves(record, o)).orElse(true))
                .toList();
        auditLog.append(AuditEvent.builder(caller.name(), "CONSENT_LOOKUP")
                .subject(caseReference.value())
                .detail("results", Integer.toString(visible.size()))
                .build());
        return visible;
    }

    /** One consent the caller may see. */
    public ConsentRecord get(Caller caller, ConsentId id) {
        ConsentRecord record = consents.findById(id).orElseThrow(() -> new ConsentNotFoundException(id));
        requireInvolved(caller, record, "CONSENT_LOOKUP");
        return record;
    }

    /**
     * Records the withdrawal of a consent.
     *
     * @param withdrawnAt when the betrokkene withdrew; now when empty; never in the future
     */
    public ConsentRecord withdraw(Caller caller, ConsentId id, ConsenterRole withdrawnBy, String how,
                                  Optional<Instant> withdrawnAt) {
        ConsentRecord record = consents.findById(id).orElseThrow(() -> new ConsentNotFoundException(id));
        requireInvolved(caller, record, "CONSENT_WITHDRAWN");
        Instant now = clock.instant();
        Instant at = withdrawnAt.orElse(now);
        if (at.isAfter(now)) {
            throw new ConsentRequestException("een intrekking kan niet in de toekomst liggen");
        }
        if (at.isBefore(record.data().givenAt())) {
            throw new ConsentRequestException("de intrekking ligt vóór het moment waarop de toestemming is gegeven");
        }
        Withdrawal withdrawal;
        try {
            withdrawal = new Withdrawal(at, withdrawnBy, how, caller.name(), now);
        } catch (IllegalArgumentException e) {
            throw new ConsentRequestException("de intrekking is onvolledig: geef aan door wie en hoe");
        }
        ConsentRecord withdrawn = consents.withdraw(id, withdrawal);
        auditLog.append(AuditEvent.builder(caller.name(), "CONSENT_WITHDRAWN")
                .subject(record.data().caseReference().value())
                .detail("consentId", id.toString())
                .detail("withdrawnBy", withdrawnBy.name())
                .build());
        return withdrawn;
    }

    /** What the record lacks under the current policy; empty when it meets it. */
    public Optional<String> policyShortfall(ConsentRecord record) {
        return policy.shortfall(record.data());
    }

    private OrganisationRef senderFor(Caller caller, ConsentRegistration registration) {
        if (caller.beheerder()) {
            long id = registration.senderOrganisationId().orElseThrow(() -> new ConsentRequestException(
                    "geef de verzendende organisatie op (senderOrganisationId)"));
            return directory.organisation(id).orElseThrow(() -> new ConsentRequestException(
                    "verzendende organisatie " + id + " is niet bekend"));
        }
        OrganisationRef own = ownOrganisation(caller);
        if (registration.senderOrganisationId().map(id -> id != own.id()).orElse(false)) {
            deny(caller, "CONSENT_RECORDED", Optional.of(registration.caseReference().value()), "NOT_OWN_ORGANISATION");
            throw new ConsentAccessDeniedException("u kunt alleen toestemming vastleggen voor uw eigen organisatie");
        }
        return own;
    }

    private ConsentRecipient recipientFor(ConsentRegistration registration) {
        if (registration.recipientOrganisationId().isPresent()) {
            long id = registration.recipientOrganisationId().get();
            OrganisationRef recipient = directory.organisation(id).orElseThrow(() -> new ConsentRequestException(
                    "ontvangende organisatie " + id + " is niet bekend"));
            if (registration.recipientType().map(t -> t != recipient.type()).orElse(false)) {
                throw new ConsentRequestException("ontvangende organisatie " + id + " is geen "
                        + registration.recipientType().get().dutchName());
            }
            return ConsentRecipient.organisation(recipient);
        }
        return ConsentRecipient.anyOfType(registration.recipientType().orElseThrow(() -> new ConsentRequestException(
                "geef de ontvangende organisatie (recipientOrganisationId) of het type organisatie"
                        + " (recipientType) op")));
    }

    private OrganisationRef ownOrganisation(Caller caller) {
        if (!caller.deelnemer()) {
            deny(caller, "CONSENT_ACCESS", Optional.empty(), "NO_ROLE");
            throw new ConsentAccessDeniedException("u heeft geen toegang tot het toestemmingenregister");
        }
        return directory.organisationOfParticipant(caller.name()).orElseThrow(() -> {
            deny(caller, "CONSENT_ACCESS", Optional.empty(), "NOT_ACTIVE_PARTICIPANT");
            return new ConsentAccessDeniedException("u bent niet (meer) geregistreerd als actieve vaste deelnemer");
        });
    }

    private void requireInvolved(Caller caller, ConsentRecord record, String action) {
        if (caller.beheerder()) {
            return;
        }
        if (!involves(record, ownOrganisation(caller))) {
            deny(caller, action, Optional.of(record.data().caseReference().value()), "NOT_OWN_ORGANISATION");
            throw new ConsentAccessDeniedException("deze toestemming hoort niet bij uw organisatie");
        }
    }

    private static boolean involves(ConsentRecord record, OrganisationRef organisation) {
        return record.data().sender().id() == organisation.id()
                || record.data().recipient().organisationId().map(id -> id == organisation.id()).orElse(false);
    }

    private void deny(Caller caller, String action, Optional<String> subject, String reason) {
        AuditEvent.Builder event = AuditEvent.builder(caller.name(), action).outcome("DENIED").reason(reason);
        subject.ifPresent(event::subject);
        auditLog.append(event.build());
    }
}
