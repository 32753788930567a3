package nl.vhkgateway.interfaces.web.deelnemer;

import static nl.vhkgateway.interfaces.web.view.Html.attr;
import static nl.vhkgateway.interfaces.web.view.Html.text;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;

import nl.vhkgateway.application.console.ConsoleQueries;
import nl.vhkgateway.application.console.ConsoleQueries.SubmissionRow;
import nl.vhkgateway.interfaces.web.ConsoleServlet;
import nl.vhkgateway.interfaces.web.ConsoleUser;
import nl.vhkgateway.interfaces.web.view.Page;
import nl.vhkgateway.interfaces.web.view.Words;

/**
 * {@code /console/deelnemer/inzendingen}: the submissions of the logged-in deelnemer's organisation (from the
 * session, never from the URL), newest first, with their state in words; searchable by VHT number. Never card
 * content.
 */
@WebServlet(urlPatterns = "/console/deelnemer/inzendingen")
public class SubmissionsServlet extends ConsoleServlet {

    static final int PAGE_SIZE = 50;

    @Inject
    ConsoleQueries queries;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConsoleUser user = user(request);
        String search = param(request, "zoek");
        List<SubmissionRow> rows = queries.submissionsOf(user.organisation().orElseThrow(), search, PAGE_SIZE);
        Page page = page(request, "Mijn inzendingen");
        page.lead("De kaarten die " + user.organisationName() + " naar het VeiligheidsTeam stuurde, met wat ermee"
                + " gebeurde. De inhoud van de kaarten staat hier niet.");
        searchForm(page, "/console/deelnemer/inzendingen", search);
        page.table("Inzendingen van " + user.organisationName() + (search.isEmpty() ? " (laatste " + PAGE_SIZE + ")" : ""),
                List.of("Nummer", "Ontvangen", "Status"),
                rows.stream().map(r -> List.of(text(r.number().orElse("inzending " + r.id())),
                        text(Words.dateTime(r.receivedAt())), Words.submission(r).html())).toList(),
                search.isEmpty() ? "Nog geen inzendingen." : "Geen inzending gevonden met nummer " + search + ".");
        send(response, page);
    }

    /** The search box of the submission lists (VHT number or submission number). */
    public static void searchForm(Page page, String action, String search) {
        page.searchFormStart(action, "Zoeken in inzendingen");
        page.raw("<div class=\"field\"><label class=\"field__label\" for=\"zoek\">Zoek op nummer</label>"
                + "<p class=\"field__description\" id=\"zoek-uitleg\">VHT-nummer (VHT-2026-0042) of inzendingnummer.</p>"
                + "<input class=\"input\" type=\"search\" id=\"zoek\" name=\"zoek\" aria-describedby=\"zoek-uitleg\" value=\""
                + attr(search) + "\"></div>");
        page.raw("<div class=\"field\"><button type=\"submit\" class=\"button button--secondary\">Zoeken</button></div>");
        page.formEnd();
    }
}
