package nl.vhkgateway.infrastructure.logging;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One line per log event, for people and for line-based tools (grep, fail2ban):
 * <pre>2026-12-05T07:01:02.345Z WARNING MailboxWatcher: Intake mailbox problem (...) | IOException: Connection reset (at SocketInputStream.read:186); caused by ...</pre>
 * The time in UTC with milliseconds, the level, the logger's short name, the message (line breaks shown as
 * {@code \n}, e-mail addresses masked) and, when the event carries an exception, a one-line summary of it and its
 * causes after {@code " | "}: never a multi-line stack trace. Selected with {@code vhk.log.format=text} (the default).
 * Thread-safe.
 */
public class OneLineFormatter extends Formatter {

    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    @Override
    public String format(LogRecord record) {
        StringBuilder line = new StringBuilder(160);
        line.append(TIMESTAMP.format(instant(record))).append(' ')
                .append(record.getLevel().getName()).append(' ')
                .append(LogLines.shortName(record.getLoggerName())).append(": ")
                .append(LogLines.oneLine(formatMessage(record)));
        String thrown = LogLines.throwableSummary(record);
        if (!thrown.isEmpty()) {
            line.append(" | ").append(thrown);
        }
        return line.append(System.lineSeparator()).toString();
    }

    static Instant instant(LogRecord record) {
        return record.getInstant() == null ? Instant.now() : record.getInstant();
    }
}
