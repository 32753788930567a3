package nl.vhkgateway.interfaces.rest.openapi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI schema {@code OrganisationRef} (documentation only: the API writes this shape with JSON-P). */
@Schema(name = "OrganisationRef", description = "De organisatie van een deelnemer.")
public class OrganisationRefDoc {

    @Schema(description = "Nummer", example = "3")
    public long id;

    @Schema(description = "Soort", example = "TOEGANG")
    public String type;

    @Schema(description = "Naam", example = "Gemeente Roosendaal")
    public String name;

    @Schema(description = "Actief", example = "true")
    public boolean active;
}
