package nl.vhkgateway.application.agenda;

import nl.vhkgateway.application.intake.messages.DutchDates;
import nl.vhkgateway.application.intake.messages.MailText;
import nl.vhkgateway.domain.planning.CaseTerm;
import nl.vhkgateway.domain.planning.ReminderKind;
import nl.vhkgateway.domain.planning.WeeklyOverview;

import java.util.List;

/** The Dutch reminder and overview texts. Only VHT numbers, terms and dates: never card text or names. */
final class ReminderTexts {

    private static final String SIGNATURE = "\nMet vriendelijke groet,\nVeiligheidsTeam West-Brabant West\n\n"
            + "Dit bericht is automatisch verstuurd door de mailgateway van het VeiligheidsTeam.";

    private ReminderTexts() {
    }

    static MailText reminder(CaseTerm term, ReminderKind kind) {
        String number = term.number().format();
        String due = DutchDates.withWeekday(term.term().due());
        return switch (kind) {
            case NEAR -> new MailText("Herinnering " + number + ": termijn verloopt op " + due,
                    "Beste vaste deelnemer,\n\nVoor inbreng " + number + " loopt deze termijn bijna af:\n\n  "
                            + term.term().kind().dutch() + "\n  uiterlijk: " + due + "\n\n"
                            + "Wilt u dit doorgeven aan de inbrenger? Is het al gedaan, dan kunt u dit bericht als "
                            + "afgehandeld beschouwen; de voorzitter kan de termijn afvinken.\n" + SIGNATURE);
            case PASSED -> new MailText("Termijn verstreken " + number + ": " + due,
                    "Beste vaste deelnemer,\n\nVoor inbreng " + number + " is deze termijn verstreken:\n\n  "
                            + term.term().kind().dutch() + "\n  uiterlijk: " + due + "\n\n"
                            + "Wilt u met de inbrenger nagaan of het is gebeurd, en de voorzitter laten weten hoe "
                            + "het staat?\n" + SIGNATURE);
        };
    }

    static MailText weeklyOverview(WeeklyOverview overview) {
        StringBuilder text = new StringBuilder("Beste voorzitter,\n\nHet overzicht van de termijnen op "
                + DutchDates.withWeekday(overview.today()) + ".\n\n");
        section(text, "Verstreken termijnen (" + overview.overdue().size() + ")", overview.overdue());
        section(text, "Openstaande termijnen (" + overview.open().size() + ")", overview.open());
        text.append(SIGNATURE);
        return new MailText("Weekoverzicht termijnen VeiligheidsTeam " + DutchDates.date(overview.today()),
                text.toString());
    }

    private static void section(StringBuilder text, String title, List<CaseTerm> terms) {
        text.append(title).append(":\n");
        if (terms.isEmpty()) {
            text.append("  geen\n");
        }
        for (CaseTerm term : terms) {
            text.append("  ").append(term.number().format()).append("  ")
                    .append(DutchDates.date(term.term().due())).append("  ").append(term.term().kind().dutch())
                    .append('\n');
        }
        text.append('\n');
    }
}
