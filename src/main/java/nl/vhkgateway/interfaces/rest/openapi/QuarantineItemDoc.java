package nl.vhkgateway.interfaces.rest.openapi;

import java.util.List;

/** OpenAPI schema {@code QuarantineItem} (documentation only: the API writes this shape with JSON-P). */
@SchemaDoc(name = "QuarantineItem", description = "Een inzending in (of uit) quarantaine: metagegevens, nooit inhoud.")
public class QuarantineItemDoc {

    @SchemaDoc(description = "Nummer van de inzending", example = "480")
    public long id;

    @SchemaDoc(description = "Status", example = "QUARANTINED")
    public String state;

    @SchemaDoc(description = "Ontvangen", example = "2026-03-02T09:15:00Z")
    public String receivedAt;

    @SchemaDoc(description = "Bytes", example = "48213")
    public long size;

    @SchemaDoc(description = "SHA-256", example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
    public String sha256;

    @SchemaDoc(description = "Message-ID", example = "<x@elders.test>")
    public String messageId;

    @SchemaDoc(description = "Is de inhoud nog bewaard", example = "true")
    public boolean contentKept;

    @SchemaDoc(description = "Afzender volgens de mail", example = "onbekend@elders.test")
    public String claimedSender;

    @SchemaDoc(description = "In quarantaine sinds", example = "2026-03-02T09:15:02Z")
    public String quarantinedAt;

    @SchemaDoc(description = "Reden (code)", example = "UNKNOWN_SENDER")
    public String reason;

    @SchemaDoc(description = "Oordeel over de afzender", example = "UNKNOWN_SENDER")
    public String senderVerdict;

    @SchemaDoc(description = "Oordeel van de screener", example = "INVALID")
    public String screeningVerdict;

    @SchemaDoc(description = "Inbrengnummer", example = "VHT-2026-0042")
    public String submissionNumber;

    @SchemaDoc(description = "Redenen", example = "NOT_REGISTERED")
    public List<String> reasonCodes;

    @SchemaDoc(description = "Geschiedenis (alleen bij één inzending)")
    public List<StateChangeDoc> history;
}
