package nl.vhkgateway.interfaces.rest.openapi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI schema {@code OrganisationInput} (documentation only: the API writes this shape with JSON-P). */
@Schema(name = "OrganisationInput", description = "Gegevens van een partnerorganisatie.")
public class OrganisationInputDoc {

    @Schema(description = "Soort", example = "TOEGANG")
    public String type;

    @Schema(description = "Naam", example = "Gemeente Roosendaal")
    public String name;

    @Schema(description = "Gemeente", example = "Roosendaal")
    public String municipality;

    @Schema(description = "Mailadres voor overdrachten", example = "postbus@roosendaal.test")
    public String receivingMailbox;

    @Schema(description = "Actief (alleen bij wijzigen)", example = "true")
    public Boolean active;
}
