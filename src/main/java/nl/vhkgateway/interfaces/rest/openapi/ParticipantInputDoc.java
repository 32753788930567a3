package nl.vhkgateway.interfaces.rest.openapi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI schema {@code ParticipantInput} (documentation only: the API writes this shape with JSON-P). */
@Schema(name = "ParticipantInput", description = "Gegevens van een vaste deelnemer.")
public class ParticipantInputDoc {

    @Schema(description = "Naam", example = "J. de Vries")
    public String name;

    @Schema(description = "Mailadres", example = "deelnemer@roosendaal.test")
    public String mailAddress;

    @Schema(description = "Organisatie", example = "3")
    public long organisationId;

    @Schema(description = "Actief (alleen bij wijzigen)", example = "true")
    public Boolean active;
}
