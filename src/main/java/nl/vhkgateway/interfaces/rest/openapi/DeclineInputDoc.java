package nl.vhkgateway.interfaces.rest.openapi;

/** OpenAPI schema {@code DeclineInput}. */
@SchemaDoc(name = "DeclineInput", description = "Een kaart niet agenderen, met de reden voor de vaste deelnemer.")
public class DeclineInputDoc {

    @SchemaDoc(description = "Reden (zonder persoonsgegevens)", example = "De vraag aan het VHT ontbreekt nog.")
    public String reason;
}
