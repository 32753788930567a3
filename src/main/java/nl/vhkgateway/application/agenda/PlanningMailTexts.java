package nl.vhkgateway.application.agenda;

import nl.vhkgateway.application.intake.messages.DutchDates;
import nl.vhkgateway.application.intake.messages.MailText;
import nl.vhkgateway.domain.planning.MailCommand;
import nl.vhkgateway.domain.planning.MailCommandParser;
import nl.vhkgateway.domain.planning.PlannedCase;

/**
 * The Dutch answers to the voorzitter's planning keywords ({@link PlanningByMail}). Only the VHT number, the meeting
 * date and the planning error: no card text, no names, no mail addresses (not even the invited expert's).
 */
final class PlanningMailTexts {

    private static final String CLOSING = "\n\nMet vriendelijke groet,\nVeiligheidsTeam West-Brabant West\n\n"
            + "Dit bericht is automatisch verstuurd door de mailgateway van het VeiligheidsTeam.";

    private PlanningMailTexts() {
    }

    static MailText confirmation(MailCommand command, PlannedCase changed) {
        String number = changed.card().number().format();
        String meeting = DutchDates.withWeekday(changed.meeting());
        return switch (command.keyword()) {
            case AKKOORD -> text("Bevestiging: " + number + " staat op de agenda van " + meeting,
                    "U hebt " + number + " geaccepteerd. De casus staat op de agenda van de bespreking van " + meeting
                            + "; de agenda met de kaart gaat op het ingestelde moment naar de deelnemers.");
            case VERPLAATS -> text("Bevestiging: " + number + " verplaatst naar " + meeting,
                    "U hebt " + number + " verplaatst. De casus staat nu geaccepteerd op de agenda van de bespreking "
                            + "van " + meeting + ".");
            case AFWIJZEN -> text("Bevestiging: " + number + " wordt niet besproken",
                    "U hebt " + number + " afgewezen. De vaste deelnemer die de kaart instuurde krijgt uw reden per "
                            + "mail. De reden wordt niet bewaard in de gateway.");
            case EXPERT -> text("Bevestiging: deskundige uitgenodigd voor " + number,
                    "De deskundige is toegevoegd aan " + number + " (bespreking van " + meeting + "); er zijn nu "
                            + changed.experts().size() + " deskundige(n) uitgenodigd. Zij krijgen de agenda met de "
                            + "kaart van deze casus.");
        };
    }

    static MailText notDone(MailCommand command, String problem) {
        String what = command.keyword().typed() + number(command);
        return text("Niet verwerkt: " + what,
                "Uw opdracht " + what + " is niet uitgevoerd.\n\nReden: " + problem + "\n\n"
                        + "De opdrachten in het onderwerp (hoofdletters maken niet uit):\n"
                        + "  " + MailCommandParser.example(MailCommand.Keyword.AKKOORD) + "\n"
                        + "  " + MailCommandParser.example(MailCommand.Keyword.VERPLAATS) + "  (of 15-12-2026)\n"
                        + "  " + MailCommandParser.example(MailCommand.Keyword.AFWIJZEN)
                        + "  (of de reden op de eerste regel van het bericht)\n"
                        + "  " + MailCommandParser.example(MailCommand.Keyword.EXPERT) + "\n\n"
                        + "U kunt de planning ook via de webconsole of de REST API aanpassen.");
    }

    private static String number(MailCommand command) {
        return command.numberIfKnown().map(n -> " " + n.format()).orElse("");
    }

    private static MailText text(String subject, String body) {
        return new MailText(subject, "Beste voorzitter,\n\n" + body + CLOSING);
    }
}
