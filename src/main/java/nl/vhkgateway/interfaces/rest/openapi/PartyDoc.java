package nl.vhkgateway.interfaces.rest.openapi;

/** OpenAPI schema {@code Party} (documentation only: the API writes this shape with JSON-P). */
@SchemaDoc(name = "Party", description = "Afzender of ontvanger van een overdracht.")
public class PartyDoc {

    @SchemaDoc(description = "Organisatie", example = "3")
    public Long organisationId;

    @SchemaDoc(description = "Soort", example = "VEILIG_THUIS")
    public String type;
}
