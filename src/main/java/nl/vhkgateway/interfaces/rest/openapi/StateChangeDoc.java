package nl.vhkgateway.interfaces.rest.openapi;

/** OpenAPI schema {@code StateChange} (documentation only: the API writes this shape with JSON-P). */
@SchemaDoc(name = "StateChange", description = "Een statuswijziging.")
public class StateChangeDoc {

    @SchemaDoc(description = "Vorige status", example = "REFUSING")
    public String from;

    @SchemaDoc(description = "Nieuwe status", example = "REFUSED")
    public String to;

    @SchemaDoc(description = "Reden (code)", example = "ALL_MESSAGES_SENT")
    public String reason;

    @SchemaDoc(description = "Tijdstip (ISO 8601)", example = "2026-03-02T09:15:03Z")
    public String at;
}
