package nl.vhkgateway.testsupport.screening;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vhkgateway.application.intake.messages.FixAdvice;
import nl.vhkgateway.application.screening.CardScreeningService;
import nl.vhkgateway.application.screening.MailScreeningReport;
import nl.vhkgateway.application.screening.MailScreeningService;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.Finding;
import nl.vhkgateway.domain.screening.ScreeningReport;
import nl.vhkgateway.domain.screening.Verdict;
import nl.vhkgateway.testsupport.docx.PlainTextCard;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Screens the complete cards of a {@link BlindSet} through the real pipeline (inspection, sanitising, reading the
 * sanitised copy, detectors, completeness): each card is turned into a real .docx (and a mail, where the card names
 * a mail subject, body or file name) by {@link PlainTextCard}. The outcome names every way the card differs from what
 * its author expects ({@link Problem}); the must-show of issue 14 is "no personal-data item in an accepted card's
 * forwarded copy" ({@link Problem#ITEM_FORWARDED}) and "at most 2 % of clean cards refused"
 * ({@link Problem#CLEAN_REFUSED}).
 */
public final class BlindCards {

    private static final Pattern ITEM = Pattern.compile("([A-Z_]+) \"([^\"]+)\"");

    /** One card of cards.tsv; {@code index} is its row (0-based, header not counted). */
    public record BlindCard(int index, String file, boolean dirty, List<String> items, boolean heldOut) {
        @Override
        public String toString() {
            return file + (dirty ? " DIRTY" : " CLEAN") + (heldOut ? " (held-out)" : "");
        }
    }

    /** How a card's screening differs from its author's expectation. */
    public enum Problem {
        /** a clean card refused (for personal data or as incomplete) */
        CLEAN_REFUSED,
        /** a dirty card accepted (whether or not an item survives in the forwarded copy) */
        DIRTY_ACCEPTED,
        /** a dirty card refused only for something other than personal data */
        DIRTY_REFUSED_WITHOUT_PERSONAL_DATA,
        /** a personal-data item of the card in an accepted card's forwarded copy */
        ITEM_FORWARDED,
        /** a personal-data item shown unmasked in a finding */
        ITEM_UNMASKED,
        /** a finding without its place or without a fix */
        FINDING_WITHOUT_PLACE_OR_FIX
    }

    /** The result of screening one card; {@code refusedFor} lists the categories (no text). */
    public record Outcome(BlindCard card, Verdict verdict, Set<Problem> problems, List<String> refusedFor) {
        public boolean refused() {
            return verdict != Verdict.ACCEPT;
        }
    }

    private BlindCards() {
    }

    static List<BlindCard> read(BlindSet set) {
        List<BlindCard> out = new ArrayList<>();
        for (String line : set.resource("cards/cards.tsv").split("\n")) {
            String[] cells = line.split("\t");
            if (cells.length < 2 || cells[0].equals("file") || line.startsWith("#")) {
                continue;
            }
            List<String> items = new ArrayList<>();
            Matcher m = ITEM.matcher(cells.length > 2 ? cells[2] : "");
            while (m.find()) {
                items.add(m.group(2));
            }
            int index = out.size();
            boolean heldOut = set.cardsEvery() > 0 && index % set.cardsEvery() == set.cardsEvery() - 1;
            out.add(new BlindCard(index, cells[0].strip(), cells[1].strip().equals("DIRTY"), items, heldOut));
        }
        return out;
    }

    public static Outcome screen(BlindSet set, BlindCard card, CardScreeningService cards, MailScreeningService mails) {
        PlainTextCard parsed = PlainTextCard.parse(set.resource("cards/" + card.file()));
        Verdict verdict;
        List<Finding> findings;
        byte[] forwarded;
        List<String> refusedFor = new ArrayList<>();
        if (parsed.hasMail()) {
            MailScreeningReport report;
            try {
                report = mails.screen(parsed.mail());
            } catch (Exception e) {
                throw new IllegalStateException(card + ": the mail cannot be built", e);
            }
            verdict = report.verdict();
            findings = report.findings();
            forwarded = report.sanitisedCopy().orElse(null);
            report.missingItems().forEach(m -> refusedFor.add("MISSING " + m));
        } else {
            ScreeningReport report = cards.screen(parsed.fileName().orElse("Veiligheidskaart.docx"), parsed.docx());
            verdict = report.verdict();
            findings = report.findings();
            forwarded = report.sanitisedCopy().orElse(null);
            report.missing().forEach(m -> refusedFor.add("MISSING " + m));
        }
        for (Finding f : findings) {
            refusedFor.add(f.category() + " @ " + f.location().describeInDutch());
        }
        Set<Problem> problems = EnumSet.noneOf(Problem.class);
        boolean accepted = verdict == Verdict.ACCEPT;
        if (!card.dirty() && !accepted) {
            problems.add(Problem.CLEAN_REFUSED);
        }
        if (card.dirty() && accepted) {
            problems.add(Problem.DIRTY_ACCEPTED);
        }
        if (card.dirty() && !accepted
                && findings.stream().noneMatch(f -> f.category().kind() == Category.Kind.PERSONAL_DATA)) {
            problems.add(Problem.DIRTY_REFUSED_WITHOUT_PERSONAL_DATA);
        }
        for (Finding f : findings) {
            if (f.location().describeInDutch().isBlank() || FixAdvice.forCategory(f.category()).isBlank()) {
                problems.add(Problem.FINDING_WITHOUT_PLACE_OR_FIX);
            }
            for (String item : card.items()) {
                if (f.maskedExcerpt().contains(item)) {
                    problems.add(Problem.ITEM_UNMASKED);
                }
            }
        }
        if (accepted) {
            String text = forwardedText(forwarded);
            for (String item : card.items()) {
                if (text.contains(item)) {
                    problems.add(Problem.ITEM_FORWARDED);
                }
            }
        }
        return new Outcome(card, verdict, problems, refusedFor);
    }

    private static String forwardedText(byte[] forwarded) {
        if (forwarded == null) {
            throw new IllegalStateException("an accepted card without its sanitised copy");
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(forwarded));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText() + " " + doc.getProperties().getCoreProperties().getTitle();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the expected problems of a known-failures line ("CLEAN_REFUSED,ITEM_FORWARDED\treason"). */
    public static Set<Problem> expectedProblems(String knownLine) {
        Set<Problem> out = EnumSet.noneOf(Problem.class);
        String kinds = knownLine.split("\t", 2)[0].strip();
        for (String k : kinds.split(",")) {
            if (!k.isBlank()) {
                out.add(Problem.valueOf(k.strip()));
            }
        }
        return out;
    }

    /** Counts for a printable summary: clean refused, dirty accepted, items forwarded. */
    public static String summary(List<Outcome> outcomes) {
        int clean = 0;
        int cleanRefused = 0;
        int dirty = 0;
        int dirtyAccepted = 0;
        int forwarded = 0;
        int other = 0;
        for (Outcome o : outcomes) {
            if (o.card().dirty()) {
                dirty++;
                dirtyAccepted += o.problems().contains(Problem.DIRTY_ACCEPTED) ? 1 : 0;
                forwarded += o.problems().contains(Problem.ITEM_FORWARDED) ? 1 : 0;
            } else {
                clean++;
                cleanRefused += o.problems().contains(Problem.CLEAN_REFUSED) ? 1 : 0;
            }
            other += o.problems().stream().anyMatch(p -> p == Problem.ITEM_UNMASKED
                    || p == Problem.FINDING_WITHOUT_PLACE_OR_FIX) ? 1 : 0;
        }
        return String.format("clean cards refused %d/%d (%.1f%%); dirty cards accepted %d/%d, of which with a"
                        + " personal-data item in the forwarded copy %d; cards with an unmasked item or a finding"
                        + " without place/fix %d%n",
                cleanRefused, clean, clean == 0 ? 0.0 : 100.0 * cleanRefused / clean, dirtyAccepted, dirty, forwarded,
                other);
    }
}
