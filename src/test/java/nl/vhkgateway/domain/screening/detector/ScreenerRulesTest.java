package nl.vhkgateway.domain.screening.detector;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.vhkgateway.domain.card.CardContent;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.card.Location;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.card.TextSegment;
import nl.vhkgateway.domain.screening.ScreeningContext;
import nl.vhkgateway.testsupport.screening.SentenceScore;
import nl.vhkgateway.testsupport.screening.SentenceSet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The rules of issue 14, one sentence each ({@code src/test/resources/screening/rules.tsv}): multi-letter and
 * dotless initials, abbreviated particles, capitalised particle runs, person context before an ordinary-word surname,
 * names in capitals, record numbers with a label elsewhere in the sentence, birth dates in every format and with a
 * birth word anywhere in the sentence, long-ago full dates, postcodes without a space and doses, places after a
 * residence verb or with a province suffix, institutions named after people, organisation numbers.
 */
class ScreenerRulesTest {

    @TestFactory
    Stream<DynamicTest> everyRuleSentence() {
        return rules("/screening/rules.tsv");
    }

    /** Round 8's rules for numbers, dates, addresses and links (branch screener8-numbers), in a file of their own. */
    @TestFactory
    Stream<DynamicTest> everyRound8NumbersRuleSentence() {
        return rules("/screening/rules-round8-numbers.tsv");
    }

    /** Round 9's rules for numbers, dates, addresses and links (branch screener9-numbers), in a file of their own. */
    @TestFactory
    Stream<DynamicTest> everyRound9NumbersRuleSentence() {
        return rules("/screening/rules-round9-numbers.tsv");
    }

    /** Round 9's person-name rules (branch screener9-names), in a file of their own. */
    @TestFactory
    Stream<DynamicTest> everyRound9NamesRuleSentence() {
        return rules("/screening/rules-round9-names.tsv");
    }

    /** Round 9's leak probes: names in the shapes round 9's allow rules accept, and their allowed twins. */
    @TestFactory
    Stream<DynamicTest> everyRound9LeakProbe() {
        return rules("/screening/rules-round9-leaks.tsv");
    }

    /** Round 10's person evidence (branch screener10-names): a listed name that a place or word list also holds. */
    @TestFactory
    Stream<DynamicTest> everyRound10NamesRuleSentence() {
        return rules("/screening/rules-round10-names.tsv");
    }

    /** Round 10's allow rules (villages of the OpenTaal list, organisations by benefit verbs) and number labels. */
    @TestFactory
    Stream<DynamicTest> everyRound10AllowRuleSentence() {
        return rules("/screening/rules-round10-allow.tsv");
    }

    /** Round 10's clean-card rules (branch screener10-cards): foreign quotes, organisation lists, community names. */
    @TestFactory
    Stream<DynamicTest> everyRound10CardsRuleSentence() {
        return rules("/screening/rules-round10-cards.tsv");
    }

    /** Leak probes of round 10's clean-card rules: relatives in the shapes those rules accept, and allowed twins. */
    @TestFactory
    Stream<DynamicTest> everyRound10CardsLeakProbe() {
        return rules("/screening/rules-round10-cards-leaks.tsv");
    }

    /** Round 10's leak probes (leak review of round 10): names in the shapes round 10's allow rules accepted. */
    @TestFactory
    Stream<DynamicTest> everyRound10LeakProbe() {
        return rules("/screening/rules-round10-leaks.tsv");
    }

    /** Round 11's allow rules (branch r11-allow): places read from the words around them, with BLOCK twins. */
    @TestFactory
    Stream<DynamicTest> everyRound11AllowRuleSentence() {
        return rules("/screening/rules-round11-allow.tsv");
    }

    /** Round 11's leak probes (blind leak review of r11-allow): names in the shapes round 11's allow rules accepted. */
    @TestFactory
    Stream<DynamicTest> everyRound11LeakProbe() {
        return rules("/screening/rules-round11-leaks.tsv");
    }

    /** Round 11 (allow2): organisation compound and its place, place form labels, Dutch compounds at sentence start. */
    @TestFactory
    Stream<DynamicTest> everyRound11Allow2Rule() {
        return rules("/screening/rules-round11-allow2.tsv");
    }

    /** Leak probes of round 11's clean-card rules (RoutePlaces, LabelSeparator, place nouns before "van"). */
    @TestFactory
    Stream<DynamicTest> everyRound11CardsLeakProbe() {
        return rules("/screening/rules-round11-cards-leaks.tsv");
    }

    /** Round 11's clean-card rules (branch r11-cards): places on a route ("zwerft 's nachts door Boxmeer"). */
    @TestFactory
    Stream<DynamicTest> everyRound11CardsRuleSentence() {
        return rules("/screening/rules-round11-cards.tsv");
    }

    /** Round 11's name and document-number rules (branch r11-names): shapes development set #21 showed, in other words. */
    @TestFactory
    Stream<DynamicTest> everyRound11NamesRuleSentence() {
        return rules("/screening/rules-round11-names.tsv");
    }

    /** Round 11 after the held-out measurement (fix26): organisation branches by place, care-note abbreviations. */
    @TestFactory
    Stream<DynamicTest> everyRound11Fix26RuleSentence() {
        return rules("/screening/rules-round11-fix26.tsv");
    }

    /** Round 11's names in capitals (branch r11-capsnames): "bij SARA in Almelo", "stiefvader (OKONJO)". */
    @TestFactory
    Stream<DynamicTest> everyRound11CapsNamesRuleSentence() {
        return rules("/screening/rules-round11-capsnames.tsv");
    }

    /** Round 11 (colonhole): family data in a clause of the professionals' cover fields is screened like any text. */
    @TestFactory
    Stream<DynamicTest> everyRound11ColonholeRule() {
        return rules("/screening/rules-round11-colonhole.tsv");
    }

    /**
     * Round 12 (r12-allow): world places in travel context, a roaming route before "door", names of buildings of
     * worship and associations, house names after "De", "in Te X" areas; with BLOCK twins that keep family members'
     * names refused.
     */
    @TestFactory
    Stream<DynamicTest> everyRound12AllowRule() {
        return rules("/screening/rules-round12-allow.tsv");
    }

    /** Round 12 (telegram): names typed in telegram style (lower case, "kids:" lists, nicknames in quotes, "(x y)"). */
    @TestFactory
    Stream<DynamicTest> everyRound12TelegramRule() {
        return rules("/screening/rules-round12-telegram.tsv");
    }

    /**
     * Round 12 (oldleaks): family roles in a cover field's first clause, relatives called by a place, given names
     * after an organisation compound or in lower case at a sentence end, "DE" + surname in capitals, surnames in a
     * list of organisations.
     */
    @TestFactory
    Stream<DynamicTest> everyRound12OldleaksRule() {
        return rules("/screening/rules-round12-oldleaks.tsv");
    }

    /** Round 12 (numbers): record codes without a label word before them, telegram birth dates and addresses. */
    @TestFactory
    Stream<DynamicTest> everyRound12NumbersRule() {
        return rules("/screening/rules-round12-numbers.tsv");
    }

    /**
     * Round 12 (r12-allowfix): a listed given name before ", de zorgaanbieder" stays a name unless an organisation list
     * holds it; places coordinated with a listed place in place context ("in Heeswijk en Dinther").
     */
    @TestFactory
    Stream<DynamicTest> everyRound12AllowfixRule() {
        return rules("/screening/rules-round12-allowfix.tsv");
    }

    /**
     * Round 12 (r12-fix30): the place of a visit in a contact log, organisations joined by "/" in brackets, a
     * capitalised noun in a lower-case list, "van" before an organisation's name, a region after an organisation head.
     */
    @TestFactory
    Stream<DynamicTest> everyRound12Fix30Rule() {
        return rules("/screening/rules-round12-fix30.tsv");
    }

    /** Round 12 (r12-orgcode): a client code right after an organisation's name or a case noun, with no label word. */
    @TestFactory
    Stream<DynamicTest> everyRound12OrgcodeRule() {
        return rules("/screening/rules-round12-orgcode.tsv");
    }

    /**
     * Round 13 (r13-names): names in telegram or handwritten style: a lower-case surname after a preposition, a
     * lower-case given name opening a note, a lower-case initial and surname, the apostrophe after s, given names
     * coordinated in capitals, nicknames in quotes, a given name of no list in a family list.
     */
    @TestFactory
    Stream<DynamicTest> everyRound13NamesRule() {
        return rules("/screening/rules-round13-names.tsv");
    }

    /**
     * Round 13 (r13-allow): schools named after persons, a compass part of a region after an organisation or place,
     * places in a sequence, organisations of the round-13 organisations data.
     */
    @TestFactory
    Stream<DynamicTest> everyRound13AllowRule() {
        return rules("/screening/rules-round13-allow.tsv");
    }

    /**
     * Round 13 (r13-numbers): numbers dictated in words after a label, birth dates with the day in words or in a list of
     * children, place-named and lower-case streets, glued lower-case postcodes, codes after "bekend bij <organisation>".
     */
    @TestFactory
    Stream<DynamicTest> everyRound13NumbersRule() {
        return rules("/screening/rules-round13-numbers.tsv");
    }

    /**
     * Round 13 (r13-cards): a word the card itself uses as a place, after a visit noun or an area-bound professional;
     * regions joined by "en" after an organisation.
     */
    @TestFactory
    Stream<DynamicTest> everyRound13CardsRule() {
        return rules("/screening/rules-round13-cards.tsv");
    }

    /** Round 13 (r13-rowheader): labels of a table's row headers in running text change nothing. */
    @TestFactory
    Stream<DynamicTest> everyRound13RowHeaderRule() {
        return rules("/screening/rules-round13-r13-rowheader.tsv");
    }

    /** Round 13 (r13-misses): a surname after a form of address, a given name's genitive, a year-like postcode. */
    @TestFactory
    Stream<DynamicTest> everyRound13MissesRule() {
        return rules("/screening/rules-round13-r13-misses.tsv");
    }

    /**
     * Round 13 (r13-labels): abbreviated field labels of pasted forms ("Geb.datum:", "Cliëntnr. Kenter:"); a language's
     * name after a kin word when the verb of speaking is left out ("Moeder spreekt Nederlands, vader Turks.").
     */
    @TestFactory
    Stream<DynamicTest> everyRound13LabelsRule() {
        return rules("/screening/rules-round13-r13-labels.tsv");
    }

    /**
     * Round 14 (r14-numbers): a number label in two words ("huurcontract nr"), tenancies and contracts as labels, the
     * owner of a public service number ("Geldfit: 0800-8115"), a feast explained by its date ("Op Timket, 19 januari
     * 2026, ..."), a "-nr." label before its number; and the persons, names and organisation numbers that must stay.
     */
    @TestFactory
    Stream<DynamicTest> everyRound14NumbersRule() {
        return rules("/screening/rules-round14-numbers.tsv");
    }

    /**
     * Round 14 (r14-places): neighbourhoods with a capitalised article after a dwelling noun and "in" or a label,
     * province suffixes in brackets, street names without a number, the holder between "KvK" and its number, a place
     * label in its own cell, museums and gymnasiums as organisation heads.
     */
    @TestFactory
    Stream<DynamicTest> everyRound14PlacesRule() {
        return rules("/screening/rules-round14-places.tsv");
    }

    /**
     * Round 14 (r14-names): a surname that is also a place after "fam." and a particle, an Arabic surname with its article
     * in lower case, initials as a nickname after a kin word, a name cell before a relative's cell, a lower-case surname
     * before "(kin)" and a verb of a person, a one-word organisation used as a person's name.
     */
    @TestFactory
    Stream<DynamicTest> everyRound14NamesRule() {
        return rules("/screening/rules-round14-names.tsv");
    }

    /** Round 14 (r14-cards): school groups with their number, medicines before their dose. */
    @TestFactory
    Stream<DynamicTest> everyRound14CardsRule() {
        return rules("/screening/rules-round14-r14-cards.tsv");
    }

    /**
     * Round 14 (r14-cards): rules about line breaks, which one-line rows cannot hold: a salutation line ends at its
     * comma ({@link SalutationLine}), a youth's initial that ends a line is no initial of the next line's first word
     * ({@link InitialAtLineEnd}). Each text with the names that must be found in it (none for the allowed texts).
     * Written for the rules, not copied from any test set.
     */
    @TestFactory
    Stream<DynamicTest> everyRound14CardsLineRule() {
        record Row(String id, String text, List<String> names) {
        }
        List<Row> rows = List.of(
                new Row("RL01", "Dag Ruud,\nWil jij de kaart donderdag meenemen? Ik ben afwezig.", List.of("Ruud")),
                new Row("RL02", "Hoi Marloes,\nMag ik je vragen de kaart te bekijken?", List.of("Marloes")),
                new Row("RL03", "Beste collega's,\nHoop dat het lukt om de kaart te bespreken.", List.of()),
                new Row("RL04", "Aanwezig bij het gesprek: Sanne,\nRoos en de mentor.", List.of("Sanne", "Roos")),
                new Row("RL05", "Oom Bram, Roos en Wil kwamen ook.", List.of("Bram", "Roos", "Wil")),
                new Row("RL06", "Hierbij de kaart van S.\nDank je voor het meedenken.", List.of()),
                new Row("RL07", "Bijgaand de kaart van D.\nGraag bespreken we dit donderdag.", List.of()),
                new Row("RL08", "Gesprek met A.\nVisser over de zorgen.", List.of("Visser")),
                new Row("RL09", "Gesproken met D. Bos over de ruzie thuis.", List.of("D. Bos")),
                new Row("RL10", "Gesproken met D.\nYilmaz belde later terug.", List.of("D.\nYilmaz")),
                new Row("RL11", "Gesproken met D.\nvan Dijk wil ook meepraten.", List.of("D.\nvan Dijk")),
                new Row("RL12", "Gesproken met D.\nBos belde later terug.", List.of("Bos")));
        DetectorCatalog catalog = DetectorCatalog.defaults();
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.id(), () -> {
            TextSegment segment = new TextSegment(row.text(),
                    Location.inSection(DocumentPart.BODY, Section.ONVEILIGHEID, "alinea 1"));
            ScreeningContext context = new ScreeningContext(new CardContent(List.of(segment), Map.of(), Set.of()),
                    2026);
            List<String> found = new ArrayList<>();
            for (Span span : catalog.spans(segment, context)) {
                found.add(row.text().substring(span.start(), span.end()));
            }
            for (String name : row.names()) {
                if (found.stream().noneMatch(f -> f.contains(name) || name.contains(f))) {
                    fail(row.id() + ": " + name + " not found in " + found + ": " + row.text());
                }
            }
            if (row.names().isEmpty() && !found.isEmpty()) {
                fail(row.id() + ": refused for " + found + ": " + row.text());
            }
        }));
    }

    /**
     * Round 14 (r14-allow2): police and legal role nouns are no names, listed places of several words in capitals,
     * two places joined by a slash, compact report dates.
     */
    @TestFactory
    Stream<DynamicTest> everyRound14Allow2Rule() {
        return rules("/screening/rules-round14-allow2.tsv");
    }

    /**
     * Round 14 (r14-misses): the shapes behind the misses of #39/#40: a form of address before a place, a kin word
     * before a particle and a double-barrelled surname, a word before a bracketed relation, a series number after
     * "nr", a birth date in an initial's table row.
     */
    @TestFactory
    Stream<DynamicTest> everyRound14MissesRule() {
        return rules("/screening/rules-round14-misses.tsv");
    }

    /**
     * Round 15 (r15-cards): card lines behind refused clean cards: the place slot of a VHK file name holds a listed
     * place or one the card uses as a place.
     */
    @TestFactory
    Stream<DynamicTest> everyRound15CardsRule() {
        return rules("/screening/rules-round15-r15-cards.tsv");
    }

    /**
     * Round 15 (r15-allow): German sentences' nouns, foreign speech openers in quotes; the names in the same slots stay
     * refused.
     */
    @TestFactory
    Stream<DynamicTest> everyRound15AllowRule() {
        return rules("/screening/rules-round15-r15-allow.tsv");
    }

    /**
     * Round 15 (r15-names): a surname that is also a Dutch word right after "bij" or a verb whose object is a person
     * ({@link SurnameWordInPersonSlot}), a person's
     * name before a dose or frequency after a kin word, title or verb of giving ({@link PersonBeforeDose}).
     */
    @TestFactory
    Stream<DynamicTest> everyRound15NamesRule() {
        return rules("/screening/rules-round15-r15-names.tsv");
    }

    /**
     * Round 15 (r15-numbers): house numbers in words, a street named like a place before "op" and an island, a family
     * member's home before a street without a suffix, streets abroad, a slash and a flat number after a street,
     * slash references ending in a serial number.
     */
    @TestFactory
    Stream<DynamicTest> everyRound15NumbersRule() {
        return rules("/screening/rules-round15-r15-numbers.tsv");
    }

    /**
     * Round 15 (r15-misses): derived given names (-us, diminutive), a house number in words before a bracket, a street
     * and house number after "bij" with a place right after it.
     */
    @TestFactory
    Stream<DynamicTest> everyRound15MissesRule() {
        return rules("/screening/rules-round15-r15-misses.tsv");
    }

    private static Stream<DynamicTest> rules(String resource) {
        SentenceSet set = SentenceSet.read(resource);
        return SentenceScore.score(set, DetectorCatalog.defaults()).stream()
                .map(o -> DynamicTest.dynamicTest(o.row().id() + " " + o.row().category(), () -> {
                    if (o.failed()) {
                        fail(o.describe() + ": " + o.row().sentence());
                    }
                }));
    }

    /**
     * Round 15 (r15-allow2): a church denomination's name ({@link ChurchDenominationName}) and the place left in a
     * move to a listed place ({@link MoveFromPlaceToPlace}), with names in the same slots that stay refused.
     */
    @TestFactory
    Stream<DynamicTest> everyRound15Allow2Rule() {
        return rules("/screening/rules-round15-r15-allow2.tsv");
    }

    /**
     * Round 16 (r16-cover): a relative named in a professionals' cover field with the relation after the name
     * ({@link RelativeNamedInCover}), with the professionals' roles, organisations and target groups that stay allowed.
     */
    @TestFactory
    Stream<DynamicTest> everyRound16R16CoverRule() {
        return rules("/screening/rules-round16-r16-cover.tsv");
    }

    /**
     * Round 16 (r16-allow): a dwelling in a place, a place taken up by "daar" ({@link PlaceBeforeDaar}), places and
     * institutions added to the lists, with names in the same slots that stay refused.
     */
    @TestFactory
    Stream<DynamicTest> everyRound16R16AllowRule() {
        return rules("/screening/rules-round16-r16-allow.tsv");
    }

    /**
     * Round 16 (r16-cards): place nouns after a preposition of place in German sentences
     * ({@link GermanSentenceNouns}, "zur Schule") and lakes and beaches of no list after a preposition and an article
     * ({@link WaterNameAfterArticle}, "naar de Zevenhuizerplas"), with names in the same slots that stay refused.
     */
    @TestFactory
    Stream<DynamicTest> everyRound16CardsRule() {
        return rules("/screening/rules-round16-r16-cards.tsv");
    }

    /**
     * Round 16 (r16-names): a lower-case given name and particle surname after a kin word, a lower-case name with an
     * age and a colon, a surname that is a Dutch word before "van <organisation>" and a verb of calling, an unlisted
     * word with a Turkish letter before a Dutch verb, "Wijk 5 19" addresses, streets of two words with a compass part
     * and a house number in words, a relative's home before a street.
     */
    @TestFactory
    Stream<DynamicTest> everyRound16NamesRule() {
        return rules("/screening/rules-round16-r16-names.tsv");
    }

    /**
     * Round 16 (fix16-numbers): Belgian national numbers ({@link BelgianNationalNumber}), Belgian four-digit
     * postcodes after their label, after a street and before a place where someone lives, a house number with a box
     * after a slash that is no date, Frisian month names and "berne"; with the years, counts and organisation numbers
     * of the same shapes that stay allowed.
     */
    @TestFactory
    Stream<DynamicTest> everyRound16Fix16NumbersRule() {
        return rules("/screening/rules-round16-fix16-numbers.tsv");
    }

    /**
     * Round 16 (fix16-names): Frisian and Flemish given names of the curated list, and the "(age):" speaker line with
     * kin words of other languages ({@code foreign-kin-words.txt}) and adults' ages, where only a listed name is read.
     */
    @TestFactory
    Stream<DynamicTest> everyRound16FixNamesRule() {
        return rules("/screening/rules-round16-fix16-names.tsv");
    }

    /**
     * Round 16 (fix16-allow): hospitals with a saint's or given name after "SEH" or beside a listed organisation
     * across a slash ({@link HospitalInCareContext}), organisations added to {@code organisations.txt}, with names in
     * the same slots that stay refused.
     */
    @TestFactory
    Stream<DynamicTest> everyRound16Fix16AllowRule() {
        return rules("/screening/rules-round16-fix16-allow.tsv");
    }

    /**
     * Round 16 (leak16-places): a family whose surname is a listed place after two joined kin words, after "fam." and
     * between "bij" and "thuis"/"ingetrokken" ({@link PlaceNicknameAfterKin}, {@link SurnameAfterFamilyTitle},
     * {@link HomeOfPlaceNamedPerson}), with the places in the same slots that stay allowed.
     */
    @TestFactory
    Stream<DynamicTest> everyRound16Leak16PlacesRule() {
        return rules("/screening/rules-round16-leak16-places.tsv");
    }

    /**
     * Round 16 (leak16-cover): relatives in the professionals' cover fields after "&", "+", ", en", an em dash or an
     * arrow, with "oud-", "aangetrouwde", "achterneef" or an English/German kin word; professionals in the same slots.
     */
    @TestFactory
    Stream<DynamicTest> everyRound16Leak16CoverRule() {
        return rules("/screening/rules-round16-leak16-cover.tsv");
    }

    /**
     * Round 17 (r17-names): a surname before "van <organisation>" and a verb of calling ({@link
     * SurnameBeforeOrganisationCall}, job nouns of {@code job-nouns.txt} allowed), "ben" after a kin word ({@link
     * KinNamedBen}), a given name after "ene" ({@link GivenNameAfterEne}), diminutive given names ({@link
     * DiminutiveGivenName}), "De heer Van Buren" ({@link TitleParticleKinSurname}), "naar <given name> gevlucht".
     */
    @TestFactory
    Stream<DynamicTest> everyRound17R17NamesRule() {
        return rules("/screening/rules-round17-r17-names.tsv");
    }

    /**
     * Round 17 (r17-cards): words of clean cards read as names: grandparent words of Sarnami and Turkish with kin
     * evidence ({@link GrandparentWord}), a place's adjective ({@link PlaceAdjective}), a language after
     * "tolk" ({@link LanguageAfterInterpreter}), Arabic-opened school and mosque names ({@link SchoolNamedAfterPerson}),
     * "MC-Sophia" ({@link HospitalPartAfterHyphen}) and a place before a family bracket
     * ({@link PlaceBeforeFamilyBracket}), with the names in the same slots that stay refused.
     */
    @TestFactory
    Stream<DynamicTest> everyRound17R17CardsRule() {
        return rules("/screening/rules-round17-r17-cards.tsv");
    }

    /**
     * Round 17 (r17-cover): relatives in the professionals' cover fields in the shapes round 16 left open
     * ({@link RelativeNamedInCover}: names of no list after a separator, lower case and capitals, "(ex-partner
     * moeder)", two names and "(moeders)"), year / district / serial case references ({@link AgencyCaseReference})
     * and a newborn's date in brackets ({@link NewbornBracketDate}), with the allowed rows of the same slots.
     */
    @TestFactory
    Stream<DynamicTest> everyRound17R17CoverRule() {
        return rules("/screening/rules-round17-r17-cover.tsv");
    }

    /**
     * Round 17 (r17-allow): German family nouns after an article and German exonyms after a preposition of place
     * ({@link GermanSentenceNouns}), regional pronouns opening a quote ({@link RegionalPronoun}), a village after a
     * site and "bij" ({@link SiteNearPlace}), places in brackets after a place that a surname list holds too
     * ({@link PlacesBySurroundings}); with the names of the same slots that stay refused.
     */
    @TestFactory
    Stream<DynamicTest> everyRound17R17AllowRule() {
        return rules("/screening/rules-round17-r17-allow.tsv");
    }

    /**
     * Round 17 (fix17-allow51): birth dates in a family row of bars with a status cell ({@link FamilyTableRow}), a
     * dictionary word after "fam." as the surname ({@link SurnameAfterFamilyTitle}) and glued postcode letters after
     * "pc" ({@link PostcodeDetector}), with the allowed rows of the same slots.
     */
    @TestFactory
    Stream<DynamicTest> everyRound17Fix17Allow51Rule() {
        return rules("/screening/rules-round17-fix17-allow51.tsv");
    }

    /**
     * Round 17 (fix17-cards52): Low Saxon regional languages in brackets after a kin word (nationalities.txt) and a
     * German-speaking town with a German place ending in brackets after its country ({@link GermanPlaceInBrackets}),
     * with the names in the same slots that stay refused.
     */
    @TestFactory
    Stream<DynamicTest> everyRound17Fix17Cards52Rule() {
        return rules("/screening/rules-round17-fix17-cards52.tsv");
    }

    /**
     * Round 18 (r18-allow): places and nouns refused as person names: two places after "tussen" ({@link PlacesBetween}),
     * an unknown neighbourhood name ending in -wijk/-wold in a list or heading ({@link NeighbourhoodName}) and a
     * two-word noun whose first word is a given name, "Tiny House" ({@link NameLedNoun}); with the names in the same
     * slots that stay refused (surnames that are villages too, given names, kin words before, person verbs after).
     */
    @TestFactory
    Stream<DynamicTest> everyRound18R18AllowRule() {
        return rules("/screening/rules-round18-r18-allow.tsv");
    }

    /**
     * Round 18 (r18-names): the call slot "<surname> van/namens <organisation> <verb>" in lower case, in capitals,
     * after "namens", with particles ("De Vries", "Van der Meulen"), with verbs of contact and with "-man" surnames
     * ({@link SurnameBeforeOrganisationCall}); a given name that is a hospital's short name before a bracketed relation
     * ("Radboud (vader)"); regional possessives before a noun ({@link RegionalPossessive}); a modal opening a note
     * without subject ({@link ModalVerbOpeningNote}); two-word nicknames in quotes ({@link NicknameInQuotesByContext});
     * a named person after "volgens <organisation word>" ({@link NamedPersonAfterSource}); with the allowed rows of the
     * same slots (job nouns after a determiner, organisations, "Plan B", a school named after a person).
     */
    @TestFactory
    Stream<DynamicTest> everyRound18R18NamesRule() {
        return rules("/screening/rules-round18-r18-names.tsv");
    }

    /**
     * Round 18 (r18-cards): streets opened by a capitalised article or a describing prefix and German "Str."
     * ({@link AddressDetector}, {@link ForeignStreetNumber}), hyphenated article places in file names
     * ({@link VhkFileNamePlace}), Low Saxon possessives opening a quote before a family noun ({@link RegionalPossessive}),
     * sports clubs after a sport ({@link SportsClubAfterSport}), an institute named after a person in an enumeration of
     * organisations, a family member's site by the genitive ({@link UrlDetector}); with the names, children, dates and
     * counts of the same slots that stay refused or allowed (grandparent words, a name after "Woonplaats:").
     */
    @TestFactory
    Stream<DynamicTest> everyRound18R18CardsRule() {
        return rules("/screening/rules-round18-r18-cards.tsv");
    }

    /**
     * Round 18 (r18-cover): relatives in the professionals' cover fields in the shapes round 17 left open ({@link
     * RelativeNamedInCover}: a kin word in capitals after a name in ordinary case, "ex partner" written apart, kin words
     * of other languages and dialects, "mz"/"vz", a dash between items) and a dash between label and value; with the
     * degrees, acronyms, roles in capitals, former colleagues and organisations of the same slots that stay allowed.
     */
    @TestFactory
    Stream<DynamicTest> everyRound18R18CoverRule() {
        return rules("/screening/rules-round18-r18-cover.tsv");
    }

    /**
     * Round 18 (fix18-cards): words of clean cards of blind sets #55/#56 taken for names, now word-list data: an
     * infant-formula brand in a feeding list, a school group named after a person and "Kinderpraktijk" among the
     * organisations, a village, a Rotterdam neighbourhood and a German district; with the same slots holding a
     * relative's or a person's name (a listed surname alone, a name after a kin word) that stay refused; an
     * abbreviated field label opening a line ({@link AbbreviatedLabelAtLineStart}, "Maatsch. klasse:") with names in
     * that slot that stay refused; the village Born after a place preposition, no birth word for {@link
     * BirthDateDetector}, while "born" and "geboren" still make a birth date.
     */
    @TestFactory
    Stream<DynamicTest> everyRound18Fix18CardsRule() {
        return rules("/screening/rules-round18-fix18-cards.tsv");
    }

    /**
     * Round 19 (r19-cover): cover labels numbered with a letter or a sub-number ("4a. Inbrenger:", "4.1") and in the
     * plural ("Inbrenger(s)", "Inbrengers", "Vaste deelnemer(s)", "Vaste deelnemer VHT", "Gedragsdeskundige(n)") read as
     * the professionals' fields; relatives named there stay refused, professionals pass; the same names in the body,
     * after a numbered label of no cover field and after a plural label of no cover field stay refused.
     */
    @TestFactory
    Stream<DynamicTest> everyRound19R19CoverRule() {
        return rules("/screening/rules-round19-r19-cover.tsv");
    }

    /**
     * Round 19 (r19-cards): words of clean cards read as names: quotes in a regional language or with dialect spelling
     * ({@link DialectQuote}: a regional function word with other dialect evidence in the quote, a word the quote also
     * writes in lower case, an accented frequent Dutch word), a housing corporation that is also a surname in brackets
     * after a housing noun ({@link LandlordAfterHousingNoun}), the place slot of a file name before a compact date
     * ({@link VhkFileNamePlace}); with names, relatives and surnames of the same slots that stay refused.
     */
    @TestFactory
    Stream<DynamicTest> everyRound19R19CardsRule() {
        return rules("/screening/rules-round19-r19-cards.tsv");
    }

    /**
     * Round 19 (r19-names): person names (and a BSN and an address) others write that still got through: a word joined
     * by "en" to a flagged given name ({@link CoordinatedGivenName}), a town abroad as an apposition after a relative
     * ({@link PlaceAbroadAsSubject}), brackets that say a person is called so ({@link NameExplainedAsName}), a genitive
     * before a child's teacher ({@link GivenNameGenitiveBeforeFamily}), a lower-case surname after a kin word before a
     * describing bracket ({@link KinLowerCaseName}), a full name after "klas van" ({@link OwnerAfterVan}), the call slot
     * with a frequent surname that is a word ({@link SurnameBeforeOrganisationCall}), an eight-digit BSN after the
     * population register ({@link BsnDetector}), a street in "-bocht"; with languages, places, pets, schools, offices
     * and numbers in the same slots that stay allowed.
     */
    @TestFactory
    Stream<DynamicTest> everyRound19R19NamesRule() {
        return rules("/screening/rules-round19-r19-names.tsv");
    }

    /**
     * Round 19 (r19-allow): villages that are surnames too ({@link VillageSurnames}) read as places only where a second
     * place vouches for them (a run of places after a place preposition or before a verb of lying or belonging,
     * "verspreid over", "X en Y: daar ...", "&lt;site&gt; bij X en Y", "van &lt;place&gt; naar X"); with the same words
     * in person slots that stay refused ("bij X", "tussen X en Y", a clause that goes on after the village, a kin word
     * before, an age or relation in brackets after, a single village before "daar").
     */
    @TestFactory
    Stream<DynamicTest> everyRound19R19AllowRule() {
        return rules("/screening/rules-round19-r19-allow.tsv");
    }

    /**
     * Round 19 (fix19-items): relatives' names sets #57-#60 let through: a plural kin word before a surname
     * ("grootouders", kin-roles.txt), a Sarnami grandparent word in lower case before a capitalised name
     * ({@link GrandparentWord#lowerCaseBeforeCapital}), a lower-case given name after a kin word followed by "in"/"uit", a
     * place and a person's verb, and a baptismal name no list held; with the same slots without a name that stay allowed.
     */
    @TestFactory
    Stream<DynamicTest> everyRound19Fix19ItemsRule() {
        return rules("/screening/rules-round19-fix19-items.tsv");
    }

    /**
     * Round 19 (fix19-allow): a town of the place lists joined by a hyphen to a compass part or centre is a district
     * ({@link CompassDistrict}), also where the town is a surname too; Dutch exonyms of cities abroad ("Lissabon");
     * with the same words after a title, kin word or "familie", with a non-compass or third part and a given name
     * before the compass part that stay refused.
     */
    @TestFactory
    Stream<DynamicTest> everyRound19Fix19AllowRule() {
        return rules("/screening/rules-round19-fix19-allow.tsv");
    }

    /**
     * Round 19 (fix19-cards): a regional police unit and the navy (organisations.txt), a neighbourhood (places.txt),
     * the French word for mum (kin-roles.txt), "Engeland" in place context only (places-context.txt) and an English
     * country after a preposition and "the" or after a word of going and "to" ({@link EnglishCountryNames}); the same
     * slots with a person's or a relative's name stay refused.
     */
    @TestFactory
    Stream<DynamicTest> everyRound19Fix19CardsRule() {
        return rules("/screening/rules-round19-fix19-cards.tsv");
    }

    /**
     * Round 20 (t20-cards): a frequent surname that is also a word, "de" with such a word, or a surname after a
     * particle in a file name ({@link SurnameInFileName}: "VHK Kuiper 03112026.docx"), and a relative in a
     * professionals' cover field as the subject of "is"/"was" and a kin word ({@link RelativeNamedInCover}: "&lt;naam&gt;
     * is de oom"); with places in the file name's slot and roles after "is de" that stay allowed.
     */
    @TestFactory
    Stream<DynamicTest> everyRound20T20CardsRule() {
        return rules("/screening/rules-round20-t20-cards.tsv");
    }

    /**
     * Round 20 (t20-items): personal-data items other than names: birth labels and month names of foreign documents
     * ({@link BirthDateDetector}, {@link DateFinder}), an initial that "is van" an older date, passport codes of two
     * letter groups ({@link DocumentNumberAfterLabel}), organisation codes and compound policies as record labels
     * ({@link ClientNumberDetector}), a family page on a family business's site and a short link a family member
     * shares ({@link UrlDetector}), a numbered child's table row; on the allowed side a
     * later event after a birth ({@link EventClauseAfterBirth}), a hearing's date, a month that is a given name, a
     * regional language ({@link CompassLanguage}), vaccines; the same slots with personal data stay refused.
     */
    @TestFactory
    Stream<DynamicTest> everyRound20T20ItemsRule() {
        return rules("/screening/rules-round20-t20-items.tsv");
    }

    /**
     * Round 20 (t20-names): person names in slots no rule read: a surname at a clause start before where the person
     * lives and a person's verb ({@link SurnameBeforeHomeAndCare}); with organisations in the same slot, an
     * organisation's verb and places that stay allowed.
     */
    @TestFactory
    Stream<DynamicTest> everyRound20T20NamesRule() {
        return rules("/screening/rules-round20-t20-names.tsv");
    }

    /**
     * Round 20 (t20-cards2): a quoted clause in the speaker's own language before its Dutch rendering
     * ({@link TranslatedQuoteClause}), a care provider named by the first word of its listed name before a care form in
     * brackets ({@link CareProviderHeadWord}), a Delft district and the national vaccines as list data; a name,
     * a relative's word or a Dutch word in the same slots stays refused.
     */
    @TestFactory
    Stream<DynamicTest> everyRound20T20Cards2Rule() {
        return rules("/screening/rules-round20-t20-cards2.tsv");
    }

    /**
     * Round 20 (t20-allow): the goal of a noun of moving house is a place ({@link MovingNounPlace}); "woont in X, de
     * tante in Y" is a second clause without its verb ({@link ElidedResidenceClause}); "Thuis hoeft niet ..." is a
     * note without its subject ({@link InvertedAdverb}); one-word care providers, schools and clubs in
     * {@code institutions.txt}; with the person slots beside them that stay refused: a relative described after the
     * village, "bij X", a given name, a visit, a pronoun later in the note, a form of address, a relative before the
     * organisation's word and a verb after it ({@link OrganisationWordAsPersonName}).
     */
    @TestFactory
    Stream<DynamicTest> everyRound20T20AllowRule() {
        return rules("/screening/rules-round20-t20-allow.tsv");
    }

    /**
     * Round 20 (lead): the day and month on which an age is reached ("wordt op 3 mei 12 jaar", {@link BirthdayWithAge})
     * and an expected birth date after "uitgerekende datum" or "is uitgerekend" ({@link BirthDateDetector}); the month
     * alone ("wordt in maart 17"), durations, counts, times and "uitgerekend" meaning "of all days" stay allowed.
     */
    @TestFactory
    Stream<DynamicTest> everyRound20LeadRule() {
        return rules("/screening/rules-round20-lead.tsv");
    }

    /**
     * Round 21 (t21-cards): words of clean cards read as names: a role cut short as a speaker label
     * ({@link AbbreviatedRoleSpeaker}), houseboats, roads, locks and rivers before "bij" ({@link SiteNearPlace}), a site
     * before "tussen X en Y" ({@link PlacesBetween}), the card's title after the youths and a dash ({@link CardPlaces});
     * names, surnames of no place list, kin words and the adverb "weg" in the same slots stay refused.
     */
    @TestFactory
    Stream<DynamicTest> everyRound21T21CardsRule() {
        return rules("/screening/rules-round21-t21-cards.tsv");
    }

    /**
     * Round 21 (t21-cards2): a provider's head word as a bare item of a list of organisations
     * ({@link ProviderInOrganisationList}), a listed neighbourhood after "in de" ({@link NeighbourhoodAfterInDe}), a
     * youth's initial ending a complete clause before an organisation word ({@link SecondClauseAfterInitial}), a
     * sports club with its founding year after a sport and a phrase of time ({@link SportsClubAfterSport}); a name, a
     * relative's word, a title or two initials in the same slots stay refused.
     */
    @TestFactory
    Stream<DynamicTest> everyRound21T21Cards2Rule() {
        return rules("/screening/rules-round21-t21-cards2.tsv");
    }

    /**
     * Round 21 (t21-names): person names that still got through: a surname as OCR leaves it ({@link OcrDamagedName}:
     * a digit or a capital I for a letter, a space or hyphen inside, "rn" for "m" in a form of address of
     * {@code titles.txt}, "hr" without its period), a relative's name written surname first in a table cell
     * ({@link InvertedNameCell}), a relative clause between a surname and its verb
     * ({@link SurnameBeforeRelativeClause}), "bij X" and "van X naar school" without a place
     * ({@link SurnameBetweenHomes}), "Moeder en X (nieuwe partner)" ({@link PersonNameDetector}), the name a person is
     * called by ({@link NameGivenToPerson}), a child named like an organisation in a list of children
     * ({@link ChildNamedLikeOrganisation}), office and trade surnames, one case and brackets in a card's file name
     * ({@link SurnameInFileName}), a family's surname in capitals ({@link CapitalsAfterFamilyWord}); with the
     * organisations, places and ordinary (also OCR'd) words in the same slots that stay allowed.
     */
    @TestFactory
    Stream<DynamicTest> everyRound21T21NamesRule() {
        return rules("/screening/rules-round21-t21-names.tsv");
    }

    /**
     * Round 21 (t21-allow): places and care providers refused as person names: "tussen X en Y" after a landmark
     * ({@link LandmarkBetweenPlaces}), a dashed run of places ({@link DashedPlaceRun}), a place as the subject of a
     * place's predicate ({@link PlaceSubjectPredicate}), a care provider that is a listed name in a provider's slot
     * ({@link ListedNameInstitution}), a place near a named place ({@link NearPlaceAfterPlace}), a neighbourhood with an
     * article where someone lives ({@link ArticlePlaceOfResidence}), one-word providers and villages as data; with the
     * person slots beside them that stay refused (a relation between persons, a surname of no place list, a word after
     * the run, a person's predicate, a relative, a possessive, a given name, an apposition).
     */
    @TestFactory
    Stream<DynamicTest> everyRound21T21AllowRule() {
        return rules("/screening/rules-round21-t21-allow.tsv");
    }

    /**
     * Round 21 (t21-items): the birth month with the age reached, a day named relative to the card with the age, and a
     * birthday word with a month and an age in one sentence ({@link BirthdayWithAge}); ages alone, seasons, years,
     * durations and things as the subject stay allowed.
     */
    @TestFactory
    Stream<DynamicTest> everyRound21T21ItemsRule() {
        return rules("/screening/rules-round21-t21-items.tsv");
    }

    /**
     * Round 21 merge (lead): "bij X en Y" that is one proper name or place of the lists ({@link SurnameBetweenHomes}),
     * a listed surname after "woont in de" in lower case ({@link ArticlePlaceOfResidence}), one list of relations
     * between persons and their compounds for both "tussen" rules ({@link PersonRelationWords}).
     */
    @TestFactory
    Stream<DynamicTest> everyRound21MergeRule() {
        return rules("/screening/rules-round21-merge.tsv");
    }

    /**
     * Round 22 (t22-names): names in lower case read from their person slot ({@link SpokenNameInPersonSlot}), a year
     * spoken as two words ({@link DateFinder}), a unit's letters with "postcode" in the sentence
     * ({@link PostcodeDetector}), abbreviated given names ({@link AbbreviatedGivenName}), Javanese grandparent words
     * with the surname after a form of address ({@link KinWordAfterFormOfAddress}), a surname with its lower-case
     * particle after a person's preposition ({@link ParticleSurnameAfterPreposition}), an unlisted given name after a
     * kin word before a compound surname ({@link GivenNameAndCompoundSurname}), a compound of "gezin" before a particle
     * surname ({@link SurnameAfterFamilyTitle}), ages over 25 and fixed-date holidays ({@link BirthdayWithAge}), OCR
     * digits other than 0 and 1 ({@link OcrDamagedName}), "streek" streets; with the shapes beside them that stay.
     */
    @TestFactory
    Stream<DynamicTest> everyRound22T22NamesRule() {
        return rules("/screening/rules-round22-t22-names.tsv");
    }

    /**
     * Round 22 (t22-places): places that vouch for each other ({@link MutualPlaceRun}), "bij" after a place, a province
     * in brackets, "ergens" or a water ({@link NearPlaceAfterBij}), a place that lacks a facility
     * ({@link PlaceWithoutFacility}) and neighbourhoods after "in de" that a surname list or no list holds
     * ({@link NeighbourhoodAfterInDe}), with the person slots beside them that stay refused.
     */
    @TestFactory
    Stream<DynamicTest> everyRound22T22PlacesRule() {
        return rules("/screening/rules-round22-t22-places.tsv");
    }

    /**
     * Round 22 (t22-cards): the card's title in the mail's subject and file name ({@link CardPlaces}), where a family
     * member lives in the family composition ({@link ResidenceAfterFamilyMember}), a compass part before a place
     * ({@link CompassDistrict}), a German authority's area ({@link GermanAuthorityArea}), a provider with its branch's
     * place ({@link ProviderInOrganisationList}) and "Anders" opening a passive clause ({@link InvertedAdverb}); with the
     * person slots beside them that stay refused (a surname of no place list, a given name, "fam.", a role between, a
     * bracket after, a form of address, a family word in the list, an active clause).
     */
    @TestFactory
    Stream<DynamicTest> everyRound22T22CardsRule() {
        return rules("/screening/rules-round22-t22-cards.tsv");
    }

    /**
     * Round 22 (t22-inst): an organisation's head noun and its own name right after it ({@link
     * NamedOrganisationAfterHead}), the name of a house of worship or school in brackets ({@link
     * WorshipOrSchoolNameInBrackets}), an acronym's regional branch ({@link AcronymRegionalBranch}); a named
     * professional as the subject of a care service stays a NAME (ProviderDoesService dropped after review rb); with
     * the person slots beside them that stay refused (a child after a child-care head with an
     * article, a name after a lower-case head with an article, an apposition, a listed name or kin word in the brackets,
     * a person's verb, a form of address or role, a possessive, a relative's kind of care).
     */
    @TestFactory
    Stream<DynamicTest> everyRound22T22InstRule() {
        return rules("/screening/rules-round22-t22-inst.tsv");
    }

    /**
     * Round 23 (t23-places): streets without a number after the article, also -weg, -dijk, -vaart, -wetering
     * ({@link StreetNameAlone}), places whose name joins places with hyphens ({@link HyphenatedPlaceName}), a place
     * after an adverb of sequence ({@link PlaceAfterSequenceAdverb}), the Frisian route "fan X nei Y" ({@link
     * FrisianFromToPlaces}), three or more places before a colon or dash and places in capitals ({@link
     * MutualPlaceRun}), and the villages the gazetteer gained; with the person slots beside them that stay refused.
     */
    @TestFactory
    Stream<DynamicTest> everyRound23T23PlacesRule() {
        return rules("/screening/rules-round23-t23-places.tsv");
    }

    /**
     * Round 23 (t23-inst): school heads and school/centre acronyms before a school's own name and rivers or places
     * after "en" in it ({@link NamedOrganisationAfterHead}), an organisation named by a pair before a singular verb
     * ({@link OrganisationPairBeforeSingularVerb}), a noun for the person a note is about opening the sentence ({@link
     * PersonNounOpeningNote}) (ArticleBeforePersonNamedInstitution, an institution named
     * after a person with its article, dropped after review ra), a Turkish mosque's name before "Camii" ({@link TurkishMosqueName}), a
     * place's adjective opening an organisation's name ({@link PlaceAdjectiveBeforeOrganisation}); with the person
     * slots beside them that stay refused (a listed given name in the name, initials before a surname, a plural verb,
     * a form of address, apposition, bracket or copula with a relative, no article, a double given name, a role or
     * kin word before, a listed surname after the adjective).
     */
    @TestFactory
    Stream<DynamicTest> everyRound23T23InstRule() {
        return rules("/screening/rules-round23-t23-inst.tsv");
    }

    /**
     * Round 23 (t23-cards): God in a devout parent's quote ({@link DivineTitle}), a Frisian line's opening word
     * ({@link FrisianOpener}), a practice or "heel" before the card's own place ({@link CardPlaces}), a grandparent
     * word the card uses for the relative ({@link GrandparentWord}), a kin word of another language after an
     * interpreter ({@link ForeignKinInInterpretedQuote}), a provider that is a surname too among listed organisations
     * ({@link SurnameInOrganisationList}) and the waters of a ship's route in brackets ({@link WaterRouteInBrackets});
     * with the person slots beside them that stay refused.
     */
    @TestFactory
    Stream<DynamicTest> everyRound23T23CardsRule() {
        return rules("/screening/rules-round23-t23-cards.tsv");
    }

    /**
     * Round 23 (t23-items): personal data that still got through: letter-group codes after a record label ({@link
     * LetterGroupCodeAfterLabel}), Polish postcodes and German ones on a family member's line ({@link
     * ForeignPostcodeShapes}), a street at a relative's home ({@link HomeOfPerson#atRelativeOn} in the address
     * detector), a birthday's day and month with words between ({@link BirthdayDayMonth}), a particle surname in a pair
     * ({@link ParticleSurnameInPair}), a village word telling a person something ({@link SpeakerBeforeTellingPerson})
     * and a given name after a childcare or club noun ({@link GivenNameAfterCareOrClubHead}); with the allowed shapes
     * beside them (the gateway's own numbers, documents, ranges and doses, event dates, places and organisations).
     */
    @TestFactory
    Stream<DynamicTest> everyRound23T23ItemsRule() {
        return rules("/screening/rules-round23-t23-items.tsv");
    }

    /**
     * Round 24 (t24-items): personal data that still got through: any country's IBAN by the ISO 13616 registry as
     * data ({@link IbanRegistry}, read by {@link IbanDetector}), letters in the account part too; with codes that fail
     * the check and words after a country-and-digits code that stay allowed.
     */
    @TestFactory
    Stream<DynamicTest> everyRound24T24ItemsRule() {
        return rules("/screening/rules-round24-t24-items.tsv");
    }

    /**
     * Round 24 (t24-places): the place of a visit in the visit's own brackets ({@link VisitBracketPlace}), neighbourhoods
     * by their shape ({@link NeighbourhoodShape}) in a place slot: after a town, in brackets after a town, in a run with a
     * place's tail, in a move, beside a second place ({@link NeighbourhoodInPlaceSlot}), after "in de" ({@link
     * NeighbourhoodAfterInDe}), a two-part place name "X en Y" ({@link TwoPartPlaceName}), and -hof/-poort
     * neighbourhoods after "in de" in the address detector; with the person slots beside them that stay refused.
     */
    @TestFactory
    Stream<DynamicTest> everyRound24T24PlacesRule() {
        return rules("/screening/rules-round24-t24-places.tsv");
    }

    /**
     * Round 24 (t24-inst): institutions and professionals refused: an adjective before the kind in brackets and church
     * buildings ({@link InstitutionInBrackets}), the Latin and foreign forms of "Sint" ({@link PersonNameDetector}),
     * a school named after a person as the subject opening the sentence ({@link SchoolNamedAfterPerson}), a royal
     * namesake ({@link RoyalOrNobleNamesake}), a club's name with its article ({@link ClubNameWithArticle}), a word of no
     * name list after the article in an institution's slot ({@link ArticleBeforeUnlistedInstitution}), a district of
     * no list after a territorial role ({@link TerritorialRolePlace}) and a temple's name before "Mandir" ({@link
     * HinduTempleName}); with the person slots beside them that stay refused.
     */
    @TestFactory
    Stream<DynamicTest> everyRound24T24InstRule() {
        return rules("/screening/rules-round24-t24-inst.tsv");
    }

    /**
     * Round 24 (t24-cards): the devout spellings of God's title in a writer's own text ({@link DivineTitle}), a
     * grandparent word glossed by its Dutch meaning ({@link GrandparentGloss}) and a role at a school named after a
     * noble ({@link RoyalOrNobleNamesake}); with the person slots beside them that stay refused. The rules that need a
     * card section ({@link SurnameInOrganisationList}'s closing full stop, {@link RoyalOrNobleNamesake} in a list of
     * organisations) are tested on cards in {@code CardWordsRound24Test}.
     */
    @TestFactory
    Stream<DynamicTest> everyRound24T24CardsRule() {
        return rules("/screening/rules-round24-t24-cards.tsv");
    }

    /**
     * Round 24 (t24-new): the shapes of development sets #81 and #82: a Belgian prosecutor's notice number ({@link
     * BelgianParketNumber}), a school's name beside a kin cell in a family table ({@link FamilyTableRow}), a date
     * after "tot" in a later clause of a birth sentence ({@link UntilDateAfterBirthClause}), a name given as a
     * relative's name ({@link NameOfRelativeIs}), an answer word before a comma ({@link AnswerWordBeforeComma}), a
     * place closing an organisation's name ({@link PlaceClosingOrganisationName}) and a barracks named after a person
     * ({@link NamedBuildingCompound}); with the shapes of the other side beside them.
     */
    @TestFactory
    Stream<DynamicTest> everyRound24T24NewRule() {
        return rules("/screening/rules-round24-t24-new.tsv");
    }

    /**
     * Round 25 (t25-cards): shapes of clean cards of the older development sets: a lone "het" before a listed surname
     * as the pronoun ({@link SpokenNameInPersonSlot}), a compass part closing a listed organisation before a bracket
     * ({@link PersonNameDetector}'s describedAfter), a care department's acronym after a kin word ({@link
     * CareDepartmentAcronym}), a word of address opening a quote ({@link AddressWordInQuote}) and a housing
     * corporation's compound in a note about the home ({@link HousingCompoundInHousingNote}); with the person slots
     * and addresses beside them that stay refused (the neighbourhood endings after "in de" were switched off after
     * review).
     */
    @TestFactory
    Stream<DynamicTest> everyRound25T25CardsRule() {
        return rules("/screening/rules-round25-t25-cards.tsv");
    }

    /**
     * Round 25 (t25-held): words of the clean cards and allowed sentences of development sets #83-#86: a Bible
     * reference ({@link BibleReference}), God's devout title in a subordinate clause and before a gift of God ({@link
     * DivineTitle}), the patient's medical shorthand opening a note ({@link PersonNounOpeningNote}), an English
     * month's abbreviation before a day ({@link ForeignDateWords}) and "and" in a run of places ({@link
     * CoordinatedPlaces}); with the person slots beside them that stay refused. The card's place in the template's
     * header line ({@link CardPlaces}) is tested on cards in {@code CardWordsRound25HeldTest}.
     */
    @TestFactory
    Stream<DynamicTest> everyRound25T25HeldRule() {
        return rules("/screening/rules-round25-t25-held.tsv");
    }

    /**
     * Round 25 (t25-new): the shapes of development sets #87 and #88: a surname entry before ", fam."
     * ({@link SurnameBeforeInvertedFamilyTitle}), a lower-case given name before a relation to someone
     * ({@link NameBeforeBracketedRelation}), a caravan's pitch as an address ({@link AddressDetector}), a given name
     * naming "een jongen" at a sentence's end ({@link GivenNameNamingPersonNoun}), initials of two letters
     * ({@link TwoLetterInitial}), a mosque before the Dutch "moskee" ({@link MosqueNameBeforeDutchHead}), the ends of a
     * route ({@link RouteNounPlaces}), a part of a place ({@link PlaceSubjectPredicate}) and the card's title before a
     * dash ({@link CardPlaces}); with the shapes of the other side beside them.
     */
    @TestFactory
    Stream<DynamicTest> everyRound25T25NewRule() {
        return rules("/screening/rules-round25-t25-new.tsv");
    }

    /**
     * Round 25 (t25-items): personal data that still got through on the development sets: a letter's salutation
     * before a surname ({@link PersonNameDetector}), a capitalised particle after a family word ({@link
     * SurnameAfterFamilyTitle}), a plural family word with a plural verb ({@link AbroadPlaceAfterKin}), a participle
     * clause between commas and a teknonym ({@link NameGivenToPerson}), the English "and" ({@link
     * CoordinatedGivenName}), a two-letter lower-case given name opening a note, a bracketed area code ({@link
     * PhoneDetector}), a bracketed word before a document number's colon ({@link DocumentNumberAfterLabel}); with the
     * shapes of the other side beside them.
     */
    @TestFactory
    Stream<DynamicTest> everyRound25T25ItemsRule() {
        return rules("/screening/rules-round25-t25-items.tsv");
    }

    /**
     * Round 26 (t26-held): the shapes of the held-out sets #89/#90 (development data now): an apposition that is no
     * list item ({@link NounInLowerCaseList}), a romanised hyphenated given name ({@link HyphenatedGivenName}), a
     * surname in capitals before a person's verb ({@link CapitalsSubjectBeforeVerb}), a nickname after a verb of
     * naming ({@link NicknameAfterNamingVerb}), a street's side and a relative's home before a street ({@link
     * AddressDetector}, {@link HomeOfPerson}), a profile path on any site ({@link UrlDetector}); the words of the
     * clean cards: a Brabant verb before "gij" ({@link DialectVerbBeforeGij}), a quality noun opening a scored line
     * ({@link NounBeforeInstrumentScore}), an English possessive opening an English quote ({@link
     * EnglishPossessiveOpening}), a province after an organisation ({@link CompassDistrict}); and of the allowed
     * sentences: a marriage's date ({@link BirthDateDetector}), {@link MixedCaseAcronym}, {@link AcronymAfterArticle},
     * {@link DepartmentAfterHospital}, {@link MeasurementLabel}, a compass district after a role ({@link
     * TerritorialRolePlace}), {@link ArticleNamedInstitutionCompound}, {@link SchoolConceptBeforeSchool}; with the
     * shapes of the other side beside them (rows t26h-52..60 from review rb).
     */
    @TestFactory
    Stream<DynamicTest> everyRound26T26HeldRule() {
        return rules("/screening/rules-round26-t26-held.tsv");
    }

    /**
     * Round 26 (t26-cards): an article neighbourhood whose word is a listed surname ("De Haverkamp"), put by the text in
     * two place slots, one of them strong (a visit or dwelling noun and "in", a verb of living and "in"; {@link
     * ArticleNeighbourhoodOnCard}); with one slot alone, two weak slots, a person slot, a kin word or a family bracket
     * beside it, and the slots that name a foster family as often (brackets after a place, a child's birth year before
     * "in", "verhuisd naar"; review ra), that stay refused. The card-level side is tested in {@code
     * CardWordsRound26CardsTest}.
     */
    @TestFactory
    Stream<DynamicTest> everyRound26T26CardsRule() {
        return rules("/screening/rules-round26-t26-cards.tsv");
    }

    /**
     * Round 26 (t26-items): personal data that still got through on the development sets: a given name's genitive
     * before a family word ({@link PossessiveGivenNameBeforeKin}), a name in capitals after "volgens", opening a clause
     * before a person's verb or in a register's "SURNAME, GIVEN NAME" ({@link ShoutedNameInPersonSlot}), "volgens X
     * zelf" ({@link SurnameBeforeZelf}), the object of "noemt" and a quoted name "dat is haar naam" ({@link
     * NamingVerbObject}), "leert" as a person's verb, a vocative in a quote ({@link VocativeInQuote}), the writer of a
     * quoted message ({@link GivenNameBeforeWritingColon}), a surname before its organisation in brackets ({@link
     * SurnameBeforeBracketedOrganisation}), a person named with the organisation she works for ({@link
     * NameOfOrganisationMember}), a speaker's bracketed note before a birth-date answer ({@link BirthQuestionAnswer})
     * and a diary's path ({@link UrlDetector}); with the shapes of the other side beside them.
     */
    @TestFactory
    Stream<DynamicTest> everyRound26T26ItemsRule() {
        return rules("/screening/rules-round26-t26-items.tsv");
    }

    /**
     * Round 26 (t26-new): the shapes of development sets #93 and #94: a lower-case given name that is a word too
     * before a listed place and a verb ({@link PersonNameDetector}), a street named by a place's adjective ({@link
     * AddressDetector}), a site named as a parent's own ({@link UrlDetector}), a region named "Hart/Land/Kop van"
     * a place ({@link RegionNameOfHeadAndPlace}), a family word or a dwelling before "in" and a compound of a word and
     * a family word ({@link PersonNameDetector}); with the shapes of the other side beside them.
     */
    @TestFactory
    Stream<DynamicTest> everyRound26T26NewRule() {
        return rules("/screening/rules-round26-t26-new.tsv");
    }
}
