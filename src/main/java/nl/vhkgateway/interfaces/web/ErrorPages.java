package nl.vhkgateway.interfaces.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

import nl.vhkgateway.interfaces.web.view.Page;

/** The console's Dutch error pages (also the gateway's pages for unknown paths outside the REST API). */
public final class ErrorPages {

    private ErrorPages() {
    }

    /** Sends a Dutch error page with this status. */
    public static void send(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        send(request, response, status, "");
    }

    public static void send(HttpServletRequest request, HttpServletResponse response, int status, String detail)
            throws IOException {
        String title;
        String text;
        switch (status) {
            case 403 -> {
                title = "Geen toegang";
                text = "U heeft geen toegang tot deze pagina of deze gegevens. Ga terug naar uw eigen overzicht.";
            }
            case 404 -> {
                title = "Pagina niet gevonden";
                text = "Deze pagina bestaat niet (meer). Controleer het adres of ga naar de startpagina.";
            }
            case 405 -> {
                title = "Dit kan zo niet";
                text = "Deze pagina werkt niet op deze manier. Gebruik de knoppen en formulieren op de pagina's.";
            }
            case 413 -> {
                title = "Bestand te groot";
                text = "Het bestand is te groot. Een Veiligheidskaart is veel kleiner.";
            }
            case 429 -> {
                title = "Even wachten";
                text = "U heeft het kort achter elkaar te vaak geprobeerd. Probeer het later opnieuw.";
            }
            default -> {
                title = "Er ging iets mis";
                text = "Er ging bij ons iets mis. Probeer het over een paar minuten opnieuw. Blijft het misgaan,"
                        + " neem dan contact op met de beheerder.";
            }
        }
        HttpSession session = request.getSession(false);
        String token = session == null ? "" : Csrf.token(session);
        Page page = new Page(request.getContextPath(), title, token);
        ConsoleFilter.user(request).ifPresent(user -> page.user(Menus.userLine(user), Menus.of(user.role()), ""));
        page.notice(status >= 500 ? "error" : "warning", "", detail.isEmpty() ? text : detail);
        page.raw("<p>" + page.link("/console/", "Naar de startpagina") + "</p>");
        SecurityHeaders.apply(request, response, false);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(page.render());
    }
}
