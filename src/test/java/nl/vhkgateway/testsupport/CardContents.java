package nl.vhkgateway.testsupport;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vhkgateway.domain.card.CardContent;
import nl.vhkgateway.domain.card.CardPart;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.card.Location;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.card.TextSegment;

/** Builds {@link CardContent} the way a card reader would for a label|value table, for tests of the rules. */
public final class CardContents {

    private final Map<Section, String> values = new EnumMap<>(Section.class);

    private CardContents() {
    }

    /** A complete, clean card of a youth of 15 with consent. */
    public static CardContents complete() {
        CardContents card = new CardContents();
        card.values.put(Section.DATUM, "14-10-2026");
        card.values.put(Section.SOORT_INBRENG, "Eerste inbreng");
        card.values.put(Section.JEUGDIGE, "J. (2011)");
        card.values.put(Section.INBRENGER, "P. de Vries, jeugdconsulent, gemeente Roosendaal");
        card.values.put(Section.VASTE_DEELNEMER, "A. Bakker");
        card.values.put(Section.GEMEENTE, "Roosendaal");
        card.values.put(Section.GEINFORMEERD, "Moeder en J. op 12-10-2026 gesproken, vader telefonisch geïnformeerd.");
        card.values.put(Section.INSTEMMING, "Ja, moeder en vader stemmen in met bespreking.");
        card.values.put(Section.VRAAG_AAN_VHT, "Is een interventiegesprek met de Raad nodig?");
        card.values.put(Section.GEZINSSAMENSTELLING, "Moeder (1984), J. (2011), broertje D. (2016).");
        card.values.put(Section.ONVEILIGHEID, "Er zijn herhaaldelijk ruzies waarbij J. klem komt te zitten.");
        card.values.put(Section.KRACHTEN, "Moeder zoekt hulp; oma is een steunfiguur.");
        card.values.put(Section.RISICOFACTOREN, "Schulden, middelengebruik vader.");
        card.values.put(Section.STEM_JEUGDIGE, "J. zegt dat hij zich thuis niet veilig voelt als vader drinkt.");
        card.values.put(Section.STEM_OUDERS, "Moeder wil dat het rustig wordt thuis.");
        card.values.put(Section.VISIE_INBRENGER, "Vrijwillig kader lijkt onvoldoende.");
        card.values.put(Section.VEILIGHEIDSSCORE, "3");
        card.values.put(Section.NAAM_JEUGDIGE, "");
        card.values.put(Section.BSN, "n.v.t.");
        return card;
    }

    public CardContents with(Section section, String value) {
        values.put(section, value);
        return this;
    }

    public CardContents without(Section section) {
        values.remove(section);
        return this;
    }

    public CardContent build() {
        List<TextSegment> segments = new ArrayList<>();
        Set<CardPart> parts = EnumSet.noneOf(CardPart.class);
        int row = 1;
        for (Map.Entry<Section, String> entry : values.entrySet()) {
            Section section = entry.getKey();
            parts.add(section.part());
            String detail = "tabel 1, rij " + row++;
            segments.add(new TextSegment(section.label(), Location.inSection(DocumentPart.TABLE, section, detail)));
            segments.add(new TextSegment(entry.getValue(), Location.inSection(DocumentPart.TABLE, section, detail)));
        }
        return new CardContent(segments, values, parts);
    }
}
