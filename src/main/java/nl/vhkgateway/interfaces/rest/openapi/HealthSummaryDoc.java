package nl.vhkgateway.interfaces.rest.openapi;

import java.util.Map;

/** OpenAPI schema {@code HealthSummary} (documentation only: the API writes this shape with JSON-P). */
@SchemaDoc(name = "HealthSummary", description = "De gezondheid van de gateway en zijn afhankelijkheden.")
public class HealthSummaryDoc {

    @SchemaDoc(description = "UP of DOWN", example = "UP")
    public String status;

    @SchemaDoc(description = "Versie van de gateway (alleen na inloggen)", example = "0.1.0-SNAPSHOT")
    public String version;

    @SchemaDoc(description = "UP of DOWN", example = "UP")
    public String database;

    @SchemaDoc(description = "UP of DOWN", example = "UP")
    public String intakeMailbox;

    @SchemaDoc(description = "UP of DOWN", example = "UP")
    public String smtp;

    @SchemaDoc(description = "UP of DOWN", example = "UP")
    public String intakeWorkers;

    @SchemaDoc(description = "Tijdstip van de controle (ISO 8601)", example = "2026-03-02T09:15:00Z")
    public String checkedAt;

    @SchemaDoc(description = "Per verwerkingslus (naam, bijvoorbeeld vhk-intake-watcher) wat zij nu doet")
    public Map<String, LoopStateDoc> loops;

    @SchemaDoc(description = "Deze instantie in het cluster (issue 12)")
    public ClusterStatusDoc cluster;
}
