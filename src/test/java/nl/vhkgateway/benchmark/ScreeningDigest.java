package nl.vhkgateway.benchmark;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.vhkgateway.application.screening.CardScreeningService;
import nl.vhkgateway.application.screening.MailScreeningReport;
import nl.vhkgateway.application.screening.MailScreeningService;
import nl.vhkgateway.domain.card.CardContent;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.card.Location;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.card.TextSegment;
import nl.vhkgateway.domain.screening.Finding;
import nl.vhkgateway.domain.screening.ScreeningContext;
import nl.vhkgateway.domain.screening.ScreeningReport;
import nl.vhkgateway.domain.screening.detector.DetectorCatalog;
import nl.vhkgateway.domain.screening.detector.Span;
import nl.vhkgateway.infrastructure.config.ScreeningServices;
import nl.vhkgateway.testsupport.corpus.CorpusGenerator;
import nl.vhkgateway.testsupport.corpus.CorpusItem;
import nl.vhkgateway.testsupport.docx.PlainTextCard;
import nl.vhkgateway.testsupport.screening.BlindCards;
import nl.vhkgateway.testsupport.screening.BlindSet;
import nl.vhkgateway.testsupport.screening.SentenceSet;

/**
 * A fingerprint of everything the screener decides, to show that a change meant for speed changes no verdict and no
 * finding: for every sentence of every {@link BlindSet} the detector spans (category and offsets), for every blind
 * card and every generated corpus card and mail (the benchmark's 200 clean cards, the dirty, incomplete and mail
 * items) the verdict, each finding (category, place, masked excerpt, detector), the missing items and a SHA-256 of the
 * forwarded copy. Prints no card text: offsets, categories, masked excerpts and hashes only. Run it before and after
 * a change and compare the outputs ({@code diff}); they must be identical.
 */
public final class ScreeningDigest {

    private ScreeningDigest() {
    }

    /**
     * @param args none, or {@code --cards-only}: the cards, mails and corpus items without the sentence spans (for a
     *             change that no sentence read alone can reach, on a loaded machine where the sentences take most of
     *             the run)
     */
    public static void main(String[] args) throws Exception {
        boolean sentences = !List.of(args).contains("--cards-only");
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        DetectorCatalog catalog = DetectorCatalog.defaults();
        try (CardScreeningService cards = ScreeningServices.cardScreening()) {
            MailScreeningService mails = new MailScreeningService(cards);
            for (BlindSet set : BlindSet.ALL) {
                for (SentenceSet.Row row : sentences ? set.sentences().rows() : List.<SentenceSet.Row>of()) {
                    out.println(set + " " + row.id() + " " + spans(row.sentence(), catalog));
                }
                for (BlindCards.BlindCard card : set.cards()) {
                    PlainTextCard parsed = PlainTextCard.parse(set.resource("cards/" + card.file()));
                    if (parsed.hasMail()) {
                        out.println(set + " " + card.file() + " " + mail(mails.screen(parsed.mail())));
                    } else {
                        out.println(set + " " + card.file() + " " + card(cards.screen(
                                parsed.fileName().orElse("Veiligheidskaart.docx"), parsed.docx())));
                    }
                }
            }
            CorpusGenerator generator = new CorpusGenerator(2026);
            for (int i = 0; i < ScreeningBenchmark.CARDS; i++) {
                CorpusItem item = generator.cleanCard(i);
                out.println("corpus " + item.id() + " " + card(cards.screen(item.fileName(), item.content())));
            }
            for (List<CorpusItem> items : List.of(generator.dirtyCards(), generator.incompleteCards(),
                    generator.mails())) {
                for (CorpusItem item : items) {
                    out.println("corpus " + item.id() + " " + (item.isMail() ? mail(mails.screen(item.content()))
                            : card(cards.screen(item.fileName(), item.content()))));
                }
            }
        }
        out.flush();
    }

    private static String spans(String text, DetectorCatalog catalog) {
        TextSegment segment = new TextSegment(text, Location.inSection(DocumentPart.BODY, Section.ONVEILIGHEID,
                "alinea 1"));
        ScreeningContext context = new ScreeningContext(new CardContent(List.of(segment), Map.of(), Set.of()), 2026);
        StringBuilder b = new StringBuilder();
        for (Span s : catalog.spans(segment, context)) {
            b.append(s.category()).append('[').append(s.start()).append(',').append(s.end()).append("] ");
        }
        return b.toString();
    }

    private static String card(ScreeningReport report) {
        return report.verdict() + " " + findings(report.findings()) + " missing " + report.missing() + " copy "
                + hash(report.sanitisedCopy());
    }

    private static String mail(MailScreeningReport report) {
        return report.verdict() + " " + findings(report.findings()) + " missing " + report.missingItems() + " copy "
                + hash(report.sanitisedCopy());
    }

    private static String findings(List<Finding> findings) {
        StringBuilder b = new StringBuilder();
        for (Finding f : findings) {
            b.append('{').append(f.category()).append(" @ ").append(f.location().describeInDutch()).append(" : ")
                    .append(f.maskedExcerpt()).append(" / ").append(f.detector()).append("} ");
        }
        return b.toString();
    }

    private static String hash(Optional<byte[]> copy) {
        if (copy.isEmpty()) {
            return "-";
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(copy.get()), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
