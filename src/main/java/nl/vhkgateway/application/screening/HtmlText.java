package nl.vhkgateway.application.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a person sees in an HTML mail body, plus the text they do not see but that travels with it (link
 * targets, image alt and title texts), so that both can be screened. Not a full HTML parser: one linear pass that
 * skips comments and script, style, head and title elements, turns block ends into line breaks, drops tags and
 * decodes entities; hostile input (unclosed tags and comments) cannot make it slow. Immutable and thread-safe.
 *
 * @param visible the visible text, paragraphs separated by line breaks
 * @param hidden  link targets ("mailto:...", "https://www.facebook.com/...") and image alt/title texts
 */
record HtmlText(String visible, List<String> hidden) {

    private static final Set<String> SKIPPED = Set.of("script", "style", "head", "title");
    private static final Set<String> BLOCKS = Set.of("br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6",
            "table", "blockquote", "pre", "hr", "ul", "ol");
    private static final Pattern HIDDEN_ATTRIBUTE = Pattern.compile(
            "\\b(?:href|alt|title)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+))", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,10});");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("nbsp", " "), Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"),
            Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("euml", "ë"), Map.entry("eacute", "é"),
            Map.entry("egrave", "è"), Map.entry("iuml", "ï"), Map.entry("ouml", "ö"), Map.entry("uuml", "ü"),
            Map.entry("auml", "ä"), Map.entry("aacute", "á"), Map.entry("oacute", "ó"), Map.entry("ccedil", "ç"),
            Map.entry("Euml", "Ë"), Map.entry("Eacute", "É"), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
            Map.entry("hellip", "…"), Map.entry("rsquo", "’"), Map.entry("lsquo", "‘"), Map.entry("ldquo", "“"),
            Map.entry("rdquo", "”"), Map.entry("shy", ""), Map.entry("zwnj", ""), Map.entry("zwj", ""));

    HtmlText {
        hidden = List.copyOf(hidden);
    }

    static HtmlText of(String html) {
        StringBuilder visible = new StringBuilder(html.length());
        List<String> hidden = new ArrayList<>();
        String lower = html.toLowerCase(Locale.ROOT);
        int position = 0;
        while (position < html.length()) {
            int open = html.indexOf('<', position);
            if (open < 0) {
                visible.append(html, position, html.length());
                break;
            }
            visible.append(html, position, open);
            if (lower.startsWith("<!--", open)) {
                int end = lower.indexOf("-->", open + 4);
                position = end < 0 ? html.length() : end + 3;
                continue;
            }
            int close = html.indexOf('>', open);
            if (close < 0) {
                // No tag can follow: the rest is text.
                visible.append(html, open, html.length());
                break;
            }
            String tag = html.substring(open + 1, close);
            String name = tagName(tag);
            position = close + 1;
            if (SKIPPED.contains(name)) {
                int end = lower.indexOf("</" + name, position);
                int endClose = end < 0 ? -1 : html.indexOf('>', end);
                position = endClose < 0 ? html.length() : endClose + 1;
                continue;
            }
            String bare = name.startsWith("/") ? name.substring(1) : name;
            if (BLOCKS.contains(bare)) {
                visible.append('\n');
            } else if (bare.equals("td") || bare.equals("th")) {
                visible.append(' ');
            }
            Matcher attribute = HIDDEN_ATTRIBUTE.matcher(tag);
            while (attribute.find()) {
                String value = attribute.group(1) != null ? attribute.group(1)
                        : attribute.group(2) != null ? attribute.group(2) : attribute.group(3);
                String decoded = decode(value).strip();
                String lowerValue = decoded.toLowerCase(Locale.ROOT);
                if (!decoded.isEmpty() && !lowerValue.startsWith("cid:") && !decoded.startsWith("#")) {
                    hidden.add(decoded);
                }
            }
        }
        String text = decode(visible.toString()).replace('\u00a0', ' ')
                .replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" ?\n ?", "\n").replaceAll("\n{3,}", "\n\n").strip();
        return new HtmlText(text, hidden);
    }

    private static String tagName(String tag) {
        int end = tag.startsWith("/") ? 1 : 0;
        while (end < tag.length() && end < 12 && Character.isLetterOrDigit(tag.charAt(end))) {
            end++;
        }
        return tag.substring(0, end).toLowerCase(Locale.ROOT);
    }

    static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher matcher = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            String entity = matcher.group(1);
            String replacement;
            if (entity.startsWith("#")) {
                try {
                    int code = entity.startsWith("#x") || entity.startsWith("#X")
                            ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1));
                    replacement = Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : " ";
                } catch (NumberFormatException e) {
                    replacement = " ";
                }
            } else {
                replacement = NAMED.getOrDefault(entity, matcher.group());
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
