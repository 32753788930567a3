package nl.vhkgateway.interfaces.rest.openapi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI schema {@code Consenter} (documentation only: the API writes this shape with JSON-P). */
@Schema(name = "Consenter", description = "Wie toestemming gaf.")
public class ConsenterDoc {

    @Schema(description = "Rol", example = "OUDER_MET_GEZAG")
    public String role;

    @Schema(description = "Leeftijdsgroep", example = "12-15")
    public String ageGroup;
}
