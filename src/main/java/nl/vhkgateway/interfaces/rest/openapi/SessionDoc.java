package nl.vhkgateway.interfaces.rest.openapi;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI schema {@code Session} (documentation only: the API writes this shape with JSON-P). */
@Schema(name = "Session", description = "Wie is aangemeld, met welke rollen.")
public class SessionDoc {

    @Schema(description = "De gebruikersnaam", example = "beheerder")
    public String user;

    @Schema(description = "Rollen: beheerder, deelnemer", example = "beheerder")
    public List<String> roles;
}
