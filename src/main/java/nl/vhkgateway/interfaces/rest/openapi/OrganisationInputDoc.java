package nl.vhkgateway.interfaces.rest.openapi;

/** OpenAPI schema {@code OrganisationInput} (documentation only: the API writes this shape with JSON-P). */
@SchemaDoc(name = "OrganisationInput", description = "Gegevens van een partnerorganisatie.")
public class OrganisationInputDoc {

    @SchemaDoc(description = "Soort", example = "TOEGANG")
    public String type;

    @SchemaDoc(description = "Naam", example = "Gemeente Roosendaal")
    public String name;

    @SchemaDoc(description = "Gemeente", example = "Roosendaal")
    public String municipality;

    @SchemaDoc(description = "Mailadres voor overdrachten", example = "postbus@roosendaal.test")
    public String receivingMailbox;

    @SchemaDoc(description = "Actief (alleen bij wijzigen)", example = "true")
    public Boolean active;
}
