package nl.vhkgateway.interfaces.rest.openapi;

import java.util.List;

/** OpenAPI schema {@code Session} (documentation only: the API writes this shape with JSON-P). */
@SchemaDoc(name = "Session", description = "Wie is aangemeld, met welke rollen.")
public class SessionDoc {

    @SchemaDoc(description = "De gebruikersnaam", example = "beheerder")
    public String user;

    @SchemaDoc(description = "Rollen: beheerder, deelnemer", example = "beheerder")
    public List<String> roles;
}
