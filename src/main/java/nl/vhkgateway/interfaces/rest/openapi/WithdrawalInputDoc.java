package nl.vhkgateway.interfaces.rest.openapi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI schema {@code WithdrawalInput} (documentation only: the API writes this shape with JSON-P). */
@Schema(name = "WithdrawalInput", description = "Een intrekking om vast te leggen.")
public class WithdrawalInputDoc {

    @Schema(description = "Door", example = "OUDER_MET_GEZAG")
    public String withdrawnBy;

    @Schema(description = "Hoe", example = "telefonisch")
    public String how;

    @Schema(description = "Wanneer (standaard nu)", example = "2026-03-05")
    public String withdrawnAt;
}
