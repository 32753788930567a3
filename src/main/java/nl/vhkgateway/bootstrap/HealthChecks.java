package nl.vhkgateway.bootstrap;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import nl.vhkgateway.application.health.HealthMonitor;
import nl.vhkgateway.application.health.HealthReport;
import nl.vhkgateway.infrastructure.config.GatewayConfig;
import nl.vhkgateway.infrastructure.mail.ImapMailboxCheck;
import nl.vhkgateway.infrastructure.mail.MailAccount;
import nl.vhkgateway.infrastructure.mail.MailServerSettings;
import nl.vhkgateway.infrastructure.mail.SmtpServerCheck;
import nl.vhkgateway.infrastructure.persistence.DatabaseCheck;

/**
 * The gateway's health: the database (a query), the intake mailbox (IMAP login + INBOX), the SMTP server (connect +
 * login) and the intake loops, checked in parallel on the managed executor with the configured timeout and cache
 * period. Thread-safe.
 */
@ApplicationScoped
public class HealthChecks {

    @Inject
    GatewayConfig config;

    @Inject
    DataSource dataSource;

    @Inject
    IntakeRuntime intake;

    @Resource
    ManagedExecutorService executor;

    private HealthMonitor monitor;

    @PostConstruct
    void init() {
        Duration timeout = config.health().timeout();
        // Each network check gets a little less than the overall deadline, so that it ends on its own.
        Duration checkTimeout = timeout.minusMillis(Math.min(500, timeout.toMillis() / 4));
        monitor = new HealthMonitor(List.of(
                new DatabaseCheck(dataSource, checkTimeout),
                new ImapMailboxCheck("intakeMailbox", withTimeout(config.imap(), checkTimeout)),
                new SmtpServerCheck(withTimeout(config.smtp(), checkTimeout)),
                new IntakeWorkersCheck(intake)),
                executor, config.health().cacheFor(), timeout, Clock.systemUTC());
    }

    private static MailAccount withTimeout(MailAccount account, Duration timeout) {
        MailServerSettings server = account.server();
        return new MailAccount(new MailServerSettings(server.host(), server.port(), server.security(), timeout,
                timeout), account.user(), account.password());
    }

    public HealthReport report() {
        return monitor.report();
    }
}
