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
import nl.vhkgateway.bootstrap.HealthChecks;
import nl.vhkgateway.interfaces.web.ConsoleServlet;
import nl.vhkgateway.interfaces.web.view.Page;
import nl.vhkgateway.interfaces.web.view.Words;

/** {@code /console/beheer/gezondheid}: whether each dependency works (database, mailboxes, SMTP, workers). */
@WebServlet(urlPatterns = "/console/beheer/gezondheid")
public class HealthServlet extends ConsoleServlet {

    @Inject
    HealthChecks health;

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
        send(response, page);
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
