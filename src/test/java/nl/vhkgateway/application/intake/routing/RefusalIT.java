package nl.vhkgateway.application.intake.routing;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.vhkgateway.domain.audit.AuditEntry;
import nl.vhkgateway.domain.audit.AuditQuery;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.participant.Participant;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.submission.StateChange;
import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.domain.submission.SubmissionState;
import nl.vhkgateway.testsupport.TestMail;
import nl.vhkgateway.testsupport.corpus.CorpusGenerator;
import nl.vhkgateway.testsupport.corpus.CorpusItem;
import nl.vhkgateway.testsupport.corpus.Hiding;
import nl.vhkgateway.testsupport.corpus.PersonalData;
import nl.vhkgateway.testsupport.intake.IntakeCards;
import nl.vhkgateway.testsupport.intake.ScreeningIntakeBench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig;
import static nl.vhkgateway.application.intake.routing.ScreeningIntakeIT.MONDAY_MORNING;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.BEHEER;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.DEELNEMER;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.INTAKE;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.VOORZITTER;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.flat;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.header;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Refusals through the whole intake (GreenMail, MariaDB, the real screener): personal data in any place of the card
 * or the mail never reaches the voorzitter; the vaste deelnemer gets a Dutch refusal naming the place, without the
 * data; the original is not kept; the decision is audited. A registered but inactive participant is refused before
 * screening.
 */
class RefusalIT {

    /** The places the issue names: body, table, header, comment, tracked change, subject, file name (and mail text). */
    private static final List<Hiding> PLACES = List.of(Hiding.BODY, Hiding.TABLE, Hiding.HEADER, Hiding.COMMENT,
            Hiding.TRACKED_DELETION, Hiding.MAIL_SUBJECT, Hiding.MAIL_BODY, Hiding.ATTACHMENT_NAME);

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(aConfig().withUser(INTAKE, INTAKE, TestMail.PASSWORD));

    private ScreeningIntakeBench bench;

    @BeforeEach
    void setUp() {
        bench = new ScreeningIntakeBench(GREEN_MAIL, "vhk_it_refusal");
    }

    @AfterEach
    void tearDown() {
        bench.close();
    }

    @Test
    void personalDataInAnyPlaceNeverReachesTheVoorzitterAndTheRefusalNamesThePlaceWithoutTheData() throws Exception {
        CorpusGenerator generator = new CorpusGenerator(4242);
        PersonalData data = new PersonalData(4242);
        Map<String, Planted> byMessageId = new LinkedHashMap<>();
        int n = 0;
        for (Hiding place : PLACES) {
            PersonalData.Plant plant = data.plant(Category.PERSON_NAME);
            CorpusItem item = generator.dirty(Category.PERSON_NAME, place, plant, n++);
            byte[] raw = item.isMail() ? item.content()
                    : ScreeningIntakeBench.cardMail(DEELNEMER, "Veiligheidskaart ter bespreking", item.content(),
                    "veiligheidskaart.docx");
            byMessageId.put(messageId(raw), new Planted(place, plant.secret()));
            bench.receive(raw, MONDAY_MORNING);
        }

        bench.process();

        assertTrue(bench.inbox(VOORZITTER).isEmpty(), "nothing reaches the voorzitter");
        assertTrue(bench.inbox(BEHEER).isEmpty(), "a refusal is no matter for the beheerder");
        List<MimeMessage> refusals = bench.inbox(DEELNEMER);
        assertEquals(PLACES.size(), refusals.size(), "one refusal per mail");
        for (MimeMessage refusal : refusals) {
            Planted planted = byMessageId.get(header(refusal, "In-Reply-To"));
            assertTrue(planted != null, "the refusal answers one of the mails");
            String body = text(refusal);
            String flat = flat(body);
            assertEquals("auto-replied", header(refusal, "Auto-Submitted"));
            assertTrue(refusal.getSubject().startsWith("Niet doorgestuurd"), refusal.getSubject());
            assertTrue(planted.place.reportedAs().stream().map(DocumentPart::dutchPhrase).anyMatch(flat::contains),
                    planted.place + ": the refusal names the place");
            assertTrue(flat.contains("Persoonsgegevens gevonden"), planted.place + ": says what was found");
            assertNoTraceOf(planted.secret, refusal.getSubject() + "\n" + body, planted.place);
            assertTrue(ScreeningIntakeBench.attachments(refusal).isEmpty(), "the refusal carries no card");
        }

        assertTrue(bench.submissions(SubmissionState.DELIVERED).isEmpty(), "a refused card is never DELIVERED");
        List<Submission> done = bench.submissions(SubmissionState.REFUSED);
        assertEquals(PLACES.size(), done.size(), "every refusal sent, each submission ends REFUSED");
        for (Submission submission : done) {
            List<StateChange> history = bench.intake().administration().history(submission.id());
            assertTrue(history.stream().anyMatch(c -> c.to() == SubmissionState.SCREENED
                    && c.reasonCode().equals(RoutingReasons.SCREENING_REJECT)), "screened, with personal data");
            assertTrue(history.stream().anyMatch(c -> c.to() == SubmissionState.REFUSING
                    && c.reasonCode().equals(RoutingReasons.CARD_REFUSED)), "then refused");
            assertTrue(history.stream().anyMatch(c -> c.from().orElse(null) == SubmissionState.REFUSING
                    && c.to() == SubmissionState.REFUSED), history::toString);
            assertTrue(bench.intake().submissions().rawMime(submission.id()).isEmpty(),
                    "the original is not kept after a refusal");
            List<AuditEntry> audit = bench.auditLog().find(AuditQuery.all()
                    .withSubject(IntakeAudit.subject(submission.id())).withAction(IntakeAudit.DECISION));
            assertEquals(1, audit.size());
            assertEquals("REFUSED", audit.get(0).event().outcome());
            assertTrue(audit.get(0).event().reasonCodes().contains(Category.PERSON_NAME.name()),
                    audit.get(0).event().reasonCodes()::toString);
            assertEquals(1, bench.auditLog().find(AuditQuery.all().withSubject(IntakeAudit.subject(submission.id()))
                    .withAction(IntakeAudit.CONTENT_PURGE)).size(), "the removal of the original is audited");
        }
    }

    @Test
    void anInactiveParticipantIsRefusedBeforeScreeningAndNothingIsForwarded() throws Exception {
        Participant veiligThuis = bench.registry().findByMailAddress(MailAddress.of("deelnemer@veiligthuis.test"))
                .orElseThrow();
        bench.registry().setParticipantActive(veiligThuis.id().value(), false);
        bench.receiveCard("deelnemer@veiligthuis.test", "Veiligheidskaart", IntakeCards.clean(),
                "veiligheidskaart.docx", MONDAY_MORNING);

        bench.process();

        assertTrue(bench.inbox(VOORZITTER).isEmpty());
        List<MimeMessage> answers = bench.inbox("deelnemer@veiligthuis.test");
        assertEquals(1, answers.size());
        String text = flat(text(answers.get(0)));
        assertTrue(text.contains("niet (meer) als actieve vaste deelnemer"), text);
        Submission done = bench.only(SubmissionState.REFUSED);
        assertTrue(bench.intake().administration().history(done.id()).stream()
                .anyMatch(c -> c.to() == SubmissionState.REFUSING && c.reasonCode().equals(RoutingReasons.SENDER_REFUSED)));
        assertTrue(bench.intake().administration().history(done.id()).stream()
                .noneMatch(c -> c.to() == SubmissionState.SCREENED), "not screened");
        assertTrue(bench.intake().submissions().rawMime(done.id()).isEmpty(), "not kept");
    }

    /** Neither the data nor any of its longer words appears in the text. */
    private static void assertNoTraceOf(String secret, String text, Hiding place) {
        assertFalse(text.contains(secret), place + ": the data itself is in the refusal");
        for (String word : secret.split("[\\s.,;:()/-]+")) {
            if (word.length() >= 4) {
                Pattern asWord = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                assertFalse(asWord.matcher(text).find(),
                        place + ": a word of the data (" + word.length() + " letters) is in the refusal");
            }
        }
    }

    private static String messageId(byte[] raw) throws MessagingException {
        return new MimeMessage(null, new ByteArrayInputStream(raw)).getMessageID();
    }

    private record Planted(Hiding place, String secret) {
        @Override
        public String toString() {
            return place.name().toLowerCase(Locale.ROOT);
        }
    }
}
