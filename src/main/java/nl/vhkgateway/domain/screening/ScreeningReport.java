package nl.vhkgateway.domain.screening;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.vhkgateway.domain.card.CardFacts;
import nl.vhkgateway.domain.card.Section;

/**
 * The result of screening one file: the verdict, every finding, the required sections that are missing or
 * empty, what sanitising removed, and the sanitised copy that may be forwarded (present only when accepted).
 * Holds no card text apart from the sanitised copy itself.
 */
public final class ScreeningReport {

    private final Verdict verdict;
    private final List<Finding> findings;
    private final List<MissingItem> missing;
    private final List<String> sanitisingActions;
    private final byte[] sanitisedCopy;
    private final CardFacts facts;

    public ScreeningReport(Verdict verdict, List<Finding> findings, List<Section> missing,
                           List<String> sanitisingActions, Optional<byte[]> sanitisedCopy,
                           Optional<CardFacts> facts) {
        this(verdict, findings, sanitisingActions, sanitisedCopy, facts,
                missing.stream().map(MissingItem::section).toList());
    }

    /**
     * @param missingItems what is missing, with a label per item (a section, or a part of one such as the reason
     *                     for refusing consent)
     */
    public ScreeningReport(Verdict verdict, List<Finding> findings, List<String> sanitisingActions,
                           Optional<byte[]> sanitisedCopy, Optional<CardFacts> facts, List<MissingItem> missingItems) {
        this.verdict = Objects.requireNonNull(verdict, "verdict");
        this.findings = List.copyOf(findings);
        this.missing = List.copyOf(missingItems);
        this.sanitisingActions = List.copyOf(sanitisingActions);
        this.sanitisedCopy = sanitisedCopy.map(byte[]::clone).orElse(null);
        this.facts = facts.orElse(null);
        if (verdict == Verdict.ACCEPT && (this.sanitisedCopy == null || !this.findings.isEmpty()
                || !this.missing.isEmpty())) {
            throw new IllegalArgumentException("an accepted card has a sanitised copy, no findings and nothing missing");
        }
        if (verdict != Verdict.ACCEPT && this.sanitisedCopy != null) {
            throw new IllegalArgumentException("only an accepted card may carry a sanitised copy");
        }
    }

    public Verdict verdict() {
        return verdict;
    }

    public List<Finding> findings() {
        return findings;
    }

    /** The sections that are missing or incomplete, each once, in the order found. */
    public List<Section> missing() {
        return missing.stream().map(MissingItem::section).distinct().toList();
    }

    /** What is missing, with a label and a Dutch hint per item. */
    public List<MissingItem> missingItems() {
        return missing;
    }

    /** Dutch descriptions of what sanitising removed ("documenteigenschappen gewist"). */
    public List<String> sanitisingActions() {
        return sanitisingActions;
    }

    /** The copy that may be forwarded: present only for {@link Verdict#ACCEPT}. */
    public Optional<byte[]> sanitisedCopy() {
        return Optional.ofNullable(sanitisedCopy).map(byte[]::clone);
    }

    /** Facts for planning, present when the card could be read (ACCEPT, and REJECT of a readable card). */
    public Optional<CardFacts> facts() {
        return Optional.ofNullable(facts);
    }

    public boolean accepted() {
        return verdict == Verdict.ACCEPT;
    }

    @Override
    public String toString() {
        return "ScreeningReport[" + verdict + ", " + findings.size() + " findings, missing " + missing() + "]";
    }
}
