package nl.vhkgateway.bootstrap;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.vhkgateway.application.agenda.AgendaMailComposer;
import nl.vhkgateway.application.agenda.AgendaService;
import nl.vhkgateway.application.agenda.CalendarFeedService;
import nl.vhkgateway.application.agenda.MeetingDayService;
import nl.vhkgateway.infrastructure.persistence.JdbcMeetingDayRepository;
import nl.vhkgateway.infrastructure.calendar.Ical4jCalendarWriter;
import nl.vhkgateway.infrastructure.persistence.JdbcCalendarFeedRepository;
import nl.vhkgateway.application.handover.DeliveryTransport;
import nl.vhkgateway.domain.audit.AuditLog;
import nl.vhkgateway.domain.outbox.OutboxRepository;
import nl.vhkgateway.domain.planning.AgendaMoment;
import nl.vhkgateway.domain.planning.MeetingPlanner;
import nl.vhkgateway.infrastructure.mail.MailSecurity;
import nl.vhkgateway.infrastructure.crypto.SmimeEncryptor;
import nl.vhkgateway.infrastructure.crypto.SmimePartnerEncryption;
import nl.vhkgateway.infrastructure.docx.DocxCardReader;
import nl.vhkgateway.infrastructure.persistence.JdbcAgendaRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import nl.vhkgateway.application.agenda.PlanningService;
import nl.vhkgateway.application.agenda.PlanningByMail;
import nl.vhkgateway.application.leadership.LeadershipRole;
import nl.vhkgateway.application.agenda.ReminderService;
import nl.vhkgateway.application.agenda.TermService;
import nl.vhkgateway.application.worker.WorkerGate;
import nl.vhkgateway.application.worker.WorkerLoop;
import nl.vhkgateway.domain.planning.ReminderRule;
import nl.vhkgateway.domain.planning.TermRules;
import nl.vhkgateway.domain.planning.WorkingDays;
import nl.vhkgateway.infrastructure.persistence.JdbcTermRepository;
import nl.vhkgateway.domain.planning.DutchPublicHolidays;
import nl.vhkgateway.domain.planning.MeetingCalendar;
import nl.vhkgateway.infrastructure.config.GatewayConfig;
import nl.vhkgateway.infrastructure.persistence.JdbcOutboxRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcSubmissionRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcTransactions;
import org.eclipse.microprofile.config.Config;

import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * The agenda in the container: reads {@link AgendaSettings} (fails the start-up on a wrong value), builds the
 * {@link PlanningService}, and once the schema is migrated ({@link SchemaMigrated}) runs the proposal loop on a
 * managed thread (a {@link WorkerLoop} named {@code vhk-agenda}): every {@code vhk.agenda.propose-interval-seconds}
 * the accepted cards without a planned case are proposed for their earliest free meeting, the agendas that are due go
 * out ({@link AgendaService}, once per meeting and recipient), and the due reminders and the Monday overview are queued
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
    Repositories repositories;

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

    @Inject
    WorkerGate gate;

    @Inject
    AuditLog auditLog;

    @Inject
    WorkerLoops loops;

    private volatile PlanningService planning;
    private volatile TermService terms;
    private volatile ReminderService reminders;
    private volatile AgendaService agendaMails;
    private volatile WorkerLoop loop;
    private volatile CalendarFeedService feeds;
    private volatile MeetingDayService meetingDays;
    private volatile PlanningByMail planningByMail;

    void onMigrated(@Observes SchemaMigrated event) {
        AgendaSettings settings = AgendaSettings.read(key -> mpConfig.getOptionalValue(key, String.class));
        Clock clock = AgendaClock.of(mpConfig.getOptionalValue(AgendaClock.KEY, String.class), config.demo(),
                Clock.systemUTC());
        JdbcTransactions jdbc = repositories.transactions();
        JdbcOutboxRepository intakeOutbox = repositories.outbox(JdbcSubmissionRepository.INTAKE_CHANNEL);
        // a moved agenda clock (demo, tests) must not date the queued mail into the future: the dispatcher would wait
        OutboxRepository outbox = clock instanceof AgendaClock
                ? new OutboxOnSystemTime(intakeOutbox, Clock.systemUTC()) : intakeOutbox;
        meetingDays = new MeetingDayService(new JdbcMeetingDayRepository(jdbc),
                new MeetingCalendar(settings.calendar(), new DutchPublicHolidays(settings.bevrijdingsdag())),
                repositories.planning(), clock, System::nanoTime);
        planning = new PlanningService(repositories.planning(),
                new MeetingCalendar(settings.calendar(), new DutchPublicHolidays(settings.bevrijdingsdag()),
                        meetingDays),
                outbox, repositories.participants(),
                new AgendaMailComposer(config.mailboxes().intake(), clock), jdbc, clock);
        planningByMail = new PlanningByMail(planning, repositories.terms(), outbox,
                new AgendaMailComposer(config.mailboxes().intake(), clock), config.mailboxes().voorzitter(), jdbc,
                auditLog, clock);
        WorkingDays workingDays = new WorkingDays(new DutchPublicHolidays(settings.bevrijdingsdag()));
        JdbcTermRepository termRepository = repositories.terms();
        terms = new TermService(repositories.planning(), termRepository, new TermRules(workingDays), clock);
        reminders = new ReminderService(termRepository, new ReminderRule(workingDays), outbox,
                repositories.participants(),
                new AgendaMailComposer(config.mailboxes().intake(), clock), config.mailboxes().voorzitter(), jdbc,
                clock);
        boolean smtpUsesTls = config.smtp().server().security() != MailSecurity.NONE;
        agendaMails = new AgendaService(new JdbcAgendaRepository(jdbc), repositories.planning(),
                new MeetingCalendar(settings.calendar(), new DutchPublicHolidays(settings.bevrijdingsdag()),
                        meetingDays),
                new AgendaMoment(workingDays, settings.sendWorkingDaysBefore(), settings.sendTime(),
                        MeetingPlanner.TEAM_ZONE),
                repositories.participants(), repositories.organisations(), new DocxCardReader(),
                new SmimePartnerEncryption(SmimeEncryptor.fromConfig(contentEncryption, keyTransport)),
                new DeliveryTransport(requireTlsWithoutSmime, smtpUsesTls),
                new AgendaMailComposer(config.mailboxes().intake(), clock), outbox, config.mailboxes().voorzitter(),
                jdbc, clock);
        feeds = new CalendarFeedService(new JdbcCalendarFeedRepository(jdbc), repositories.planning(), termRepository,
                repositories.participants(),
                new MeetingCalendar(settings.calendar(), new DutchPublicHolidays(settings.bevrijdingsdag()),
                        meetingDays),
                new Ical4jCalendarWriter(), clock);
        WorkerLoop proposals = WorkerLoop.builder("vhk-agenda", context -> proposeAndRemind())
                .pause(settings.proposeInterval())
                .retryAfter(settings.proposeInterval())
                .failureLabel("agenda: proposing accepted cards failed")
                .gate(gate)
                .clock(Clock.systemUTC())   // the loop's own timing; the agenda's (possibly moved) clock is for planning
                .logger(LOG)
                .build();
        loop = proposals;
        loops.register(proposals.name(), proposals::state);
        proposals.start(RoleThreads.of(threadFactory, LeadershipRole.JOBS)); // a scheduled job: fenced writes
    }

    private void proposeAndRemind() {
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
    }

    /** Outcomes and terms; only after start-up. */
    public TermService terms() {
        TermService current = terms;
        if (current == null) {
            throw new IllegalStateException("the agenda has not started yet");
        }
        return current;
    }

    /** The calendar feeds; only after start-up. */
    public CalendarFeedService feeds() {
        CalendarFeedService current = feeds;
        if (current == null) {
            throw new IllegalStateException("the agenda has not started yet");
        }
        return current;
    }

    /** The beheerder's closed days and extra meetings (on top of the configuration); only after start-up. */
    public MeetingDayService meetingDays() {
        MeetingDayService current = meetingDays;
        if (current == null) {
            throw new IllegalStateException("the agenda has not started yet");
        }
        return current;
    }

    /** The voorzitter's planning keywords by mail; only after start-up (before: throws, the intake retries). */
    public PlanningByMail planningByMail() {
        PlanningByMail current = planningByMail;
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
        WorkerLoop current = loop;
        if (current != null) {
            current.stop();
            try {
                current.awaitStopped(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
