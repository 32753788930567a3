package nl.vhkgateway.interfaces.rest.openapi;

/** OpenAPI schema {@code SenderAuthenticationInput}. */
@SchemaDoc(name = "SenderAuthenticationInput", description = "De keuze van de beheerder per organisatie.")
public class SenderAuthenticationInputDoc {

    @SchemaDoc(description = "SMIME (handtekening met het geregistreerde certificaat) of DKIM", example = "SMIME")
    public String method;
}
