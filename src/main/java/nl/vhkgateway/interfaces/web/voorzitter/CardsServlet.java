package nl.vhkgateway.interfaces.web.voorzitter;

import static nl.vhkgateway.interfaces.web.view.Html.text;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.vhkgateway.application.console.ConsoleQueries;
import nl.vhkgateway.application.console.ConsoleQueries.SubmissionRow;
import nl.vhkgateway.application.intake.messages.DutchDates;
import nl.vhkgateway.interfaces.web.ConsoleServlet;
import nl.vhkgateway.interfaces.web.deelnemer.SubmissionsServlet;
import nl.vhkgateway.interfaces.web.view.Page;
import nl.vhkgateway.interfaces.web.view.Words;

/**
 * {@code /console/voorzitter/kaarten}: the screened, accepted cards grouped by the earliest meeting at which each
 * can be discussed, with the RvdK route marked; searchable by VHT number. Links to each card's history.
 */
@WebServlet(urlPatterns = "/console/voorzitter/kaarten")
public class CardsServlet extends ConsoleServlet {

    @Inject
    ConsoleQueries queries;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String search = param(request, "zoek");
        List<SubmissionRow> rows = queries.acceptedCards(search, ConsoleQueries.MAX_LIMIT);
        Page page = page(request, "Binnengekomen kaarten");
        page.lead("Goedgekeurde kaarten per vergadering: de eerste vergadering waarop elke kaart besproken kan worden."
                + " De kaarten zelf staan in uw mailbox.");
        SubmissionsServlet.searchForm(page, "/console/voorzitter/kaarten", search);
        Map<Optional<LocalDate>, List<SubmissionRow>> byMeeting = new LinkedHashMap<>();
        rows.forEach(r -> byMeeting.computeIfAbsent(r.earliestMeeting(), k -> new java.util.ArrayList<>()).add(r));
        if (byMeeting.isEmpty()) {
            page.p(search.isEmpty() ? "Er zijn nog geen goedgekeurde kaarten." : "Geen kaart gevonden met nummer "
                    + search + ".");
        }
        byMeeting.forEach((meeting, cards) -> {
            String heading = meeting.map(d -> "Vergadering " + DutchDates.withWeekday(d)).orElse("Nog niet gepland");
            page.table(heading + " (" + cards.size() + (cards.size() == 1 ? " kaart)" : " kaarten)"),
                    List.of("Nummer", "Ontvangen", "Route"), cards.stream().map(r -> List.of(
                            page.link("/console/voorzitter/inzending/" + r.id(),
                                    r.number().orElse("inzending " + r.id())),
                            text(Words.dateTime(r.receivedAt())),
                            r.route().filter("RVDK"::equals).isPresent()
                                    ? Page.badge("warning", "eerst naar de Raad (RvdK)") : Page.badge("info", "VHT")))
                            .toList(), "");
        });
        send(response, page);
    }
}
