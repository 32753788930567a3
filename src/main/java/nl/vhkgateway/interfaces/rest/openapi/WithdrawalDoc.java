package nl.vhkgateway.interfaces.rest.openapi;

/** OpenAPI schema {@code Withdrawal} (documentation only: the API writes this shape with JSON-P). */
@SchemaDoc(name = "Withdrawal", description = "Intrekking van een toestemming.")
public class WithdrawalDoc {

    @SchemaDoc(description = "Ingetrokken op", example = "2026-03-05T10:00:00+01:00")
    public String withdrawnAt;

    @SchemaDoc(description = "Door", example = "OUDER_MET_GEZAG")
    public String withdrawnBy;

    @SchemaDoc(description = "Hoe", example = "telefonisch")
    public String how;

    @SchemaDoc(description = "Vastgelegd door", example = "deelnemer@roosendaal.test")
    public String recordedBy;

    @SchemaDoc(description = "Vastgelegd op", example = "2026-03-05T10:05:00+01:00")
    public String recordedAt;
}
