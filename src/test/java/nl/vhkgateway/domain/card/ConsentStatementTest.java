package nl.vhkgateway.domain.card;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.vhkgateway.domain.card.ConsentStatement.Answer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConsentStatementTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ja|YES|false|false",
            "ja, beide ouders stemmen in|YES|false|false",
            "Ouders zijn akkoord met bespreking|YES|false|false",
            "☒ Ja ☐ Nee|YES|false|false",
            "[x] ja [ ] nee|YES|false|false",
            "Ja/Nee|UNANSWERED|false|false",
            "☐ Ja ☐ Nee|UNANSWERED|false|false",
            "Nee|NO|false|false",
            "Nee, ouders willen niet dat de gemeente zich ermee bemoeit.|NO|true|false",
            "Nee, omdat moeder bang is voor uithuisplaatsing. Gezien de ernst van de zorgen breng ik de kaart toch in.|NO|true|true",
            "Nee. Reden: ouders vertrouwen de hulpverlening niet. Onderbouwing: de veiligheid van J. gaat voor.|NO|true|true",
            "Moeder ja, vader nee, want hij wil geen bemoeienis. De inbrenger brengt de kaart toch in.|NO|true|true",
            "☐ Ja ☒ Nee - ouders zien geen zorgen; desondanks wordt de kaart ingebracht|NO|true|true",
            "Geen instemming van vader.|NO|false|false",
            "Besproken met moeder|UNCLEAR|false|false",
            "Nee. Vader en moeder hebben aangegeven dat zij zich niet herkennen in het beeld dat de school schetst. "
                    + "Zij willen eerst zelf proberen de rust in huis te herstellen met steun van hun familie.|NO|true|true",
    })
    void readsAnswerReasonAndJustification(String value, Answer answer, boolean reason, boolean justification) {
        ConsentStatement statement = ConsentStatement.read(value);
        assertEquals(answer, statement.answer(), "answer");
        assertEquals(reason, statement.reasonGiven(), "reason");
        assertEquals(justification, statement.justificationGiven(), "justification");
    }
}
