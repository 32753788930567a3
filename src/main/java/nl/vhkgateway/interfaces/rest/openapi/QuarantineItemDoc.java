package nl.vhkgateway.interfaces.rest.openapi;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI schema {@code QuarantineItem} (documentation only: the API writes this shape with JSON-P). */
@Schema(name = "QuarantineItem", description = "Een inzending in (of uit) quarantaine: metagegevens, nooit inhoud.")
public class QuarantineItemDoc {

    @Schema(description = "Nummer van de inzending", example = "480")
    public long id;

    @Schema(description = "Status", example = "QUARANTINED")
    public String state;

    @Schema(description = "Ontvangen", example = "2026-03-02T09:15:00Z")
    public String receivedAt;

    @Schema(description = "Bytes", example = "48213")
    public long size;

    @Schema(description = "SHA-256", example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
    public String sha256;

    @Schema(description = "Message-ID", example = "<x@elders.test>")
    public String messageId;

    @Schema(description = "Is de inhoud nog bewaard", example = "true")
    public boolean contentKept;

    @Schema(description = "Afzender volgens de mail", example = "onbekend@elders.test")
    public String claimedSender;

    @Schema(description = "In quarantaine sinds", example = "2026-03-02T09:15:02Z")
    public String quarantinedAt;

    @Schema(description = "Reden (code)", example = "UNKNOWN_SENDER")
    public String reason;

    @Schema(description = "Oordeel over de afzender", example = "UNKNOWN_SENDER")
    public String senderVerdict;

    @Schema(description = "Oordeel van de screener", example = "INVALID")
    public String screeningVerdict;

    @Schema(description = "Inbrengnummer", example = "VHT-2026-0042")
    public String submissionNumber;

    @Schema(description = "Redenen", example = "NOT_REGISTERED")
    public List<String> reasonCodes;

    @Schema(description = "Geschiedenis (alleen bij één inzending)")
    public List<StateChangeDoc> history;
}
