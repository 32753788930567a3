package nl.vhkgateway.application.intake.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import net.datafaker.Faker;
import nl.vhkgateway.application.sender.SenderRefusalReason;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.card.Location;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.Finding;
import nl.vhkgateway.domain.screening.Masker;
import nl.vhkgateway.domain.screening.ScreeningReport;
import nl.vhkgateway.domain.screening.Verdict;
import org.junit.jupiter.api.Test;

class RefusalTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-23T09:15:00Z");

    private static Finding personal(Category category, String raw, Location location) {
        return new Finding(category, location, Masker.mask(raw), "test");
    }

    private static ScreeningReport rejected(List<Finding> findings, List<Section> missing) {
        return new ScreeningReport(findings.stream().anyMatch(f -> f.category().kind() == Category.Kind.DOCUMENT)
                ? Verdict.INVALID : Verdict.REJECT, findings, missing, List.of(), Optional.empty(), Optional.empty());
    }

    private static String refusal(ScreeningReport report) {
        return Refusal.ofScreening(MessageFixtures.roosendaal(), RECEIVED, report, Optional.of("intake 1234")).toMail()
                .text().replaceAll("[ \\n]+", " ");
    }

    @Test
    void namesEveryFindingWithItsPlaceAMaskedExcerptAndAFix() {
        String text = refusal(rejected(List.of(
                personal(Category.PERSON_NAME, "Sanne Jansen",
                        Location.inSection(DocumentPart.COMMENT, Section.ONVEILIGHEID, "opmerking 2")),
                personal(Category.PHONE, "06-12345678", Location.of(DocumentPart.HEADER, "")),
                personal(Category.PERSON_NAME, "Pietersen", Location.of(DocumentPart.DOCUMENT_PROPERTIES, "titel")),
                personal(Category.ADDRESS, "Molenstraat 12", Location.of(DocumentPart.MAIL_SUBJECT, "")),
                personal(Category.BSN, "111222333", Location.inSection(DocumentPart.TRACKED_DELETION,
                        Section.GEZINSSAMENSTELLING, "alinea 3"))),
                List.of(Section.VRAAG_AAN_VHT, Section.STEM_JEUGDIGE)));
        for (String expected : new String[] {
                "Uw e-mail van maandag 23 november 2026 om 10:15 is NIET doorgestuurd",
                "De kaart is niet bewaard",
                "Persoonsgegevens gevonden (5)",
                "* Naam van een persoon (2x)",
                "\"S**** J*****\" in een opmerking, bij 'Wat is er nu onveilig' (opmerking 2)",
                "\"" + Masker.mask("06-12345678") + "\" in de kopregel",
                "\"P********\" in de documenteigenschappen (titel)",
                "\"M********** 1*\" in de onderwerpregel",
                "* Burgerservicenummer (BSN) (1x)",
                "in een bijgehouden wijziging (verwijderde tekst), bij 'Gezinssamenstelling' (alinea 3)",
                "Oplossen: Vervang de naam door een rol",
                "Alle wijzigingen accepteren",
                "Verwijder de opmerking",
                "Document controleren",
                "onderwerpregel, bijvoorbeeld",
                "Ontbrekende of lege onderdelen (2)",
                "'Vraag aan het VeiligheidsTeam' (Voorblad): Schrijf een concrete vraag",
                "'Stem van de jeugdige' (Veiligheidskaart): Bij een jeugdige van 12 jaar of ouder",
                "Referentie voor de beheerder: intake 1234"}) {
            assertTrue(text.replaceAll("\\s+", " ").contains(expected.replaceAll("\\s+", " ")),
                    () -> "missing '" + expected + "' in\n" + text);
        }
        for (String raw : new String[] {"Sanne", "Jansen", "12345678", "Pietersen", "Molenstraat", "111222333"}) {
            assertFalse(text.contains(raw), raw);
        }
    }

    @Test
    void fileProblemsGetAdviceButNeverTheirExcerpt() {
        String text = refusal(rejected(List.of(
                new Finding(Category.NOT_DOCX, Location.of(DocumentPart.ATTACHMENT_NAME, ""), "kaart Sanne Jansen.pdf",
                        "inspector"),
                new Finding(Category.MACRO, Location.of(DocumentPart.DOCUMENT, ""), "vbaProject.bin", "inspector")),
                List.of()));
        assertTrue(text.contains("Stuur de kaart als Word-document (.docx)"), text);
        assertTrue(text.contains("Document met macro's."), text);
        assertTrue(text.contains("Problemen met het bestand of de e-mail"));
        assertFalse(text.contains("Sanne"));
        assertFalse(text.contains("vbaProject"));
    }

    @Test
    void anExcerptThatSlippedThroughUnmaskedIsMaskedAnyway() {
        String text = refusal(rejected(List.of(new Finding(Category.PERSON_NAME,
                Location.of(DocumentPart.BODY, "alinea 1"), "Sanne Jansen", "buggy detector")), List.of()));
        assertFalse(text.contains("Sanne"));
        assertFalse(text.contains("Jansen"));
        assertTrue(text.contains("\"S**** J*****\""));
    }

    @Test
    void senderRefusalsExplainWhatToDo() {
        MailText mail = Refusal.ofSender(MessageFixtures.roosendaal(), RECEIVED,
                List.of(SenderRefusalReason.SIGNATURE_MISSING, SenderRefusalReason.DMARC_FAILED), Optional.empty())
                .toMail();
        assertEquals("Niet doorgestuurd: uw Veiligheidskaart moet worden aangepast", mail.subject());
        String text = mail.text().replaceAll("\\s+", " ");
        assertTrue(text.contains("niet digitaal ondertekend"), text);
        assertTrue(text.contains("Wat u kunt doen: Stuur de kaart opnieuw en zet in uw mailprogramma"), text);
        assertTrue(text.contains("DMARC"));
        assertFalse(text.contains("Persoonsgegevens gevonden"));
    }

    @Test
    void aScreenedCardsRefusalLinksTheBlankCardWhenTheConsoleAddressIsKnown() {
        ScreeningReport report = rejected(List.of(), List.of(Section.VRAAG_AAN_VHT));
        URI blank = URI.create("https://vht.example.nl/console/lege-kaart.docx");
        MailText linked = Refusal.ofScreening(MessageFixtures.roosendaal(), RECEIVED, report, Optional.empty())
                .toMail(Optional.of(blank));
        assertTrue(linked.text().contains("Een lege Veiligheidskaart met alle onderdelen en een toelichting per veld"
                + " downloadt u hier: " + blank), linked.text());
        assertFalse(refusal(report).contains("lege-kaart.docx"), "no address configured: no link");
        MailText sender = Refusal.ofSender(MessageFixtures.roosendaal(), RECEIVED,
                List.of(SenderRefusalReason.SIGNATURE_MISSING), Optional.empty()).toMail(Optional.of(blank));
        assertFalse(sender.text().contains("lege-kaart.docx"), "a refused sender's card was never read: no template");
    }

    @Test
    void aRefusalNeedsAReason() {
        assertThrows(IllegalArgumentException.class, () -> Refusal.ofSender(MessageFixtures.roosendaal(), RECEIVED,
                List.of(), Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> Refusal.ofScreening(MessageFixtures.roosendaal(), RECEIVED,
                rejected(List.of(), List.of()), Optional.empty()));
    }

    @Test
    void manyFindingsPerCategoryAreSummarised() {
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            many.add(personal(Category.PHONE, "0612345" + (100 + i), Location.of(DocumentPart.BODY, "alinea " + i)));
        }
        String text = refusal(rejected(many, List.of()));
        assertTrue(text.contains("* Telefoonnummer (25x)"));
        assertTrue(text.contains("en nog 5 andere plekken"), text);
    }

    /** Random Dutch personal data in random places: no word of it survives into the refusal. */
    @Test
    void noGeneratedPersonalDataEverAppearsInARefusal() {
        Faker faker = new Faker(Locale.forLanguageTag("nl"), new Random(4242));
        List<Supplier<String>> generators = List.of(
                () -> faker.name().fullName(), () -> faker.name().firstName(), () -> faker.name().lastName(),
                () -> faker.address().streetAddress(), () -> faker.address().zipCode(),
                () -> faker.phoneNumber().cellPhone(), () -> faker.phoneNumber().phoneNumber(),
                () -> faker.internet().emailAddress());
        Category[] categories = {Category.PERSON_NAME, Category.PERSON_NAME, Category.PERSON_NAME, Category.ADDRESS,
                Category.POSTCODE, Category.PHONE, Category.PHONE, Category.EMAIL};
        DocumentPart[] places = DocumentPart.values();
        Section[] sections = Section.values();
        Random random = new Random(7);
        String baseline = refusal(rejected(List.of(personal(Category.PERSON_NAME, "X", Location.of(DocumentPart.BODY,
                ""))), List.of()));
        for (int round = 0; round < 50; round++) {
            List<Finding> findings = new ArrayList<>();
            List<String> raws = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int kind = random.nextInt(generators.size());
                String raw = generators.get(kind).get();
                raws.add(raw);
                Location location = random.nextBoolean()
                        ? Location.inSection(places[random.nextInt(places.length)],
                        sections[random.nextInt(sections.length)], "alinea " + random.nextInt(30))
                        : Location.of(places[random.nextInt(places.length)], "");
                findings.add(personal(categories[kind], raw, location));
            }
            String text = refusal(rejected(findings, List.of()));
            for (String raw : raws) {
                assertFalse(text.contains(raw), raw);
                Arrays.stream(raw.split("[^\\p{L}\\p{N}]+"))
                        .filter(word -> word.length() >= 4 && !baseline.toLowerCase(Locale.ROOT)
                                .contains(word.toLowerCase(Locale.ROOT)))
                        .forEach(word -> assertFalse(text.contains(word), () -> "'" + word + "' of '" + raw
                                + "' leaked"));
            }
            assertNotEquals(baseline, text);
        }
    }
}
