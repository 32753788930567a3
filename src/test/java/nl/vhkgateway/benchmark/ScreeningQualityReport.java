package nl.vhkgateway.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.vhkgateway.application.screening.CardScreeningService;
import nl.vhkgateway.application.screening.MailScreeningService;
import nl.vhkgateway.domain.screening.detector.DetectorCatalog;
import nl.vhkgateway.infrastructure.config.ScreeningServices;
import nl.vhkgateway.testsupport.screening.BlindCards;
import nl.vhkgateway.testsupport.screening.BlindSet;
import nl.vhkgateway.testsupport.screening.SentenceScore;
import nl.vhkgateway.testsupport.screening.SentenceSet;

/**
 * Prints the screener's quality on the blind sets (run by {@code mvn -o -Pbenchmark} before the speed benchmark): per
 * category the personal-data items refused (recall) and the clean sentences refused (false-refusal rate), for the
 * whole set, the tuning part and the held-out part (not tuned against before issue 14 round 3; the rule is fixed per set in
 * {@link BlindSet}); then the complete cards through the real screening path (clean cards refused, dirty cards
 * accepted, personal-data items in an accepted card's forwarded copy), again per part. Prints no sentence or card
 * text, only counts and ids, unless {@code --failures} is given (then the failures of the tuning parts only) or {@code --failures-all} (the
 * failures of every part: blind sets #1 and #2 are development data since issue 14's third round).
 *
 * Rows a set lists in its {@code disputed.tsv} (a writer's label that is wrong by card-format.md) are left out of
 * every figure; their number and ids are printed.
 *
 * <p>Arguments: optional TSV files (held out: every third row); without them every {@link BlindSet}, or only the sets
 * named by {@code --sets=blind29,blind30} (a new set's first measurement, without re-running the other sets).
 */
public final class ScreeningQualityReport {

    /** With {@code --failures-all}: print the failures of the held-out parts too (they are development data now). */
    private static boolean allParts;

    private ScreeningQualityReport() {
    }

    public static void main(String[] args) throws IOException {
        boolean failures = false;
        List<SentenceSet> files = new ArrayList<>();
        List<String> only = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("--sets=")) {
                only.addAll(List.of(a.substring("--sets=".length()).split(",")));
            } else if (a.equals("--failures")) {
                failures = true;
            } else if (a.equals("--failures-all")) {
                failures = true;
                allParts = true;
            } else {
                try (InputStream in = Files.newInputStream(Path.of(a))) {
                    files.add(SentenceSet.read(a, in));
                }
            }
        }
        DetectorCatalog catalog = DetectorCatalog.defaults();
        if (!files.isEmpty()) {
            for (SentenceSet set : files) {
                sentences(set, catalog, failures);
            }
            return;
        }
        try (CardScreeningService cards = ScreeningServices.cardScreening()) {
            MailScreeningService mails = new MailScreeningService(cards);
            List<BlindSet> sets = only.isEmpty() ? BlindSet.ALL
                    : BlindSet.ALL.stream().filter(s -> only.contains(s.name())).toList();
            if (sets.size() != (only.isEmpty() ? BlindSet.ALL.size() : only.size())) {
                throw new IllegalArgumentException("unknown set in --sets: " + only);
            }
            for (BlindSet set : sets) {
                Map<String, String> disputed = set.disputed();
                SentenceSet all = set.sentences();
                List<SentenceSet.Row> kept = all.rows().stream().filter(r -> !disputed.containsKey(r.id())).toList();
                sentences(new SentenceSet(all.name(), kept), catalog, failures);
                if (kept.size() < all.rows().size()) {
                    System.out.println("-- disputed (excluded from the figures above, see disputed.tsv): "
                            + (all.rows().size() - kept.size()) + " sentences: " + all.rows().stream()
                            .map(SentenceSet.Row::id).filter(disputed::containsKey).toList());
                }
                cards(set, cards, mails, failures, disputed);
            }
        }
    }

    private static void sentences(SentenceSet set, DetectorCatalog catalog, boolean failures) {
        List<SentenceScore.Outcome> outcomes = SentenceScore.score(set, catalog);
        System.out.println("== Screening quality: " + set.name() + " (" + outcomes.size() + " sentences)");
        System.out.println("-- all");
        System.out.print(SentenceScore.table(SentenceScore.tally(outcomes, o -> true)));
        System.out.println("-- tuning part");
        System.out.print(SentenceScore.table(SentenceScore.tally(outcomes, o -> !o.row().heldOut())));
        System.out.println("-- held-out part (not tuned against before issue 14 round 3; development data since)");
        System.out.print(SentenceScore.table(SentenceScore.tally(outcomes, o -> o.row().heldOut())));
        System.out.println("-- failing ids (all parts; no text)");
        StringBuilder ids = new StringBuilder();
        for (SentenceScore.Outcome o : outcomes) {
            if (o.failed()) {
                ids.append(o.row().id()).append(o.row().heldOut() ? " (held-out) " : " ").append(o.row().category())
                        .append('\n');
            }
        }
        System.out.print(ids);
        if (failures) {
            System.out.println("-- failures in the tuning part");
            for (SentenceScore.Outcome o : outcomes) {
                if ((allParts || !o.row().heldOut()) && o.failed()) {
                    System.out.println(o.row().id() + "\t" + o.row().category() + "\t" + o.describe() + "\t"
                            + o.row().sentence());
                }
            }
        }
    }

    private static void cards(BlindSet set, CardScreeningService cards, MailScreeningService mails,
                              boolean failures, Map<String, String> disputed) {
        List<BlindCards.Outcome> outcomes = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (BlindCards.BlindCard card : set.cards()) {
            if (disputed.containsKey(card.file())) {
                excluded.add(card.file());
            } else {
                outcomes.add(BlindCards.screen(set, card, cards, mails));
            }
        }
        System.out.println("== Complete cards: " + set.name() + " (" + outcomes.size() + " cards)");
        if (!excluded.isEmpty()) {
            System.out.println("-- disputed (excluded, see disputed.tsv): " + excluded.size() + " cards: " + excluded);
        }
        System.out.print("all:      " + BlindCards.summary(outcomes));
        if (set.cardsEvery() > 0) {
            System.out.print("tuning:   "
                    + BlindCards.summary(outcomes.stream().filter(o -> !o.card().heldOut()).toList()));
            System.out.print("held-out: "
                    + BlindCards.summary(outcomes.stream().filter(o -> o.card().heldOut()).toList()));
        }
        for (BlindCards.Outcome o : outcomes) {
            if (!o.problems().isEmpty()) {
                System.out.println(o.card() + " " + o.problems()
                        + (failures && (allParts || !o.card().heldOut()) ? " " + o.refusedFor() : ""));
            }
        }
    }
}
