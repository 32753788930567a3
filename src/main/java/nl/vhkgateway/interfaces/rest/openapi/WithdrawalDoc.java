package nl.vhkgateway.interfaces.rest.openapi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI schema {@code Withdrawal} (documentation only: the API writes this shape with JSON-P). */
@Schema(name = "Withdrawal", description = "Intrekking van een toestemming.")
public class WithdrawalDoc {

    @Schema(description = "Ingetrokken op", example = "2026-03-05T10:00:00+01:00")
    public String withdrawnAt;

    @Schema(description = "Door", example = "OUDER_MET_GEZAG")
    public String withdrawnBy;

    @Schema(description = "Hoe", example = "telefonisch")
    public String how;

    @Schema(description = "Vastgelegd door", example = "deelnemer@roosendaal.test")
    public String recordedBy;

    @Schema(description = "Vastgelegd op", example = "2026-03-05T10:05:00+01:00")
    public String recordedAt;
}
