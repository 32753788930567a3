package nl.vhkgateway.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

import nl.vhkgateway.application.console.ConsoleQueries;
import nl.vhkgateway.application.console.ConsoleQueries.SubmissionRow;
import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.bootstrap.IntakeRuntime;
import nl.vhkgateway.interfaces.web.view.Page;
import nl.vhkgateway.interfaces.web.view.SubmissionViews;

/**
 * A submission's history for the voorzitter ({@code /console/voorzitter/inzending/{id}}) and the beheerder
 * ({@code /console/beheer/inzending/{id}}, with reprocess for one in ERROR): its facts, every state change with the
 * reason in words and its outgoing messages; metadata only.
 */
@WebServlet(urlPatterns = {"/console/voorzitter/inzending/*", "/console/beheer/inzending/*"})
public class SubmissionHistoryServlet extends ConsoleServlet {

    @Inject
    ConsoleQueries queries;

    @Inject
    IntakeRuntime intake;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SubmissionRow> row = pathId(request).flatMap(queries::submission);
        if (row.isEmpty()) {
            ErrorPages.send(request, response, 404);
            return;
        }
        SubmissionId id = new SubmissionId(row.get().id());
        Page page = page(request, "Inzending " + row.get().number().orElse(Long.toString(row.get().id())));
        SubmissionViews.facts(page, row.get());
        SubmissionViews.history(page, intake.administration().history(id));
        SubmissionViews.outgoing(page, intake.administration().outgoing(id));
        boolean beheer = request.getServletPath().startsWith("/console/beheer/");
        if (beheer && row.get().state().equals("ERROR")) {
            page.raw(page.actionButton("/console/beheer/fouten", "Opnieuw verwerken", "primary",
                    java.util.Map.of("inzending", Long.toString(row.get().id()))));
        }
        page.raw("<p>" + page.link(beheer ? "/console/beheer/fouten" : "/console/voorzitter/kaarten", "Terug") + "</p>");
        send(response, page);
    }
}
