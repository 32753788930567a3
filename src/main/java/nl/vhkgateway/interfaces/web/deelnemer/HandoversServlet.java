package nl.vhkgateway.interfaces.web.deelnemer;

import static nl.vhkgateway.interfaces.web.view.Html.text;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import nl.vhkgateway.application.console.ConsoleQueries;
import nl.vhkgateway.application.console.ConsoleQueries.HandoverRow;
import nl.vhkgateway.interfaces.web.ConsoleServlet;
import nl.vhkgateway.interfaces.web.ConsoleUser;
import nl.vhkgateway.interfaces.web.view.Page;
import nl.vhkgateway.interfaces.web.view.Words;

/**
 * {@code /console/deelnemer/overdrachten}: the handovers the deelnemer's organisation sent through the gateway, each
 * with the decision of the consent check and, when refused, why (from the audit log; no card content).
 */
@WebServlet(urlPatterns = "/console/deelnemer/overdrachten")
public class HandoversServlet extends ConsoleServlet {

    @Inject
    ConsoleQueries queries;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConsoleUser user = user(request);
        List<HandoverRow> rows = queries.handoversOf(user.organisation().orElseThrow(), 100);
        Page page = page(request, "Overdrachten");
        page.lead("Overdrachten van " + user.organisationName() + " via overdracht@: een kaart met persoonsgegevens gaat"
                + " alleen door met geldige toestemming en in een toegestane richting.");
        page.table("Overdrachten van " + user.organisationName(), List.of("Casus", "Wanneer", "Naar", "Besluit"),
                rows.stream().map(r -> List.of(text(r.caseReference()), text(Words.dateTime(r.at())),
                        text(Words.organisationType(r.receiverType())), decision(r))).toList(),
                "Nog geen overdrachten.");
        page.raw("<p>" + page.link("/console/deelnemer/toestemming", "Toestemming vastleggen of intrekken") + "</p>");
        send(response, page);
    }

    private static String decision(HandoverRow row) {
        if (row.outcome().equals("GRANTED")) {
            return Page.badge("ok", "doorgestuurd") + row.consentId().map(c -> " met toestemming " + text(c)).orElse("");
        }
        return Page.badge("error", "geweigerd") + " " + text(row.reasonCodes().stream().map(Words::handoverReason)
                .collect(Collectors.joining("; ")));
    }
}
