package nl.vhkgateway.domain.screening.completeness;

import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.screening.MissingItem;

/**
 * When any youth on the card is 12 or older in the card's year (card year minus birth year), Stem van de jeugdige
 * is present and filled (000: "Is de jeugdige twaalf jaar of ouder, dan is het verplicht de stem van de jeugdige te
 * laten horen"). For younger youths it is recommended, not required. Thread-safe.
 */
public final class YouthVoiceFromTwelve implements CompletenessRule {

    @Override
    public String name() {
        return "youth-voice-from-12";
    }

    @Override
    public CompletenessResult evaluate(CardUnderReview card) {
        if (!card.facts().anyYouthAged12OrOlder(card.cardYear()) || card.facts().youthVoicePresent()) {
            return CompletenessResult.satisfied();
        }
        return CompletenessResult.missing(MissingItem.section(Section.STEM_JEUGDIGE,
                "Een jeugdige is 12 jaar of ouder: beschrijf bij 'Stem van de jeugdige' wat de jeugdige zelf zegt"
                        + " (of welke moeite je hebt gedaan om de jeugdige te spreken)."));
    }
}
