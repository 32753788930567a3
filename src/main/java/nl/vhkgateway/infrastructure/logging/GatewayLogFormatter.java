package nl.vhkgateway.infrastructure.logging;

import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * The formatter named in {@code config/payara-logging.properties}, so that Payara Micro logs in the gateway's format
 * from its first line: {@link OneLineFormatter} or, with {@code vhk.log.format=json} as a system property or
 * {@code VHK_LOG_FORMAT=json} in the environment, {@link JsonLineFormatter} (the configuration file is read only
 * once the gateway is deployed; then {@link LogFormat#install()} applies its value). Runs from
 * {@code vhk-gateway-logging.jar} on the JVM's boot class path (-Xbootclasspath/a) (see deploy/README.md). Thread-safe.
 */
public class GatewayLogFormatter extends Formatter {

    private final Formatter delegate = LogFormat.fromEnvironment().formatter();

    @Override
    public String format(LogRecord record) {
        return delegate.format(record);
    }
}
