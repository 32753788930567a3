package nl.vhkgateway.interfaces.rest.openapi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI schema {@code Finding} (documentation only: the API writes this shape with JSON-P). */
@Schema(name = "Finding", description = "Een vondst van de screener (zonder de gevonden tekst).")
public class FindingDoc {

    @Schema(description = "Soort persoonsgegeven", example = "PERSON_NAME")
    public String category;

    @Schema(description = "Waar in het document", example = "BODY")
    public String part;

    @Schema(description = "Gemaskeerd fragment", example = "... [naam] ...")
    public String excerpt;
}
