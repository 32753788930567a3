package nl.vhkgateway.interfaces.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Finding 6 of the security review: cross-site form posts reached deactivate, quarantine release and reprocess. */
class CrossSiteRequestPolicyTest {

    private static final String HOST = "gateway.example.nl";

    @Test
    void aFormPostFromAnotherSiteIsRefused() {
        assertEquals(Optional.of(403), CrossSiteRequestPolicy.refusal("POST", "/api/organisations/3/deactivate",
                "https://evil.example", HOST, "application/x-www-form-urlencoded", null));
        assertEquals(Optional.of(403), CrossSiteRequestPolicy.refusal("POST", "/api/quarantine/7/release",
                "null", HOST, null, null));
        assertEquals(Optional.of(403), CrossSiteRequestPolicy.refusal("DELETE", "/api/quarantine/7",
                null, HOST, null, "cross-site"));
        assertEquals(Optional.of(403), CrossSiteRequestPolicy.refusal("POST", "/api/submissions/5/reprocess",
                "https://gateway.example.nl.evil.example", HOST, "application/json", null));
    }

    @Test
    void aFormBodyIsRefusedEvenWithoutOrigin() {
        assertEquals(Optional.of(415), CrossSiteRequestPolicy.refusal("POST", "/api/submissions/5/reprocess",
                null, HOST, "text/plain", null));
        assertEquals(Optional.of(415), CrossSiteRequestPolicy.refusal("PUT", "/api/participants/5",
                null, HOST, "multipart/form-data; boundary=x", null));
    }

    @Test
    void theApiItselfAndTheCardUploadPass() {
        assertEquals(Optional.empty(), CrossSiteRequestPolicy.refusal("POST", "/api/consents", null, HOST,
                "application/json", null));
        assertEquals(Optional.empty(), CrossSiteRequestPolicy.refusal("POST", "/api/consents",
                "https://gateway.example.nl", HOST, "application/json; charset=UTF-8", "same-origin"));
        assertEquals(Optional.empty(), CrossSiteRequestPolicy.refusal("POST", "/api/consents",
                "http://127.0.0.1:8080", "127.0.0.1:8080", "application/json", null));
        assertEquals(Optional.empty(), CrossSiteRequestPolicy.refusal("POST", "/api/submissions/5/reprocess",
                null, HOST, null, null));
        assertEquals(Optional.empty(), CrossSiteRequestPolicy.refusal("POST", "/api/screen", null, HOST,
                "multipart/form-data; boundary=x", null));
        assertEquals(Optional.empty(), CrossSiteRequestPolicy.refusal("GET", "/api/audit",
                "https://evil.example", HOST, null, null));
    }
}
