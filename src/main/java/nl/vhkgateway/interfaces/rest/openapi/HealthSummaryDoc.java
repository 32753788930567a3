package nl.vhkgateway.interfaces.rest.openapi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI schema {@code HealthSummary} (documentation only: the API writes this shape with JSON-P). */
@Schema(name = "HealthSummary", description = "De gezondheid van de gateway en zijn afhankelijkheden.")
public class HealthSummaryDoc {

    @Schema(description = "UP of DOWN", example = "UP")
    public String status;

    @Schema(description = "Versie van de gateway", example = "0.1.0-SNAPSHOT")
    public String version;

    @Schema(description = "UP of DOWN", example = "UP")
    public String database;

    @Schema(description = "UP of DOWN", example = "UP")
    public String intakeMailbox;

    @Schema(description = "UP of DOWN", example = "UP")
    public String smtp;

    @Schema(description = "UP of DOWN", example = "UP")
    public String intakeWorkers;

    @Schema(description = "Tijdstip van de controle (ISO 8601)", example = "2026-03-02T09:15:00Z")
    public String checkedAt;
}
