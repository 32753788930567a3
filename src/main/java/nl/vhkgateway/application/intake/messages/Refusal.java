package nl.vhkgateway.application.intake.messages;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.vhkgateway.application.sender.SenderRefusalReason;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.participant.Participant;
import nl.vhkgateway.domain.planning.MeetingPlanner;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.Finding;
import nl.vhkgateway.domain.screening.Masker;
import nl.vhkgateway.domain.screening.ScreeningReport;

/**
 * The refusal for a vaste deelnemer, in plain Dutch: every finding with where it is
 * ({@link nl.vhkgateway.domain.card.Location#describeInDutch()}) and a masked excerpt, every missing section, every
 * problem with the file, mail or sender, and how to fix each. Never the data itself: excerpts of personal data are
 * masked again here ({@link Masker} is idempotent on masked text), excerpts of other findings are left out, and
 * nothing from the mail's body is quoted; the mail is named by its subject, attachment names and send time
 * ({@link AnsweredMail}: masked where personal data was found or nothing was screened). Send it to the participant's registered address with
 * {@code Auto-Submitted: auto-replied}. Immutable.
 *
 * @param participant   the vaste deelnemer
 * @param receivedAt    when the gateway received the message
 * @param senderReasons why the message itself was refused (sender checks); may be empty
 * @param screening     the screening report of a refused card; empty when the sender checks refused already
 * @param reference     a reference the beheerder can look up (the intake id), if any
 * @param answered      the mail it answers (subject, file names, send time), named at the top
 */
public record Refusal(Participant participant, Instant receivedAt, List<SenderRefusalReason> senderReasons,
                      Optional<ScreeningReport> screening, Optional<String> reference,
                      Optional<AnsweredMail> answered) {

    /** Locations listed per category before the rest is summarised. */
    static final int MAX_PLACES_PER_CATEGORY = 20;

    public Refusal {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(receivedAt, "receivedAt");
        senderReasons = List.copyOf(senderReasons);
        Objects.requireNonNull(screening, "screening");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(answered, "answered");
        boolean screeningProblems = screening.filter(r -> !r.findings().isEmpty() || !r.missing().isEmpty())
                .isPresent();
        if (senderReasons.isEmpty() && !screeningProblems) {
            throw new IllegalArgumentException("a refusal needs a reason");
        }
    }

    /** A refusal that does not name the mail it answers. */
    public Refusal(Participant participant, Instant receivedAt, List<SenderRefusalReason> senderReasons,
                   Optional<ScreeningReport> screening, Optional<String> reference) {
        this(participant, receivedAt, senderReasons, screening, reference, Optional.empty());
    }

    /** A card refused by screening. */
    public static Refusal ofScreening(Participant participant, Instant receivedAt, ScreeningReport report,
                                      Optional<String> reference) {
        return new Refusal(participant, receivedAt, List.of(), Optional.of(report), reference);
    }

    /** A card refused by screening, naming the mail (subject and file names masked where data was found). */
    public static Refusal ofScreening(Participant participant, Instant receivedAt, ScreeningReport report,
                                      Optional<String> reference, AnsweredMail answered) {
        return new Refusal(participant, receivedAt, List.of(), Optional.of(report), reference,
                Optional.of(answered));
    }

    /** A message refused by the sender checks (before screening). */
    public static Refusal ofSender(Participant participant, Instant receivedAt, List<SenderRefusalReason> reasons,
                                   Optional<String> reference) {
        return new Refusal(participant, receivedAt, reasons, Optional.empty(), reference);
    }

    /** A message refused by the sender checks, naming the mail (subject and file names masked: not screened). */
    public static Refusal ofSender(Participant participant, Instant receivedAt, List<SenderRefusalReason> reasons,
                                   Optional<String> reference, AnsweredMail answered) {
        return new Refusal(participant, receivedAt, reasons, Optional.empty(), reference, Optional.of(answered));
    }

    public MailText toMail() {
        return toMail(Optional.empty());
    }

    /**
     * The refusal, with a link to the blank Veiligheidskaart of the web console (when the console's public address is
     * configured) for a card that was screened.
     */
    public MailText toMail(Optional<URI> blankCard) {
        TextLayout text = new TextLayout()
                .line("Beste " + participant.name() + ",")
                .blank()
                .paragraph("Uw e-mail van " + DutchDates.dateTime(receivedAt, MeetingPlanner.TEAM_ZONE)
                        + " is NIET doorgestuurd naar het VeiligheidsTeam. De kaart is niet bewaard. Hieronder leest u"
                        + " wat er aan de hand is en hoe u het oplost. Stuur daarna de verbeterde kaart opnieuw.")
                .blank();
        answered.ifPresent(mail -> {
            text.line("Het gaat om deze e-mail:");
            mail.describe(text);
            text.blank();
        });
        senderSection(text);
        List<Finding> findings = screening.map(ScreeningReport::findings).orElse(List.of());
        personalDataSection(text, findings.stream().filter(f -> f.category().kind() == Category.Kind.PERSONAL_DATA)
                .toList());
        missingSection(text, screening.map(ScreeningReport::missing).orElse(List.of()));
        fileSection(text, findings.stream().filter(f -> f.category().kind() != Category.Kind.PERSONAL_DATA).toList());
        if (screening.isPresent()) {
            blankCard.ifPresent(link -> text.paragraph("Een lege Veiligheidskaart met alle onderdelen en een toelichting"
                    + " per veld downloadt u hier: " + link).blank());
        }
        text.paragraph("Twijfelt u, of hebt u hulp nodig? Bespreek de kaart met de vaste deelnemer van uw organisatie of neem"
                + " contact op met de beheerder.");
        reference.ifPresent(r -> text.blank().field("Referentie voor de beheerder", r));
        text.blank().line("-- ")
                .line("Automatisch bericht van de gateway van het VeiligheidsTeam West-Brabant West.");
        return MailText.of("Niet doorgestuurd: uw Veiligheidskaart moet worden aangepast", text);
    }

    private void senderSection(TextLayout text) {
        if (senderReasons.isEmpty()) {
            return;
        }
        text.heading("Uw e-mail kon niet worden aangenomen", '-');
        for (SenderRefusalReason reason : senderReasons) {
            text.paragraph("    ", "  - ", reason.dutchExplanation());
            text.paragraph("      ", "    Wat u kunt doen: ", reason.dutchAdvice());
        }
        text.blank();
    }

    private static void personalDataSection(TextLayout text, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        text.heading("Persoonsgegevens gevonden (" + findings.size() + ")", '-')
                .paragraph("Bij een inbreng mag niets in de kaart of de e-mail staan waaraan iemand het gezin kan"
                        + " herkennen. Alleen een voorletter met geboortejaar mag, bijvoorbeeld 'J. (2011)'. Hieronder"
                        + " staat wat er gevonden is en waar; de gevonden tekst is onleesbaar gemaakt (bijvoorbeeld"
                        + " 'S**** J*****').")
                .blank();
        Map<Category, List<Finding>> byCategory = new LinkedHashMap<>();
        findings.forEach(f -> byCategory.computeIfAbsent(f.category(), c -> new ArrayList<>()).add(f));
        for (Map.Entry<Category, List<Finding>> entry : byCategory.entrySet()) {
            List<Finding> list = entry.getValue();
            text.paragraph("  ", "* ", capitalise(entry.getKey().dutchDescription()) + " (" + list.size() + "x)");
            text.paragraph("    ", "    Oplossen: ", FixAdvice.forCategory(entry.getKey()));
            for (Finding finding : list.subList(0, Math.min(list.size(), MAX_PLACES_PER_CATEGORY))) {
                text.paragraph("        ", "    - ", "\"" + Masker.mask(finding.maskedExcerpt()) + "\" "
                        + finding.location().describeInDutch());
            }
            if (list.size() > MAX_PLACES_PER_CATEGORY) {
                text.paragraph("        ", "    - ", "en nog " + (list.size() - MAX_PLACES_PER_CATEGORY) + " andere plekken");
            }
            text.blank();
        }
        Set<String> placeAdvice = new LinkedHashSet<>();
        findings.stream().map(f -> f.location().documentPart()).distinct().map(FixAdvice::forPlace)
                .flatMap(Optional::stream).forEach(placeAdvice::add);
        if (!placeAdvice.isEmpty()) {
            text.line("Sommige gegevens staan op plekken die u in Word niet meteen ziet:");
            text.bullets(List.copyOf(placeAdvice));
            text.blank();
        }
    }

    private static void missingSection(TextLayout text, List<Section> missing) {
        if (missing.isEmpty()) {
            return;
        }
        text.heading("Ontbrekende of lege onderdelen (" + missing.size() + ")", '-');
        for (Section section : missing) {
            text.paragraph("    ", "  - ", "'" + section.label() + "' (" + section.part().label() + "): "
                    + FixAdvice.forMissingSection(section));
        }
        text.blank();
    }

    private static void fileSection(TextLayout text, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        text.heading("Problemen met het bestand of de e-mail", '-');
        Set<Category> seen = new LinkedHashSet<>();
        for (Finding finding : findings) {
            if (!seen.add(finding.category())) {
                continue;
            }
            DocumentPart place = finding.location().documentPart();
            String where = place == DocumentPart.DOCUMENT ? "" : " (" + finding.location().describeInDutch() + ")";
            text.paragraph("    ", "  - ", capitalise(finding.category().dutchDescription()) + where + ". "
                    + FixAdvice.forCategory(finding.category()));
        }
        text.blank();
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
