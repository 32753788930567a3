package nl.vhkgateway.benchmark;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.vhkgateway.domain.card.CardContent;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.card.Location;
import nl.vhkgateway.domain.card.TextSegment;
import nl.vhkgateway.domain.screening.ScreeningContext;
import nl.vhkgateway.domain.screening.detector.DetectorCatalog;
import nl.vhkgateway.domain.screening.detector.Span;
import nl.vhkgateway.infrastructure.docx.DocxCardReader;
import nl.vhkgateway.testsupport.docx.PlainTextCard;
import nl.vhkgateway.testsupport.screening.BlindCards;
import nl.vhkgateway.testsupport.screening.BlindSet;

/**
 * Development tool on test data (never product code): for every clean card of the development sets, the findings
 * of the detectors with the words they cover and their context, so that a tuner can see which word of a clean card
 * was taken for personal data. Prints card text: run it on development data only.
 *
 * <p>Arguments: optional set names ("blind23 blind24"); without them every {@link BlindSet}.
 */
public final class CleanCardFindings {

    private static final int CONTEXT = 70;

    private CleanCardFindings() {
    }

    public static void main(String[] args) {
        Set<String> wanted = new HashSet<>(List.of(args));
        DetectorCatalog catalog = DetectorCatalog.defaults();
        DocxCardReader reader = new DocxCardReader();
        int total = 0;
        for (BlindSet set : BlindSet.ALL) {
            if (!wanted.isEmpty() && !wanted.contains(set.name())) {
                continue;
            }
            for (BlindCards.BlindCard card : set.cards()) {
                if (card.dirty()) {
                    continue;
                }
                PlainTextCard parsed = PlainTextCard.parse(set.resource("cards/" + card.file()));
                CardContent content = reader.read(parsed.docx());
                ScreeningContext context = new ScreeningContext(content, 2026);
                boolean any = false;
                List<TextSegment> segments = new java.util.ArrayList<>(content.segments());
                parsed.subject().ifPresent(subject -> segments.add(new TextSegment(subject,
                        Location.of(DocumentPart.MAIL_SUBJECT, ""))));
                parsed.fileName().ifPresent(name -> segments.add(new TextSegment(name.replace('_', ' '),
                        Location.of(DocumentPart.ATTACHMENT_NAME, "bijlage 1"))));
                for (TextSegment segment : segments) {
                    for (Span span : catalog.spans(segment, context)) {
                        String text = segment.text();
                        int from = Math.max(0, span.start() - CONTEXT);
                        int to = Math.min(text.length(), span.end() + CONTEXT);
                        System.out.println(set.name() + "/" + card.file() + "\t" + span.category() + "\t["
                                + text.substring(span.start(), span.end()) + "]\t"
                                + segment.location().describeInDutch() + "\t..." + text.substring(from, span.start())
                                + "<<" + text.substring(span.start(), span.end()) + ">>"
                                + text.substring(span.end(), to).replace('\n', ' ') + "...");
                        any = true;
                    }
                }
                total += any ? 1 : 0;
                if (parsed.hasMail()) {
                    System.out.println(set.name() + "/" + card.file() + "\t(mail card: subject and file name read"
                            + " here, not the mail body)");
                }
            }
        }
        System.out.println("clean cards with a finding: " + total);
    }
}
