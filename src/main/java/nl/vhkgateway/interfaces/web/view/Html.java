package nl.vhkgateway.interfaces.web.view;

/**
 * HTML escaping for the console's server-rendered pages. Every value that did not come from a constant in the code
 * goes through {@link #text(Object)} (element content) or {@link #attr(Object)} (attribute values, always quoted).
 * Stateless and thread-safe.
 */
public final class Html {

    private Html() {
    }

    /** Escapes text for element content and quoted attribute values ({@code & < > " '}). */
    public static String text(Object value) {
        String s = String.valueOf(value);
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Same escaping as {@link #text(Object)}; use inside double quotes only. */
    public static String attr(Object value) {
        return text(value);
    }

    /** Percent-encodes a value for use in a query string. */
    public static String query(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
