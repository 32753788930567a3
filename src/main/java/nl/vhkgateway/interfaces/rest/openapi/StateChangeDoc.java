package nl.vhkgateway.interfaces.rest.openapi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI schema {@code StateChange} (documentation only: the API writes this shape with JSON-P). */
@Schema(name = "StateChange", description = "Een statuswijziging.")
public class StateChangeDoc {

    @Schema(description = "Vorige status", example = "REFUSING")
    public String from;

    @Schema(description = "Nieuwe status", example = "REFUSED")
    public String to;

    @Schema(description = "Reden (code)", example = "ALL_MESSAGES_SENT")
    public String reason;

    @Schema(description = "Tijdstip (ISO 8601)", example = "2026-03-02T09:15:03Z")
    public String at;
}
