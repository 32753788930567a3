package nl.vhkgateway.application.agenda;

import nl.vhkgateway.application.intake.messages.DutchDates;
import nl.vhkgateway.application.intake.messages.MailText;
import nl.vhkgateway.domain.submission.SubmissionNumber;

import java.time.LocalDate;

/** The Dutch texts of planning decisions for the vaste deelnemer. Only the VHT number and dates: no card text. */
final class PlanningTexts {

    private PlanningTexts() {
    }

    static MailText declined(SubmissionNumber number, LocalDate proposedMeeting, String reason) {
        String text = "Beste vaste deelnemer,\n\n"
                + "De voorzitter van het VeiligheidsTeam heeft besloten de inbreng " + number.format()
                + " niet te bespreken (voorgesteld voor " + DutchDates.withWeekday(proposedMeeting) + ").\n\n"
                + "Reden van de voorzitter:\n" + reason.strip() + "\n\n"
                + "Wilt u de casus toch laten bespreken? Neem dan contact op met de voorzitter, of stuur een "
                + "aangepaste Veiligheidskaart in met het nummer " + number.format() + " in het onderwerp.\n\n"
                + "Met vriendelijke groet,\nVeiligheidsTeam West-Brabant West\n\n"
                + "Dit bericht is automatisch verstuurd door de mailgateway van het VeiligheidsTeam.";
        return new MailText("Inbreng " + number.format() + " wordt niet besproken", text);
    }
}
