package nl.vhkgateway.infrastructure.logging;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What both line formats share: the logger's short name, the message on one line, the exception summary. Depends on
 * nothing else of the gateway, because the formatters also run from {@code vhk-gateway-logging.jar} on Payara
 * Micro's boot class path (before the WAR is deployed). Stateless.
 */
final class LogLines {

    /** Anything that looks like an e-mail address (as {@code MailAddress.maskAll}; a copy, see above). */
    private static final Pattern ANY_ADDRESS = Pattern.compile("[^\\s@<>()\",;:\\[\\]]+@[A-Za-z0-9.-]+");

    /** Causes shown after the exception itself (a longer chain ends with "..."). */
    static final int MAX_CAUSES = 5;

    private LogLines() {
    }

    /** {@code nl.vhkgateway.interfaces.mailbox.MailboxWatcher} becomes {@code MailboxWatcher}; none becomes "-". */
    static String shortName(String loggerName) {
        if (loggerName == null || loggerName.isEmpty()) {
            return "-";
        }
        int dot = loggerName.lastIndexOf('.');
        return dot < 0 || dot == loggerName.length() - 1 ? loggerName : loggerName.substring(dot + 1);
    }

    /**
     * The text on one line: line breaks become a visible {@code \n}, other control characters a space (a message
     * cannot forge a second log line), and every e-mail address is masked (a safety net: the gateway's own messages
     * are masked already, but a library's are not).
     */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                out.append("\\n");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (Character.isISOControl(c)) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return maskAddresses(out.toString().strip());
    }

    /** {@code jan.jansen@x.nl} becomes {@code j*********@x.nl} (at most 16 stars). */
    static String maskAddresses(String text) {
        return ANY_ADDRESS.matcher(text).replaceAll(m -> {
            String found = m.group();
            int at = found.lastIndexOf('@');
            String local = found.substring(0, at);
            return Matcher.quoteReplacement(local.charAt(0) + "*".repeat(Math.min(local.length() - 1, 16))
                    + found.substring(at));
        });
    }

    /**
     * The exception on one line: {@code Type: message (at Class.method:line); caused by Type: message; ...}, up to
     * {@link #MAX_CAUSES} causes (a cycle ends the chain). Empty without an exception.
     */
    static String throwableSummary(LogRecord record) {
        Throwable thrown = record.getThrown();
        if (thrown == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        describe(thrown, out);
        StackTraceElement[] trace = thrown.getStackTrace();
        if (trace.length > 0) {
            StackTraceElement top = trace[0];
            out.append(" (at ").append(shortName(top.getClassName())).append('.').append(top.getMethodName());
            if (top.getLineNumber() > 0) {
                out.append(':').append(top.getLineNumber());
            }
            out.append(')');
        }
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.add(thrown);
        Throwable cause = thrown.getCause();
        int shown = 0;
        while (cause != null && seen.add(cause)) {
            if (shown == MAX_CAUSES) {
                out.append("; ...");
                break;
            }
            out.append("; caused by ");
            describe(cause, out);
            shown++;
            cause = cause.getCause();
        }
        return oneLine(out.toString());
    }

    private static void describe(Throwable t, StringBuilder out) {
        out.append(t.getClass().getSimpleName().isEmpty() ? t.getClass().getName() : t.getClass().getSimpleName());
        if (t.getMessage() != null) {
            out.append(": ").append(t.getMessage());
        }
    }
}
