package nl.vhkgateway.application.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SignatureTest {

    @Test
    void theBlockRunsFromTheClosingSalutationToAQuotedMessage() {
        Signature signature = Signature.split("Hoi,\n\nHierbij de kaart.\n\nMet vriendelijke groet,\nAnja Bakker\n"
                + "06-41234567\n\nVan: iemand\nOnderwerp: kaart\nTekst van toen");
        assertEquals("Hoi,\n\nHierbij de kaart.\n\n", signature.before());
        assertEquals("Met vriendelijke groet,\nAnja Bakker\n06-41234567\n\n", signature.block());
        assertTrue(signature.after().startsWith("Van: iemand"));
    }

    @Test
    void withoutASalutationTheLastParagraphIsTheCandidate() {
        Signature signature = Signature.split("Doorgestuurd.\n\nAnja Bakker\nVaste deelnemer");
        assertEquals("Anja Bakker\nVaste deelnemer", signature.block());
        assertEquals("", Signature.split("Alleen een regel.").block());
    }

    @Test
    void familyLinesAreKeptApartFromTheSendersLines() {
        String block = "Groet,\nAnja Bakker\nMoeder is bereikbaar op 06-29817364\nT 0165 579 111";
        assertEquals("Groet,\nAnja Bakker\nT 0165 579 111\n", Signature.senderLines(block));
        assertEquals("Moeder is bereikbaar op 06-29817364\n", Signature.familyLines(block));
    }
}
