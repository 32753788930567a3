package nl.vhkgateway.domain.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.submission.SubmissionNumber;
import org.junit.jupiter.api.Test;

class MailCommandParserTest {

    private static final SubmissionNumber N42 = new SubmissionNumber(2026, 42);
    private final MailCommandParser parser = new MailCommandParser();

    private MailCommand parse(String subject) {
        return parser.parse(subject, Optional.empty()).orElseThrow();
    }

    @Test
    void theFourKeywordsCaseInsensitiveAlsoAfterReplyPrefixes() {
        assertEquals(new MailCommand.Accept(N42), parse("AKKOORD VHT-2026-0042"));
        assertEquals(new MailCommand.Accept(N42), parse("Re: akkoord vht-2026-0042"));
        assertEquals(new MailCommand.Accept(N42), parse("RE: Antw: Akkoord VHT-2026-0042 "));
        assertEquals(new MailCommand.Move(N42, LocalDate.of(2026, 12, 15)), parse("VERPLAATS VHT-2026-0042 2026-12-15"));
        assertEquals(new MailCommand.Move(N42, LocalDate.of(2026, 12, 15)), parse("Antw: verplaats VHT-2026-0042 15-12-2026"));
        assertEquals(new MailCommand.Decline(N42, "Casus loopt al bij Veilig Thuis"),
                parse("AFWIJZEN VHT-2026-0042 Casus loopt al bij Veilig Thuis"));
        assertEquals(new MailCommand.InviteExpert(N42, MailAddress.of("jeugdarts@ggd.example")),
                parse("expert VHT-2026-0042 jeugdarts@ggd.example"));
    }

    @Test
    void theReasonMayBeTheFirstNonEmptyBodyLine() {
        assertEquals(new MailCommand.Decline(N42, "Geen VHT-casus"),
                parser.parse("AFWIJZEN VHT-2026-0042", Optional.of("Geen VHT-casus")).orElseThrow());
        MailCommand missing = parser.parse("AFWIJZEN VHT-2026-0042", Optional.empty()).orElseThrow();
        assertInstanceOf(MailCommand.Invalid.class, missing);
        assertEquals(Optional.of(N42), missing.numberIfKnown());
    }

    @Test
    void aSubjectWithoutAKeywordIsNoCommand() {
        for (String subject : new String[] {"", "Re: Nieuwe inbreng VHT-2026-0042", "Akkoord, prima",
                "Akkoordverklaring VHT-2026-0042", "VHT-2026-0042 AKKOORD", "Vraag over de agenda"}) {
            assertTrue(parser.parse(subject, Optional.empty()).isEmpty(), subject);
        }
    }

    @Test
    void aKeywordWithWrongArgumentsIsInvalidWithADutchExplanation() {
        for (String subject : new String[] {"AKKOORD", "AKKOORD VHT-2026-42", "AKKOORD VHT-2026-0042 en meer",
                "VERPLAATS VHT-2026-0042", "VERPLAATS VHT-2026-0042 2026-13-40", "VERPLAATS VHT-2026-0042 morgen",
                "EXPERT VHT-2026-0042", "EXPERT VHT-2026-0042 geen-adres", "EXPERT VHT-2026-0042 a@b.nl c@d.nl"}) {
            MailCommand.Invalid invalid = assertInstanceOf(MailCommand.Invalid.class, parse(subject), subject);
            assertTrue(!invalid.problem().isBlank());
        }
        assertEquals(Optional.empty(), parse("AKKOORD").numberIfKnown());
    }
}
