package nl.vhkgateway.testsupport.intake;

import nl.vhkgateway.domain.card.CardPart;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.testsupport.docx.WordDocxBuilder;
import nl.vhkgateway.testsupport.docx.WordDocxBuilder.Layout;
import nl.vhkgateway.testsupport.docx.WordDocxBuilder.Property;

import java.util.function.UnaryOperator;

/**
 * Clean, complete Veiligheidskaarten for the intake tests (the demo card's values), with a chosen Soort inbreng and a
 * hook to add something (a comment, a header, a tracked change) to the cover before the rest is written. The author
 * and title properties are set on purpose: sanitising must remove them. All names are invented.
 */
public final class IntakeCards {

    /** The inbrenger named on the cover (allowed there; also the document's author property). */
    public static final String INBRENGER_NAME = "Anouk van Dijk";

    private IntakeCards() {
    }

    public static byte[] clean() {
        return card("Eerste inbreng", UnaryOperator.identity());
    }

    /** A clean card of this Soort inbreng (e.g. "Vervolgbespreking"). */
    public static byte[] ofKind(String soortInbreng) {
        return card(soortInbreng, UnaryOperator.identity());
    }

    /**
     * A card whose Voorblad gets {@code extra} applied right after the question to the team (inline additions go
     * into that value's paragraph).
     */
    public static byte[] card(String soortInbreng, UnaryOperator<WordDocxBuilder> extra) {
        WordDocxBuilder card = WordDocxBuilder.card().seed(2026).layout(Layout.TABLE).labelColon(true)
                .title("Veiligheidskaart VeiligheidsTeam West-Brabant West")
                .property(Property.CREATOR, INBRENGER_NAME).property(Property.TITLE, "Veiligheidskaart gezin")
                .part(CardPart.VOORBLAD)
                .section(Section.DATUM, "12-10-2026")
                .section(Section.SOORT_INBRENG, soortInbreng)
                .section(Section.JEUGDIGE, "N. (2012)")
                .section(Section.INBRENGER, INBRENGER_NAME + ", jeugdconsulent, gemeente Roosendaal")
                .section(Section.VASTE_DEELNEMER, "Martin Hoekstra, gemeente Roosendaal")
                .section(Section.GEMEENTE, "Roosendaal")
                .section(Section.GEINFORMEERD, "Moeder op 6-10-2026 (huisbezoek), vader op 7-10-2026 (telefonisch), "
                        + "N. op 8-10-2026 op school.")
                .section(Section.INSTEMMING, "Ja, moeder en vader stemmen in met de bespreking in het VHT.")
                .section(Section.VRAAG_AAN_VHT, "Is een interventiegesprek met de Raad voor de Kinderbescherming "
                        + "nodig, of is er een passend vervolg in het vrijwillig kader?");
        card = extra.apply(card);
        return card
                .section(Section.EXPERTS, "Medewerker verslavingszorg")
                .part(CardPart.VEILIGHEIDSKAART)
                .section(Section.GEZINSSAMENSTELLING, "Moeder (1985), vader (1982), N. (2012, 14 jaar) en zusje L. "
                        + "(2018).")
                .section(Section.ONVEILIGHEID, "Vader drinkt in het weekend veel. Op 27-9-2026 heeft een buurvrouw "
                        + "112 gebeld na een ruzie waarbij N. tussen ouders in stond.")
                .section(Section.KRACHTEN, "Moeder zoekt zelf hulp. Oma is een vaste steunfiguur. N. voetbalt graag.")
                .section(Section.RISICOFACTOREN, "Alcoholgebruik van vader; schulden; weinig netwerk.")
                .section(Section.STEM_JEUGDIGE, "N. zegt dat hij zich thuis niet veilig voelt als vader gedronken "
                        + "heeft. Hij wil dat de ruzies stoppen.")
                .section(Section.STEM_OUDERS, "Moeder erkent de zorgen en wil hulp. Vader vindt het overdreven, maar "
                        + "wil meewerken aan een veiligheidsplan.")
                .section(Section.VISIE_INBRENGER, "De veiligheid van N. en L. is onvoldoende geborgd; ambulante hulp "
                        + "alleen lijkt niet genoeg.")
                .section(Section.VEILIGHEIDSSCORE, "3 (inbrenger); moeder geeft een 5, vader een 7.")
                .part(CardPart.PERSOONSGEGEVENS)
                .section(Section.NAAM_JEUGDIGE, "Niet invullen bij inbreng")
                .section(Section.GEBOORTEDATUM, "")
                .section(Section.BSN, "")
                .section(Section.ADRES, "")
                .build();
    }
}
