package nl.vhkgateway.application.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.vhkgateway.infrastructure.config.ScreeningServices;
import nl.vhkgateway.testsupport.screening.BlindCards;
import nl.vhkgateway.testsupport.screening.BlindSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The complete cards of every blind set ({@code src/test/resources/screening/<set>/cards/}), turned into real .docx
 * files (and mails, where the card names a mail subject, body or file name) by {@code PlainTextCard} and screened
 * through the real pipeline by {@link BlindCards}. A CLEAN card must be accepted; a DIRTY card must be refused with a
 * personal-data finding; every finding names its place, carries a fix and shows none of the card's personal data
 * unmasked; no personal-data item may be in an accepted card's forwarded copy. A card listed in the set's
 * {@code cards/known-failures.tsv} must show exactly the problems listed there (so a fix shows up).
 */
class BlindCardsTest {

    private static CardScreeningService cards;
    private static MailScreeningService mails;

    @BeforeAll
    static void start() {
        cards = ScreeningServices.cardScreening();
        mails = new MailScreeningService(cards);
    }

    @AfterAll
    static void stop() {
        cards.close();
    }

    static Stream<Arguments> blindCards() {
        List<Arguments> out = new ArrayList<>();
        for (BlindSet set : BlindSet.ALL) {
            for (BlindCards.BlindCard card : set.cards()) {
                if (!set.disputed().containsKey(card.file())) {
                    out.add(Arguments.of(set, card)); // a disputed card (disputed.tsv) is left out
                }
            }
        }
        return out.stream();
    }

    @Test
    void everySetHasItsCardsAndItsKnownFailuresNameRealCards() {
        for (BlindSet set : BlindSet.ALL) {
            List<BlindCards.BlindCard> all = set.cards();
            assertEquals(set.cardCount(), all.size(), set + " cards");
            for (String file : set.knownCardFailures().keySet()) {
                assertTrue(all.stream().anyMatch(c -> c.file().equals(file)), set + ": no card " + file);
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("blindCards")
    void screensTheCardAsTheAuthorExpects(BlindSet set, BlindCards.BlindCard card) {
        BlindCards.Outcome outcome = BlindCards.screen(set, card, cards, mails);
        Map<String, String> known = set.knownCardFailures();
        Set<BlindCards.Problem> expected = known.containsKey(card.file())
                ? BlindCards.expectedProblems(known.get(card.file())) : EnumSet.noneOf(BlindCards.Problem.class);
        assertEquals(expected, outcome.problems(), () -> set + " " + card + (expected.isEmpty() ? ""
                : " (listed in cards/known-failures.tsv: update it)") + "; findings " + outcome.refusedFor());
    }
}
