package nl.vhkgateway.testsupport.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.vhkgateway.domain.card.CardPart;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.testsupport.docx.WordDocxBuilder;
import nl.vhkgateway.testsupport.docx.WordDocxBuilder.Layout;
import nl.vhkgateway.testsupport.docx.WordDocxBuilder.Property;

/**
 * Writes the two demo cards in docs/demo: a clean, complete card the demo sends
 * ({@code voorbeeld-veiligheidskaart.docx}) and the same card with personal data in it
 * ({@code voorbeeld-met-persoonsgegevens.docx}). Run once; the files are committed and checked by DemoCardsTest.
 * All names and numbers are invented.
 * <pre>mvn -o -q test-compile exec:java -Dexec.classpathScope=test
 *     -Dexec.mainClass=nl.vhkgateway.testsupport.corpus.DemoCards -Dexec.args=docs/demo</pre>
 */
public final class DemoCards {

    private DemoCards() {
    }

    /** The clean, complete demo card. */
    public static byte[] clean() {
        return card(false);
    }

    /** The demo card with a name, a phone number, a birth date and a filled Persoonsgegevens part. */
    public static byte[] withPersonalData() {
        return card(true);
    }

    private static byte[] card(boolean personalData) {
        WordDocxBuilder card = WordDocxBuilder.card().seed(2026).layout(Layout.TABLE).labelColon(true)
                .title("Veiligheidskaart VeiligheidsTeam West-Brabant West")
                .header("Vertrouwelijk - alleen voor het VeiligheidsTeam")
                .property(Property.CREATOR, "Anouk van Dijk").property(Property.TITLE, "Veiligheidskaart")
                .part(CardPart.VOORBLAD)
                .section(Section.DATUM, "12-10-2026")
                .section(Section.SOORT_INBRENG, "\u2612 Eerste inbreng \u2610 Vervolgbespreking \u2610 Monitoring "
                        + "\u2610 Overdracht")
                .section(Section.JEUGDIGE, personalData ? "Noah Verbeek (14-03-2012)" : "N. (2012)")
                .section(Section.INBRENGER, "Anouk van Dijk, jeugdconsulent, gemeente Roosendaal")
                .section(Section.VASTE_DEELNEMER, "Martin Hoekstra, gemeente Roosendaal")
                .section(Section.GEMEENTE, "Roosendaal")
                .section(Section.GEDRAGSDESKUNDIGE, "Ja, gedragswetenschapper van het wijkteam, op 5-10-2026")
                .section(Section.GEINFORMEERD, "Moeder op 6-10-2026 (huisbezoek), vader op 7-10-2026 (telefonisch), "
                        + "N. op 8-10-2026 op school.")
                .section(Section.INSTEMMING, "Ja, moeder en vader stemmen in met de bespreking in het VHT.")
                .section(Section.VRAAG_AAN_VHT, "Is een interventiegesprek met de Raad voor de Kinderbescherming "
                        + "nodig, of is er een passend vervolg in het vrijwillig kader?")
                .section(Section.EXPERTS, "Medewerker verslavingszorg")
                .part(CardPart.VEILIGHEIDSKAART)
                .section(Section.GEZINSSAMENSTELLING, "Moeder (1985), vader (1982), N. (2012, 14 jaar) en zusje L. "
                        + "(2018). Oma (moederskant) woont in Etten-Leur.")
                .section(Section.ONVEILIGHEID, personalData
                        ? "Vader drinkt in het weekend veel. Op 27-9-2026 heeft de buurvrouw, mevrouw De Graaf, 112 "
                                + "gebeld na een ruzie. Moeder is bereikbaar op 06-48213579."
                        : "Vader drinkt in het weekend veel. Op 27-9-2026 heeft een buurvrouw 112 gebeld na een "
                                + "ruzie waarbij N. tussen ouders in stond.")
                .section(Section.PATROON, "Sinds 2023 periodes van onrust, vooral rond de feestdagen.")
                .section(Section.KRACHTEN, "Moeder zoekt zelf hulp. Oma is een vaste steunfiguur. N. voetbalt graag.")
                .section(Section.RISICOFACTOREN, "Alcoholgebruik van vader; schulden; weinig netwerk.")
                .section(Section.STEM_JEUGDIGE, "N. zegt dat hij zich thuis niet veilig voelt als vader gedronken "
                        + "heeft. Hij wil dat de ruzies stoppen.")
                .section(Section.STEM_OUDERS, "Moeder erkent de zorgen en wil hulp. Vader vindt het overdreven, maar "
                        + "wil meewerken aan een veiligheidsplan.")
                .section(Section.VISIE_INBRENGER, "De veiligheid van N. en L. is onvoldoende geborgd; ambulante hulp "
                        + "alleen lijkt niet genoeg.")
                .section(Section.VEILIGHEIDSSCORE, "3 (inbrenger); moeder geeft een 5, vader een 7.")
                .section(Section.BETROKKEN_HULPVERLENING, "Wijkteam Roosendaal, huisarts, school (intern begeleider).")
                .part(CardPart.PERSOONSGEGEVENS)
                .section(Section.NAAM_JEUGDIGE, personalData ? "Noah Verbeek" : "Niet invullen bij inbreng")
                .section(Section.GEBOORTEDATUM, personalData ? "14-03-2012" : "")
                .section(Section.BSN, "")
                .section(Section.ADRES, "");
        if (personalData) {
            card.comment("Anouk van Dijk", "AvD", "Oom Sander wil ook meepraten.");
        }
        return card.build();
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "docs/demo");
        Files.createDirectories(dir);
        Files.write(dir.resolve("voorbeeld-veiligheidskaart.docx"), clean());
        Files.write(dir.resolve("voorbeeld-met-persoonsgegevens.docx"), withPersonalData());
    }
}
