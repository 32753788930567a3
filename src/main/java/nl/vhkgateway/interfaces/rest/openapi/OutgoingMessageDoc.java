package nl.vhkgateway.interfaces.rest.openapi;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI schema {@code OutgoingMessage} (documentation only: the API writes this shape with JSON-P). */
@Schema(name = "OutgoingMessage", description = "Een uitgaand bericht van een inzending.")
public class OutgoingMessageDoc {

    @Schema(description = "Nummer", example = "12")
    public long id;

    @Schema(description = "Doel", example = "REFUSAL")
    public String purpose;

    @Schema(description = "Message-ID", example = "<r-479@gateway.test>")
    public String messageId;

    @Schema(description = "Ontvangers", example = "deelnemer@roosendaal.test")
    public List<String> recipients;

    @Schema(description = "PENDING, SENDING, SENT, FAILED", example = "SENT")
    public String state;

    @Schema(description = "Pogingen", example = "1")
    public int attempts;

    @Schema(description = "Verzonden (ISO 8601)", example = "2026-03-02T09:15:03Z")
    public String sentAt;

    @Schema(description = "Laatste fout")
    public ProcessingErrorDoc lastError;
}
