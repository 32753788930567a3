package nl.vhkgateway.interfaces.web.view;

import static nl.vhkgateway.interfaces.web.view.Html.attr;
import static nl.vhkgateway.interfaces.web.view.Html.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One console page: the common frame (skip link, header with the user and logout, role menu, main, footer) around
 * content built with the helpers here. Everything that is not a constant is escaped ({@link Html}). Forms get the
 * CSRF field automatically ({@link #formStart}). Not thread-safe: one per request.
 */
public final class Page {

    /** A menu entry: path below the context root and its Dutch label. */
    public record MenuItem(String path, String label) {
    }

    private final String contextPath;
    private final String title;
    private final String csrfToken;
    private final StringBuilder body = new StringBuilder(4096);
    private String userLine = "";
    private List<MenuItem> menu = List.of();
    private String currentPath = "";
    private Optional<String> flash = Optional.empty();
    private boolean loggedIn;

    public Page(String contextPath, String title, String csrfToken) {
        this.contextPath = Objects.requireNonNull(contextPath, "contextPath");
        this.title = Objects.requireNonNull(title, "title");
        this.csrfToken = Objects.requireNonNull(csrfToken, "csrfToken");
    }

    public Page user(String line, List<MenuItem> items, String path) {
        this.userLine = line;
        this.menu = List.copyOf(items);
        this.currentPath = path;
        this.loggedIn = true;
        return this;
    }

    /** A one-time confirmation shown above the content ("Toestemming 12 is vastgelegd."). */
    public Page flash(Optional<String> message) {
        this.flash = message;
        return this;
    }

    public String title() {
        return title;
    }

    /** A link target below the context root ("/console/beheer/"), for href and action attributes. */
    public String url(String path) {
        return contextPath + path;
    }

    // ---- content -------------------------------------------------------------------------------------------

    /** Appends trusted markup (built by the helpers below or from constants). */
    public Page raw(String html) {
        body.append(html);
        return this;
    }

    public Page h2(String text) {
        body.append("<h2>").append(text(text)).append("</h2>\n");
        return this;
    }

    public Page p(String text) {
        body.append("<p>").append(text(text)).append("</p>\n");
        return this;
    }

    public Page lead(String text) {
        body.append("<p class=\"lead\">").append(text(text)).append("</p>\n");
        return this;
    }

    /** A notice box: kind is info, ok, warning or error. Errors and warnings are announced (role alert/status). */
    public Page notice(String kind, String heading, String text) {
        String role = kind.equals("error") ? " role=\"alert\"" : " role=\"status\"";
        body.append("<div class=\"notice notice--").append(attr(kind)).append('"').append(role).append('>');
        if (!heading.isEmpty()) {
            body.append("<p class=\"notice__heading\">").append(text(heading)).append("</p>");
        }
        if (!text.isEmpty()) {
            body.append("<p>").append(text(text)).append("</p>");
        }
        body.append("</div>\n");
        return this;
    }

    /** A status badge (kind: neutral, ok, warning, error, info). */
    public static String badge(String kind, String label) {
        return "<span class=\"badge badge--" + attr(kind) + "\">" + text(label) + "</span>";
    }

    public String link(String path, String label) {
        return "<a href=\"" + attr(url(path)) + "\">" + text(label) + "</a>";
    }

    /** A table with a caption; cells are trusted markup (escape values with {@link Html#text}). */
    public Page table(String caption, List<String> headers, List<List<String>> rows, String emptyText) {
        if (rows.isEmpty()) {
            body.append("<p class=\"empty\">").append(text(emptyText)).append("</p>\n");
            return this;
        }
        // a wide table scrolls sideways inside its wrapper: a labelled region that keyboard users can focus and scroll
        // (WCAG 2.1.1, axe "scrollable-region-focusable")
        body.append("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"").append(attr(caption))
                .append("\"><table><caption>").append(text(caption)).append("</caption><thead><tr>");
        headers.forEach(h -> body.append("<th scope=\"col\">").append(text(h)).append("</th>"));
        body.append("</tr></thead><tbody>\n");
        for (List<String> row : rows) {
            body.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String label = i < headers.size() ? headers.get(i) : "";
                body.append("<td data-label=\"").append(attr(label)).append("\">").append(row.get(i)).append("</td>");
            }
            body.append("</tr>\n");
        }
        body.append("</tbody></table></div>\n");
        return this;
    }

    /** A description list of label/value pairs; values are trusted markup. */
    public Page facts(List<Map.Entry<String, String>> entries) {
        body.append("<dl class=\"facts\">");
        for (Map.Entry<String, String> e : entries) {
            body.append("<dt>").append(text(e.getKey())).append("</dt><dd>").append(e.getValue()).append("</dd>");
        }
        body.append("</dl>\n");
        return this;
    }

    // ---- forms ---------------------------------------------------------------------------------------------

    /** Opens a POST form with the CSRF field; {@code multipart} for file uploads. */
    public Page formStart(String action, boolean multipart, String cssClass) {
        body.append("<form method=\"post\" action=\"").append(attr(url(action))).append('"');
        if (multipart) {
            body.append(" enctype=\"multipart/form-data\"");
        }
        if (!cssClass.isEmpty()) {
            body.append(" class=\"").append(attr(cssClass)).append('"');
        }
        body.append(" novalidate>\n").append(csrfField());
        return this;
    }

    /** Opens a GET form (search and filters; no CSRF needed, changes nothing). */
    public Page searchFormStart(String action, String label) {
        body.append("<form method=\"get\" action=\"").append(attr(url(action))).append("\" class=\"filters\" role=\"search\" aria-label=\"")
                .append(attr(label)).append("\">\n");
        return this;
    }

    public Page formEnd() {
        body.append("</form>\n");
        return this;
    }

    public String csrfField() {
        return "<input type=\"hidden\" name=\"csrf\" value=\"" + attr(csrfToken) + "\">";
    }

    /** The error summary at the top of a form: each message links to its field. */
    public Page errorSummary(Map<String, String> errors) {
        if (errors.isEmpty()) {
            return this;
        }
        body.append("<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\" id=\"fouten\">")
                .append("<h2 class=\"error-summary__heading\">Controleer het formulier</h2><ul>");
        errors.forEach((field, message) -> body.append("<li><a href=\"#").append(attr(field)).append("\">")
                .append(text(message)).append("</a></li>"));
        body.append("</ul></div>\n");
        return this;
    }

    /** A text input with label, description and error message (NL Design System form field). */
    public Page input(String name, String type, String label, String description, String value, Optional<String> error,
                      String extraAttributes) {
        fieldStart(name, label, description, error);
        body.append("<input class=\"input\" type=\"").append(attr(type)).append("\" id=\"").append(attr(name))
                .append("\" name=\"").append(attr(name)).append("\" value=\"").append(attr(value)).append('"')
                .append(describedBy(name, description, error));
        if (error.isPresent()) {
            body.append(" aria-invalid=\"true\"");
        }
        if (!extraAttributes.isEmpty()) {
            body.append(' ').append(extraAttributes);
        }
        body.append(">\n");
        return fieldEnd();
    }

    public Page textarea(String name, String label, String description, String value, Optional<String> error) {
        fieldStart(name, label, description, error);
        body.append("<textarea class=\"input\" rows=\"3\" id=\"").append(attr(name)).append("\" name=\"")
                .append(attr(name)).append('"').append(describedBy(name, description, error))
                .append(error.isPresent() ? " aria-invalid=\"true\"" : "").append('>').append(text(value))
                .append("</textarea>\n");
        return fieldEnd();
    }

    /** A select; options are value -> label, in order. */
    public Page select(String name, String label, String description, List<Map.Entry<String, String>> options,
                       String selected, Optional<String> error) {
        fieldStart(name, label, description, error);
        body.append("<select class=\"input\" id=\"").append(attr(name)).append("\" name=\"").append(attr(name))
                .append('"').append(describedBy(name, description, error))
                .append(error.isPresent() ? " aria-invalid=\"true\"" : "").append(">\n");
        for (Map.Entry<String, String> option : options) {
            body.append("<option value=\"").append(attr(option.getKey())).append('"')
                    .append(option.getKey().equals(selected) ? " selected" : "").append('>')
                    .append(text(option.getValue())).append("</option>\n");
        }
        body.append("</select>\n");
        return fieldEnd();
    }

    /** A group of checkboxes in a fieldset with legend, description and error. */
    public Page checkboxes(String name, String legend, String description, List<Map.Entry<String, String>> options,
                           List<String> checked, Optional<String> error) {
        body.append("<fieldset class=\"field").append(error.isPresent() ? " field--invalid" : "").append("\" id=\"")
                .append(attr(name)).append("\"").append(describedBy(name, description, error)).append(">")
                .append("<legend class=\"field__label\">").append(text(legend)).append("</legend>\n");
        description(name, description);
        error(name, error);
        for (Map.Entry<String, String> option : options) {
            String id = name + "-" + option.getKey();
            body.append("<div class=\"checkbox\"><input type=\"checkbox\" id=\"").append(attr(id)).append("\" name=\"")
                    .append(attr(name)).append("\" value=\"").append(attr(option.getKey())).append('"')
                    .append(checked.contains(option.getKey()) ? " checked" : "").append("><label for=\"")
                    .append(attr(id)).append("\">").append(text(option.getValue())).append("</label></div>\n");
        }
        body.append("</fieldset>\n");
        return this;
    }

    public Page fileInput(String name, String label, String description, String accept, Optional<String> error) {
        return input(name, "file", label, description, "", error, "accept=\"" + attr(accept) + "\"");
    }

    public Page button(String label, String kind) {
        body.append("<button type=\"submit\" class=\"button button--").append(attr(kind)).append("\">")
                .append(text(label)).append("</button>\n");
        return this;
    }

    /** A small POST form with only a button (and hidden fields), for actions in table rows. */
    public String actionButton(String action, String label, String kind, Map<String, String> hidden) {
        StringBuilder s = new StringBuilder("<form method=\"post\" class=\"inline-form\" action=\"")
                .append(attr(url(action))).append("\">").append(csrfField());
        hidden.forEach((k, v) -> s.append("<input type=\"hidden\" name=\"").append(attr(k)).append("\" value=\"")
                .append(attr(v)).append("\">"));
        s.append("<button type=\"submit\" class=\"button button--").append(attr(kind)).append("\">")
                .append(text(label)).append("</button></form>");
        return s.toString();
    }

    private void fieldStart(String name, String label, String description, Optional<String> error) {
        body.append("<div class=\"field").append(error.isPresent() ? " field--invalid" : "").append("\">")
                .append("<label class=\"field__label\" for=\"").append(attr(name)).append("\">").append(text(label))
                .append("</label>\n");
        description(name, description);
        error(name, error);
    }

    private void description(String name, String description) {
        if (!description.isEmpty()) {
            body.append("<p class=\"field__description\" id=\"").append(attr(name)).append("-uitleg\">")
                    .append(text(description)).append("</p>\n");
        }
    }

    private void error(String name, Optional<String> error) {
        error.ifPresent(e -> body.append("<p class=\"field__error\" id=\"").append(attr(name))
                .append("-fout\"><span class=\"visually-hidden\">Fout: </span>").append(text(e)).append("</p>\n"));
    }

    private Page fieldEnd() {
        body.append("</div>\n");
        return this;
    }

    private static String describedBy(String name, String description, Optional<String> error) {
        List<String> ids = new ArrayList<>();
        if (!description.isEmpty()) {
            ids.add(name + "-uitleg");
        }
        error.ifPresent(e -> ids.add(name + "-fout"));
        return ids.isEmpty() ? "" : " aria-describedby=\"" + attr(String.join(" ", ids)) + "\"";
    }

    // ---- the frame -----------------------------------------------------------------------------------------

    public String render() {
        StringBuilder html = new StringBuilder(body.length() + 3000);
        html.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(text(title)).append(" - VHK-gateway</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(attr(url("/console/static/console.css")))
                .append("\">\n</head>\n<body>\n")
                .append("<a class=\"skip-link\" href=\"#inhoud\">Direct naar de inhoud</a>\n")
                .append("<header class=\"page-header\"><div class=\"container page-header__inner\">")
                .append("<a class=\"brand\" href=\"").append(attr(url("/console/"))).append("\">")
                .append("<span class=\"brand__name\">VHK-gateway</span>")
                .append("<span class=\"brand__sub\">VeiligheidsTeam West-Brabant West</span></a>");
        if (loggedIn) {
            html.append("<div class=\"page-header__user\"><p>").append(text(userLine)).append("</p>")
                    .append("<form method=\"post\" action=\"").append(attr(url("/console/uitloggen"))).append("\">")
                    .append(csrfField())
                    .append("<button type=\"submit\" class=\"button button--secondary\">Uitloggen</button></form></div>");
        }
        html.append("</div></header>\n");
        if (!menu.isEmpty()) {
            html.append("<nav class=\"menu\" aria-label=\"Hoofdmenu\"><div class=\"container\"><ul>");
            for (MenuItem item : menu) {
                boolean current = currentPath.equals(item.path())
                        || (item.path().length() > 1 && currentPath.startsWith(item.path()) && !item.path().endsWith("/"));
                html.append("<li><a href=\"").append(attr(url(item.path()))).append('"')
                        .append(current ? " aria-current=\"page\"" : "").append('>').append(text(item.label()))
                        .append("</a></li>");
            }
            html.append("</ul></div></nav>\n");
        }
        html.append("<main id=\"inhoud\" tabindex=\"-1\"><div class=\"container\">\n<h1>").append(text(title))
                .append("</h1>\n");
        flash.ifPresent(message -> html.append("<div class=\"notice notice--ok\" role=\"status\"><p>")
                .append(text(message)).append("</p></div>\n"));
        html.append(body).append("</div></main>\n")
                .append("<footer class=\"page-footer\"><div class=\"container\"><p>VHK-gateway van het VeiligheidsTeam")
                .append(" West-Brabant West. Deel nooit persoonsgegevens bij een inbreng.</p></div></footer>\n")
                .append("</body>\n</html>\n");
        return html.toString();
    }
}
