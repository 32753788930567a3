package nl.vhkgateway.interfaces.rest.openapi;

import java.util.List;
import java.util.Map;

/** OpenAPI schema {@code AuditEntry} (documentation only: the API writes this shape with JSON-P). */
@SchemaDoc(name = "AuditEntry", description = "Een regel van het auditlogboek (hash-keten).")
public class AuditEntryDoc {

    @SchemaDoc(description = "Volgnummer", example = "17")
    public long sequence;

    @SchemaDoc(description = "Tijdstip", example = "2026-03-02T09:15:03.123Z")
    public String occurredAt;

    @SchemaDoc(description = "Wie", example = "system:intake")
    public String actor;

    @SchemaDoc(description = "Wat", example = "INTAKE_DECISION")
    public String action;

    @SchemaDoc(description = "Waarover", example = "submission:479")
    public String subject;

    @SchemaDoc(description = "Uitkomst", example = "REFUSED")
    public String outcome;

    @SchemaDoc(description = "Redenen", example = "CARD_REFUSED")
    public List<String> reasonCodes;

    @SchemaDoc(description = "Details (codes en nummers)")
    public Map<String, String> details;

    @SchemaDoc(description = "Hash van de vorige regel", example = "0000000000000000000000000000000000000000000000000000000000000000")
    public String previousHash;

    @SchemaDoc(description = "Hash van deze regel", example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
    public String hash;
}
