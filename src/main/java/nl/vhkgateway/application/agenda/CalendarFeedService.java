package nl.vhkgateway.application.agenda;

import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.participant.Participant;
import nl.vhkgateway.domain.participant.ParticipantRepository;
import nl.vhkgateway.domain.planning.CalendarFeed;
import nl.vhkgateway.domain.planning.CalendarFeedEvent;
import nl.vhkgateway.domain.planning.CalendarFeedRepository;
import nl.vhkgateway.domain.planning.CaseTerm;
import nl.vhkgateway.domain.planning.MeetingCalendar;
import nl.vhkgateway.domain.planning.MeetingPlanner;
import nl.vhkgateway.domain.planning.PlannedCase;
import nl.vhkgateway.domain.planning.PlanningRepository;
import nl.vhkgateway.domain.planning.PlanningState;
import nl.vhkgateway.domain.planning.TermRepository;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The agenda as a secret, revocable iCalendar feed per user (docs/agenda.md, "Calendar feed"): a feed's token is 32
 * random bytes (base64url), given to its owner once; only its SHA-256 is stored. The feed holds the meeting mornings,
 * the planned (proposed or accepted) cases by VHT number in their time slot and the open terms as all-day events,
 * from {@value #WEEKS_BACK} weeks ago to {@value #WEEKS_AHEAD} weeks ahead (terms: every open one). No card text,
 * names or addresses: only VHT numbers, times and term kinds. A vaste deelnemer's feed shows only the cases and terms
 * of their own organisation (the meetings themselves are shown to everyone). Thread-safe.
 */
public final class CalendarFeedService {

    static final int WEEKS_BACK = 4;
    static final int WEEKS_AHEAD = 26;
    private static final int TOKEN_BYTES = 32;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Pattern ID = Pattern.compile("[0-9a-f]{64}");
    private static final int MAX_CASES = 2000;
    static final String UID_DOMAIN = "@vhk-gateway";

    private final CalendarFeedRepository feeds;
    private final PlanningRepository planning;
    private final TermRepository terms;
    private final ParticipantRepository participants;
    private final MeetingCalendar calendar;
    private final CalendarWriter writer;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public CalendarFeedService(CalendarFeedRepository feeds, PlanningRepository planning, TermRepository terms,
                               ParticipantRepository participants, MeetingCalendar calendar, CalendarWriter writer,
                               Clock clock) {
        this.feeds = Objects.requireNonNull(feeds, "feeds");
        this.planning = Objects.requireNonNull(planning, "planning");
        this.terms = Objects.requireNonNull(terms, "terms");
        this.participants = Objects.requireNonNull(participants, "participants");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A new feed and its token, which is shown once and not kept. */
    public record CreatedFeed(CalendarFeed feed, String token) {
    }

    public CreatedFeed create(FeedOwner owner) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String id = sha256(token);
        Instant now = clock.instant();
        feeds.add(id, owner.stored(), now);
        return new CreatedFeed(new CalendarFeed(id, owner.stored(), now, Optional.empty()), token);
    }

    public List<CalendarFeed> list(FeedOwner owner, int limit, int offset) {
        return feeds.ofOwner(owner.stored(), limit, offset);
    }

    public int count(FeedOwner owner) {
        return feeds.countOfOwner(owner.stored());
    }

    /**
     * Revokes the owner's feed (again: no change) and returns it; empty for a malformed or unknown id and for another
     * user's feed alike (the caller answers 404 for all three).
     */
    public Optional<CalendarFeed> revoke(FeedOwner owner, String id) {
        if (!ID.matcher(id).matches() || !feeds.revoke(owner.stored(), id, clock.instant())) {
            return Optional.empty();
        }
        return feeds.find(id);
    }

    /**
     * The iCalendar text of the feed with this token; empty for a malformed, unknown or revoked token, or a vaste
     * deelnemer who may no longer submit. The token's hash is looked up, and compared again in constant time.
     */
    public Optional<String> feed(String token) {
        if (!TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        String hash = sha256(token);
        return feeds.find(hash)
                .filter(f -> MessageDigest.isEqual(f.id().getBytes(StandardCharsets.US_ASCII),
                        hash.getBytes(StandardCharsets.US_ASCII)))
                .filter(CalendarFeed::active)
                .flatMap(f -> FeedOwner.parse(f.owner()))
                .flatMap(this::scope)
                .map(scope -> writer.write(events(scope), clock.instant()));
    }

    /** Which cases a feed shows: every case, or the cases of one organisation. */
    record Scope(Optional<Long> organisation) {
        static final Scope EVERY_CASE = new Scope(Optional.empty());

        static Scope of(long organisation) {
            return new Scope(Optional.of(organisation));
        }

        /** Whether a case of this organisation (empty: unknown) is shown. */
        boolean shows(Optional<Long> caseOrganisation) {
            return organisation.isEmpty() || organisation.equals(caseOrganisation);
        }
    }

    /** The owner's scope; empty when the owner may see nothing (a vaste deelnemer who may no longer submit). */
    private Optional<Scope> scope(FeedOwner owner) {
        if (owner.seesEveryCase()) {
            return Optional.of(Scope.EVERY_CASE);
        }
        return MailAddress.parse(owner.login()).flatMap(participants::findByMailAddress)
                .filter(Participant::maySubmit)
                .map(p -> Scope.of(p.organisation().id().value()));
    }

    /** The events of the cases in this scope. */
    List<CalendarFeedEvent> events(Scope scope) {
        LocalDate today = LocalDate.now(clock.withZone(MeetingPlanner.TEAM_ZONE));
        LocalDate from = today.minusWeeks(WEEKS_BACK);
        LocalDate to = today.plusWeeks(WEEKS_AHEAD);
        List<CalendarFeedEvent> events = new ArrayList<>();
        int places = calendar.settings().casesPerMeeting();
        for (LocalDate meeting : calendar.meetingsBetween(from, to)) {
            events.add(CalendarFeedEvent.timed("overleg-" + meeting + UID_DOMAIN, "Overleg VeiligheidsTeam", meeting,
                    instant(calendar.slotStart(meeting, 0)), instant(calendar.slotStart(meeting, places)), 0));
        }
        Map<LocalDate, Integer> slots = new HashMap<>();
        for (PlannedCase planned : planning.list(from, to, MAX_CASES, 0)) {
            if (planned.state() == PlanningState.DECLINED) {
                continue;
            }
            int slot = slots.merge(planned.meeting(), 1, Integer::sum) - 1;
            if (!scope.shows(planned.card().organisationId())) {
                continue;
            }
            String number = planned.card().number().format();
            String summary = number + (planned.state() == PlanningState.PROPOSED ? " (voorgesteld)" : "")
                    + (planned.card().followUpOf().isPresent() ? " (vervolg)" : "");
            events.add(CalendarFeedEvent.timed("inbreng-" + number + UID_DOMAIN, summary, planned.meeting(),
                    instant(calendar.slotStart(planned.meeting(), slot)),
                    instant(calendar.slotStart(planned.meeting(), slot + 1)), planned.version()));
        }
        Map<String, Optional<Long>> organisations = new HashMap<>();
        for (CaseTerm term : terms.undone()) {
            String number = term.number().format();
            if (!scope.shows(organisations.computeIfAbsent(number,
                    n -> planning.find(term.number()).flatMap(p -> p.card().organisationId())))) {
                continue;
            }
            events.add(CalendarFeedEvent.allDay("termijn-" + number + "-" + term.term().kind().name() + UID_DOMAIN,
                    number + ": " + term.term().kind().dutch(), term.term().due()));
        }
        return events;
    }

    private static Instant instant(LocalDateTime local) {
        return local.atZone(MeetingPlanner.TEAM_ZONE).toInstant();
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
