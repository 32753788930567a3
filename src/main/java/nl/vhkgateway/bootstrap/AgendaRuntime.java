package nl.vhkgateway.bootstrap;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.vhkgateway.application.agenda.AgendaMailComposer;
import nl.vhkgateway.application.agenda.AgendaService;
import nl.vhkgateway.application.handover.DeliveryTransport;
import nl.vhkgateway.domain.planning.AgendaMoment;
import nl.vhkgateway.domain.planning.MeetingPlanner;
import nl.vhkgateway.infrastructure.mail.MailSecurity;
import nl.vhkgateway.infrastructure.crypto.SmimeEncryptor;
import nl.vhkgateway.infrastructure.crypto.SmimePartnerEncryption;
import nl.vhkgateway.infrastructure.docx.DocxCardReader;
import nl.vhkgateway.infrastructure.persistence.JdbcAgendaRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcOrganisationRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import nl.vhkgateway.application.agenda.PlanningService;
import nl.vhkgateway.application.agenda.ReminderService;
import nl.vhkgateway.application.agenda.TermService;
import nl.vhkgateway.domain.planning.ReminderRule;
import nl.vhkgateway.domain.planning.TermRules;
import nl.vhkgateway.domain.planning.WorkingDays;
import nl.vhkgateway.infrastructure.persistence.JdbcTermRepository;
import nl.vhkgateway.domain.planning.DutchPublicHolidays;
import nl.vhkgateway.domain.planning.MeetingCalendar;
import nl.vhkgateway.infrastructure.config.GatewayConfig;
import nl.vhkgateway.infrastructure.persistence.JdbcOutboxRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcParticipantRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcPlanningRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcTransactions;
import org.eclipse.microprofile.config.Config;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The agenda in the container: reads {@link AgendaSettings} (fails the start-up on a wrong value), builds the
 * {@link PlanningService}, and once the schema is migrated ({@link SchemaMigrated}) runs the proposal loop on a
 * managed thread: every {@code vhk.agenda.propose-interval-seconds} the accepted cards without a planned case are
 * proposed for their earliest free meeting, the agendas that are due go out ({@link AgendaService}, once per
 * meeting and recipient), and the due reminders and the Monday overview are queued
 * ({@link ReminderService}, exactly once through the notice ledger). Because the loop reads the accepted submissions from the database, the
 * intake pipeline needs no call into planning, and a crash only delays a proposal. Decline mails go into the intake
 * outbox, which the intake's dispatcher sends. Thread-safe.
 */
@ApplicationScoped
public class AgendaRuntime {

    private static final Logger LOG = Logger.getLogger(AgendaRuntime.class.getName());
    private static final int BATCH = 100;

    @Inject
    GatewayConfig config;

    @Inject
    DataSource dataSource;

    @Inject
    Config mpConfig;

    @Resource
    ManagedThreadFactory threadFactory;

    @Inject
    @ConfigProperty(name = "vhk.handover.require-tls-without-smime", defaultValue = "true")
    boolean requireTlsWithoutSmime;

    @Inject
    @ConfigProperty(name = "vhk.smime.content-encryption", defaultValue = "AES256_CBC")
    String contentEncryption;

    @Inject
    @ConfigProperty(name = "vhk.smime.key-transport", defaultValue = "RSA_PKCS1")
    String keyTransport;

    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile PlanningService planning;
    private volatile TermService terms;
    private volatile ReminderService reminders;
    private volatile AgendaService agendaMails;
    private volatile Thread loop;

    void onMigrated(@Observes SchemaMigrated event) {
        AgendaSettings settings = AgendaSettings.read(key -> mpConfig.getOptionalValue(key, String.class));
        Clock clock = AgendaClock.of(mpConfig.getOptionalValue(AgendaClock.KEY, String.class), config.demo(),
                Clock.systemUTC());
        JdbcTransactions jdbc = new JdbcTransactions(dataSource);
        planning = new PlanningService(new JdbcPlanningRepository(jdbc),
                new MeetingCalendar(settings.calendar(), new DutchPublicHolidays(settings.bevrijdingsdag())),
                new JdbcOutboxRepository(jdbc), new JdbcParticipantRepository(dataSource, clock),
                new AgendaMailComposer(config.mailboxes().intake(), clock), jdbc, clock);
        WorkingDays workingDays = new WorkingDays(new DutchPublicHolidays(settings.bevrijdingsdag()));
        JdbcTermRepository termRepository = new JdbcTermRepository(jdbc);
        terms = new TermService(new JdbcPlanningRepository(jdbc), termRepository, new TermRules(workingDays), clock);
        reminders = new ReminderService(termRepository, new ReminderRule(workingDays), new JdbcOutboxRepository(jdbc),
                new JdbcParticipantRepository(dataSource, clock),
                new AgendaMailComposer(config.mailboxes().intake(), clock), config.mailboxes().voorzitter(), jdbc,
                clock);
        boolean smtpUsesTls = config.smtp().server().security() != MailSecurity.NONE;
        agendaMails = new AgendaService(new JdbcAgendaRepository(jdbc), new JdbcPlanningRepository(jdbc),
                new MeetingCalendar(settings.calendar(), new DutchPublicHolidays(settings.bevrijdingsdag())),
                new AgendaMoment(workingDays, settings.sendWorkingDaysBefore(), settings.sendTime(),
                        MeetingPlanner.TEAM_ZONE),
                new JdbcParticipantRepository(dataSource, clock), new JdbcOrganisationRepository(dataSource, clock),
                new DocxCardReader(), new SmimePartnerEncryption(SmimeEncryptor.fromConfig(contentEncryption,
                        keyTransport)), new DeliveryTransport(requireTlsWithoutSmime, smtpUsesTls),
                new AgendaMailComposer(config.mailboxes().intake(), clock), new JdbcOutboxRepository(jdbc),
                config.mailboxes().voorzitter(), jdbc, clock);
        long intervalMillis = settings.proposeInterval().toMillis();
        Thread thread = threadFactory.newThread(() -> {
            while (stopped.getCount() > 0) {
                try {
                    int proposed = planning.proposeAccepted(BATCH).size();
                    if (proposed > 0) {
                        LOG.info(() -> "agenda: " + proposed + " accepted card(s) proposed for a meeting");
                    }
                    int agendas = agendaMails.run();
                    if (agendas > 0) {
                        LOG.info(() -> "agenda: " + agendas + " agenda mail(s) queued");
                    }
                    int queued = reminders.run();
                    if (queued > 0) {
                        LOG.info(() -> "agenda: " + queued + " reminder(s) / overview(s) queued");
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "agenda: proposing accepted cards failed; next try in "
                            + intervalMillis / 1000 + " s: " + e.getClass().getSimpleName());
                }
                try {
                    if (stopped.await(intervalMillis, TimeUnit.MILLISECONDS)) {
                        return;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
        thread.setName("vhk-agenda");
        loop = thread;
        thread.start();
    }

    /** Outcomes and terms; only after start-up. */
    public TermService terms() {
        TermService current = terms;
        if (current == null) {
            throw new IllegalStateException("the agenda has not started yet");
        }
        return current;
    }

    /** The planning use cases; only after start-up. */
    public PlanningService planning() {
        PlanningService current = planning;
        if (current == null) {
            throw new IllegalStateException("the agenda has not started yet");
        }
        return current;
    }

    @PreDestroy
    void stop() {
        stopped.countDown();
        Thread thread = loop;
        if (thread != null) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
