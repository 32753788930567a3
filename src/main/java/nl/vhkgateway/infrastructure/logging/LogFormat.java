package nl.vhkgateway.infrastructure.logging;

import java.util.Locale;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Logger;

/**
 * The log format chosen with {@code vhk.log.format}: {@link #TEXT} (one line per event, {@link OneLineFormatter})
 * or {@link #JSON} (JSON Lines, {@link JsonLineFormatter}). {@link #install()} puts the formatter on every handler of
 * the root logger, which in Payara Micro are the handlers of {@code --logproperties} (the console): from then on
 * every log line of the server, not only the gateway's, has this format.
 */
public enum LogFormat {
    TEXT,
    JSON;

    /** The format named {@code text} or {@code json} (any case); throws on anything else (fail fast at start-up). */
    public static LogFormat parse(String value) {
        String name = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        for (LogFormat format : values()) {
            if (format.name().equals(name)) {
                return format;
            }
        }
        throw new IllegalArgumentException("vhk.log.format must be text or json, not '" + value + "'");
    }

    /**
     * The format of the system property {@code vhk.log.format} or else the environment variable
     * {@code VHK_LOG_FORMAT}; {@link #TEXT} when neither is set or the value is unknown (a formatter must not fail).
     */
    public static LogFormat fromEnvironment() {
        String value = System.getProperty("vhk.log.format", System.getenv("VHK_LOG_FORMAT"));
        try {
            return value == null || value.isBlank() ? TEXT : parse(value);
        } catch (IllegalArgumentException e) {
            return TEXT;
        }
    }

    public Formatter formatter() {
        return this == JSON ? new JsonLineFormatter() : new OneLineFormatter();
    }

    /** Sets this format on every handler of the root logger; returns how many handlers it changed. */
    public int install() {
        Formatter formatter = formatter();
        Handler[] handlers = Logger.getLogger("").getHandlers();
        for (Handler handler : handlers) {
            handler.setFormatter(formatter);
        }
        return handlers.length;
    }
}
