package nl.vhkgateway.interfaces.rest.openapi;

/** OpenAPI schema {@code OrganisationRef} (documentation only: the API writes this shape with JSON-P). */
@SchemaDoc(name = "OrganisationRef", description = "De organisatie van een deelnemer.")
public class OrganisationRefDoc {

    @SchemaDoc(description = "Nummer", example = "3")
    public long id;

    @SchemaDoc(description = "Soort", example = "TOEGANG")
    public String type;

    @SchemaDoc(description = "Naam", example = "Gemeente Roosendaal")
    public String name;

    @SchemaDoc(description = "Actief", example = "true")
    public boolean active;
}
