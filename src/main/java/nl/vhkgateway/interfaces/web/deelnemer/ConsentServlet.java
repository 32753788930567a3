package nl.vhkgateway.interfaces.web.deelnemer;

import static nl.vhkgateway.interfaces.web.view.Html.text;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.vhkgateway.application.console.ConsoleQueries;
import nl.vhkgateway.application.console.ConsoleQueries.ConsentRow;
import nl.vhkgateway.application.consent.Caller;
import nl.vhkgateway.domain.consent.CaseReference;
import nl.vhkgateway.interfaces.rest.consent.ConsentApi;
import nl.vhkgateway.interfaces.rest.support.JsonResult;
import nl.vhkgateway.interfaces.web.ConsoleServlet;
import nl.vhkgateway.interfaces.web.ConsoleUser;
import nl.vhkgateway.interfaces.web.ErrorPages;
import nl.vhkgateway.interfaces.web.view.Page;
import nl.vhkgateway.interfaces.web.view.Words;

/**
 * Toestemming, the consent register of the deelnemer's own organisation:
 * <ul>
 *   <li>{@code GET /console/deelnemer/toestemming}: the organisation's consents, newest first;</li>
 *   <li>{@code GET|POST /console/deelnemer/toestemming/nieuw}: record a consent (form with Dutch validation);</li>
 *   <li>{@code GET /console/deelnemer/toestemming/{id}}: one consent, with the form to withdraw it
 *   ({@code POST .../{id}}).</li>
 * </ul>
 * Recording and withdrawing go through the same consent service as the REST API (validation, policy, audit). A
 * consent of another organisation answers 404, whatever the URL says.
 */
@WebServlet(urlPatterns = {ConsentServlet.PATH, ConsentServlet.PATH + "/*"})
public class ConsentServlet extends ConsoleServlet {

    static final String PATH = "/console/deelnemer/toestemming";
    private static final List<Map.Entry<String, String>> PURPOSES = List.of(Map.entry("", "Kies een doel"),
            Map.entry("OVERDRACHT", "Overdracht aan een partner"),
            Map.entry("INTERVENTIEGESPREK", "Interventiegesprek met de Raad"),
            Map.entry("TOETSING_AFSLUITING_MAATREGEL", "Toetsing en afsluiting maatregel"));
    private static final List<Map.Entry<String, String>> RECIPIENTS = List.of(Map.entry("", "Kies een ontvanger"),
            Map.entry("TOEGANG", "Toegang (gemeente)"), Map.entry("VEILIG_THUIS", "Veilig Thuis"),
            Map.entry("GI", "Gecertificeerde Instelling"), Map.entry("RVDK", "Raad voor de Kinderbescherming"));
    private static final List<Map.Entry<String, String>> ROLES = List.of(Map.entry("OUDER_MET_GEZAG", "Ouder met gezag"),
            Map.entry("VOOGD", "Voogd"), Map.entry("JEUGDIGE", "Jeugdige"), Map.entry("PLEEGOUDER", "Pleegouder"));
    private static final List<Map.Entry<String, String>> AGES = List.of(Map.entry("", "Kies een leeftijd"),
            Map.entry("0-11", "Jonger dan 12 jaar"), Map.entry("12-15", "12 tot 16 jaar"),
            Map.entry("16+", "16 jaar of ouder"));

    private static final String DATE_ATTRIBUTES = "inputmode=\"numeric\" autocomplete=\"off\" size=\"10\"";

    @Inject
    ConsoleQueries queries;

    @Inject
    ConsentApi consents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = Optional.ofNullable(request.getPathInfo()).orElse("/");
        if (info.equals("/") ) {
            list(request, response);
        } else if (info.equals("/nieuw")) {
            send(response, form(request, Map.of(), Map.of(), Optional.empty()));
        } else {
            Optional<ConsentRow> consent = ownConsent(request);
            if (consent.isEmpty()) {
                ErrorPages.send(request, response, 404);
                return;
            }
            send(response, detail(request, consent.get(), Map.of(), Map.of(), Optional.empty()));
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = Optional.ofNullable(request.getPathInfo()).orElse("/");
        if (info.equals("/nieuw")) {
            record(request, response);
            return;
        }
        Optional<ConsentRow> consent = ownConsent(request);
        if (consent.isEmpty()) {
            ErrorPages.send(request, response, 404);
            return;
        }
        withdraw(request, response, consent.get());
    }

    private void list(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConsoleUser user = user(request);
        List<ConsentRow> rows = queries.consentsOf(user.organisation().orElseThrow(), 100);
        Page page = page(request, "Toestemming");
        page.lead("Toestemming van de betrokkenen om de kaart met persoonsgegevens te delen. Zonder geldige"
                + " toestemming gaat een overdracht niet door.");
        page.raw("<p><a class=\"button button--primary\" href=\"" + page.url(PATH + "/nieuw")
                + "\">Toestemming vastleggen</a></p>");
        page.table("Toestemmingen van " + user.organisationName(), List.of("Nummer", "Casus", "Doel", "Ontvanger",
                "Geldig", "Status"), rows.stream().map(r -> List.of(
                page.link(PATH + "/" + r.id(), "Toestemming " + r.id()), text(r.caseReference()),
                text(Words.purpose(r.purpose())), text(Words.organisationType(r.recipientType())),
                text(Words.date(r.validFrom()) + " t/m " + Words.date(r.validUntil().minusSeconds(1))),
                status(r))).toList(), "Nog geen toestemmingen vastgelegd.");
        send(response, page);
    }

    private static String status(ConsentRow row) {
        if (row.withdrawnAt().isPresent()) {
            return Page.badge("error", "ingetrokken");
        }
        if (row.validUntil().isBefore(java.time.Instant.now())) {
            return Page.badge("neutral", "verlopen");
        }
        return Page.badge("ok", "geldig");
    }

    private void record(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : List.of("casus", "doel", "ontvanger", "leeftijd", "hoe", "gegeven", "vanaf", "tot")) {
            values.put(name, param(request, name));
        }
        List<String> roles = Optional.ofNullable(request.getParameterValues("instemmers")).map(Arrays::asList)
                .orElse(List.of());
        Map<String, String> errors = new LinkedHashMap<>();
        if (CaseReference.parse(values.get("casus")).isEmpty()) {
            errors.put("casus", values.get("casus").isEmpty() ? "Vul het casusnummer in."
                    : "Een casusnummer bestaat uit hoofdletters, cijfers en streepjes, zoals VHT-2026-0042.");
        }
        if (values.get("doel").isEmpty()) {
            errors.put("doel", "Kies het doel van het delen.");
        }
        if (values.get("ontvanger").isEmpty()) {
            errors.put("ontvanger", "Kies de organisatie die de kaart ontvangt.");
        }
        if (roles.isEmpty()) {
            errors.put("instemmers", "Kruis aan wie toestemming gaf.");
        }
        if (values.get("leeftijd").isEmpty()) {
            errors.put("leeftijd", "Kies de leeftijd van de jeugdige.");
        }
        if (values.get("hoe").isEmpty()) {
            errors.put("hoe", "Beschrijf hoe de toestemming is gegeven, bijvoorbeeld: mondeling tijdens huisbezoek.");
        } else if (values.get("hoe").length() > 200) {
            errors.put("hoe", "Gebruik hoogstens 200 tekens.");
        }
        Optional<LocalDate> given = date(values.get("gegeven"), "gegeven", "de datum waarop de toestemming is gegeven",
                true, errors);
        Optional<LocalDate> from = date(values.get("vanaf"), "vanaf", "de begindatum", false, errors);
        Optional<LocalDate> until = date(values.get("tot"), "tot", "de einddatum", true, errors);
        if (until.isPresent() && from.orElse(given.orElse(LocalDate.MIN)).isAfter(until.get())) {
            errors.put("tot", "De einddatum ligt voor de begindatum.");
        }
        if (!errors.isEmpty()) {
            send(response, form(request, values, errors, Optional.empty()).raw(""), 400);
            return;
        }
        JsonArrayBuilder consenters = Json.createArrayBuilder();
        for (String role : roles) {
            JsonObjectBuilder consenter = Json.createObjectBuilder().add("role", role);
            if (role.equals("JEUGDIGE")) {
                consenter.add("ageGroup", values.get("leeftijd"));
            }
            consenters.add(consenter);
        }
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("caseReference", values.get("casus"))
                .add("consenters", consenters)
                .add("youthAgeGroup", values.get("leeftijd"))
                .add("purpose", values.get("doel"))
                .add("recipientType", values.get("ontvanger"))
                .add("howGiven", values.get("hoe"))
                .add("givenAt", given.orElseThrow().toString())
                .add("validUntil", until.orElseThrow().toString());
        from.ifPresent(f -> body.add("validFrom", f.toString()));
        JsonResult result = consents.record(caller(request), body.build().toString());
        if (result.status() != 201) {
            send(response, form(request, values, Map.of(), Optional.of(message(result))), result.status());
            return;
        }
        long id = ((JsonObject) result.body()).getJsonNumber("id").longValue();
        String shortfall = ((JsonObject) result.body()).getString("policyShortfall", "");
        redirect(request, response, PATH + "/" + id, "Toestemming " + id + " is vastgelegd. Noem dit nummer in de"
                + " overdracht (veld Toestemmingsnummer)." + (shortfall.isEmpty() ? "" : " Let op: " + shortfall));
    }

    private void withdraw(HttpServletRequest request, HttpServletResponse response, ConsentRow consent)
            throws IOException {
        String by = param(request, "door");
        String how = param(request, "hoe");
        Map<String, String> errors = new LinkedHashMap<>();
        if (by.isEmpty()) {
            errors.put("door", "Kies wie de toestemming introk.");
        }
        if (how.isEmpty()) {
            errors.put("hoe", "Beschrijf hoe de toestemming is ingetrokken, bijvoorbeeld: telefonisch.");
        } else if (how.length() > 200) {
            errors.put("hoe", "Gebruik hoogstens 200 tekens.");
        }
        if (!errors.isEmpty()) {
            send(response, detail(request, consent, Map.of("door", by, "hoe", how), errors, Optional.empty()), 400);
            return;
        }
        JsonResult result = consents.withdraw(caller(request), Long.toString(consent.id()),
                Json.createObjectBuilder().add("withdrawnBy", by).add("how", how).build().toString());
        if (result.status() != 200) {
            send(response, detail(request, consent, Map.of("door", by, "hoe", how), Map.of(),
                    Optional.of(message(result))), result.status());
            return;
        }
        redirect(request, response, PATH + "/" + consent.id(), "Toestemming " + consent.id() + " is ingetrokken."
                + " Overdrachten met dit nummer worden vanaf nu geweigerd.");
    }

    private Optional<ConsentRow> ownConsent(HttpServletRequest request) {
        long organisation = user(request).organisation().orElseThrow();
        Optional<Long> id = pathId(request);
        if (id.isEmpty() || queries.consentOrganisation(id.get()).orElse(-1) != organisation) {
            return Optional.empty();
        }
        return queries.consentsOf(organisation, ConsoleQueries.MAX_LIMIT).stream()
                .filter(c -> c.id() == id.get()).findFirst();
    }

    private static Caller caller(HttpServletRequest request) {
        return new Caller(user(request).login(), false, true);
    }

    private static String message(JsonResult result) {
        String error = result.body() instanceof JsonObject o ? o.getString("error", "") : "";
        String text = error.isEmpty() ? "Het vastleggen is niet gelukt. Probeer het opnieuw." : error;
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + (text.endsWith(".") ? "" : ".");
    }

    private static Optional<LocalDate> date(String text, String field, String what, boolean required,
                                            Map<String, String> errors) {
        if (text.isEmpty()) {
            if (required) {
                errors.put(field, "Vul " + what + " in.");
            }
            return Optional.empty();
        }
        Optional<LocalDate> date = Words.parseDate(text);
        if (date.isEmpty()) {
            errors.put(field, "Vul " + what + " in als datum, bijvoorbeeld 15-12-2026.");
        }
        return date;
    }

    private static Page form(HttpServletRequest request, Map<String, String> values, Map<String, String> errors,
                             Optional<String> failure) {
        Page page = page(request, "Toestemming vastleggen");
        page.lead("Leg vast wie toestemming gaf om de kaart met persoonsgegevens te delen, met wie en tot wanneer.");
        failure.ifPresent(f -> page.notice("error", "Vastleggen is niet gelukt", f));
        page.errorSummary(errors);
        page.formStart(PATH + "/nieuw", false, "form");
        page.input("casus", "text", "Casusnummer", "Het nummer van de inbreng, bijvoorbeeld VHT-2026-0042.",
                values.getOrDefault("casus", ""), Optional.ofNullable(errors.get("casus")),
                "autocomplete=\"off\" spellcheck=\"false\"");
        page.select("doel", "Doel", "Waarvoor mag de kaart worden gedeeld?", PURPOSES, values.getOrDefault("doel", ""),
                Optional.ofNullable(errors.get("doel")));
        page.select("ontvanger", "Ontvanger", "De organisatie die de kaart ontvangt.", RECIPIENTS,
                values.getOrDefault("ontvanger", ""), Optional.ofNullable(errors.get("ontvanger")));
        page.checkboxes("instemmers", "Wie gaf toestemming?", "Kruis iedereen aan die heeft ingestemd.", ROLES,
                List.of(), Optional.ofNullable(errors.get("instemmers")));
        page.select("leeftijd", "Leeftijd van de jeugdige", "Vanaf 16 jaar moet de jeugdige zelf ook instemmen.", AGES,
                values.getOrDefault("leeftijd", ""), Optional.ofNullable(errors.get("leeftijd")));
        page.input("hoe", "text", "Hoe is de toestemming gegeven?", "Bijvoorbeeld: mondeling tijdens huisbezoek."
                + " Geen namen.", values.getOrDefault("hoe", ""), Optional.ofNullable(errors.get("hoe")),
                "maxlength=\"200\"");
        page.input("gegeven", "text", "Gegeven op", "De datum waarop de toestemming is gegeven, bijvoorbeeld 15-12-2026.",
                values.getOrDefault("gegeven", ""), Optional.ofNullable(errors.get("gegeven")), DATE_ATTRIBUTES);
        page.input("vanaf", "text", "Geldig vanaf (niet verplicht)", "Leeg: vanaf nu.", values.getOrDefault("vanaf", ""),
                Optional.ofNullable(errors.get("vanaf")), DATE_ATTRIBUTES);
        page.input("tot", "text", "Geldig tot en met", "De laatste dag waarop gedeeld mag worden, bijvoorbeeld 31-12-2026.",
                values.getOrDefault("tot", ""), Optional.ofNullable(errors.get("tot")), DATE_ATTRIBUTES);
        page.button("Toestemming vastleggen", "primary");
        page.formEnd();
        return page;
    }

    private static Page detail(HttpServletRequest request, ConsentRow consent, Map<String, String> values,
                               Map<String, String> errors, Optional<String> failure) {
        Page page = page(request, "Toestemming " + consent.id());
        page.facts(List.of(
                Map.entry("Casus", text(consent.caseReference())),
                Map.entry("Doel", text(Words.purpose(consent.purpose()))),
                Map.entry("Ontvanger", text(Words.organisationType(consent.recipientType()))),
                Map.entry("Geldig", text(Words.date(consent.validFrom()) + " t/m "
                        + Words.date(consent.validUntil().minusSeconds(1)))),
                Map.entry("Vastgelegd door", text(consent.recordedBy())),
                Map.entry("Status", status(consent))));
        consent.withdrawnAt().ifPresent(at -> page.notice("warning", "Ingetrokken",
                "Deze toestemming is ingetrokken op " + Words.dateTime(at) + "."));
        if (consent.withdrawnAt().isEmpty()) {
            page.h2("Toestemming intrekken");
            failure.ifPresent(f -> page.notice("error", "Intrekken is niet gelukt", f));
            page.errorSummary(errors);
            page.formStart(PATH + "/" + consent.id(), false, "form");
            page.select("door", "Ingetrokken door", "Wie trok de toestemming in?", List.of(Map.entry("", "Kies"),
                    Map.entry("OUDER_MET_GEZAG", "Ouder met gezag"), Map.entry("VOOGD", "Voogd"),
                    Map.entry("JEUGDIGE", "Jeugdige"), Map.entry("PLEEGOUDER", "Pleegouder")),
                    values.getOrDefault("door", ""), Optional.ofNullable(errors.get("door")));
            page.input("hoe", "text", "Hoe is de toestemming ingetrokken?", "Bijvoorbeeld: telefonisch. Geen namen.",
                    values.getOrDefault("hoe", ""), Optional.ofNullable(errors.get("hoe")), "maxlength=\"200\"");
            page.button("Toestemming intrekken", "danger");
            page.formEnd();
        }
        page.raw("<p>" + page.link(PATH, "Terug naar alle toestemmingen") + "</p>");
        return page;
    }
}
