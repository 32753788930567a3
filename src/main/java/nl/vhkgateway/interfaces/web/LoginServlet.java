package nl.vhkgateway.interfaces.web;

import jakarta.inject.Inject;
import nl.vhkgateway.application.security.LoginAudit;
import nl.vhkgateway.application.security.LoginNames;
import nl.vhkgateway.application.security.LoginThrottle;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import nl.vhkgateway.interfaces.web.view.Page;

/**
 * {@code /console/inloggen}: one login form for every role (beheerder, voorzitter, vaste deelnemer). A successful
 * login gets a new session id (no session fixation) and a new CSRF token; failures are throttled per account and
 * client address (the gateway's one {@link LoginThrottle}, shared with the API's HTTP Basic login, and audited by
 * {@link LoginAudit}) and never say whether the name exists. The session ends after the
 * {@code session-timeout} of web.xml without activity.
 */
@WebServlet(urlPatterns = ConsoleFilter.LOGIN_PATH)
public class LoginServlet extends ConsoleServlet {

    private static final Logger LOG = Logger.getLogger(LoginServlet.class.getName());

    @Inject
    ConsoleAccounts accounts;

    @Inject
    LoginThrottle throttle;

    @Inject
    LoginAudit audit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ConsoleUser> user = ConsoleFilter.user(request);
        if (user.isPresent()) {
            response.sendRedirect(request.getContextPath() + Menus.home(user.get().role()));
            return;
        }
        send(response, form(request, "", Map.of(), Optional.empty()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = param(request, "gebruikersnaam");
        String password = request.getParameter("wachtwoord") == null ? "" : request.getParameter("wachtwoord");
        Map<String, String> errors = new LinkedHashMap<>();
        if (name.isEmpty()) {
            errors.put("gebruikersnaam", "Vul uw gebruikersnaam in.");
        }
        if (password.isEmpty()) {
            errors.put("wachtwoord", "Vul uw wachtwoord in.");
        }
        if (!errors.isEmpty()) {
            send(response, form(request, name, errors, Optional.empty()), 400);
            return;
        }
        String address = request.getRemoteAddr();
        String account = LoginNames.account(name);
        LoginThrottle.Admission admission = throttle.admit(account, address);
        if (!admission.allowed()) {
            audit.throttled(name, address, admission);
            response.setHeader("Retry-After", Long.toString(admission.retryAfterSeconds()));
            send(response, form(request, name, Map.of(), Optional.of("U heeft te vaak een verkeerd wachtwoord"
                    + " ingevuld. Probeer het over " + Math.max(1, admission.retryAfter().toMinutes() + 1)
                    + " minuten opnieuw.")), 429);
            return;
        }
        Optional<ConsoleUser> user = accounts.authenticate(name, password.toCharArray());
        if (user.isEmpty()) {
            audit.failed(name, address, throttle.failed(account, address));
            send(response, form(request, name, Map.of(), Optional.of("De gebruikersnaam of het wachtwoord klopt"
                    + " niet. Let op hoofdletters; een vaste deelnemer logt in met het e-mailadres.")), 401);
            return;
        }
        throttle.succeeded(account, address);
        audit.succeeded(name, address);
        request.changeSessionId();
        HttpSession session = request.getSession(true);
        session.setAttribute(ConsoleFilter.USER, user.get());
        Csrf.renew(session);
        LOG.info(() -> "Console login, role " + user.get().role().code());
        String back = param(request, "terug");
        String target = back.startsWith(user.get().role().basePath()) && !back.contains("//")
                ? back : Menus.home(user.get().role());
        redirect(request, response, target, "");
    }

    private static Page form(HttpServletRequest request, String name, Map<String, String> errors,
                             Optional<String> failure) {
        Page page = page(request, "Inloggen");
        page.lead("Log in met het account dat u van de beheerder van de VHK-gateway heeft gekregen.");
        failure.ifPresent(message -> page.notice("error", "Inloggen is niet gelukt", message));
        page.errorSummary(errors);
        page.formStart(ConsoleFilter.LOGIN_PATH, false, "form");
        String back = param(request, "terug");
        if (!back.isEmpty()) {
            page.raw("<input type=\"hidden\" name=\"terug\" value=\"" + nl.vhkgateway.interfaces.web.view.Html.attr(back)
                    + "\">");
        }
        page.input("gebruikersnaam", "text", "Gebruikersnaam",
                "Vaste deelnemer: uw e-mailadres. Voorzitter en beheerder: uw gebruikersnaam.", name,
                Optional.ofNullable(errors.get("gebruikersnaam")),
                "autocomplete=\"username\" autocapitalize=\"none\" spellcheck=\"false\" required");
        page.input("wachtwoord", "password", "Wachtwoord", "", "", Optional.ofNullable(errors.get("wachtwoord")),
                "autocomplete=\"current-password\" required");
        page.button("Inloggen", "primary");
        page.formEnd();
        page.raw("<p>U wordt na 15 minuten zonder activiteit automatisch uitgelogd.</p>");
        return page;
    }
}
