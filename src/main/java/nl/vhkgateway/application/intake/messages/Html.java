package nl.vhkgateway.application.intake.messages;

import java.util.ArrayList;
import java.util.List;

/**
 * The HTML part of the gateway's mails: a small, accessible document (language Dutch, a title, real paragraphs), all
 * text escaped, no scripts, images, style sheets or links to load: nothing external. Stateless, thread-safe.
 */
public final class Html {

    private Html() {
    }

    /** {@code text} with &amp;, &lt;, &gt; and quotes escaped. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    static String documentStart(String title) {
        return "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + escape(title)
                + "</title>\n</head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:11pt;"
                + "line-height:1.4;color:#1a1a1a;max-width:48em\">\n";
    }

    static String documentEnd() {
        return "</body>\n</html>\n";
    }

    /**
     * A plain text as HTML: blocks between blank lines become paragraphs, line breaks stay; lines starting with
     * "- " become a list. For texts that were not laid out with {@link TextLayout}.
     */
    public static String fromPlainText(String title, String text) {
        StringBuilder html = new StringBuilder(documentStart(title));
        List<String> block = new ArrayList<>();
        for (String line : (text.replace("\r\n", "\n") + "\n\n").split("\n", -1)) {
            if (!line.isBlank()) {
                block.add(line);
                continue;
            }
            if (block.isEmpty()) {
                continue;
            }
            List<String> paragraph = new ArrayList<>();
            boolean inList = false;
            for (String l : block) {
                boolean item = l.startsWith("- ");
                if (item && !inList) {
                    flush(html, paragraph);
                    html.append("<ul>\n");
                    inList = true;
                } else if (!item && inList) {
                    html.append("</ul>\n");
                    inList = false;
                }
                if (item) {
                    html.append("<li>").append(escape(l.substring(2).strip())).append("</li>\n");
                } else if (l.equals("-- ")) {
                    flush(html, paragraph);
                    html.append("<hr>\n");
                } else {
                    paragraph.add(escape(l.strip()));
                }
            }
            if (inList) {
                html.append("</ul>\n");
            }
            flush(html, paragraph);
            block.clear();
        }
        return html.append(documentEnd()).toString();
    }

    private static void flush(StringBuilder html, List<String> paragraph) {
        if (!paragraph.isEmpty()) {
            html.append("<p>").append(String.join("<br>\n", paragraph)).append("</p>\n");
            paragraph.clear();
        }
    }
}
