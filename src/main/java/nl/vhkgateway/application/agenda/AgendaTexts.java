package nl.vhkgateway.application.agenda;

import nl.vhkgateway.application.intake.messages.DutchDates;
import nl.vhkgateway.application.intake.messages.IntakeSummary;
import nl.vhkgateway.application.intake.messages.MailText;
import nl.vhkgateway.domain.submission.SubmissionNumber;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Dutch agenda of a meeting. The subject holds only the date (headers are never encrypted); the body holds the
 * question to the team and who brings each case, so it only travels S/MIME-encrypted or over TLS, with the cards.
 */
final class AgendaTexts {

    private static final String SIGNATURE = "\nMet vriendelijke groet,\nVeiligheidsTeam West-Brabant West\n\n"
            + "Dit bericht is automatisch verstuurd door de mailgateway van het VeiligheidsTeam. De bijgevoegde "
            + "kaarten zijn vertrouwelijk: bewaar ze niet langer dan nodig en stuur ze niet door.";

    private AgendaTexts() {
    }

    /**
     * One case on the agenda.
     *
     * @param slot       its start time
     * @param number     the planned VHT number
     * @param question   the Vraag aan het VeiligheidsTeam from the current card (empty when no card is held)
     * @param bringer    who brings it (vaste deelnemer and organisation)
     * @param cardNumber the VHT number of the submission whose card is attached (a newer one replaces the planned one)
     * @param followUp   a follow-up or monitoring card
     */
    record Item(LocalTime slot, SubmissionNumber number, Optional<String> question, Optional<String> bringer,
                Optional<SubmissionNumber> cardNumber, boolean followUp) {
        Item {
            Objects.requireNonNull(slot, "slot");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(bringer, "bringer");
            Objects.requireNonNull(cardNumber, "cardNumber");
        }
    }

    static String subject(LocalDate meeting) {
        return "Agenda VeiligheidsTeam " + DutchDates.withWeekday(meeting);
    }

    static MailText agenda(LocalDate meeting, List<Item> items) {
        StringBuilder text = new StringBuilder("Beste deelnemer,\n\nHierbij de agenda van het overleg van het "
                + "VeiligheidsTeam op " + DutchDates.withWeekday(meeting) + ".\n\n");
        return new MailText(subject(meeting), items(text, items).toString());
    }

    static String supplementSubject(LocalDate meeting) {
        return "Aanvulling agenda VeiligheidsTeam " + DutchDates.withWeekday(meeting);
    }

    /**
     * A supplement to an agenda already sent: the cases accepted, the cards replaced by a newer version, or (for an
     * expert invited after the agenda) the cases the recipient is invited to, since the agenda went out.
     */
    static MailText supplement(LocalDate meeting, List<Item> items) {
        StringBuilder text = new StringBuilder("Beste deelnemer,\n\nAanvulling op de agenda van het overleg van het "
                + "VeiligheidsTeam op " + DutchDates.withWeekday(meeting) + ". Sinds de agenda is verstuurd, is het "
                + "volgende toegevoegd of gewijzigd (een nieuwere kaart vervangt de eerder verstuurde):\n\n");
        return new MailText(supplementSubject(meeting), items(text, items).toString());
    }

    private static StringBuilder items(StringBuilder text, List<Item> items) {
        for (Item item : items) {
            text.append(item.slot()).append("  ").append(item.number().format())
                    .append(item.followUp() ? " (vervolg)" : "").append('\n');
            text.append("       Inbrenger: ").append(item.bringer().orElse("onbekend")).append('\n');
            String question = item.question().filter(q -> !q.isBlank()).orElse("zie de kaart");
            text.append("       Vraag aan het VeiligheidsTeam: ").append(question.replace("\n", "\n       "))
                    .append('\n');
            if (item.cardNumber().isEmpty()) {
                text.append("       Kaart: niet meer beschikbaar in de gateway; de inbrenger neemt haar mee.\n");
            } else if (!item.cardNumber().get().equals(item.number())) {
                text.append("       Kaart: de nieuwste versie (ingestuurd als ").append(item.cardNumber().get().format())
                        .append("), bijlage ").append(IntakeSummary.attachmentFileName(item.number())).append('\n');
            } else {
                text.append("       Kaart: bijlage ").append(IntakeSummary.attachmentFileName(item.number()))
                        .append('\n');
            }
            text.append('\n');
        }
        text.append(SIGNATURE);
        return text;
    }

    static MailText noSecureRoute(LocalDate meeting) {
        return new MailText(subject(meeting), "Beste deelnemer,\n\nDe agenda van het overleg van het VeiligheidsTeam op "
                + DutchDates.withWeekday(meeting) + " is niet aan u verstuurd: voor uw organisatie is geen "
                + "S/MIME-certificaat geregistreerd en de gateway mag de kaarten dan alleen over een versleutelde "
                + "(TLS-)verbinding versturen, die nu niet is ingesteld. Vraagt u de beheerder van de gateway een "
                + "certificaat te registreren, en de voorzitter om de agenda.\n" + SIGNATURE);
    }

    static MailText certificateUnusable(LocalDate meeting) {
        return new MailText(subject(meeting), "Beste deelnemer,\n\nDe agenda van het overleg van het VeiligheidsTeam op "
                + DutchDates.withWeekday(meeting) + " kon niet aan u worden verstuurd: het S/MIME-certificaat dat "
                + "voor uw organisatie is geregistreerd, is niet (meer) bruikbaar. Zonder versleuteling sturen wij "
                + "de kaarten niet. Vraagt u de beheerder van de gateway een geldig certificaat te registreren, en de "
                + "voorzitter om de agenda.\n" + SIGNATURE);
    }
}
