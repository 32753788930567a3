package nl.vhkgateway.infrastructure.logging;

import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One JSON object per line (JSON Lines) for log collectors:
 * <pre>{"time":"2026-12-05T07:01:02.345Z","level":"WARNING","logger":"MailboxWatcher","loggerName":"nl.vhkgateway.interfaces.mailbox.MailboxWatcher","threadId":57,"message":"...","exception":"IOException: ..."}</pre>
 * The same content as {@link OneLineFormatter} ({@code exception} only when there is one, as a one-line summary
 * with its causes). Selected with {@code vhk.log.format=json}. Thread-safe.
 */
public class JsonLineFormatter extends Formatter {

    @Override
    public String format(LogRecord record) {
        StringBuilder json = new StringBuilder(200).append('{');
        field(json, "time", OneLineFormatter.TIMESTAMP.format(OneLineFormatter.instant(record)));
        json.append(',');
        field(json, "level", record.getLevel().getName());
        json.append(',');
        field(json, "logger", LogLines.shortName(record.getLoggerName()));
        json.append(',');
        field(json, "loggerName", record.getLoggerName() == null ? "" : record.getLoggerName());
        json.append(',');
        json.append("\"threadId\":").append(record.getLongThreadID()).append(',');
        field(json, "message", LogLines.oneLine(formatMessage(record)));
        String thrown = LogLines.throwableSummary(record);
        if (!thrown.isEmpty()) {
            json.append(',');
            field(json, "exception", thrown);
        }
        return json.append('}').append(System.lineSeparator()).toString();
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
