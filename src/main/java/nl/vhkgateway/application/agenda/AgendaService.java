package nl.vhkgateway.application.agenda;

import nl.vhkgateway.application.UnitOfWork;
import nl.vhkgateway.application.handover.DeliveryTransport;
import nl.vhkgateway.application.handover.PartnerEncryption;
import nl.vhkgateway.application.intake.messages.IntakeSummary;
import nl.vhkgateway.application.intake.messages.MailText;
import nl.vhkgateway.domain.card.CardFactsExtractor;
import nl.vhkgateway.domain.card.CardReader;
import nl.vhkgateway.domain.card.UnreadableDocumentException;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.outbox.OutboxRepository;
import nl.vhkgateway.domain.outbox.OutgoingMessage;
import nl.vhkgateway.domain.participant.Organisation;
import nl.vhkgateway.domain.participant.OrganisationRepository;
import nl.vhkgateway.domain.participant.Participant;
import nl.vhkgateway.domain.participant.ParticipantId;
import nl.vhkgateway.domain.participant.ParticipantRepository;
import nl.vhkgateway.domain.participant.PemCertificate;
import nl.vhkgateway.domain.planning.AgendaMoment;
import nl.vhkgateway.domain.planning.AgendaRepository;
import nl.vhkgateway.domain.planning.MeetingCalendar;
import nl.vhkgateway.domain.planning.MeetingPlanner;
import nl.vhkgateway.domain.planning.PlannedCase;
import nl.vhkgateway.domain.planning.PlanningRepository;
import nl.vhkgateway.domain.planning.PlanningState;
import nl.vhkgateway.domain.submission.SubmissionNumber;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Sends the agenda of each meeting at its {@link AgendaMoment} (default two working days before, 12:00): the time
 * slots, VHT numbers, the question to the team and who brings each accepted case, with the sanitised cards attached,
 * to every participant of the meeting (the active vaste deelnemers, the voorzitter and the invited experts of its
 * cases). A card replaced by a newer accepted submission in the same case (linked to it) goes out in its newest form.
 *
 * <p><b>Exactly once per meeting and recipient</b>: each mail claims the key {@code AGENDA/<date>/<hash of the
 * address>} in the notice ledger and is queued in the outbox in one transaction, with a Message-ID derived from that
 * key; a crash before the commit leaves neither (the next run sends it), one after leaves both (the next run skips
 * it). A recipient whose organisation registered an S/MIME certificate gets the mail encrypted for it (the handover's
 * {@link PartnerEncryption}); everyone else gets it over the outgoing SMTP connection, in plain MIME only when that
 * connection is TLS or {@code vhk.handover.require-tls-without-smime=false} (demo), exactly as for handovers
 * ({@link DeliveryTransport}); otherwise that recipient gets a notice without any card content. A certificate that cannot be used (expired, too weak) gets a short notice without any card
 * content instead. Only accepted cases are on the agenda; a proposal the voorzitter has not accepted is not. A meeting
 * whose day has passed is not sent any more. Thread-safe.
 */
public final class AgendaService {

    static final String PURPOSE_AGENDA = "AGENDA";
    static final String PURPOSE_SUPPLEMENT = "AGENDA_SUPPLEMENT";
    static final String PURPOSE_AGENDA_UNENCRYPTABLE = "AGENDA_NO_CERTIFICATE";
    static final String PURPOSE_AGENDA_WITHHELD = "AGENDA_WITHHELD";
    /** How far ahead meetings are looked at; the agenda moment is never more than this before a meeting. */
    static final int LOOK_AHEAD_DAYS = 60;

    private static final Logger LOG = Logger.getLogger(AgendaService.class.getName());

    private final AgendaRepository agendas;
    private final PlanningRepository cases;
    private final MeetingCalendar calendar;
    private final AgendaMoment moment;
    private final ParticipantRepository participants;
    private final OrganisationRepository organisations;
    private final CardReader cardReader;
    private final PartnerEncryption encryption;
    private final DeliveryTransport transport;
    private final AgendaMailComposer composer;
    private final OutboxRepository outbox;
    private final MailAddress voorzitter;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final CardFactsExtractor facts = new CardFactsExtractor();

    public AgendaService(AgendaRepository agendas, PlanningRepository cases, MeetingCalendar calendar,
                         AgendaMoment moment, ParticipantRepository participants, OrganisationRepository organisations,
                         CardReader cardReader, PartnerEncryption encryption, DeliveryTransport transport,
                         AgendaMailComposer composer,
                         OutboxRepository outbox, MailAddress voorzitter, UnitOfWork unitOfWork, Clock clock) {
        this.agendas = Objects.requireNonNull(agendas, "agendas");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.moment = Objects.requireNonNull(moment, "moment");
        this.participants = Objects.requireNonNull(participants, "participants");
        this.organisations = Objects.requireNonNull(organisations, "organisations");
        this.cardReader = Objects.requireNonNull(cardReader, "cardReader");
        this.encryption = Objects.requireNonNull(encryption, "encryption");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.composer = Objects.requireNonNull(composer, "composer");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.voorzitter = Objects.requireNonNull(voorzitter, "voorzitter");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Queues every agenda mail that is due now and was not queued before; returns how many were queued. */
    public int run() {
        Instant now = clock.instant();
        LocalDate today = now.atZone(MeetingPlanner.TEAM_ZONE).toLocalDate();
        int queued = 0;
        for (LocalDate meeting : agendas.meetingsWithoutAgenda(today, today.plusDays(LOOK_AHEAD_DAYS))) {
            Instant sendAt = moment.sendAt(meeting);
            if (now.isBefore(sendAt)) {
                continue;
            }
            queued += send(meeting, sendAt, now);
        }
        for (LocalDate meeting : agendas.meetingsWithAgenda(today, today.plusDays(LOOK_AHEAD_DAYS))) {
            queued += supplement(meeting, now);
        }
        return queued;
    }

    private int send(LocalDate meeting, Instant sendAt, Instant now) {
        Meeting current = meeting(meeting, sendAt);
        Map<String, MailAddress> recipients = participantsOf(current);
        MailText agenda = AgendaTexts.agenda(meeting, current.items());
        int queued = 0;
        for (MailAddress recipient : recipients.values()) {
            String noticeKey = "AGENDA/" + meeting + "/" + hash(key(recipient));
            OutgoingMessage toQueue = message(meeting, PURPOSE_AGENDA, noticeKey, recipient, agenda, current.cards());
            boolean sent = unitOfWork.inTransaction(() -> {
                if (!agendas.claimNotice(noticeKey, now)) {
                    return false;
                }
                outbox.add(Optional.empty(), List.of(toQueue), now);
                return true;
            });
            queued += sent ? 1 : 0;
        }
        // what the agenda held, so that a later change (and only that) goes out as a supplement
        unitOfWork.run(() -> {
            for (Entry entry : current.entries()) {
                agendas.claimNotice(entry.itemKey(meeting), now);
                entry.plannedCase().experts().forEach(expert -> agendas.claimNotice(entry.expertKey(meeting, expert),
                        now));
            }
            agendas.claimNotice(baselineKey(meeting), now);
        });
        agendas.agendaSent(meeting, now);
        return queued;
    }

    /**
     * The "Aanvulling agenda" of a meeting whose agenda was sent, for what changed since: a case accepted for it, a
     * card replaced by a newer linked submission (both to every participant), or an expert invited (to that expert,
     * with the cases they are invited to). Each change is a ledger key ({@code AGENDA-ITEM/<date>/<number>/<card
     * number>}, {@code AGENDA-EXPERT/<date>/<number>/<hash>}), claimed in the same transaction that queues the
     * supplement mails: exactly once per change, also across a crash. A meeting whose agenda went out before
     * supplements existed has no baseline ({@code AGENDA-BASE/<date>}); its current state is recorded as the baseline
     * without a mail.
     */
    private int supplement(LocalDate meeting, Instant now) {
        Meeting current = meeting(meeting, now);
        return unitOfWork.inTransaction(() -> {
            boolean noBaseline = agendas.claimNotice(baselineKey(meeting), now);
            List<String> claimed = new ArrayList<>();
            List<Entry> changedCases = new ArrayList<>();
            Map<String, List<Entry>> invitedTo = new LinkedHashMap<>();
            Map<String, MailAddress> newExperts = new LinkedHashMap<>();
            for (Entry entry : current.entries()) {
                String itemKey = entry.itemKey(meeting);
                if (agendas.claimNotice(itemKey, now)) {
                    claimed.add(itemKey);
                    changedCases.add(entry);
                }
                for (MailAddress expert : entry.plannedCase().experts()) {
                    String expertKey = entry.expertKey(meeting, expert);
                    if (agendas.claimNotice(expertKey, now)) {
                        claimed.add(expertKey);
                        invitedTo.computeIfAbsent(key(expert), k -> new ArrayList<>()).add(entry);
                        newExperts.putIfAbsent(key(expert), expert);
                    }
                }
            }
            if (noBaseline || claimed.isEmpty()) {
                return 0;
            }
            String change = hash(String.join("|", claimed.stream().sorted().toList()));
            Map<String, MailAddress> recipients = changedCases.isEmpty() ? new LinkedHashMap<>()
                    : participantsOf(current);
            newExperts.forEach(recipients::putIfAbsent);
            int queued = 0;
            for (Map.Entry<String, MailAddress> recipient : recipients.entrySet()) {
                List<Entry> content = new ArrayList<>(changedCases);
                for (Entry entry : invitedTo.getOrDefault(recipient.getKey(), List.of())) {
                    if (!content.contains(entry)) {
                        content.add(entry);
                    }
                }
                content.sort(java.util.Comparator.comparing(e -> e.item().slot()));
                String noticeKey = "SUPPLEMENT/" + meeting + "/" + change.substring(0, 32) + "/"
                        + hash(recipient.getKey());
                OutgoingMessage message = message(meeting, PURPOSE_SUPPLEMENT, noticeKey, recipient.getValue(),
                        AgendaTexts.supplement(meeting, content.stream().map(Entry::item).toList()),
                        content.stream().map(Entry::card).flatMap(Optional::stream).toList());
                if (agendas.claimNotice(noticeKey, now)) {
                    outbox.add(Optional.empty(), List.of(message), now);
                    queued++;
                }
            }
            return queued;
        });
    }

    /** One accepted case of a meeting as the agenda shows it. */
    private record Entry(PlannedCase plannedCase, AgendaTexts.Item item,
                         Optional<AgendaMailComposer.Attachment> card) {

        String itemKey(LocalDate meeting) {
            return "AGENDA-ITEM/" + meeting + "/" + item.number().format() + "/"
                    + item.cardNumber().map(SubmissionNumber::format).orElse("NONE");
        }

        String expertKey(LocalDate meeting, MailAddress expert) {
            return "AGENDA-EXPERT/" + meeting + "/" + item.number().format() + "/" + hash(key(expert));
        }
    }

    /** The accepted cases of a meeting with their current cards (received before {@code cardsBefore}). */
    private record Meeting(LocalDate date, List<Entry> entries) {

        List<AgendaTexts.Item> items() {
            return entries.stream().map(Entry::item).toList();
        }

        List<AgendaMailComposer.Attachment> cards() {
            return entries.stream().map(Entry::card).flatMap(Optional::stream).toList();
        }
    }

    private Meeting meeting(LocalDate meeting, Instant cardsBefore) {
        List<PlannedCase> planned = cases.forMeeting(meeting, List.of(PlanningState.ACCEPTED));
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            PlannedCase plannedCase = planned.get(i);
            Optional<AgendaRepository.CardCopy> card = agendas.currentCard(plannedCase.card().submission(), cardsBefore);
            Optional<Participant> bringer = plannedCase.card().participantId()
                    .flatMap(id -> participants.findById(new ParticipantId(id)));
            AgendaTexts.Item item = new AgendaTexts.Item(calendar.slotStart(meeting, i).toLocalTime(),
                    plannedCase.card().number(), card.flatMap(c -> questionOf(c.docx())),
                    bringer.map(p -> p.name() + " (" + p.organisation().name() + ")"),
                    card.map(AgendaRepository.CardCopy::number), plannedCase.card().followUpOf().isPresent());
            entries.add(new Entry(plannedCase, item, card.map(c -> new AgendaMailComposer.Attachment(
                    IntakeSummary.attachmentFileName(plannedCase.card().number()),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", c.docx()))));
        }
        return new Meeting(meeting, entries);
    }

    /** The voorzitter, every vaste deelnemer who may submit, and the experts invited on the meeting's cases. */
    private Map<String, MailAddress> participantsOf(Meeting meeting) {
        Map<String, MailAddress> recipients = new LinkedHashMap<>();
        recipients.put(key(voorzitter), voorzitter);
        for (Participant participant : participants.findAll()) {
            if (participant.maySubmit()) {
                MailAddress address = MailAddress.of(participant.mailAddress().value());
                recipients.putIfAbsent(key(address), address);
            }
        }
        for (Entry entry : meeting.entries()) {
            for (MailAddress expert : entry.plannedCase().experts()) {
                recipients.putIfAbsent(key(expert), expert);
            }
        }
        return recipients;
    }

    private static String baselineKey(LocalDate meeting) {
        return "AGENDA-BASE/" + meeting;
    }

    /** The agenda for one recipient: S/MIME when it has a certificate, plain when allowed, else a notice. */
    private OutgoingMessage message(LocalDate meeting, String purpose, String noticeKey, MailAddress recipient,
                                    MailText agenda, List<AgendaMailComposer.Attachment> cards) {
        Optional<PemCertificate> certificate = certificateOf(recipient);
        if (certificate.isEmpty()) {
            return transport.allowsPlainDelivery()
                    ? composer.compose(purpose, noticeKey, List.of(recipient), agenda, cards)
                    : composer.compose(PURPOSE_AGENDA_WITHHELD, noticeKey, List.of(recipient),
                    AgendaTexts.noSecureRoute(meeting), List.of());
        }
        try {
            return composer.composeEncrypted(purpose, noticeKey, recipient, agenda, cards,
                    part -> encryption.encrypt(part, certificate.get().x509()));
        } catch (PartnerEncryption.PartnerCertificateUnusableException e) {
            LOG.warning(() -> "agenda " + meeting + ": a registered certificate cannot be used ("
                    + e.getMessage() + "); a notice without the agenda goes to that recipient instead");
            return composer.compose(PURPOSE_AGENDA_UNENCRYPTABLE, noticeKey, List.of(recipient),
                    AgendaTexts.certificateUnusable(meeting), List.of());
        }
    }

    private Optional<String> questionOf(byte[] docx) {
        try {
            String question = facts.extract(cardReader.read(docx)).questionToTeam().strip();
            return question.isEmpty() ? Optional.empty() : Optional.of(question);
        } catch (UnreadableDocumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The S/MIME certificate registered for a recipient: that of the organisation of the vaste deelnemer with this
     * address, or of the organisation whose receiving mailbox it is.
     */
    private Optional<PemCertificate> certificateOf(MailAddress recipient) {
        Optional<Participant> participant = participants.findByMailAddress(recipient);
        if (participant.isPresent()) {
            return participant.get().organisation().partnerCertificate();
        }
        for (Organisation organisation : organisations.findAll()) {
            if (organisation.receivingMailbox().value().equalsIgnoreCase(recipient.value())) {
                return organisation.partnerCertificate();
            }
        }
        return Optional.empty();
    }

    private static String key(MailAddress address) {
        return address.value().toLowerCase(Locale.ROOT);
    }

    private static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing", e);
        }
    }
}
