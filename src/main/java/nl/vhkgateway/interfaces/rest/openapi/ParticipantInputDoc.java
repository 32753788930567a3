package nl.vhkgateway.interfaces.rest.openapi;

/** OpenAPI schema {@code ParticipantInput} (documentation only: the API writes this shape with JSON-P). */
@SchemaDoc(name = "ParticipantInput", description = "Gegevens van een vaste deelnemer.")
public class ParticipantInputDoc {

    @SchemaDoc(description = "Naam", example = "J. de Vries")
    public String name;

    @SchemaDoc(description = "Mailadres", example = "deelnemer@roosendaal.test")
    public String mailAddress;

    @SchemaDoc(description = "Organisatie", example = "3")
    public long organisationId;

    @SchemaDoc(description = "Actief (alleen bij wijzigen)", example = "true")
    public Boolean active;
}
