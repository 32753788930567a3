package nl.vhkgateway.application.intake.messages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.vhkgateway.domain.card.CardFacts;
import nl.vhkgateway.domain.card.SoortInbreng;
import nl.vhkgateway.domain.card.Youth;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.participant.Organisation;
import nl.vhkgateway.domain.participant.Participant;
import nl.vhkgateway.domain.planning.MeetingPlanner;
import nl.vhkgateway.domain.submission.SubmissionNumber;

/**
 * The intake summary for the voorzitter that accompanies an accepted (screened, sanitised) card: submission number,
 * organisation and vaste deelnemer, soort inbreng, the question to the team, experts to invite, youths 12+ and
 * whether the youth's voice is present, consent, what sanitising removed, the earliest meeting, a linked earlier
 * case, and (RvdK route) where else the card went. It quotes card text (question, experts) from a card that passed
 * screening: send it only to the voorzitter, never log it. Immutable.
 *
 * @param number            the new submission number
 * @param participant       the vaste deelnemer who sent it
 * @param receivedAt        when the gateway received it
 * @param facts             facts read from the screened card
 * @param sanitisingActions what sanitising removed (from the screening report)
 * @param earliestMeeting   from {@link MeetingPlanner}
 * @param linkedCase        the earlier submission a Vervolgbespreking/Monitoring refers to, when found
 * @param alsoSentTo        the RvdK mailbox when the card went to the RvdK as well (RvdK route)
 * @param unknownEarlierCase an earlier submission number the card or subject names that the gateway does not know
 *                          (the card is accepted anyway; the summary says the number was not found)
 * @param senderMessage     the subject and text of the mail that carried the card, only when they were screened
 *                          clean together with the card
 */
public record IntakeSummary(SubmissionNumber number,
                            Participant participant,
                            Instant receivedAt,
                            CardFacts facts,
                            List<String> sanitisingActions,
                            LocalDate earliestMeeting,
                            Optional<SubmissionNumber> linkedCase,
                            Optional<MailAddress> alsoSentTo,
                            Optional<SubmissionNumber> unknownEarlierCase,
                            Optional<SenderMessage> senderMessage) {

    /** Without an unknown earlier number and without the sender's message. */
    public IntakeSummary(SubmissionNumber number, Participant participant, Instant receivedAt, CardFacts facts,
                         List<String> sanitisingActions, LocalDate earliestMeeting,
                         Optional<SubmissionNumber> linkedCase, Optional<MailAddress> alsoSentTo) {
        this(number, participant, receivedAt, facts, sanitisingActions, earliestMeeting, linkedCase, alsoSentTo,
                Optional.empty(), Optional.empty());
    }

    /**
     * The subject and plain text of the vaste deelnemer's mail, screened clean. The text is cut to
     * {@value #MAX_TEXT} characters.
     */
    public record SenderMessage(String subject, String text) {

        static final int MAX_TEXT = 4000;

        public SenderMessage {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(text, "text");
            text = text.strip();
            if (text.length() > MAX_TEXT) {
                text = text.substring(0, MAX_TEXT) + "\n[...]";
            }
        }
    }

    private static final ZoneId ZONE = MeetingPlanner.TEAM_ZONE;

    public IntakeSummary {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(facts, "facts");
        sanitisingActions = List.copyOf(sanitisingActions);
        Objects.requireNonNull(earliestMeeting, "earliestMeeting");
        Objects.requireNonNull(linkedCase, "linkedCase");
        Objects.requireNonNull(alsoSentTo, "alsoSentTo");
        Objects.requireNonNull(unknownEarlierCase, "unknownEarlierCase");
        Objects.requireNonNull(senderMessage, "senderMessage");
    }

    /** The file name of the sanitised card attached to the summary: "Veiligheidskaart VHT-2026-0042.docx". */
    public static String attachmentFileName(SubmissionNumber number) {
        return "Veiligheidskaart " + number.format() + ".docx";
    }

    public MailText toMail() {
        Organisation organisation = participant.organisation();
        String subject = "Nieuwe inbreng " + number.format() + " - " + organisation.name()
                + " - vroegste bespreking " + DutchDates.withWeekday(earliestMeeting);
        TextLayout text = new TextLayout()
                .heading("Nieuwe inbreng voor het VeiligheidsTeam", '=')
                .blank()
                .field("Inbrengnummer", number.format())
                .field("Ontvangen", DutchDates.dateTime(receivedAt, ZONE))
                .field("Organisatie", organisation.name() + " (" + organisation.type().dutchName()
                        + organisation.municipality().map(m -> ", gemeente " + m).orElse("") + ")")
                .field("Vaste deelnemer", participant.name() + " <" + participant.mailAddress().value() + ">")
                .field("Soort inbreng", facts.soortInbreng().map(SoortInbreng::label).orElse("niet herkend"))
                .field("Vroegste bespreking", DutchDates.withWeekday(earliestMeeting) + " (ochtend)");
        linkedCaseLine(text);
        text.blank().line("Vraag aan het VeiligheidsTeam:").block(orNone(facts.questionToTeam(), "(niet ingevuld)"))
                .blank().line("Uit te nodigen experts:").block(orNone(facts.expertsToInvite(), "geen opgegeven"))
                .blank();
        youthLines(text);
        text.field("Instemming betrokkenen", consent()).blank();
        alsoSentTo.ifPresent(rvdk -> text.paragraph("Let op: deze kaart is ook naar de Raad voor de"
                + " Kinderbescherming gestuurd (" + rvdk.value() + "). De Raad beoordeelt eerst of hij aansluit;"
                + " plan een interventiegesprek pas daarna.").blank());
        text.line("Wat de gateway uit het document heeft verwijderd:");
        text.bullets(sanitisingActions.isEmpty() ? List.of("niets: er was niets te verwijderen") : sanitisingActions);
        senderMessage.ifPresent(message -> {
            text.blank().line("Bericht van de vaste deelnemer (gecontroleerd, zonder persoonsgegevens):")
                    .field("Onderwerp", message.subject().isBlank() ? "(geen)" : message.subject());
            if (!message.text().isBlank()) {
                text.block(message.text());
            }
        });
        text.blank()
                .field("Bijlage", attachmentFileName(number))
                .paragraph("Dit is de gecontroleerde kaart: de gateway heeft gecontroleerd dat er geen"
                        + " persoonsgegevens in staan en dat de verplichte onderdelen zijn ingevuld. De vaste deelnemer"
                        + " heeft een ontvangstbevestiging met de vroegste datum gekregen.")
                .blank()
                .line("-- ")
                .line("Automatisch bericht van de gateway van het VeiligheidsTeam West-Brabant West.");
        return MailText.of(subject, text);
    }

    private void linkedCaseLine(TextLayout text) {
        boolean followUp = facts.soortInbreng().filter(s -> s == SoortInbreng.VERVOLGBESPREKING
                || s == SoortInbreng.MONITORING).isPresent();
        if (linkedCase.isPresent()) {
            text.field("Eerdere inbreng", linkedCase.get().format() + " (dezelfde casus)");
        } else if (unknownEarlierCase.isPresent()) {
            text.field("Eerdere inbreng", unknownEarlierCase.get().format() + " genoemd, maar dit nummer is niet"
                    + " gevonden bij de gateway; vraag de vaste deelnemer om het juiste nummer");
        } else if (followUp) {
            text.field("Eerdere inbreng", "niet gevonden: de kaart en de onderwerpregel noemen geen inbrengnummer");
        }
    }

    private void youthLines(TextLayout text) {
        int year = facts.cardDate().map(LocalDate::getYear).orElse(receivedAt.atZone(ZONE).getYear());
        List<Youth> youths = facts.youths();
        text.field("Jeugdigen", youths.isEmpty() ? "niet herkend" : youths.stream()
                .map(y -> y + ", " + y.ageIn(year) + " jaar").collect(Collectors.joining("; ")));
        boolean twelvePlus = facts.anyYouthAged12OrOlder(year);
        text.field("Jeugdige van 12 jaar of ouder", twelvePlus ? "ja" : "nee");
        text.field("Stem van de jeugdige in de kaart", facts.youthVoicePresent() ? "ja"
                : twelvePlus ? "NEE (verplicht bij 12 jaar of ouder)" : "nee (aanbevolen)");
    }

    private String consent() {
        return facts.consentGiven()
                .map(given -> given ? "ja" : "nee (de reden en de onderbouwing van de inbrenger staan in de kaart)")
                .orElse("niet duidelijk vermeld");
    }

    private static String orNone(String value, String none) {
        return value == null || value.isBlank() ? none : value;
    }
}
