package nl.vhkgateway.interfaces.web.beheer;

import static nl.vhkgateway.interfaces.web.view.Html.text;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;

import nl.vhkgateway.application.health.HealthReport;
import nl.vhkgateway.application.health.HealthStatus;
import nl.vhkgateway.application.worker.WorkerState;
import nl.vhkgateway.bootstrap.HealthChecks;
import nl.vhkgateway.bootstrap.WorkerLoops;
import nl.vhkgateway.interfaces.web.ConsoleServlet;
import nl.vhkgateway.interfaces.web.view.Page;
import nl.vhkgateway.interfaces.web.view.Words;

/**
 * {@code /console/beheer/gezondheid}: whether each dependency works (database, mailboxes, SMTP, workers) and what each
 * worker loop does now (waiting for mail, processing, waiting after a failure until the next attempt, stopped).
 */
@WebServlet(urlPatterns = "/console/beheer/gezondheid")
public class HealthServlet extends ConsoleServlet {

    @Inject
    HealthChecks health;

    @Inject
    WorkerLoops loops;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HealthReport report = health.report();
        Page page = page(request, "Gezondheid");
        if (report.status() == HealthStatus.UP) {
            page.notice("ok", "Alles werkt", "Gecontroleerd op " + Words.dateTime(report.checkedAt()) + ".");
        } else {
            page.notice("error", "Niet alles werkt", "Gecontroleerd op " + Words.dateTime(report.checkedAt())
                    + ". Zie hieronder welk onderdeel.");
        }
        page.table("Onderdelen", List.of("Onderdeel", "Status"), report.components().entrySet().stream()
                .map(e -> List.of(text(component(e.getKey())), e.getValue() == HealthStatus.UP
                        ? Page.badge("ok", "werkt") : Page.badge("error", "werkt niet (" + e.getValue().name().toLowerCase() + ")")))
                .toList(), "Geen onderdelen.");
        page.table("Verwerkingslussen", List.of("Lus", "Wat zij nu doet", "Sinds"), loops.states().stream()
                .map(state -> List.of(text(state.name()), text(activity(state)),
                        text(state.activitySince().map(Words::dateTime).orElse("-"))))
                .toList(), "Er draaien geen verwerkingslussen.");
        send(response, page);
    }

    /** What a loop does, in Dutch; after a failure with the number of failures and the next attempt. */
    static String activity(WorkerState state) {
        return switch (state.activity()) {
            case NOT_STARTED -> "nog niet gestart";
            case CONNECTING -> "maakt verbinding";
            case PROCESSING -> "verwerkt";
            case WAITING_IDLE -> "wacht op nieuwe mail (IMAP IDLE)";
            case WAITING_POLL -> "wacht tot de volgende controle van de postbus";
            case WAITING -> "wacht tot de volgende ronde";
            case BACKING_OFF -> "wacht na " + state.consecutiveFailures() + (state.consecutiveFailures() == 1
                    ? " mislukte poging" : " mislukte pogingen") + state.nextAttemptAt()
                    .map(at -> "; volgende poging " + Words.dateTime(at)).orElse("");
            case STANDBY -> "staat klaar (een andere instantie voert haar uit)";
            case STOPPED -> "gestopt";
        };
    }

    private static String component(String key) {
        return switch (key) {
            case "database" -> "Database (MariaDB)";
            case "intakeMailbox" -> "Postbus voor kaarten (IMAP)";
            case "handoverMailbox" -> "Postbus voor overdrachten (IMAP)";
            case "smtp" -> "Uitgaande mail (SMTP)";
            case "intakeWorkers" -> "Verwerking";
            default -> key;
        };
    }
}
