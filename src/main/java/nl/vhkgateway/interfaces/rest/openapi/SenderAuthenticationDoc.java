package nl.vhkgateway.interfaces.rest.openapi;

/** OpenAPI schema {@code SenderAuthentication}. */
@SchemaDoc(name = "SenderAuthentication", description = "Hoe de afzenders van een organisatie worden vastgesteld.")
public class SenderAuthenticationDoc {

    @SchemaDoc(description = "Organisatie", example = "1")
    public long organisationId;

    @SchemaDoc(description = "SMIME of DKIM; leeg: de standaard", example = "DKIM")
    public String method;

    @SchemaDoc(name = "default", description = "Er is geen keuze gemaakt: de standaard geldt", example = "false")
    public boolean isDefault;
}
