package nl.vhkgateway.interfaces.mailbox;

import nl.vhkgateway.application.mailflow.MailflowSettings;
import nl.vhkgateway.application.mailflow.MailboxSession;
import nl.vhkgateway.application.mailflow.ProcessingPoint;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.testsupport.CrashAt;
import nl.vhkgateway.testsupport.TestMail;
import org.mariadb.jdbc.MariaDbDataSource;
import nl.vhkgateway.bootstrap.MailflowAssembly;

/**
 * Child process of {@link ProcessKillIT}: processes the intake mailbox once and halts the JVM
 * ({@code Runtime.halt}, like a kill -9: no finally blocks, no shutdown hooks, no IMAP logout) when processing
 * reaches the given point. Exits 0 when the point was never reached.
 *
 * <p>Arguments: jdbcUrl imapPort smtpPort point occurrence; system properties db.user and db.password.
 */
public final class KillableIntakeMain {

    private KillableIntakeMain() {
    }

    public static void main(String[] args) throws Exception {
        MariaDbDataSource dataSource = new MariaDbDataSource(args[0]);
        dataSource.setUser(System.getProperty("db.user"));
        dataSource.setPassword(System.getProperty("db.password", ""));
        int imapPort = Integer.parseInt(args[1]);
        int smtpPort = Integer.parseInt(args[2]);
        ProcessingPoint point = ProcessingPoint.valueOf(args[3]);
        int occurrence = Integer.parseInt(args[4]);

        MailflowAssembly intake = MailflowAssembly.builder()
                .dataSource(dataSource)
                .intakeMailbox(new nl.vhkgateway.infrastructure.mail.MailAccount(
                        new nl.vhkgateway.infrastructure.mail.MailServerSettings("127.0.0.1", imapPort,
                                nl.vhkgateway.infrastructure.mail.MailSecurity.NONE), TestMail.INTAKE, TestMail.PASSWORD))
                .smtp(TestMail.smtpAccount(smtpPort))
                .gatewayAddress(MailAddress.of(TestMail.INTAKE))
                .voorzitter(MailAddress.of(TestMail.VOORZITTER))
                .settings(MailflowSettings.defaults())
                .observer(CrashAt.halting(point, occurrence))
                .build();
        try (MailboxSession session = intake.mailbox().open()) {
            intake.pipeline().processInbox(session);
        }
        intake.pipeline().processDue();
        System.exit(0);
    }
}
