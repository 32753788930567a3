package nl.vhkgateway.application.sender;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One parsed {@code Authentication-Results} header field (RFC 8601): the authserv-id of the server that wrote it and
 * the result of each method it ran ({@code dkim=pass header.d=example.org}). The parser is lenient about white
 * space and drops comments, and never throws: a field it cannot read yields {@link Optional#empty()}. Immutable.
 *
 * @param authservId the authserv-id, lower case
 * @param results    every resinfo, in order; empty for "none"
 */
public record AuthenticationResults(String authservId, List<MethodResult> results) {

    public AuthenticationResults {
        Objects.requireNonNull(authservId, "authservId");
        results = List.copyOf(results);
    }

    /**
     * One method's result.
     *
     * @param method     "dkim", "spf", "dmarc", "arc", ... (lower case, version dropped)
     * @param result     "pass", "fail", "softfail", "permerror", ... (lower case)
     * @param properties ptype.property to value, e.g. "header.d" to "example.org" (keys lower case)
     */
    public record MethodResult(String method, String result, Map<String, String> properties) {

        public MethodResult {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(result, "result");
            properties = Map.copyOf(properties);
        }

        public Optional<String> property(String name) {
            return Optional.ofNullable(properties.get(name.toLowerCase(Locale.ROOT)));
        }
    }

    /** Results of one method ("dkim"). */
    public List<MethodResult> resultsOf(String method) {
        return results.stream().filter(r -> r.method().equals(method)).toList();
    }

    /** Parses the value of one header field (without the "Authentication-Results:" name). */
    public static Optional<AuthenticationResults> parse(String headerValue) {
        if (headerValue == null) {
            return Optional.empty();
        }
        Optional<String> withoutComments = stripComments(headerValue.replaceAll("\r?\n[ \t]", " "));
        if (withoutComments.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = splitOutsideQuotes(withoutComments.get(), ';');
        List<String> head = tokens(parts.get(0));
        if (head.isEmpty() || head.size() > 2 || head.get(0).contains("=")) {
            return Optional.empty();
        }
        String authservId = unquote(head.get(0)).toLowerCase(Locale.ROOT);
        List<MethodResult> results = new ArrayList<>();
        for (int i = 1; i < parts.size(); i++) {
            List<String> tokens = tokens(parts.get(i));
            if (tokens.isEmpty()) {
                continue;
            }
            if (tokens.size() == 1 && tokens.get(0).equalsIgnoreCase("none")) {
                continue;
            }
            Optional<MethodResult> result = methodResult(tokens);
            if (result.isEmpty()) {
                return Optional.empty();
            }
            results.add(result.get());
        }
        return Optional.of(new AuthenticationResults(authservId, results));
    }

    private static Optional<MethodResult> methodResult(List<String> tokens) {
        String[] methodSpec = tokens.get(0).split("=", 2);
        if (methodSpec.length != 2 || methodSpec[0].isEmpty() || methodSpec[1].isEmpty()) {
            return Optional.empty();
        }
        String method = methodSpec[0].replaceAll("/.*$", "").toLowerCase(Locale.ROOT);
        String result = methodSpec[1].toLowerCase(Locale.ROOT);
        Map<String, String> properties = new LinkedHashMap<>();
        for (String token : tokens.subList(1, tokens.size())) {
            String[] pair = token.split("=", 2);
            if (pair.length == 2 && !pair[0].isEmpty()) {
                properties.putIfAbsent(pair[0].toLowerCase(Locale.ROOT), unquote(pair[1]));
            }
        }
        return Optional.of(new MethodResult(method, result, properties));
    }

    /** Drops (nested) comments outside quoted strings; empty when the parentheses or quotes do not balance. */
    private static Optional<String> stripComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && (quoted || depth > 0)) {
                if (depth == 0) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (quoted) {
                out.append(c);
                quoted = c != '"';
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    return Optional.empty();
                }
                depth--;
                out.append(' ');
            } else if (depth == 0) {
                out.append(c);
                quoted = c == '"';
            }
        }
        return depth == 0 && !quoted ? Optional.of(out.toString()) : Optional.empty();
    }

    private static List<String> splitOutsideQuotes(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    /** Splits on white space outside quotes, after closing up white space around '=', '/' and '.' of a ptype. */
    private static List<String> tokens(String text) {
        String closed = text.strip().replaceAll("\\s*=\\s*", "=").replaceAll("\\s*/\\s*", "/");
        List<String> tokens = new ArrayList<>();
        for (String token : splitOutsideQuotes(closed.replaceAll("\\s+", " "), ' ')) {
            if (!token.isBlank()) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        return value;
    }
}
