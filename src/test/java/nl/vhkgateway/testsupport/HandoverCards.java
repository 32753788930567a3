package nl.vhkgateway.testsupport;

import nl.vhkgateway.domain.card.CardPart;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.testsupport.docx.WordDocxBuilder;
import nl.vhkgateway.testsupport.docx.WordDocxBuilder.Property;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Veiligheidskaarten for handover tests: the Persoonsgegevens filled (fictitious person), authorship in the
 * document (creator, last modified by, title, company, a custom property, a comment and a tracked insertion by a
 * named author), and the handover cover fields. Built with {@link WordDocxBuilder}. Stateless.
 */
public final class HandoverCards {

    /** The fictitious author whose name must not reach the partner. */
    public static final String AUTHOR = "Marieke Verhoeven";
    /** The fictitious youth named in the Persoonsgegevens (personal data is expected in a handover). */
    public static final String YOUTH = "Jesse van den Berg";

    private HandoverCards() {
    }

    /** A card for this receiver, case and consent number ("" leaves a field out). */
    public static byte[] card(String receiver, String caseReference, String consentNumber) {
        return card(receiver, caseReference, consentNumber, "");
    }

    /** A card with a purpose field too ("" leaves it out). */
    public static byte[] card(String receiver, String caseReference, String consentNumber, String purpose) {
        Map<Section, String> cover = new LinkedHashMap<>();
        cover.put(Section.DATUM, "16-11-2026");
        cover.put(Section.SOORT_INBRENG, "Overdracht");
        cover.put(Section.JEUGDIGE, "J. (2012)");
        cover.put(Section.INBRENGER, "M. Verhoeven, casusregisseur, gemeente Roosendaal");
        cover.put(Section.VASTE_DEELNEMER, "Vaste deelnemer Toegang Roosendaal");
        cover.put(Section.GEMEENTE, "Roosendaal");
        cover.put(Section.INSTEMMING, "Ja, moeder en J. stemmen in met de overdracht.");
        if (!receiver.isEmpty()) {
            cover.put(Section.OVERDRACHT_AAN, receiver);
        }
        if (!caseReference.isEmpty()) {
            cover.put(Section.CASUSNUMMER, caseReference);
        }
        if (!consentNumber.isEmpty()) {
            cover.put(Section.TOESTEMMINGSNUMMER, consentNumber);
        }
        if (!purpose.isEmpty()) {
            cover.put(Section.DOEL_OVERDRACHT, purpose);
        }
        WordDocxBuilder card = WordDocxBuilder.card().seed(5).layout(WordDocxBuilder.Layout.TABLE).labelColon(true)
                .property(Property.CREATOR, AUTHOR)
                .property(Property.LAST_MODIFIED_BY, AUTHOR)
                .property(Property.TITLE, "Overdracht " + YOUTH)
                .property(Property.COMPANY, "Gemeente Roosendaal")
                .customProperty("Dossiernummer", "ROOS-88213")
                .part(CardPart.VOORBLAD);
        cover.forEach(card::section);
        card.part(CardPart.VEILIGHEIDSKAART)
                .section(Section.GEZINSSAMENSTELLING, "Moeder (1986), J. (2012) en zusje L. (2018).")
                .comment(AUTHOR, "MV", "Nog navragen bij school")
                .section(Section.ONVEILIGHEID, "Herhaald huiselijk geweld waar de kinderen bij zijn.")
                .insertion(AUTHOR, " Politie is twee keer ter plaatse geweest.")
                .section(Section.KRACHTEN, "Moeder zoekt steun bij haar zus.")
                .section(Section.RISICOFACTOREN, "Schulden, weinig netwerk.")
                .section(Section.STEM_JEUGDIGE, "J. wil dat het thuis rustig wordt.")
                .section(Section.STEM_OUDERS, "Moeder wil hulp.")
                .section(Section.VISIE_INBRENGER, "Veilig Thuis moet de veiligheid beoordelen.")
                .section(Section.VEILIGHEIDSSCORE, "3")
                .part(CardPart.PERSOONSGEGEVENS)
                .section(Section.NAAM_JEUGDIGE, YOUTH)
                .section(Section.GEBOORTEDATUM, "14-05-2012")
                .section(Section.BSN, "123456782")
                .section(Section.ADRES, "Lindelaan 12, 4701 AB Roosendaal")
                .section(Section.OUDERS_GEZAGDRAGERS, "Sandra van den Berg (moeder, gezag)")
                .section(Section.TELEFOON, "06-12345678");
        return card.build();
    }
}
