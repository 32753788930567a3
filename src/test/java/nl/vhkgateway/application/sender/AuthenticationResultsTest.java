package nl.vhkgateway.application.sender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Examples from RFC 8601 Appendix B and the shapes real servers write. */
class AuthenticationResultsTest {

    private static AuthenticationResults parse(String value) {
        return AuthenticationResults.parse(value).orElseThrow();
    }

    @Test
    void noResults() {
        AuthenticationResults results = parse("example.org 1; none");
        assertEquals("example.org", results.authservId());
        assertEquals(List.of(), results.results());
    }

    @Test
    void oneMethodWithAProperty() {
        AuthenticationResults results = parse("example.com; spf=pass smtp.mailfrom=example.net");
        AuthenticationResults.MethodResult spf = results.resultsOf("spf").get(0);
        assertEquals("pass", spf.result());
        assertEquals(Optional.of("example.net"), spf.property("smtp.mailfrom"));
    }

    @Test
    void severalMethodsWithCommentsAndFolding() {
        AuthenticationResults results = parse("example.com;\r\n          auth=pass (cram-md5) smtp.auth=sender@example.net;"
                + "\r\n          spf=pass smtp.mailfrom=example.net");
        assertEquals(List.of("auth", "spf"), results.results().stream().map(r -> r.method()).toList());
        assertEquals(Optional.of("sender@example.net"), results.resultsOf("auth").get(0).property("smtp.auth"));
    }

    @Test
    void methodVersionsCaseAndSpacesAroundEqualsAreNormalised() {
        AuthenticationResults results = parse("MX.Example.COM; DKIM/1 = FAIL reason=\"bad; sig\" header.d = Example.ORG"
                + " (nested (comment)) header.s=sel");
        AuthenticationResults.MethodResult dkim = results.resultsOf("dkim").get(0);
        assertEquals("mx.example.com", results.authservId());
        assertEquals("fail", dkim.result());
        assertEquals(Optional.of("bad; sig"), dkim.property("reason"));
        assertEquals(Optional.of("Example.ORG"), dkim.property("header.d"));
        assertEquals(Optional.of("sel"), dkim.property("header.s"));
    }

    @Test
    void unreadableFieldsYieldNothing() {
        assertTrue(AuthenticationResults.parse("example.com; dkim=pass (unclosed").isEmpty());
        assertTrue(AuthenticationResults.parse("example.com; dkim").isEmpty());
        assertTrue(AuthenticationResults.parse("").isEmpty());
        assertTrue(AuthenticationResults.parse("dkim=pass; spf=pass").isEmpty());
        assertTrue(AuthenticationResults.parse(null).isEmpty());
    }
}
