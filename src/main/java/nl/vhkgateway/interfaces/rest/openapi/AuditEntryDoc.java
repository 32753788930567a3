package nl.vhkgateway.interfaces.rest.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI schema {@code AuditEntry} (documentation only: the API writes this shape with JSON-P). */
@Schema(name = "AuditEntry", description = "Een regel van het auditlogboek (hash-keten).")
public class AuditEntryDoc {

    @Schema(description = "Volgnummer", example = "17")
    public long sequence;

    @Schema(description = "Tijdstip", example = "2026-03-02T09:15:03.123Z")
    public String occurredAt;

    @Schema(description = "Wie", example = "system:intake")
    public String actor;

    @Schema(description = "Wat", example = "INTAKE_DECISION")
    public String action;

    @Schema(description = "Waarover", example = "submission:479")
    public String subject;

    @Schema(description = "Uitkomst", example = "REFUSED")
    public String outcome;

    @Schema(description = "Redenen", example = "CARD_REFUSED")
    public List<String> reasonCodes;

    @Schema(description = "Details (codes en nummers)")
    public Map<String, String> details;

    @Schema(description = "Hash van de vorige regel", example = "0000000000000000000000000000000000000000000000000000000000000000")
    public String previousHash;

    @Schema(description = "Hash van deze regel", example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
    public String hash;
}
