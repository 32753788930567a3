package nl.vhkgateway.infrastructure.mail;

import java.util.Properties;

/** Builds Jakarta Mail session properties for an account: timeouts and mandatory TLS handling. Stateless. */
final class MailProperties {

    private MailProperties() {
    }

    /** Properties for protocol {@code imap}/{@code imaps} or {@code smtp}/{@code smtps}. */
    static Properties forAccount(String protocol, MailAccount account) {
        MailServerSettings server = account.server();
        String prefix = "mail." + protocol + ".";
        Properties p = new Properties();
        p.setProperty(prefix + "host", server.host());
        p.setProperty(prefix + "port", Integer.toString(server.port()));
        p.setProperty(prefix + "connectiontimeout", Long.toString(server.connectTimeout().toMillis()));
        p.setProperty(prefix + "timeout", Long.toString(server.readTimeout().toMillis()));
        p.setProperty(prefix + "writetimeout", Long.toString(server.readTimeout().toMillis()));
        switch (server.security()) {
            case STARTTLS -> {
                p.setProperty(prefix + "starttls.enable", "true");
                p.setProperty(prefix + "starttls.required", "true");
                p.setProperty(prefix + "ssl.checkserveridentity", "true");
            }
            case TLS -> {
                p.setProperty(prefix + "ssl.enable", "true");
                p.setProperty(prefix + "ssl.checkserveridentity", "true");
            }
            case NONE -> {
                // demo and tests only
            }
        }
        return p;
    }
}
