package nl.vhkgateway.interfaces.rest.openapi;

import java.util.List;

/** OpenAPI schema {@code Submission} (documentation only: the API writes this shape with JSON-P). */
@SchemaDoc(name = "Submission", description = "Een ontvangen inzending (alleen metagegevens, nooit inhoud).")
public class SubmissionDoc {

    @SchemaDoc(description = "Nummer van de inzending", example = "479")
    public long id;

    @SchemaDoc(description = "Status: RECEIVED, SCREENED, ROUTED, ACCEPTED, REFUSING, ERROR (bezig) of DELIVERED, REFUSED, QUARANTINED, DISCARDED (klaar)", example = "REFUSED")
    public String state;

    @SchemaDoc(description = "Message-ID van de mail", example = "<abc@roosendaal.test>")
    public String messageId;

    @SchemaDoc(description = "SHA-256 van de mail", example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
    public String sha256;

    @SchemaDoc(description = "Ontvangen (ISO 8601)", example = "2026-03-02T09:15:00Z")
    public String receivedAt;

    @SchemaDoc(description = "Grootte in bytes", example = "48213")
    public long size;

    @SchemaDoc(description = "Pogingen", example = "1")
    public int attempts;

    @SchemaDoc(description = "Laatst gewijzigd (ISO 8601)", example = "2026-03-02T09:15:03Z")
    public String updatedAt;

    @SchemaDoc(description = "Afzender volgens de mail", example = "deelnemer@roosendaal.test")
    public String sender;

    @SchemaDoc(description = "Inbrengnummer, zodra toegekend", example = "VHT-2026-0042")
    public String submissionNumber;

    @SchemaDoc(description = "Oordeel over de afzender", example = "ACCEPTED")
    public String senderVerdict;

    @SchemaDoc(description = "Oordeel van de screener: ACCEPT, REJECT, INVALID", example = "REJECT")
    public String screeningVerdict;

    @SchemaDoc(description = "Route: VHT of RVDK", example = "VHT")
    public String route;

    @SchemaDoc(description = "Redenen (codes)", example = "PERSON_NAME")
    public List<String> reasonCodes;

    @SchemaDoc(description = "Laatste fout")
    public ProcessingErrorDoc lastError;
}
