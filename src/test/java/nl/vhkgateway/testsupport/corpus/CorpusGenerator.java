package nl.vhkgateway.testsupport.corpus;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import nl.vhkgateway.domain.card.CardPart;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.Verdict;
import nl.vhkgateway.testsupport.corpus.PersonalData.Plant;
import nl.vhkgateway.testsupport.docx.WordDocxBuilder;
import nl.vhkgateway.testsupport.docx.WordDocxBuilder.Layout;
import nl.vhkgateway.testsupport.docx.WordDocxBuilder.LabelNumbering;
import nl.vhkgateway.testsupport.docx.WordDocxBuilder.Property;

/**
 * Generates a synthetic corpus of Veiligheidskaarten and mails, on top of {@link WordDocxBuilder}:
 * <ul>
 *   <li>{@link #cleanCard(int)}: clean, complete cards in varied layouts (tables, stacked tables, three columns,
 *   headings, bold lines; numbered labels; synonyms; content controls; Dutch style ids), full of allowed
 *   look-alikes ({@link CardTexts}), with harmless comments, tracked changes, headers and properties;</li>
 *   <li>{@link #dirtyCards()}: every personal-data category ({@link PersonalData}) in every place it can hide
 *   ({@link Hiding}), each planted once in an otherwise clean card or mail;</li>
 *   <li>{@link #incompleteCards()}: every required section missing once, and the part-level gaps;</li>
 *   <li>{@link HostileFiles}: files that are not safe Word documents;</li>
 *   <li>{@link #mails()}: clean and malformed mails (no card, two cards, a PDF, forwarded, signed).</li>
 * </ul>
 * Deterministic for a seed. Not thread-safe.
 */
public final class CorpusGenerator {

    /** The card year of the corpus. */
    public static final int CARD_YEAR = 2026;

    private final long seed;

    public CorpusGenerator(long seed) {
        this.seed = seed;
    }

    // ------------------------------------------------------------------------------------------------ clean cards

    /** How a card is laid out. */
    public record Style(Layout layout, LabelNumbering numbering, boolean colon, boolean dutchStyles,
                        boolean contentControls, boolean synonyms, boolean personalPart, boolean otherParts,
                        boolean decorations) {

        static Style random(Random random) {
            Layout layout = Layout.values()[random.nextInt(Layout.values().length)];
            return new Style(layout, LabelNumbering.values()[random.nextInt(LabelNumbering.values().length)],
                    random.nextBoolean(), random.nextBoolean(), random.nextInt(4) == 0, random.nextBoolean(),
                    random.nextBoolean(), random.nextInt(3) == 0, random.nextBoolean());
        }

        Style withLayout(Layout newLayout) {
            return new Style(newLayout, numbering, colon, dutchStyles, false, synonyms, personalPart, otherParts,
                    decorations);
        }
    }

    /** Clean, complete card number {@code index}. */
    public CorpusItem cleanCard(int index) {
        Random random = new Random(seed * 31 + index);
        CardTexts texts = new CardTexts(random.nextLong(), CARD_YEAR);
        Map<Section, String> values = texts.completeCard();
        Style style = Style.random(random);
        byte[] docx = writeCard(values, style, texts, random, Optional.empty());
        return new CorpusItem("clean/" + index + "/" + style.layout(), "kaart-" + index + ".docx", docx,
                Verdict.ACCEPT, Set.of(), Optional.empty(), Optional.empty(), List.of());
    }

    /** The values of clean card {@code index}, for tests that need to know them. */
    public Map<Section, String> cleanValues(int index) {
        Random random = new Random(seed * 31 + index);
        return new CardTexts(random.nextLong(), CARD_YEAR).completeCard();
    }

    // ------------------------------------------------------------------------------------------------ dirty cards

    /** Every personal-data category in every hiding place, once each. */
    public List<CorpusItem> dirtyCards() {
        List<CorpusItem> items = new ArrayList<>();
        PersonalData data = new PersonalData(seed);
        int n = 0;
        for (Category category : PersonalData.categories()) {
            for (Hiding hiding : Hiding.values()) {
                Plant plant = data.plant(category);
                items.add(dirty(category, hiding, plant, n++));
            }
        }
        return items;
    }

    /** One dirty item: the plant hidden at that place in an otherwise clean card (or the mail around it). */
    public CorpusItem dirty(Category category, Hiding hiding, Plant plant, int n) {
        Random random = new Random(seed * 131 + n);
        CardTexts texts = new CardTexts(random.nextLong(), CARD_YEAR);
        Map<Section, String> values = texts.completeCard();
        Style style = Style.random(random);
        if (hiding == Hiding.BODY) {
            style = style.withLayout(random.nextBoolean() ? Layout.HEADINGS : Layout.BOLD_LINES);
        } else if (hiding == Hiding.TABLE) {
            style = style.withLayout(List.of(Layout.TABLE, Layout.TABLE_STACKED, Layout.TABLE_THREE_COLUMNS)
                    .get(random.nextInt(3)));
        }
        Set<Category> expected = acceptable(category, hiding);
        String id = "dirty/" + category + "/" + hiding;
        List<String> secrets = List.of(plant.secret());
        if (hiding.inMail()) {
            byte[] card = writeCard(values, style, texts, random, Optional.empty());
            byte[] mail = MailWriter.withPlant(card, values, hiding, plant, random);
            return new CorpusItem(id, "mail-" + n + ".eml", mail, Verdict.REJECT, expected, Optional.of(hiding),
                    Optional.empty(), secrets);
        }
        byte[] docx = writeCard(values, style, texts, random, Optional.of(new Injection(hiding, plant)));
        return new CorpusItem(id, "kaart-" + n + ".docx", docx, Verdict.REJECT, expected, Optional.of(hiding),
                Optional.empty(), secrets);
    }

    /**
     * Categories a screener may rightly report for a plant. A link target is a URL whatever it holds; an 8-digit
     * client number that passes the 11-check is a BSN as well; a profile link names a person.
     */
    static Set<Category> acceptable(Category category, Hiding hiding) {
        Set<Category> set = EnumSet.of(category);
        if (hiding == Hiding.HYPERLINK_TARGET || hiding == Hiding.FIELD_INSTRUCTION) {
            set.add(Category.URL);
        }
        if (category == Category.CLIENT_NUMBER) {
            set.add(Category.BSN);
            set.add(Category.ID_NUMBER);
        }
        if (category == Category.ID_NUMBER) {
            set.add(Category.CLIENT_NUMBER);
        }
        if (category == Category.URL) {
            set.add(Category.PERSON_NAME);
        }
        if (category == Category.POSTCODE) {
            set.add(Category.ADDRESS);
        }
        return set;
    }

    // ------------------------------------------------------------------------------------------------ incomplete

    /** Every required section missing once, placeholders, and the part-level gaps; each names what is missing. */
    public List<CorpusItem> incompleteCards() {
        List<CorpusItem> items = new ArrayList<>();
        int n = 0;
        for (Section section : Section.values()) {
            if (section.requirement() != Section.Requirement.REQUIRED) {
                continue;
            }
            items.add(incomplete("zonder " + section.label(), n++, values -> values.remove(section),
                    section.label()));
            items.add(incomplete("leeg " + section.label(), n++, values -> values.put(section,
                    List.of("n.v.t.", "-", "...", "", "Niet invullen bij inbreng").get(Math.floorMod(section.ordinal(),
                            5))), section.label()));
        }
        items.add(incomplete("soort zonder keuze", n++, values -> values.put(Section.SOORT_INBRENG,
                "Eerste inbreng / Vervolgbespreking / Monitoring / Overdracht"), "Soort inbreng"));
        items.add(incomplete("jeugdige zonder geboortejaar", n++, values -> values.put(Section.JEUGDIGE,
                "de oudste dochter"), Section.JEUGDIGE.label()));
        items.add(incomplete("instemming nee zonder reden", n++, values -> values.put(Section.INSTEMMING, "Nee"),
                "Instemming betrokkenen: reden"));
        items.add(incomplete("instemming nee zonder onderbouwing", n++, values -> values.put(Section.INSTEMMING,
                "Nee, ouders willen niet dat de kaart besproken wordt omdat ze bang zijn voor een uithuisplaatsing."),
                "Instemming betrokkenen: onderbouwing inbrenger"));
        items.add(incomplete("jeugdige 14 zonder stem", n++, values -> {
            values.put(Section.JEUGDIGE, "K. (" + (CARD_YEAR - 14) + ")");
            values.remove(Section.STEM_JEUGDIGE);
        }, Section.STEM_JEUGDIGE.label()));
        items.add(incomplete("jeugdige 12 met stem n.v.t.", n++, values -> {
            values.put(Section.JEUGDIGE, "M. (" + (CARD_YEAR - 12) + "), L. (" + (CARD_YEAR - 6) + ")");
            values.put(Section.STEM_JEUGDIGE, "n.v.t.");
        }, Section.STEM_JEUGDIGE.label()));
        return items;
    }

    private CorpusItem incomplete(String what, int n, java.util.function.Consumer<Map<Section, String>> change,
                                  String missingLabel) {
        Random random = new Random(seed * 71 + n);
        CardTexts texts = new CardTexts(random.nextLong(), CARD_YEAR);
        Map<Section, String> values = new LinkedHashMap<>(texts.completeCard());
        change.accept(values);
        Style style = Style.random(random);
        byte[] docx = writeCard(values, style, texts, random, Optional.empty());
        return new CorpusItem("incomplete/" + what, "onvolledig-" + n + ".docx", docx, Verdict.REJECT, Set.of(),
                Optional.empty(), Optional.of(missingLabel), List.of());
    }

    // ------------------------------------------------------------------------------------------------ mails

    /** Mails that are not one clean card: each with the verdict and mail category it must give. */
    public List<CorpusItem> mails() {
        List<CorpusItem> items = new ArrayList<>();
        Random random = new Random(seed * 97);
        CorpusItem first = cleanCard(9001);
        CorpusItem second = cleanCard(9002);
        Map<Section, String> values = cleanValues(9001);
        items.add(new CorpusItem("mail/clean", "schoon.eml", MailWriter.clean(first.content(), values, random,
                MailWriter.Shape.PLAIN), Verdict.ACCEPT, Set.of(), Optional.empty(), Optional.empty(), List.of()));
        items.add(new CorpusItem("mail/clean-html-with-logo", "logo.eml", MailWriter.clean(first.content(), values,
                random, MailWriter.Shape.HTML_WITH_LOGO), Verdict.ACCEPT, Set.of(), Optional.empty(), Optional.empty(),
                List.of()));
        items.add(new CorpusItem("mail/clean-signed", "ondertekend.eml", MailWriter.clean(first.content(), values,
                random, MailWriter.Shape.SMIME_SIGNED), Verdict.ACCEPT, Set.of(), Optional.empty(), Optional.empty(),
                List.of()));
        items.add(new CorpusItem("mail/clean-forwarded", "doorgestuurd.eml", MailWriter.clean(first.content(), values,
                random, MailWriter.Shape.FORWARDED), Verdict.ACCEPT, Set.of(), Optional.empty(), Optional.empty(),
                List.of()));
        items.add(new CorpusItem("mail/no-card", "geen-kaart.eml", MailWriter.withAttachments(List.of(), random),
                Verdict.INVALID, Set.of(Category.NO_CARD), Optional.empty(), Optional.empty(), List.of()));
        items.add(new CorpusItem("mail/two-cards", "twee-kaarten.eml", MailWriter.withAttachments(List.of(
                new MailWriter.Attachment("kaart1.docx", first.content()), new MailWriter.Attachment("kaart2.docx",
                        second.content())), random), Verdict.INVALID, Set.of(Category.MULTIPLE_CARDS),
                Optional.empty(), Optional.empty(), List.of()));
        items.add(new CorpusItem("mail/same-card-twice", "zelfde-kaart.eml", MailWriter.withAttachments(List.of(
                new MailWriter.Attachment("kaart.docx", first.content()), new MailWriter.Attachment("kaart (1).docx",
                        first.content())), random), Verdict.ACCEPT, Set.of(), Optional.empty(), Optional.empty(),
                List.of()));
        items.add(new CorpusItem("mail/pdf", "pdf.eml", MailWriter.withAttachments(List.of(
                new MailWriter.Attachment("Veiligheidskaart.pdf", HostileFiles.pdf())), random), Verdict.INVALID,
                Set.of(Category.NOT_DOCX), Optional.empty(), Optional.empty(), List.of()));
        items.add(new CorpusItem("mail/doc", "doc.eml", MailWriter.withAttachments(List.of(
                new MailWriter.Attachment("Veiligheidskaart.doc", HostileFiles.word97())), random), Verdict.INVALID,
                Set.of(Category.NOT_DOCX), Optional.empty(), Optional.empty(), List.of()));
        items.add(new CorpusItem("mail/garbage", "kapot.eml", "Dit is geen e-mail\u0000\u0001".getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1), Verdict.INVALID, Set.of(), Optional.empty(),
                Optional.empty(), List.of()));
        return items;
    }

    // ------------------------------------------------------------------------------------------------ writing

    /** Where and what to hide in a card. */
    record Injection(Hiding hiding, Plant plant) {
    }

    private static final List<String> THREE_COLUMN_NOTES = List.of("", "Vermeld wie en wanneer.", "Kort en feitelijk.",
            "", "Alleen voorletter en geboortejaar.", "");

    byte[] writeCard(Map<Section, String> values, Style style, CardTexts texts, Random random,
                     Optional<Injection> injection) {
        WordDocxBuilder card = WordDocxBuilder.card().seed(random.nextLong()).layout(style.layout())
                .labelNumbering(style.numbering()).labelColon(style.colon()).dutchStyleIds(style.dutchStyles())
                .valuesInContentControls(style.contentControls());
        String professional = texts.professional();
        card.property(Property.CREATOR, professional).property(Property.LAST_MODIFIED_BY, texts.professional());
        if (style.decorations()) {
            card.title("Veiligheidskaart VeiligheidsTeam West-Brabant West");
            card.header("Vertrouwelijk - VeiligheidsTeam West-Brabant West").footer("Versie " + (1 + random.nextInt(4))
                    + " - " + CardTexts.MUNICIPALITIES.get(random.nextInt(CardTexts.MUNICIPALITIES.size())));
            card.property(Property.TITLE, "Veiligheidskaart").property(Property.COMPANY, "Gemeente Roosendaal");
        }
        Section host = injection.isPresent() ? hostSection(values, random) : null;
        CardPart currentPart = null;
        Map<Section, String> all = new LinkedHashMap<>(values);
        if (style.otherParts()) {
            all.put(Section.ADVIES, "");
            all.put(Section.BORGINGSAFSPRAKEN, "");
        }
        if (style.personalPart()) {
            for (Section section : Section.values()) {
                if (section.requirement() == Section.Requirement.EMPTY_AT_INTAKE) {
                    all.put(section, texts.emptyPersonalField());
                }
            }
        }
        List<Section> ordered = new ArrayList<>(all.keySet());
        ordered.sort((a, b) -> Integer.compare(a.ordinal(), b.ordinal()));
        boolean harmlessExtrasDone = false;
        for (Section section : ordered) {
            if (section.part() != currentPart) {
                currentPart = section.part();
                card.part(currentPart);
            }
            String label = style.synonyms() ? section.labels().get(random.nextInt(section.labels().size()))
                    : section.label();
            String value = all.get(section);
            if (section == host && (injection.get().hiding() == Hiding.BODY
                    || injection.get().hiding() == Hiding.TABLE)) {
                value = value + (random.nextBoolean() ? " " : "\n") + injection.get().plant().sentence();
            }
            String note = style.layout() == Layout.TABLE_THREE_COLUMNS
                    ? THREE_COLUMN_NOTES.get(random.nextInt(THREE_COLUMN_NOTES.size())) : "";
            card.section(label, value, note);
            if (section == host) {
                inject(card, injection.get(), random, professional);
            } else if (!harmlessExtrasDone && (section == Section.ONVEILIGHEID || section == Section.KRACHTEN)
                    && value.length() > 20 && random.nextInt(2) == 0) {
                harmlessExtras(card, random, professional);
                harmlessExtrasDone = true;
            }
        }
        if (injection.isPresent()) {
            injectDocumentWide(card, injection.get());
        }
        return card.build();
    }

    /** A free-text section of the Veiligheidskaart part to hide things in. */
    private static Section hostSection(Map<Section, String> values, Random random) {
        List<Section> hosts = List.of(Section.ONVEILIGHEID, Section.KRACHTEN, Section.RISICOFACTOREN,
                Section.STEM_OUDERS, Section.VISIE_INBRENGER, Section.GEZINSSAMENSTELLING);
        return hosts.get(random.nextInt(hosts.size()));
    }

    /** Comments, tracked changes and a link that hold nothing personal, as real cards have. */
    private static void harmlessExtras(WordDocxBuilder card, Random random, String professional) {
        switch (random.nextInt(5)) {
            case 0 -> card.comment(professional, initials(professional), "Graag nog aanvullen met de score van vader.");
            case 1 -> card.deletion(professional, " Dit is eerder besproken.");
            case 2 -> card.insertion(professional, " Inmiddels is er een wachtlijst bij de GGZ.");
            case 3 -> card.hyperlink("https://www.veiligthuis.nl", "Veilig Thuis");
            default -> card.footnote("Zie ook het veiligheidsplan van " + (CARD_YEAR - 1) + ".");
        }
    }

    private static void inject(WordDocxBuilder card, Injection injection, Random random, String professional) {
        Plant plant = injection.plant();
        String sentence = plant.sentence();
        switch (injection.hiding()) {
            case FOOTNOTE -> card.footnote(sentence);
            case ENDNOTE -> card.endnote(sentence);
            case COMMENT -> card.comment(professional, initials(professional), sentence);
            case TRACKED_DELETION -> card.deletion(professional, " " + sentence);
            case TRACKED_INSERTION -> card.insertion(professional, " " + sentence);
            case HIDDEN_TEXT -> card.hidden(" " + sentence);
            case TEXT_BOX -> card.textBox(sentence);
            case CONTENT_CONTROL -> card.contentControl("toelichting", "Toelichting", " " + sentence);
            case FIELD_RESULT -> {
                if (random.nextBoolean()) {
                    card.simpleField(" MERGEFIELD Toelichting ", sentence);
                } else {
                    card.complexField(" MERGEFIELD Toelichting \\* MERGEFORMAT ", sentence);
                }
            }
            case FIELD_INSTRUCTION -> card.text(" Zie ").complexField(" HYPERLINK \"" + linkTarget(plant) + "\" ",
                    "deze pagina").text(".");
            case HYPERLINK_TARGET -> card.text(" Zie ").hyperlink(linkTarget(plant), "deze pagina").text(".");
            case ALT_TEXT -> card.image(sentence, "Foto");
            default -> {
                // placed in the text (BODY, TABLE) or document-wide
            }
        }
    }

    private static void injectDocumentWide(WordDocxBuilder card, Injection injection) {
        String sentence = injection.plant().sentence();
        switch (injection.hiding()) {
            case HEADER -> card.header(sentence);
            case FOOTER -> card.footer(sentence);
            case PROPERTY_TITLE -> card.property(Property.TITLE, "Veiligheidskaart " + shortForm(injection.plant()));
            case PROPERTY_SUBJECT -> card.property(Property.SUBJECT, sentence);
            case PROPERTY_KEYWORDS -> card.property(Property.KEYWORDS, "VHT; " + sentence);
            case PROPERTY_COMPANY -> card.property(Property.COMPANY, sentence);
            case PROPERTY_CUSTOM -> card.customProperty("Betreft", sentence);
            case GLOSSARY -> card.glossary("Toelichting", sentence);
            default -> {
                // placed at the host section
            }
        }
    }

    /**
     * The plant as it would stand in a title or file name: the data alone where it speaks for itself, with a word of
     * context where only context makes it personal (a date is a birth date only when it says so).
     */
    static String shortForm(Plant plant) {
        String secret = plant.secret();
        return switch (plant.category()) {
            case BIRTH_DATE -> "geb. " + secret;
            case CLIENT_NUMBER -> "dossiernummer " + secret;
            case ID_NUMBER -> "paspoort " + secret;
            case URL -> "profiel " + secret.replaceFirst("^https?://", "").replace('/', ' ').strip();
            default -> secret;
        };
    }

    /** A link whose target carries the plant, the way such links look. */
    static String linkTarget(Plant plant) {
        String secret = plant.secret();
        String plus = secret.replace(' ', '+');
        return switch (plant.category()) {
            case URL -> secret.startsWith("http") ? secret : "https://" + secret;
            case EMAIL -> "mailto:" + secret;
            case PHONE -> "tel:" + secret.replace(" ", "").replace("(", "").replace(")", "");
            case ADDRESS, POSTCODE -> "https://www.google.nl/maps/place/" + plus;
            case PERSON_NAME -> "https://www.facebook.com/search/top?q=" + plus;
            case BSN -> "https://mijn.roosendaal.nl/zaken?bsn=" + secret;
            case IBAN -> "https://betaalverzoek.rabobank.nl/?iban=" + secret.replace(" ", "");
            case BIRTH_DATE -> "https://www.example.nl/aanmelden?geboortedatum=" + plus;
            case ID_NUMBER -> "https://www.example.nl/controle?paspoort=" + secret;
            default -> "https://portaal.veiligthuis.nl/dossier/" + secret;
        };
    }

    static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split(" ")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString();
    }
}
