package nl.vhkgateway.domain.screening.detector;

import static nl.vhkgateway.domain.screening.detector.DetectorFixture.context;
import static nl.vhkgateway.domain.screening.detector.DetectorFixture.found;
import static nl.vhkgateway.domain.screening.detector.DetectorFixture.segment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.card.TextSegment;
import nl.vhkgateway.domain.screening.ScreeningContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameDetectorTest {

    private static final PersonNameDetector DETECTOR = new PersonNameDetector(WordLists.defaults());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // full names, first names alone, surnames with titles
        "Sanne is 14 jaar en woont bij moeder.|Sanne",
        "Het gesprek was met Sanne de Vries en haar moeder.|Sanne de Vries",
        "Gesprek gevoerd met mevrouw Jansen over de situatie.|Jansen",
        "Ook dhr. De Vries was aanwezig.|De Vries",
        "Daarna heeft de heer Bakker gebeld.|Bakker",
        "Mw. El Amrani geeft aan dat het beter gaat.|El Amrani",
        "Fam. Yilmaz is verhuisd.|Yilmaz",
        "De familie Kowalski spreekt weinig Nederlands.|Kowalski",
        "Meneer Visser werkt in ploegendienst.|Visser",
        // initial + surname
        "J. de Vries is de vader van de kinderen.|J. de Vries",
        "Vader, A.M. Haddou, was niet aanwezig.|A.M. Haddou",
        // possessives
        "Sanne's moeder werkt veel.|Sanne's",
        "Mohammeds fiets is gestolen.|Mohammeds",
        // kin and role words
        "Oom Kees komt vaak langs.|Kees",
        "Ook buurvrouw Ans maakt zich zorgen.|Ans",
        "De juf, juf Annemiek, belde de inbrenger.|Annemiek",
        "Haar stiefvader Ricardo drinkt veel.|Ricardo",
        "Broertje Daan slaapt slecht.|Daan",
        "Moeder heeft een nieuwe vriend, genaamd Zeynoria.|Zeynoria",
        "Het meisje heet Roos.|Roos",
        "Zij heeft een vriendin die Lieke heet.|Lieke",
        "Zusje Roos (2015) is bang voor vader.|Roos",
        "Ze gaat veel om met Fatima en Aisha.|Fatima",
        // names of many origins
        "Oleksandr en zijn zus zijn uit Kyiv gevlucht.|Oleksandr",
        "Volgens Mehmet Yilmaz gaat het goed.|Mehmet Yilmaz",
        "De oudste, Tesfay, spreekt Tigrinya.|Tesfay",
        "Moeder Hodan is alleenstaand.|Hodan",
        "Vader Rajesh werkt in Rotterdam.|Rajesh",
        "Haar vriend Jurmaine woont in Breda.|Jurmaine",
        "Tante Agnieszka past op.|Agnieszka",
        // hyphenated and double surnames
        "Volgens Marloes van den Berg-Bakker gaat het goed.|Marloes van den Berg-Bakker",
        "Fam. Yilmaz-Kaya is verhuisd.|Yilmaz-Kaya",
        // a name with its birth year instead of an initial
        "Sanne (2011) woont bij moeder.|Sanne",
        // names in lower case after context
        "haar vriendje heet mohammed en is 16.|mohammed",
        // capitalised unknown word mid-sentence
        "We spraken uitgebreid met Qadrani over de situatie.|Qadrani",
        // nickname
        "Hij wordt op straat ook wel genoemd Bolle, zijn bijnaam is Bolle.|Bolle",
    })
    void findsNames(String text, String name) {
        List<String> found = found(DETECTOR, text);
        assertTrue(found.contains("PERSON_NAME[" + name + "]"), () -> "expected " + name + " in " + found);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "J. (2011) woont bij moeder en broertje D. (2016).",
        "Moeder (1987) en vader (1985) zijn gescheiden.",
        "De jeugdige is 14 jaar en zit in groep 8.",
        "Veilig Thuis en Jeugdbescherming Brabant zijn betrokken, net als de William Schrikker Stichting.",
        "Het gezin woont in Roosendaal en verhuist naar Bergen op Zoom of Etten-Leur.",
        "Vader heeft een Marokkaanse achtergrond, moeder is Nederlandse.",
        "Er is gewerkt met Signs of Safety en de ARIJ; de LIRIK is afgenomen.",
        "Met Kerst en tijdens de Ramadan is het rustiger thuis.",
        "Zij houdt contact via WhatsApp, Snapchat en TikTok.",
        "Op maandag 12 oktober en in week 42 is er een huisbezoek geweest.",
        "Moeder, vader en de jeugdige scoren de veiligheid een 4/10.",
        "Roos en Hoop zijn bloemen en gevoelens; Hoop doet leven.",
        "Zorg voor Jeugd en het Centrum voor Jeugd en Gezin denken mee.",
        "De gedragswetenschapper van de GGZ adviseert EMDR.",
        "Volgens de Jeugdige is Moeder vaak boos op Vader.",
        "Bakker en slager zijn beroepen; de bakker is dicht.",
        "De school, basisschool De Regenboog, maakt zich zorgen.",
        "Het gezin komt uit Syrië en woont sinds 2022 in Steenbergen.",
        "Collectieve Opdracht Routeer Voorziening is een landelijk systeem.",
        "Gepseudonimiseerd.",
        "De inbrenger heeft In de Veiligheidskaart het advies verwerkt.",
    })
    void allowsOrdinaryText(String text) {
        assertEquals(List.of(), found(DETECTOR, text));
    }

    @Test
    void theStepsAfterTheTokenLoopAreNamedOnceEach() {
        List<String> names = DETECTOR.steps().stream().map(NameStep::name).toList();
        assertEquals(names.size(), new java.util.HashSet<>(names).size(), "a step name twice: " + names);
        assertTrue(DETECTOR.steps().stream().noneMatch(s -> s.example().isBlank()), "a step without an example");
        // the order is part of the design: names are found, then settled, then cleared, then found in capitals
        assertTrue(names.indexOf("PersonEvidence") < names.indexOf("exemptProfessionals"));
        assertTrue(names.indexOf("exemptProfessionals") < names.indexOf("PlacesBySurroundings"));
        assertTrue(names.indexOf("PlacesBySurroundings") < names.indexOf("CapitalsAfterRelative"));
    }

    @Test
    void theRulesOfTheTokenLoopAreNamedOnceEach() {
        List<String> names = DETECTOR.tokenSteps().stream().map(TokenStep::name).toList();
        assertEquals(names.size(), new java.util.HashSet<>(names).size(), "a token step name twice: " + names);
        assertTrue(DETECTOR.tokenSteps().stream().noneMatch(s -> s.example().isBlank()), "a step without an example");
        // the rules after coveredPhrase never look at a word of a listed place, organisation or phrase
        assertTrue(names.indexOf("describedAfter") < names.indexOf("coveredPhrase"));
        assertTrue(names.indexOf("coveredPhrase") < names.indexOf("listedName"));
    }

    @Test
    void aTraceNamesTheTokenLoopRuleThatDecided() {
        assertEquals(List.of("afterTitleOrKin: +Jansen", "afterTitleOrKin: +Kees", "nameBeforeYear: +Sanne"),
                DETECTOR.trace(segment("Mevrouw Jansen belde met oom Kees over Sanne (2011).")));
        assertEquals(List.of("afterTitleOrKin: +henk", "secondKinName: +riek"),
                DETECTOR.trace(segment("opa henk en oma riek komen")));
    }

    /**
     * Round 16 (r16-speed): {@code find} skips the clearing steps on a segment with no flag set (none now and none
     * before the organisation lists), which holds only while no clearing step sets a flag of its own. Over every
     * sentence of the development sets (read alone, with a trace that runs every step), a clearing step only ever
     * clears a flag, except SurnameInOrganisationList, which sets again one that was set before the lists.
     */
    @Test
    void theClearingStepsNeverSetAFlagOfTheirOwn() {
        java.util.Set<String> clearing = new java.util.HashSet<>(DETECTOR.clearingStepNames());
        clearing.remove("SurnameInOrganisationList");
        assertTrue(clearing.contains("PlacesBySurroundings"), "clearing steps: " + clearing);
        int sentences = 0;
        for (nl.vhkgateway.testsupport.screening.BlindSet set : nl.vhkgateway.testsupport.screening.BlindSet.ALL) {
            for (nl.vhkgateway.testsupport.screening.SentenceSet.Row row : set.sentences().rows()) {
                sentences++;
                for (String line : DETECTOR.trace(segment(row.sentence()))) {
                    String step = line.substring(0, line.indexOf(": "));
                    assertTrue(!(clearing.contains(step) && line.startsWith(step + ": +")),
                            () -> "a clearing step set a flag in " + set + " " + row.id() + ": " + step);
                }
            }
        }
        assertTrue(sentences > 10_000, "sentences read: " + sentences);
    }

    @Test
    void aTraceNamesTheStepThatDecided() {
        assertEquals(List.of("CapitalsAfterRelative: +KALTENBACH"),
                DETECTOR.trace(segment("De stiefvader (KALTENBACH) was er niet bij.")));
        assertTrue(DETECTOR.trace(segment("Het gezin woont in Amersfoort.")).isEmpty());
        assertEquals(List.of(), found(DETECTOR, "Het gezin woont in Amersfoort."));
    }

    @Test
    void professionalsNamesAreAllowedInTheirCoverFieldsAndElsewhere() {
        TextSegment inbrenger = segment("Petra Verhoeven, casemanager, gemeente Roosendaal", Section.INBRENGER);
        TextSegment body = segment("Petra Verhoeven heeft moeder op 12-10-2026 gesproken.", Section.GEINFORMEERD);
        ScreeningContext context = context(inbrenger, body);
        assertEquals(List.of(), DETECTOR.spans(inbrenger, context));
        assertEquals(List.of(), DETECTOR.spans(body, context));
    }

    @Test
    void aFamilyMemberInAProfessionalsFieldIsStillFlagged() {
        TextSegment inbrenger = segment("Petra Verhoeven, namens moeder Fatima", Section.INBRENGER);
        assertEquals(List.of("PERSON_NAME[Fatima]"), DetectorFixture.describe(inbrenger.text(),
                DETECTOR.spans(inbrenger, context(inbrenger))));
    }

    @Test
    void aProfessionalRoleInTheProfessionalsFieldIsNoFamily() {
        TextSegment expert = segment("orthopedagoog Marieke Smit (Juvent)", Section.GEDRAGSDESKUNDIGE);
        TextSegment body = segment("Volgens orthopedagoog Marieke Smit is er een risico.", Section.VISIE_INBRENGER);
        ScreeningContext context = context(expert, body);
        assertEquals(List.of(), DETECTOR.spans(expert, context));
        assertEquals(List.of(), DETECTOR.spans(body, context));
    }

    @Test
    void aProfessionalsNameAfterAKinWordIsFamily() {
        TextSegment inbrenger = segment("Petra Verhoeven, casemanager", Section.INBRENGER);
        TextSegment body = segment("Tante Petra vangt de kinderen op.", Section.KRACHTEN);
        assertEquals(1, DETECTOR.spans(body, context(inbrenger, body)).size());
    }

    @Test
    void aNameFoundWithContextCountsEverywhereOnTheCard() {
        TextSegment first = segment("Zusje Roos (2015) is bang.", Section.GEZINSSAMENSTELLING);
        // "Roos is vaak bang" would name a person by itself (a word without article as subject, round 4); "Roos is er
        // ..." does not
        TextSegment second = segment("Roos is er altijd bij als het thuis onrustig is.", Section.ONVEILIGHEID);
        assertEquals(List.of(), DETECTOR.spans(second, context(second)), "alone, a sentence-start Roos is a flower");
        assertEquals(1, DETECTOR.spans(second, context(first, second)).size());
    }

    @Test
    void inJeugdigeEveryCapitalisedNonWordIsAName() {
        assertEquals(List.of("PERSON_NAME[Storm]"), found(DETECTOR, "Storm (2014)", Section.JEUGDIGE));
        assertEquals(List.of(), found(DETECTOR, "J. (2011) en D. (2016)", Section.JEUGDIGE));
    }

    @Test
    void unknownWordsAtASentenceStartAreNamesUnlessATypo() {
        assertEquals(List.of("PERSON_NAME[Zeynoria]"), found(DETECTOR, "Zeynoria zegt dat ze bang is."));
        assertEquals(List.of(), found(DETECTOR, "Zorgne zijn er over de veiligheid."), "typo of 'zorgen'");
    }

    /**
     * Round 18 (r18-cover): a cover field read from a line or cell that holds its label too ("Vaste deelnemer: X (opa)",
     * "Inbrenger – ...", label + line break + value) is read from its value: the relative opens the value.
     */
    @Test
    void aRelativeAfterTheLabelInTheSameLineOfACoverFieldIsRefused() {
        assertEquals(List.of("PERSON_NAME[Harm Oosterveld]"),
                found(DETECTOR, "Vaste deelnemer: Harm Oosterveld (opa)", Section.VASTE_DEELNEMER));
        assertEquals(List.of("PERSON_NAME[Harm Oosterveld]"),
                found(DETECTOR, "Inbrenger – Harm Oosterveld (opa)", Section.INBRENGER));
        assertEquals(List.of("PERSON_NAME[Harm Oosterveld]"),
                found(DETECTOR, "Gedragsdeskundige geraadpleegd\nHarm Oosterveld, opa van T.", Section.GEDRAGSDESKUNDIGE));
        assertEquals(List.of(), found(DETECTOR, "Vaste deelnemer: Lotte Meulenbelt, WSS", Section.VASTE_DEELNEMER));
    }

    /**
     * Round 19 (r19-cover): a relation in its own cell after the name ("| Vaste deelnemer | Harm Oosterveld | opa |") is
     * read as the bracket after the value; a role or organisation in that cell keeps the professional.
     */
    @Test
    void aRelationInTheNextCellOfACoverRowRefusesTheName() {
        assertEquals(List.of("PERSON_NAME[Harm Oosterveld]"), coverRow("Harm Oosterveld", "opa"));
        assertEquals(List.of("PERSON_NAME[Grietje Oosterveld]"), coverRow("Grietje Oosterveld", "oma (mz)"));
        assertEquals(List.of("PERSON_NAME[Harm Oosterveld]"), coverRow("Harm Oosterveld", "oom van R."));
        assertEquals(List.of(), coverRow("Marloes de Lange", "procesregisseur"));
        assertEquals(List.of(), coverRow("Marloes de Lange", "Wijkteam Noord"));
        assertEquals(List.of(), coverRow("Marloes de Lange", "werkt met moeder en R."));
        assertEquals(List.of("PERSON_NAME[Harm Oosterveld]"), coverRow("Harm Oosterveld (opa)", "netwerk"));
    }

    private static List<String> coverRow(String value, String note) {
        TextSegment label = new TextSegment("Vaste deelnemer", nl.vhkgateway.domain.card.Location.inSection(
                nl.vhkgateway.domain.card.DocumentPart.TABLE, Section.VASTE_DEELNEMER, "tabel 1, rij 5, kolom 1"));
        TextSegment name = new TextSegment(value, nl.vhkgateway.domain.card.Location.inSection(
                nl.vhkgateway.domain.card.DocumentPart.TABLE, Section.VASTE_DEELNEMER, "tabel 1, rij 5, kolom 2"));
        TextSegment relation = new TextSegment(note, nl.vhkgateway.domain.card.Location.inSection(
                nl.vhkgateway.domain.card.DocumentPart.TABLE, Section.VASTE_DEELNEMER, "tabel 1, rij 5, kolom 3"));
        return DetectorFixture.describe(value, FindingResolver.resolveSpans(
                DETECTOR.spans(name, context(label, name, relation))));
    }
}
