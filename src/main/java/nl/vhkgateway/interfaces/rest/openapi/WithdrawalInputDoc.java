package nl.vhkgateway.interfaces.rest.openapi;

/** OpenAPI schema {@code WithdrawalInput} (documentation only: the API writes this shape with JSON-P). */
@SchemaDoc(name = "WithdrawalInput", description = "Een intrekking om vast te leggen.")
public class WithdrawalInputDoc {

    @SchemaDoc(description = "Door", example = "OUDER_MET_GEZAG")
    public String withdrawnBy;

    @SchemaDoc(description = "Hoe", example = "telefonisch")
    public String how;

    @SchemaDoc(description = "Wanneer (standaard nu)", example = "2026-03-05")
    public String withdrawnAt;
}
