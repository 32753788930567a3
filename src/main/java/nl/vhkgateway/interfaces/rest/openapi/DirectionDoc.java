package nl.vhkgateway.interfaces.rest.openapi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI schema {@code Direction} (documentation only: the API writes this shape with JSON-P). */
@Schema(name = "Direction", description = "Een toegestane richting van overdracht.")
public class DirectionDoc {

    @Schema(description = "Van", example = "TOEGANG")
    public String from;

    @Schema(description = "Naar", example = "VEILIG_THUIS")
    public String to;

    @Schema(description = "Doel", example = "OVERDRACHT")
    public String purpose;

    @Schema(description = "Alleen na inbreng bij het VeiligheidsTeam", example = "true")
    public boolean onlyAfterVhtSubmission;

    @Schema(description = "Omschrijving", example = "Toegang naar Veilig Thuis voor overdracht")
    public String description;

    @Schema(description = "Grondslag", example = "Convenant VHT art. 5")
    public String basis;
}
