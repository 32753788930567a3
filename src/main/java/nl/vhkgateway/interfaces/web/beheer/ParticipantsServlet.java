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
import java.util.Optional;

import nl.vhkgateway.application.participant.ParticipantInput;
import nl.vhkgateway.application.participant.ParticipantRegistry;
import nl.vhkgateway.application.participant.RegisterValidationException;
import nl.vhkgateway.application.participant.RegistrationConflictException;
import nl.vhkgateway.domain.participant.InvalidCertificateException;
import nl.vhkgateway.domain.participant.Organisation;
import nl.vhkgateway.domain.participant.Participant;
import nl.vhkgateway.interfaces.web.ConsoleServlet;
import nl.vhkgateway.interfaces.web.view.Page;

/**
 * {@code /console/beheer/deelnemers}: the vaste deelnemers of the register with their signing certificate
 * (subject, expiry, warning 30 days ahead), and the form to register one, optionally with the S/MIME certificate
 * (PEM upload) the gateway then requires on their mail. Validation and conflicts come from the register in Dutch.
 */
@WebServlet(urlPatterns = "/console/beheer/deelnemers")
@MultipartConfig(maxFileSize = 256 * 1024, maxRequestSize = 512 * 1024)
public class ParticipantsServlet extends ConsoleServlet {

    static final String PATH = "/console/beheer/deelnemers";

    @Inject
    ParticipantRegistry registry;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        send(response, page(request, Map.of(), Map.of()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : List.of("naam", "email", "organisatie")) {
            values.put(field, param(request, field));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Long> organisation = id(values.get("organisatie"));
        if (organisation.isEmpty()) {
            errors.put("organisatie", "Kies de organisatie van de vaste deelnemer.");
        }
        Optional<String> pem = Certificates.uploaded(request, "certificaat");
        if (pem.isPresent() && pem.get().isEmpty()) {
            errors.put("certificaat", "Het certificaatbestand is te groot; kies een PEM-bestand met één certificaat.");
        }
        if (!errors.isEmpty()) {
            send(response, page(request, values, errors), 400);
            return;
        }
        try {
            Participant participant = registry.registerParticipant(new ParticipantInput(values.get("naam"),
                    values.get("email"), organisation.get(), true));
            if (pem.isPresent()) {
                try {
                    participant = registry.setSigningCertificate(participant.id().value(), pem.get());
                } catch (RegisterValidationException | InvalidCertificateException e) {
                    send(response, page(request, Map.of(), Map.of("certificaat", "Deelnemer " + participant.name()
                            + " is geregistreerd, maar het certificaat niet: " + message(e))), 400);
                    return;
                }
            }
            redirect(request, response, PATH, "Vaste deelnemer " + participant.name() + " ("
                    + participant.mailAddress().value() + ") is geregistreerd"
                    + (participant.signingCertificate().isPresent() ? " met certificaat." : "."));
        } catch (RegisterValidationException e) {
            e.violations().forEach(v -> errors.put(field(v.field()), v.dutchMessage()));
            send(response, page(request, values, errors), 400);
        } catch (RegistrationConflictException e) {
            errors.put(field(e.field()), e.getMessage());
            send(response, page(request, values, errors), 409);
        }
    }

    private static String message(RuntimeException e) {
        return e instanceof RegisterValidationException r ? r.dutchMessage() : e.getMessage();
    }

    private static String field(String registerField) {
        return switch (registerField) {
            case "name" -> "naam";
            case "mailAddress" -> "email";
            case "organisationId" -> "organisatie";
            case "certificate" -> "certificaat";
            default -> "naam";
        };
    }

    private Page page(HttpServletRequest request, Map<String, String> values, Map<String, String> errors) {
        Page page = page(request, "Vaste deelnemers");
        Instant now = Instant.now();
        List<Organisation> organisations = registry.organisations();
        page.table("Geregistreerde vaste deelnemers", List.of("Naam", "E-mailadres", "Organisatie", "Ondertekening",
                "Status"), registry.participants().stream().map(p -> List.of(text(p.name()),
                text(p.mailAddress().value()), text(p.organisation().name()),
                Certificates.summary(p.signingCertificate(), now),
                p.active() ? Page.badge("ok", "actief") : Page.badge("neutral", "niet actief"))).toList(),
                "Nog geen vaste deelnemers.");
        page.h2("Vaste deelnemer registreren");
        page.errorSummary(errors);
        page.formStart(PATH, true, "form");
        page.input("naam", "text", "Naam", "Naam en functie, bijvoorbeeld: Vaste deelnemer Toegang Etten-Leur.",
                values.getOrDefault("naam", ""), Optional.ofNullable(errors.get("naam")), "autocomplete=\"off\"");
        page.input("email", "email", "E-mailadres", "Het adres waarvandaan de kaarten komen; ook de inlognaam.",
                values.getOrDefault("email", ""), Optional.ofNullable(errors.get("email")),
                "autocomplete=\"off\" spellcheck=\"false\"");
        List<Map.Entry<String, String>> options = new java.util.ArrayList<>();
        options.add(Map.entry("", "Kies een organisatie"));
        organisations.forEach(o -> options.add(Map.entry(Long.toString(o.id().value()), o.name())));
        page.select("organisatie", "Organisatie", "", options, values.getOrDefault("organisatie", ""),
                Optional.ofNullable(errors.get("organisatie")));
        page.fileInput("certificaat", "S/MIME-certificaat (niet verplicht)", "PEM-bestand (.pem of .crt) van het"
                + " ondertekencertificaat. Met certificaat accepteert de gateway alleen ondertekende mail van dit"
                + " adres.", ".pem,.crt,.cer", Optional.ofNullable(errors.get("certificaat")));
        page.button("Registreren", "primary");
        page.formEnd();
        return page;
    }
}
