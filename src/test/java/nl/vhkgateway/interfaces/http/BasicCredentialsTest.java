package nl.vhkgateway.interfaces.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    private static String basic(byte[] login) {
        return "Basic " + Base64.getEncoder().encodeToString(login);
    }

    private static String basic(String login) {
        return basic(login.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsUserAndPasswordInUtf8WithAColonInThePassword() {
        BasicCredentials credentials = BasicCredentials.parse(basic("zoë@x.test:ge:heim")).orElseThrow();
        assertEquals("zoë@x.test", credentials.user());
        assertArrayEquals("ge:heim".toCharArray(), credentials.password());
    }

    @Test
    void anEmptyPasswordIsReadButIncomplete() {
        assertTrue(BasicCredentials.parse(basic("beheerder:")).orElseThrow().incomplete());
    }

    @Test
    void malformedHeadersGiveNothingInsteadOfAnException() {
        for (String header : new String[] {"Basic", "Basic ", "Basic !!!", "Bearer abc", basic("beheerder"),
                basic(":secret"), basic(new byte[] {(byte) 0xff, (byte) 0xfe, ':', 'x'}), "Basic " + "A".repeat(9000),
                "Digest username=x"}) {
            assertTrue(BasicCredentials.parse(header).isEmpty(), header.length() > 40 ? "long header" : header);
        }
    }

    @Test
    void theSchemeIsCaseInsensitive() {
        assertTrue(BasicCredentials.parse("bAsIc " + Base64.getEncoder().encodeToString("a:b".getBytes(
                StandardCharsets.UTF_8))).isPresent());
    }
}
