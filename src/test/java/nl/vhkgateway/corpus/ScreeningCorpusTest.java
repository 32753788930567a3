package nl.vhkgateway.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.vhkgateway.application.screening.CardScreeningService;
import nl.vhkgateway.application.screening.MailScreeningReport;
import nl.vhkgateway.application.screening.MailScreeningService;
import nl.vhkgateway.domain.screening.Finding;
import nl.vhkgateway.domain.screening.MissingItem;
import nl.vhkgateway.domain.screening.ScreeningReport;
import nl.vhkgateway.domain.screening.Verdict;
import nl.vhkgateway.infrastructure.config.ScreeningServices;
import nl.vhkgateway.interfaces.json.ScreeningJson;
import nl.vhkgateway.testsupport.corpus.CorpusGenerator;
import nl.vhkgateway.testsupport.corpus.CorpusItem;
import nl.vhkgateway.testsupport.corpus.HostileFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole screener (real docx adapters, real detectors, completeness) over the synthetic corpus: every dirty
 * card and mail refused with the right category in the right place; at most 2 % of clean, complete cards refused;
 * every incomplete card refused naming what is missing; every hostile file invalid with a reason; no planted
 * personal data in any JSON output or log record.
 */
class ScreeningCorpusTest {

    private static final CorpusGenerator CORPUS = new CorpusGenerator(20261014L);
    private static final int CLEAN_CARDS = 300;
    /**
     * Dirty items the screener is known to miss, each with the reason. The test checks this list both ways: an item
     * here that starts being caught must be removed from it.
     */
    /** None today: the dossier number in a link path is caught since a label may stand anywhere in the sentence. */
    private static final Map<String, String> KNOWN_MISSES = Map.of();
    private static CardScreeningService cards;
    private static MailScreeningService mails;
    private static final ConcurrentLinkedQueue<String> LOG = new ConcurrentLinkedQueue<>();
    private static final Handler CAPTURE = new Handler() {
        @Override
        public void publish(LogRecord record) {
            LOG.add(String.valueOf(record.getMessage()) + " " + java.util.Arrays.toString(record.getParameters())
                    + " " + (record.getThrown() == null ? "" : record.getThrown().toString()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private static Level previousLevel;

    @BeforeAll
    static void start() {
        cards = ScreeningServices.cardScreening();
        mails = new MailScreeningService(cards);
        Logger root = Logger.getLogger("");
        previousLevel = root.getLevel();
        root.addHandler(CAPTURE);
        Logger.getLogger("nl.vhkgateway").setLevel(Level.ALL);
    }

    @AfterAll
    static void stop() {
        Logger.getLogger("").removeHandler(CAPTURE);
        Logger.getLogger("nl.vhkgateway").setLevel(previousLevel);
        cards.close();
    }

    /** What one item came to: verdict, findings, missing labels and the JSON line the CLI would print. */
    private record Outcome(Verdict verdict, List<Finding> findings, List<String> missing, String json) {
    }

    private static Outcome screen(CorpusItem item) {
        if (item.isMail()) {
            MailScreeningReport report = mails.screen(item.content());
            return new Outcome(report.verdict(), report.findings(), report.missingItems().stream()
                    .map(MissingItem::label).toList(), ScreeningJson.line(ScreeningJson.mail(item.fileName(), report,
                    Optional.empty())));
        }
        ScreeningReport report = cards.screen(item.fileName(), item.content());
        return new Outcome(report.verdict(), report.findings(), report.missingItems().stream().map(MissingItem::label)
                .toList(), ScreeningJson.line(ScreeningJson.card(item.fileName(), report, Optional.empty())));
    }

    private static String describe(Outcome outcome) {
        return outcome.verdict() + " " + outcome.findings().stream().map(f -> f.category() + "@"
                + f.location().documentPart()).toList() + " missing " + outcome.missing();
    }

    @Test
    void everyDirtyCardAndMailIsRefusedWithTheRightCategoryInTheRightPlaceWithoutLeakingIt() {
        List<String> failures = new ArrayList<>();
        List<CorpusItem> dirty = CORPUS.dirtyCards();
        int missed = 0;
        for (CorpusItem item : dirty) {
            Outcome outcome = screen(item);
            boolean rightPlace = outcome.findings().stream().anyMatch(f ->
                    item.expectedCategories().contains(f.category())
                            && item.expectedHiding().orElseThrow().reportedAs().contains(f.location().documentPart()));
            boolean caught = outcome.verdict() == Verdict.REJECT && rightPlace;
            missed += caught ? 0 : 1;
            if (caught == KNOWN_MISSES.containsKey(item.id())) {
                failures.add(item.id() + (caught ? " is caught now: remove it from KNOWN_MISSES" : " -> "
                        + describe(outcome)));
            }
            assertNoSecretIn(item, outcome.json());
        }
        System.out.printf("dirty corpus: %d items, %d refused with the right category in the right place, "
                + "%d known misses%n", dirty.size(), dirty.size() - missed, missed);
        assertTrue(failures.isEmpty(), failures.size() + " dirty items missed:\n" + String.join("\n", failures));
        assertNoSecretInLogs(dirty);
    }

    @Test
    void atMostTwoPercentOfCleanCompleteCardsAreRefused() {
        List<String> refused = new ArrayList<>();
        for (int i = 0; i < CLEAN_CARDS; i++) {
            CorpusItem item = CORPUS.cleanCard(i);
            Outcome outcome = screen(item);
            if (outcome.verdict() != Verdict.ACCEPT) {
                refused.add(item.id() + " -> " + describe(outcome) + " "
                        + outcome.findings().stream().map(Finding::maskedExcerpt).toList());
            }
        }
        double rate = 100.0 * refused.size() / CLEAN_CARDS;
        System.out.printf("false-refusal rate: %d of %d clean, complete cards refused (%.1f %%)%n", refused.size(),
                CLEAN_CARDS, rate);
        refused.forEach(r -> System.out.println("  refused: " + r));
        assertTrue(rate <= 2.0, String.format("%.1f %% of clean cards refused:%n%s", rate, String.join("\n", refused)));
    }

    @Test
    void everyIncompleteCardIsRefusedNamingWhatIsMissing() {
        List<String> failures = new ArrayList<>();
        for (CorpusItem item : CORPUS.incompleteCards()) {
            Outcome outcome = screen(item);
            if (outcome.verdict() != Verdict.REJECT || !outcome.missing().contains(item.expectedMissing().orElseThrow())) {
                failures.add(item.id() + " -> " + describe(outcome));
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void everyHostileFileIsInvalidWithAReason() {
        List<String> failures = new ArrayList<>();
        for (CorpusItem item : HostileFiles.all()) {
            Outcome outcome = screen(item);
            boolean expectedCategory = outcome.findings().stream().anyMatch(f ->
                    item.expectedCategories().contains(f.category()) && !f.maskedExcerpt().isBlank());
            if (outcome.verdict() != Verdict.INVALID || !expectedCategory) {
                failures.add(item.id() + " -> " + describe(outcome) + " "
                        + outcome.findings().stream().map(Finding::maskedExcerpt).toList());
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void mailsCarryExactlyOneDocxCard() {
        List<String> failures = new ArrayList<>();
        for (CorpusItem item : CORPUS.mails()) {
            Outcome outcome = screen(item);
            boolean category = item.expectedCategories().isEmpty() || outcome.findings().stream()
                    .anyMatch(f -> item.expectedCategories().contains(f.category()));
            if (outcome.verdict() != item.expectedVerdict() || !category) {
                failures.add(item.id() + " -> " + describe(outcome) + " "
                        + outcome.findings().stream().map(Finding::maskedExcerpt).toList());
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void dirtyCorpusCoversEveryCategoryInEveryPlace() {
        Map<String, Long> perCategory = CORPUS.dirtyCards().stream().collect(Collectors.groupingBy(
                i -> i.id().split("/")[1], TreeMap::new, Collectors.counting()));
        assertEquals(11, perCategory.size());
        perCategory.values().forEach(count -> assertEquals(nl.vhkgateway.testsupport.corpus.Hiding.values().length,
                count.intValue()));
    }

    private static void assertNoSecretIn(CorpusItem item, String output) {
        String haystack = normalise(output);
        for (String secret : item.secrets()) {
            assertFalse(containsWord(haystack, normalise(secret)), () -> item.id() + ": planted data in the output");
        }
    }

    private static void assertNoSecretInLogs(List<CorpusItem> items) {
        String logs = normalise(String.join("\n", LOG));
        for (CorpusItem item : items) {
            for (String secret : item.secrets()) {
                assertFalse(containsWord(logs, normalise(secret)), () -> item.id() + ": planted data in the logs");
            }
        }
    }

    /** The secret as a whole word (a first name "eva" is not found in "evaluatie"). */
    private static boolean containsWord(String haystack, String secret) {
        return java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(secret)
                + "(?![\\p{L}\\p{N}])").matcher(haystack).find();
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
