package nl.vhkgateway.interfaces.web;

import static nl.vhkgateway.interfaces.web.view.Html.text;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.vhkgateway.application.agenda.CalendarFeedService;
import nl.vhkgateway.application.agenda.FeedOwner;
import nl.vhkgateway.bootstrap.AgendaRuntime;
import nl.vhkgateway.domain.planning.CalendarFeed;
import nl.vhkgateway.interfaces.web.view.AgendaViews;
import nl.vhkgateway.interfaces.web.view.Page;
import nl.vhkgateway.interfaces.web.view.Words;

/**
 * "Agenda in uw eigen agenda" for every role the REST API allows (beheerder, voorzitter, vaste deelnemer):
 * {@code /console/<role>/agenda-feed}. Makes a secret iCalendar feed ({@link CalendarFeedService}, the same feeds as
 * {@code /api/agenda/feeds}: owner {@code <role>:<login>}), shows its URL once (kept in the session only until the
 * next page view after the redirect), lists the user's own feeds without their URLs, and revokes one.
 */
@WebServlet(urlPatterns = {"/console/beheer/agenda-feed", "/console/voorzitter/agenda-feed",
        "/console/deelnemer/agenda-feed"})
public class CalendarFeedServlet extends ConsoleServlet {

    static final String NEW_URL = "vhk.console.new-feed-url";
    private static final int MAX_FEEDS = 50;

    @Inject
    AgendaRuntime agenda;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(true);
        Optional<String> created = Optional.empty();
        if (session.getAttribute(NEW_URL) instanceof String url) {
            session.removeAttribute(NEW_URL);
            created = Optional.of(url);
        }
        send(response, page(request, created));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FeedOwner owner = owner(user(request));
        String self = path(request);
        switch (param(request, "actie")) {
            case "maken" -> {
                CalendarFeedService.CreatedFeed feed = feeds().create(owner);
                String host = Optional.ofNullable(request.getHeader("Host")).orElse(request.getServerName() + ":"
                        + request.getServerPort());
                request.getSession(true).setAttribute(NEW_URL, AgendaViews.feedUrl(request.getScheme(), host,
                        request.getContextPath(), feed.token()));
                redirect(request, response, self, "");
            }
            case "intrekken" -> {
                Optional<CalendarFeed> revoked = feeds().revoke(owner, param(request, "feed"));
                if (revoked.isEmpty()) {
                    ErrorPages.send(request, response, 404);
                    return;
                }
                redirect(request, response, self, "De agenda-feed van " + Words.dateTime(revoked.get().createdAt())
                        + " is ingetrokken: het adres werkt niet meer.");
            }
            default -> ErrorPages.send(request, response, 400);
        }
    }

    private Page page(HttpServletRequest request, Optional<String> created) {
        FeedOwner owner = owner(user(request));
        String self = path(request);
        Page page = page(request, "Agenda in uw eigen agenda");
        page.lead("Zie de besprekingen" + (owner.seesEveryCase() ? ", de ingeplande casussen"
                : ", de ingeplande casussen van uw organisatie") + " en de termijnen in uw eigen agendaprogramma"
                + " (Outlook, Google Agenda, Apple Agenda). De feed bevat alleen VHT-nummers, tijden en termijnen:"
                + " geen namen en geen tekst uit de kaarten.");
        created.ifPresent(url -> AgendaViews.newFeed(page, url));
        page.formStart(self, false, "form");
        page.raw("<input type=\"hidden\" name=\"actie\" value=\"maken\">");
        page.button("Nieuwe agenda-feed maken", created.isPresent() ? "secondary" : "primary");
        page.formEnd();
        List<CalendarFeed> feeds = feeds().list(owner, MAX_FEEDS, 0);
        page.table("Uw agenda-feeds", List.of("Gemaakt op", "Status", "Actie"), feeds.stream().map(f -> List.of(
                text(Words.dateTime(f.createdAt())),
                f.active() ? Page.badge("ok", "actief") : Page.badge("neutral", "ingetrokken op "
                        + f.revokedAt().map(Words::dateTime).orElse("")),
                f.active() ? AgendaViews.rowButton(page, self, "Intrekken", "feed van "
                        + Words.dateTime(f.createdAt()), "danger", Map.of("actie", "intrekken", "feed", f.id()))
                        : text("-"))).toList(), "U hebt nog geen agenda-feeds.");
        page.p("Een feed-adres is geheim: wie het heeft, ziet deze agenda. Is het adres uitgelekt of gebruikt u het"
                + " niet meer, trek de feed dan in en maak zo nodig een nieuwe.");
        return page;
    }

    static FeedOwner owner(ConsoleUser user) {
        return new FeedOwner(user.role().code(), user.login());
    }

    private static String path(HttpServletRequest request) {
        return user(request).role().basePath() + "agenda-feed";
    }

    private CalendarFeedService feeds() {
        return agenda.feeds();
    }
}
