package nl.vhkgateway.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import nl.vhkgateway.domain.audit.AuditLog;
import nl.vhkgateway.bootstrap.IntakeRuntime;

/**
 * The quarantine pages of the voorzitter ({@code /console/voorzitter/quarantaine}) and the beheerder
 * ({@code /console/beheer/quarantaine}): list, one entry ({@code /{id}}), release ({@code POST /{id}/vrijgeven}) and
 * delete ({@code POST /{id}/verwijderen}) with a reason ({@link QuarantinePages}).
 */
@WebServlet(urlPatterns = {"/console/voorzitter/quarantaine", "/console/voorzitter/quarantaine/*",
        "/console/beheer/quarantaine", "/console/beheer/quarantaine/*"})
public class QuarantineServlet extends ConsoleServlet {

    @Inject
    IntakeRuntime intake;

    @Inject
    AuditLog audit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String base = request.getServletPath();
        String info = Optional.ofNullable(request.getPathInfo()).orElse("/");
        if (info.equals("/")) {
            QuarantinePages.list(request, response, intake.quarantine(), base);
            return;
        }
        Optional<Long> id = id(info.substring(1));
        if (id.isEmpty()) {
            ErrorPages.send(request, response, 404);
            return;
        }
        QuarantinePages.detail(request, response, intake.quarantine(), base, id.get(), Map.of(), 200);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String base = request.getServletPath();
        String[] parts = Optional.ofNullable(request.getPathInfo()).orElse("/").split("/");
        Optional<Long> id = parts.length == 3 ? id(parts[1]) : Optional.empty();
        if (id.isEmpty() || !(parts[2].equals("vrijgeven") || parts[2].equals("verwijderen"))) {
            ErrorPages.send(request, response, 404);
            return;
        }
        QuarantinePages.decide(request, response, intake.quarantine(), audit, intake::wakeUp, base, id.get(),
                parts[2].equals("vrijgeven"));
    }
}
