package nl.vhkgateway.interfaces.web.beheer;

import static nl.vhkgateway.interfaces.web.view.Html.attr;
import static nl.vhkgateway.interfaces.web.view.Html.text;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.vhkgateway.application.audit.AuditExporter;
import nl.vhkgateway.application.audit.ExportFormat;
import nl.vhkgateway.domain.audit.AuditEntry;
import nl.vhkgateway.domain.audit.AuditLog;
import nl.vhkgateway.domain.audit.AuditQuery;
import nl.vhkgateway.domain.audit.ChainVerification;
import nl.vhkgateway.interfaces.web.ConsoleServlet;
import nl.vhkgateway.interfaces.web.view.Page;
import nl.vhkgateway.interfaces.web.view.Words;

/**
 * {@code /console/beheer/audit}: the hash-chained audit log filtered by subject, actor and date (GET form), the
 * chain verification on request ({@code ?verifieer=1}), and the export of the filtered entries as CSV
 * ({@code /console/beheer/audit/export}).
 */
@WebServlet(urlPatterns = {"/console/beheer/audit", "/console/beheer/audit/export"})
public class AuditServlet extends ConsoleServlet {

    @Inject
    AuditLog audit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String> errors = new LinkedHashMap<>();
        AuditQuery query = query(request, errors);
        if (request.getServletPath().endsWith("/export") && errors.isEmpty()) {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"auditlog.csv\"");
            Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
            new AuditExporter(audit).export(query, ExportFormat.CSV, out);
            out.flush();
            return;
        }
        Page page = page(request, "Auditlog");
        page.lead("Elke beslissing van de gateway en elke handeling van een beheerder of voorzitter, in een keten"
                + " die laat zien of er iets is gewijzigd of verwijderd.");
        if (!param(request, "verifieer").isEmpty()) {
            ChainVerification verification = audit.verifyChain();
            if (verification.intact() && verification.rowsChecked() == 0) {
                page.notice("info", "Het auditlog is nog leeg", "Er is nog niets om te controleren.");
            } else if (verification.intact()) {
                page.notice("ok", "De keten is intact", verification.rowsChecked() + " regels gecontroleerd: niets is"
                        + " gewijzigd of verwijderd.");
            } else {
                page.notice("error", "De keten is verbroken", verification.description());
            }
        }
        page.raw("<form method=\"get\" action=\"" + attr(page.url("/console/beheer/audit")) + "\">"
                + "<input type=\"hidden\" name=\"verifieer\" value=\"1\">"
                + "<button type=\"submit\" class=\"button button--secondary\">Keten controleren</button></form>\n");
        page.errorSummary(errors);
        page.searchFormStart("/console/beheer/audit", "Auditlog filteren");
        page.input("onderwerp", "text", "Onderwerp", "Bijvoorbeeld VHT-2026-0042.", param(request, "onderwerp"),
                Optional.ofNullable(errors.get("onderwerp")), "spellcheck=\"false\"");
        page.input("actor", "text", "Door", "Gebruiker of onderdeel.", param(request, "actor"),
                Optional.ofNullable(errors.get("actor")), "spellcheck=\"false\"");
        page.input("van", "text", "Vanaf", "Bijvoorbeeld 1-12-2026.", param(request, "van"), Optional.ofNullable(errors.get("van")),
                "inputmode=\"numeric\"");
        page.input("tot", "text", "Tot en met", "Bijvoorbeeld 31-12-2026.", param(request, "tot"), Optional.ofNullable(errors.get("tot")),
                "inputmode=\"numeric\"");
        page.raw("<div class=\"field\"><button type=\"submit\" class=\"button button--primary\">Filteren</button></div>");
        page.formEnd();
        List<AuditEntry> entries = errors.isEmpty() ? audit.find(query) : List.of();
        page.table("Regels (nieuwste eerst, hoogstens 200)", List.of("Nr.", "Wanneer", "Door", "Handeling",
                "Onderwerp", "Uitkomst"), entries.stream().sorted((a, b) -> Long.compare(b.sequence(), a.sequence()))
                .map(e -> List.of(text(e.sequence()), text(Words.dateTime(e.occurredAt())), text(e.event().actor()),
                        text(e.event().action()), text(e.event().subject().orElse("")),
                        text(e.event().outcome() + (e.event().reasonCodes().isEmpty() ? ""
                                : " (" + String.join(", ", e.event().reasonCodes()) + ")")))).toList(),
                "Geen regels gevonden.");
        String queryString = Optional.ofNullable(request.getQueryString()).orElse("");
        page.raw("<p><a href=\"" + attr(page.url("/console/beheer/audit/export") + (queryString.isEmpty() ? ""
                : "?" + queryString)) + "\">Deze regels exporteren (CSV)</a></p>");
        send(response, page);
    }

    private static AuditQuery query(HttpServletRequest request, Map<String, String> errors) {
        AuditQuery query = AuditQuery.all().withLimit(200);
        String subject = param(request, "onderwerp");
        String actor = param(request, "actor");
        if (!subject.isEmpty()) {
            query = query.withSubject(subject);
        }
        if (!actor.isEmpty()) {
            query = query.withActor(actor);
        }
        Optional<LocalDate> from = date(param(request, "van"), "van", errors);
        Optional<LocalDate> to = date(param(request, "tot"), "tot", errors);
        if (from.isPresent()) {
            query = query.withFrom(from.get().atStartOfDay(Words.DUTCH_TIME).toInstant());
        }
        if (to.isPresent()) {
            query = query.withTo(to.get().plusDays(1).atStartOfDay(Words.DUTCH_TIME).toInstant());
        }
        return query;
    }

    private static Optional<LocalDate> date(String text, String field, Map<String, String> errors) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = Words.parseDate(text);
        if (date.isEmpty()) {
            errors.put(field, "Vul een datum in, bijvoorbeeld 15-12-2026.");
        }
        return date;
    }
}
