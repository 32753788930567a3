package nl.vhkgateway.application.participant;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import nl.vhkgateway.application.intake.messages.DutchDates;
import nl.vhkgateway.domain.participant.DuplicateRegistrationException;
import nl.vhkgateway.domain.participant.InvalidCertificateException;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.participant.Organisation;
import nl.vhkgateway.domain.participant.OrganisationData;
import nl.vhkgateway.domain.participant.OrganisationId;
import nl.vhkgateway.domain.participant.OrganisationRepository;
import nl.vhkgateway.domain.participant.OrganisationType;
import nl.vhkgateway.domain.participant.Participant;
import nl.vhkgateway.domain.participant.ParticipantData;
import nl.vhkgateway.domain.participant.ParticipantId;
import nl.vhkgateway.domain.participant.ParticipantRepository;
import nl.vhkgateway.domain.participant.PemCertificate;
import nl.vhkgateway.domain.participant.UnknownOrganisationException;
import nl.vhkgateway.application.security.PasswordHasher;
import nl.vhkgateway.application.security.VerifiedPasswordCache;

/**
 * The register of partner organisations and their vaste deelnemers: what the beheerder manages through the REST
 * API, and what intake asks ("is this sender an active participant?") and the REST security asks ("is this API
 * password right?"). Validates every input and answers with Dutch messages ({@link RegisterValidationException},
 * {@link RegistrationNotFoundException}, {@link RegistrationConflictException}). Nothing is ever deleted:
 * organisations and participants are deactivated. Thread-safe (stateless apart from its collaborators).
 */
public final class ParticipantRegistry {

    /** Minimum length of a REST API password set through the API. */
    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final int MAX_PASSWORD_LENGTH = 1024;
    private static final int MAX_NAME_LENGTH = 200;
    private static final int MAX_MUNICIPALITY_LENGTH = 100;
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final Logger LOG = Logger.getLogger(ParticipantRegistry.class.getName());

    private final OrganisationRepository organisations;
    private final ParticipantRepository participants;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final VerifiedPasswordCache verified = new VerifiedPasswordCache();

    public ParticipantRegistry(OrganisationRepository organisations, ParticipantRepository participants,
                               PasswordHasher hasher, Clock clock) {
        this.organisations = Objects.requireNonNull(organisations, "organisations");
        this.participants = Objects.requireNonNull(participants, "participants");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    // ---- organisations ------------------------------------------------------------------------------------------

    public List<Organisation> organisations() {
        return organisations.findAll();
    }

    public Organisation organisation(long id) {
        return findOrganisation(id).orElseThrow(() -> RegistrationNotFoundException.organisation(id));
    }

    public Organisation registerOrganisation(OrganisationInput input) {
        OrganisationData data = validOrganisation(input, Optional.empty(), true);
        try {
            Organisation organisation = organisations.add(data);
            LOG.info(() -> "organisation " + organisation.id() + " registered (" + data.type() + ")");
            return organisation;
        } catch (DuplicateRegistrationException e) {
            throw organisationNameTaken(e);
        }
    }

    /** Changes type, name, municipality, mailbox and (when given) the active state; the certificate stays. */
    public Organisation updateOrganisation(long id, OrganisationInput input) {
        Organisation current = organisation(id);
        OrganisationData data = validOrganisation(input, current.partnerCertificate(),
                input.active() == null ? current.active() : input.active());
        return storeOrganisation(current.id(), data);
    }

    public Organisation setOrganisationActive(long id, boolean active) {
        Organisation current = organisation(id);
        return storeOrganisation(current.id(), current.data().withActive(active));
    }

    /** Registers the partner's S/MIME certificate (PEM): handovers to this partner are then encrypted for it. */
    public Organisation setPartnerCertificate(long id, String pem) {
        Organisation current = organisation(id);
        PemCertificate certificate = validCertificate(pem);
        List<Violation> violations = new ArrayList<>();
        if (!certificate.allowsEncryption()) {
            violations.add(new Violation("certificate",
                    "Dit certificaat mag niet worden gebruikt om e-mail te versleutelen (sleutelgebruik)."));
        }
        failIfAny(violations);
        return storeOrganisation(current.id(), current.data().withPartnerCertificate(Optional.of(certificate)));
    }

    public Organisation removePartnerCertificate(long id) {
        Organisation current = organisation(id);
        return storeOrganisation(current.id(), current.data().withPartnerCertificate(Optional.empty()));
    }

    // ---- participants -------------------------------------------------------------------------------------------

    public List<Participant> participants() {
        return participants.findAll();
    }

    public List<Participant> participantsOf(long organisationId) {
        return participants.findByOrganisation(organisation(organisationId).id());
    }

    public Participant participant(long id) {
        return findParticipant(id).orElseThrow(() -> RegistrationNotFoundException.participant(id));
    }

    /** The participant registered with this address, active or not. */
    public Optional<Participant> findByMailAddress(MailAddress address) {
        return participants.findByMailAddress(address);
    }

    /** The participant with this address when it may submit (it and its organisation are active). */
    public Optional<Participant> activeParticipant(MailAddress address) {
        return participants.findByMailAddress(address).filter(Participant::maySubmit);
    }

    public Participant registerParticipant(ParticipantInput input) {
        ParticipantData data = validParticipant(input, Optional.empty(), true);
        try {
            Participant participant = participants.add(data);
            LOG.info(() -> "participant " + participant.id() + " registered for organisation "
                    + participant.organisation().id());
            return participant;
        } catch (DuplicateRegistrationException e) {
            throw mailAddressTaken(e);
        } catch (UnknownOrganisationException e) {
            throw organisationGone();
        }
    }

    /** Changes name, mail address, organisation and (when given) the active state; the certificate stays. */
    public Participant updateParticipant(long id, ParticipantInput input) {
        Participant current = participant(id);
        ParticipantData data = validParticipant(input, current.signingCertificate(),
                input.active() == null ? current.active() : input.active());
        return storeParticipant(current.id(), data);
    }

    public Participant setParticipantActive(long id, boolean active) {
        Participant current = participant(id);
        return storeParticipant(current.id(), current.data().withActive(active));
    }

    /**
     * Registers the participant's S/MIME signing certificate (PEM). From then on every submission must be signed
     * with it. Refused when expired, not meant for signing, or made out to another mail address.
     */
    public Participant setSigningCertificate(long id, String pem) {
        Participant current = participant(id);
        PemCertificate certificate = validCertificate(pem);
        List<Violation> violations = new ArrayList<>();
        if (!certificate.allowsSigning()) {
            violations.add(new Violation("certificate",
                    "Dit certificaat mag niet worden gebruikt om e-mail te ondertekenen (sleutelgebruik)."));
        }
        certificateAddressViolation(certificate, current.mailAddress()).ifPresent(violations::add);
        failIfAny(violations);
        return storeParticipant(current.id(), current.data().withSigningCertificate(Optional.of(certificate)));
    }

    public Participant removeSigningCertificate(long id) {
        Participant current = participant(id);
        return storeParticipant(current.id(), current.data().withSigningCertificate(Optional.empty()));
    }

    /** Sets the participant's REST API password (stored only as a PBKDF2 hash). */
    public Participant setApiPassword(long id, char[] password) {
        Participant current = participant(id);
        try {
            if (password == null || password.length < MIN_PASSWORD_LENGTH) {
                throw new RegisterValidationException("password",
                        "Het wachtwoord moet minstens " + MIN_PASSWORD_LENGTH + " tekens lang zijn.");
            }
            if (password.length > MAX_PASSWORD_LENGTH) {
                throw new RegisterValidationException("password", "Het wachtwoord is te lang.");
            }
            participants.setApiPasswordHash(current.id(), Optional.of(hasher.hash(password)));
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
        LOG.info(() -> "API password set for participant " + current.id());
        return participant(id);
    }

    public Participant removeApiPassword(long id) {
        Participant current = participant(id);
        participants.setApiPasswordHash(current.id(), Optional.empty());
        return participant(id);
    }

    /**
     * Checks a REST API login: the user name is the participant's mail address, the password is checked against
     * the stored hash in constant time. Only participants that may submit (active, active organisation) and have
     * an API password pass. An unknown user costs the same time as a known one. The last password that passed is
     * remembered as a keyed MAC ({@link VerifiedPasswordCache}), so HTTP Basic costs one PBKDF2 check per session;
     * the participant's state is still read on every call.
     */
    public Optional<Participant> authenticate(String userName, char[] password) {
        Optional<MailAddress> address = MailAddress.parse(userName);
        if (address.isEmpty()) {
            return Optional.empty(); // not a participant's user name at all (e.g. the beheerder's): nothing to hide
        }
        Optional<Participant> participant = participants.findByMailAddress(address.get())
                .filter(Participant::maySubmit);
        Optional<String> hash = participant.flatMap(p -> participants.findApiPasswordHash(p.id()));
        if (password == null || password.length == 0 || hash.isEmpty()) {
            hasher.burnTime(password == null || password.length == 0 ? new char[] {'-'} : password);
            return Optional.empty();
        }
        long account = participant.orElseThrow().id().value();
        if (verified.contains(account, password, hash.get())) {
            return participant;
        }
        if (!hasher.verify(password, hash.get())) {
            return Optional.empty();
        }
        verified.remember(account, password, hash.get());
        return participant;
    }

    // ---- validation -----------------------------------------------------------------------------------------------

    private OrganisationData validOrganisation(OrganisationInput input, Optional<PemCertificate> certificate,
                                               boolean active) {
        List<Violation> violations = new ArrayList<>();
        Optional<OrganisationType> type = organisationType(input.type());
        if (type.isEmpty()) {
            violations.add(new Violation("type",
                    "Kies het soort organisatie: TOEGANG, VEILIG_THUIS, GI of RVDK."));
        }
        Optional<String> name = text(input.name(), "name", "de naam van de organisatie", MAX_NAME_LENGTH, violations);
        Optional<String> municipality = Optional.ofNullable(input.municipality()).map(String::strip)
                .filter(s -> !s.isEmpty());
        if (municipality.isPresent()) {
            municipality = text(municipality.get(), "municipality", "de gemeente", MAX_MUNICIPALITY_LENGTH, violations);
        } else if (type.isPresent() && type.get().municipalityRequired()) {
            violations.add(new Violation("municipality",
                    "Een Toegang werkt voor één gemeente: vul de gemeente in (bijvoorbeeld Roosendaal)."));
        }
        Optional<MailAddress> mailbox = MailAddress.parse(input.receivingMailbox());
        if (mailbox.isEmpty()) {
            violations.add(new Violation("receivingMailbox", "Vul een geldig e-mailadres in voor de mailbox die"
                    + " overdrachten ontvangt (bijvoorbeeld intake@organisatie.nl)."));
        }
        failIfAny(violations);
        return new OrganisationData(type.orElseThrow(), name.orElseThrow(), municipality, mailbox.orElseThrow(),
                certificate, active);
    }

    private ParticipantData validParticipant(ParticipantInput input, Optional<PemCertificate> certificate,
                                             boolean active) {
        List<Violation> violations = new ArrayList<>();
        Optional<String> name = text(input.name(), "name", "de naam van de vaste deelnemer", MAX_NAME_LENGTH,
                violations);
        Optional<MailAddress> mailAddress = MailAddress.parse(input.mailAddress());
        if (mailAddress.isEmpty()) {
            violations.add(new Violation("mailAddress",
                    "Vul een geldig e-mailadres in (bijvoorbeeld deelnemer@gemeente.nl)."));
        }
        Optional<Organisation> organisation = Optional.ofNullable(input.organisationId())
                .flatMap(this::findOrganisation);
        if (organisation.isEmpty()) {
            violations.add(new Violation("organisationId", input.organisationId() == null
                    ? "Kies de organisatie van de vaste deelnemer (organisationId)."
                    : "Er is geen organisatie met nummer " + input.organisationId() + "."));
        }
        if (certificate.isPresent() && mailAddress.isPresent()) {
            certificateAddressViolation(certificate.get(), mailAddress.get()).ifPresent(violations::add);
        }
        failIfAny(violations);
        return new ParticipantData(name.orElseThrow(), mailAddress.orElseThrow(), organisation.orElseThrow().id(),
                certificate, active);
    }

    private PemCertificate validCertificate(String pem) {
        PemCertificate certificate;
        try {
            certificate = PemCertificate.parse(pem);
        } catch (InvalidCertificateException e) {
            throw new RegisterValidationException("certificate", e.getMessage());
        }
        if (certificate.notAfter().isBefore(clock.instant())) {
            LocalDate expired = certificate.notAfter().atZone(ZONE).toLocalDate();
            throw new RegisterValidationException("certificate",
                    "Dit certificaat is verlopen op " + DutchDates.date(expired) + ". Vraag een geldig certificaat aan.");
        }
        return certificate;
    }

    private static Optional<Violation> certificateAddressViolation(PemCertificate certificate, MailAddress address) {
        List<String> named = certificate.mailAddresses();
        if (named.isEmpty() || named.contains(address.normalised())) {
            return Optional.empty();
        }
        return Optional.of(new Violation("certificate", "Dit certificaat hoort bij een ander e-mailadres ("
                + String.join(", ", named) + ") dan dat van de vaste deelnemer (" + address.value() + ")."));
    }

    private static Optional<OrganisationType> organisationType(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT)
                .replaceAll("[\\s-]+", "_");
        return Arrays.stream(OrganisationType.values())
                .filter(t -> t.name().equals(key)
                        || t.dutchName().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_").equals(key))
                .findFirst();
    }

    private static Optional<String> text(String value, String field, String what, int maxLength,
                                         List<Violation> violations) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            violations.add(new Violation(field, "Vul " + what + " in."));
            return Optional.empty();
        }
        if (stripped.length() > maxLength) {
            violations.add(new Violation(field, "Dit is te lang: " + what + " mag hoogstens " + maxLength
                    + " tekens hebben."));
            return Optional.empty();
        }
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            violations.add(new Violation(field, "Gebruik in " + what + " geen regeleinden, tabs of stuurtekens."));
            return Optional.empty();
        }
        return Optional.of(stripped);
    }

    private static void failIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new RegisterValidationException(violations);
        }
    }

    private Optional<Organisation> findOrganisation(long id) {
        return id > 0 ? organisations.findById(new OrganisationId(id)) : Optional.empty();
    }

    private Optional<Participant> findParticipant(long id) {
        return id > 0 ? participants.findById(new ParticipantId(id)) : Optional.empty();
    }

    private Organisation storeOrganisation(OrganisationId id, OrganisationData data) {
        try {
            return organisations.update(id, data)
                    .orElseThrow(() -> RegistrationNotFoundException.organisation(id.value()));
        } catch (DuplicateRegistrationException e) {
            throw organisationNameTaken(e);
        }
    }

    private Participant storeParticipant(ParticipantId id, ParticipantData data) {
        try {
            return participants.update(id, data)
                    .orElseThrow(() -> RegistrationNotFoundException.participant(id.value()));
        } catch (DuplicateRegistrationException e) {
            throw mailAddressTaken(e);
        } catch (UnknownOrganisationException e) {
            throw organisationGone();
        }
    }

    private static RegisterValidationException organisationGone() {
        return new RegisterValidationException("organisationId", "Deze organisatie bestaat niet (meer).");
    }

    private static RegistrationConflictException organisationNameTaken(DuplicateRegistrationException e) {
        return new RegistrationConflictException("name", "Er is al een organisatie met deze naam.", e);
    }

    private static RegistrationConflictException mailAddressTaken(DuplicateRegistrationException e) {
        return new RegistrationConflictException("mailAddress",
                "Dit e-mailadres is al geregistreerd voor een vaste deelnemer.", e);
    }
}
