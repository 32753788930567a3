package nl.vhkgateway.interfaces.rest.openapi;

import java.util.List;

/** OpenAPI schema {@code OutgoingMessage} (documentation only: the API writes this shape with JSON-P). */
@SchemaDoc(name = "OutgoingMessage", description = "Een uitgaand bericht van een inzending.")
public class OutgoingMessageDoc {

    @SchemaDoc(description = "Nummer", example = "12")
    public long id;

    @SchemaDoc(description = "Doel", example = "REFUSAL")
    public String purpose;

    @SchemaDoc(description = "Message-ID", example = "<r-479@gateway.test>")
    public String messageId;

    @SchemaDoc(description = "Ontvangers", example = "deelnemer@roosendaal.test")
    public List<String> recipients;

    @SchemaDoc(description = "PENDING, SENDING, SENT, FAILED", example = "SENT")
    public String state;

    @SchemaDoc(description = "Pogingen", example = "1")
    public int attempts;

    @SchemaDoc(description = "Verzonden (ISO 8601)", example = "2026-03-02T09:15:03Z")
    public String sentAt;

    @SchemaDoc(description = "Laatste fout")
    public ProcessingErrorDoc lastError;
}
