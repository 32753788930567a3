package nl.vhkgateway.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

import nl.vhkgateway.application.screening.CardScreeningService;
import nl.vhkgateway.interfaces.web.deelnemer.BlankCardServlet;
import nl.vhkgateway.interfaces.web.deelnemer.PrecheckServlet;
import nl.vhkgateway.interfaces.web.view.Page;
import nl.vhkgateway.interfaces.web.view.PrecheckView;

/**
 * {@code /console/openbaar/kaart-controleren}: the pre-check without logging in, only when
 * {@code vhk.console.anonymous-precheck=true} (404 otherwise), with its own size limit and a rate limit per client
 * address ({@link ConsoleSettings}). Nothing is stored.
 */
@WebServlet(urlPatterns = ConsoleFilter.PUBLIC_PRECHECK_PATH)
@MultipartConfig(maxFileSize = 64L * 1024 * 1024, maxRequestSize = 65L * 1024 * 1024, fileSizeThreshold = 64 * 1024 * 1024)
public class PublicPrecheckServlet extends ConsoleServlet {

    @Inject
    CardScreeningService screening;

    @Inject
    ConsoleAccounts accounts;

    @Inject
    PrecheckRateLimit rateLimit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConsoleSettings settings = accounts.settings();
        if (!settings.anonymousPrecheck()) {
            ErrorPages.send(request, response, 404);
            return;
        }
        Page page = page(request, "Kaart controleren");
        PrecheckView.form(page, ConsoleFilter.PUBLIC_PRECHECK_PATH, BlankCardServlet.FILE_PATH, maxBytes(settings)
                / (1024 * 1024), Optional.empty());
        page.raw("<p>Vaste deelnemer? " + page.link(ConsoleFilter.LOGIN_PATH, "Log in") + " voor uw inzendingen en"
                + " toestemmingen.</p>");
        send(response, page);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        ConsoleSettings settings = accounts.settings();
        if (!settings.anonymousPrecheck()) {
            ErrorPages.send(request, response, 404);
            return;
        }
        if (!rateLimit.tryAcquire(request.getRemoteAddr(), settings.anonymousPerHour())) {
            response.setHeader("Retry-After", "3600");
            ErrorPages.send(request, response, 429, "U heeft in het afgelopen uur het maximum aantal kaarten"
                    + " gecontroleerd. Probeer het later opnieuw, of log in als vaste deelnemer.");
            return;
        }
        PrecheckServlet.check(request, response, screening, maxBytes(settings), ConsoleFilter.PUBLIC_PRECHECK_PATH,
                BlankCardServlet.FILE_PATH, "Kaart controleren");
    }

    private long maxBytes(ConsoleSettings settings) {
        return Math.min(settings.anonymousMaxBytes(), screening.limits().maxInputBytes());
    }
}
