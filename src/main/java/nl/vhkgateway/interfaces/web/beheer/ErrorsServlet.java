package nl.vhkgateway.interfaces.web.beheer;

import static nl.vhkgateway.interfaces.web.view.Html.text;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import nl.vhkgateway.application.console.ConsoleQueries;
import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.bootstrap.IntakeRuntime;
import nl.vhkgateway.interfaces.web.ConsoleServlet;
import nl.vhkgateway.interfaces.web.ErrorPages;
import nl.vhkgateway.interfaces.web.deelnemer.SubmissionsServlet;
import nl.vhkgateway.interfaces.web.view.Page;
import nl.vhkgateway.interfaces.web.view.Words;

/**
 * {@code /console/beheer/fouten}: submissions in ERROR (failed repeatedly) with the error code, and reprocess
 * ({@code POST} with the submission id); searchable by number. Links to each submission's history.
 */
@WebServlet(urlPatterns = "/console/beheer/fouten")
public class ErrorsServlet extends ConsoleServlet {

    @Inject
    ConsoleQueries queries;

    @Inject
    IntakeRuntime intake;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String search = param(request, "zoek");
        Page page = page(request, "Fouten");
        page.lead("Inzendingen die na meerdere pogingen niet verwerkt konden worden. Los de oorzaak op (bijvoorbeeld"
                + " de mailserver) en laat ze opnieuw verwerken.");
        SubmissionsServlet.searchForm(page, "/console/beheer/fouten", search);
        page.table("Inzendingen met een fout", List.of("Inzending", "Ontvangen", "Fout", "Actie"),
                queries.submissions(Optional.of("ERROR"), search, 100).stream().map(r -> {
                    String error = intake.administration().find(new SubmissionId(r.id()))
                            .flatMap(s -> s.lastError()).map(e -> e.code()).orElse("onbekend");
                    return List.of(page.link("/console/beheer/inzending/" + r.id(),
                                    r.number().orElse("inzending " + r.id())),
                            text(Words.dateTime(r.receivedAt())), text(error),
                            page.actionButton("/console/beheer/fouten", "Opnieuw verwerken", "secondary",
                                    Map.of("inzending", Long.toString(r.id()))));
                }).toList(), "Er zijn geen inzendingen met een fout.");
        send(response, page);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Long> id = id(param(request, "inzending"));
        if (id.isEmpty()) {
            ErrorPages.send(request, response, 404);
            return;
        }
        try {
            intake.administration().reprocess(new SubmissionId(id.get()));
            intake.wakeUp();
        } catch (NoSuchElementException e) {
            ErrorPages.send(request, response, 404);
            return;
        } catch (IllegalStateException e) {
            ErrorPages.send(request, response, 409, "Inzending " + id.get() + " staat niet (meer) op fout.");
            return;
        }
        redirect(request, response, "/console/beheer/fouten", "Inzending " + id.get() + " wordt opnieuw verwerkt.");
    }
}
