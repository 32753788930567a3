package nl.vhkgateway.application.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.vhkgateway.domain.card.CardFacts;
import nl.vhkgateway.domain.screening.Finding;
import nl.vhkgateway.domain.screening.MissingItem;
import nl.vhkgateway.domain.screening.ScreeningReport;
import nl.vhkgateway.domain.screening.Verdict;

/**
 * The result of screening a whole mail: the findings in the mail itself (subject, body, attachment names, no card,
 * more than one card, an attachment that is not a .docx) and the report of the card it carries.
 * <p>
 * Verdict: INVALID when the mail or a card has a document or mail problem (no card, several cards, not a .docx,
 * unreadable); REJECT when personal data was found anywhere or the card is incomplete; ACCEPT only when the mail
 * text is clean and its one card is accepted. Holds no mail or card text apart from the sanitised copy.
 * Immutable.
 */
public final class MailScreeningReport {

    private final Verdict verdict;
    private final List<Finding> mailFindings;
    private final List<ScreeningReport> cardReports;

    public MailScreeningReport(List<Finding> mailFindings, List<ScreeningReport> cardReports) {
        this.mailFindings = List.copyOf(mailFindings);
        this.cardReports = List.copyOf(cardReports);
        this.verdict = decide(this.mailFindings, this.cardReports);
    }

    private static Verdict decide(List<Finding> mailFindings, List<ScreeningReport> cardReports) {
        boolean mailProblem = mailFindings.stream()
                .anyMatch(f -> f.category().kind() != nl.vhkgateway.domain.screening.Category.Kind.PERSONAL_DATA);
        if (mailProblem || cardReports.size() != 1
                || cardReports.stream().anyMatch(r -> r.verdict() == Verdict.INVALID)) {
            return Verdict.INVALID;
        }
        if (!mailFindings.isEmpty() || cardReports.get(0).verdict() == Verdict.REJECT) {
            return Verdict.REJECT;
        }
        return Verdict.ACCEPT;
    }

    public Verdict verdict() {
        return verdict;
    }

    public boolean accepted() {
        return verdict == Verdict.ACCEPT;
    }

    /** Findings in the mail itself, in the order found. */
    public List<Finding> mailFindings() {
        return mailFindings;
    }

    /** The report of the one card, when the mail carries exactly one .docx. */
    public Optional<ScreeningReport> cardReport() {
        return cardReports.size() == 1 ? Optional.of(cardReports.get(0)) : Optional.empty();
    }

    /** The reports of every .docx card in the mail (several when the mail is refused for carrying more than one). */
    public List<ScreeningReport> cardReports() {
        return cardReports;
    }

    /** Every finding: the mail's, then the card(s)'. */
    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>(mailFindings);
        cardReports.forEach(r -> all.addAll(r.findings()));
        return List.copyOf(all);
    }

    /** What the card misses. */
    public List<MissingItem> missingItems() {
        return cardReport().map(ScreeningReport::missingItems).orElse(List.of());
    }

    /** The sanitised card, only when the whole mail is accepted. */
    public Optional<byte[]> sanitisedCopy() {
        return accepted() ? cardReports.get(0).sanitisedCopy() : Optional.empty();
    }

    public Optional<CardFacts> facts() {
        return cardReport().flatMap(ScreeningReport::facts);
    }

    /** What sanitising removed from the card. */
    public List<String> sanitisingActions() {
        return cardReport().map(ScreeningReport::sanitisingActions).orElse(List.of());
    }

    @Override
    public String toString() {
        return "MailScreeningReport[" + verdict + ", " + mailFindings.size() + " mail findings, "
                + cardReports.size() + " cards " + cardReports.stream().map(Objects::toString).toList() + "]";
    }
}
