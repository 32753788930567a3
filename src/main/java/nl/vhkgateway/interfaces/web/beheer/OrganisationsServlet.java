package nl.vhkgateway.interfaces.web.beheer;

import static nl.vhkgateway.interfaces.web.view.Html.text;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import nl.vhkgateway.application.participant.OrganisationInput;
import nl.vhkgateway.application.participant.ParticipantRegistry;
import nl.vhkgateway.application.participant.RegisterValidationException;
import nl.vhkgateway.application.participant.RegistrationConflictException;
import nl.vhkgateway.application.participant.RegistrationNotFoundException;
import nl.vhkgateway.domain.participant.InvalidCertificateException;
import nl.vhkgateway.domain.participant.Organisation;
import nl.vhkgateway.interfaces.web.ConsoleServlet;
import nl.vhkgateway.interfaces.web.ErrorPages;
import nl.vhkgateway.interfaces.web.view.Page;

/**
 * {@code /console/beheer/organisaties}: the partner organisations with their receiving mailbox and S/MIME
 * encryption certificate (subject, expiry, warning 30 days ahead), the form to register one, and per organisation
 * ({@code /{id}}) the upload of its certificate (PEM).
 */
@WebServlet(urlPatterns = {OrganisationsServlet.PATH, OrganisationsServlet.PATH + "/*"})
@MultipartConfig(maxFileSize = 256 * 1024, maxRequestSize = 512 * 1024)
public class OrganisationsServlet extends ConsoleServlet {

    static final String PATH = "/console/beheer/organisaties";
    private static final List<Map.Entry<String, String>> TYPES = List.of(Map.entry("", "Kies een soort"),
            Map.entry("TOEGANG", "Toegang (gemeente)"), Map.entry("VEILIG_THUIS", "Veilig Thuis"),
            Map.entry("GI", "Gecertificeerde Instelling"), Map.entry("RVDK", "Raad voor de Kinderbescherming"));

    @Inject
    ParticipantRegistry registry;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Long> id = pathId(request);
        if (request.getPathInfo() != null && !request.getPathInfo().equals("/")) {
            Optional<Organisation> organisation = id.flatMap(this::find);
            if (organisation.isEmpty()) {
                ErrorPages.send(request, response, 404);
                return;
            }
            send(response, detail(request, organisation.get(), Optional.empty()));
            return;
        }
        send(response, list(request, Map.of(), Map.of()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (request.getPathInfo() != null && !request.getPathInfo().equals("/")) {
            Optional<Organisation> organisation = pathId(request).flatMap(this::find);
            if (organisation.isEmpty()) {
                ErrorPages.send(request, response, 404);
                return;
            }
            Optional<String> pem = Certificates.uploaded(request, "certificaat");
            if (pem.isEmpty() || pem.get().isEmpty()) {
                send(response, detail(request, organisation.get(), Optional.of("Kies een PEM-bestand met het"
                        + " certificaat (hoogstens 64 kB).")), 400);
                return;
            }
            try {
                Organisation updated = registry.setPartnerCertificate(organisation.get().id().value(), pem.get());
                redirect(request, response, PATH + "/" + updated.id().value(), "Het certificaat van "
                        + updated.name() + " is opgeslagen.");
            } catch (RegisterValidationException e) {
                send(response, detail(request, organisation.get(), Optional.of(e.dutchMessage())), 400);
            } catch (InvalidCertificateException e) {
                send(response, detail(request, organisation.get(), Optional.of(e.getMessage())), 400);
            }
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : List.of("soort", "naam", "gemeente", "mailbox")) {
            values.put(field, param(request, field));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            Organisation created = registry.registerOrganisation(new OrganisationInput(values.get("soort"),
                    values.get("naam"), values.get("gemeente"), values.get("mailbox"), true));
            redirect(request, response, PATH, "Organisatie " + created.name() + " is geregistreerd.");
        } catch (RegisterValidationException e) {
            e.violations().forEach(v -> errors.put(field(v.field()), v.dutchMessage()));
            send(response, list(request, values, errors), 400);
        } catch (RegistrationConflictException e) {
            errors.put(field(e.field()), e.getMessage());
            send(response, list(request, values, errors), 409);
        }
    }

    private Optional<Organisation> find(long id) {
        try {
            return Optional.of(registry.organisation(id));
        } catch (RegistrationNotFoundException | NoSuchElementException e) {
            return Optional.empty();
        }
    }

    private static String field(String registerField) {
        return switch (registerField) {
            case "type" -> "soort";
            case "municipality" -> "gemeente";
            case "receivingMailbox" -> "mailbox";
            default -> "naam";
        };
    }

    private Page list(HttpServletRequest request, Map<String, String> values, Map<String, String> errors) {
        Page page = page(request, "Organisaties");
        Instant now = Instant.now();
        page.table("Partnerorganisaties", List.of("Naam", "Soort", "Ontvangende mailbox", "Versleutelcertificaat"),
                registry.organisations().stream().map(o -> List.of(
                        page.link(PATH + "/" + o.id().value(), o.name()), text(o.type().dutchName()),
                        text(o.receivingMailbox().value()), Certificates.summary(o.partnerCertificate(), now))).toList(),
                "Nog geen organisaties.");
        page.h2("Organisatie registreren");
        page.errorSummary(errors);
        page.formStart(PATH, true, "form");
        page.select("soort", "Soort organisatie", "", TYPES, values.getOrDefault("soort", ""),
                Optional.ofNullable(errors.get("soort")));
        page.input("naam", "text", "Naam", "", values.getOrDefault("naam", ""), Optional.ofNullable(errors.get("naam")),
                "autocomplete=\"off\"");
        page.input("gemeente", "text", "Gemeente", "Verplicht voor Toegang: de gemeente waarvoor zij werkt.",
                values.getOrDefault("gemeente", ""), Optional.ofNullable(errors.get("gemeente")), "autocomplete=\"off\"");
        page.input("mailbox", "email", "Ontvangende mailbox", "Hier komen overdrachten en kaarten voor deze partner"
                + " aan.", values.getOrDefault("mailbox", ""), Optional.ofNullable(errors.get("mailbox")),
                "autocomplete=\"off\" spellcheck=\"false\"");
        page.button("Registreren", "primary");
        page.formEnd();
        return page;
    }

    private Page detail(HttpServletRequest request, Organisation organisation, Optional<String> error) {
        Page page = page(request, organisation.name());
        Instant now = Instant.now();
        page.facts(List.of(Map.entry("Soort", text(organisation.type().dutchName())),
                Map.entry("Gemeente", text(organisation.municipality().orElse("-"))),
                Map.entry("Ontvangende mailbox", text(organisation.receivingMailbox().value())),
                Map.entry("Versleutelcertificaat", Certificates.summary(organisation.partnerCertificate(), now))));
        organisation.partnerCertificate().filter(c -> c.notAfter().isBefore(now.plus(Certificates.WARN_BEFORE)))
                .ifPresent(c -> page.notice("warning", "Certificaat verloopt", "Vraag " + organisation.name()
                        + " tijdig om een nieuw certificaat; zonder geldig certificaat gaan overdrachten alleen"
                        + " via TLS."));
        page.h2("Certificaat uploaden");
        page.formStart(PATH + "/" + organisation.id().value(), true, "form");
        page.fileInput("certificaat", "S/MIME-certificaat (PEM)", "Het versleutelcertificaat van de ontvangende"
                + " mailbox, als .pem- of .crt-bestand.", ".pem,.crt,.cer", error);
        page.button("Certificaat opslaan", "primary");
        page.formEnd();
        page.raw("<p>" + page.link(PATH, "Terug naar de organisaties") + "</p>");
        return page;
    }
}
