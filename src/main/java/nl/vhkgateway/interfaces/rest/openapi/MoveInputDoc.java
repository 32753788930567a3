package nl.vhkgateway.interfaces.rest.openapi;

/** OpenAPI schema {@code MoveInput}. */
@SchemaDoc(name = "MoveInput", description = "Een kaart naar een ander overleg verplaatsen.")
public class MoveInputDoc {

    @SchemaDoc(description = "Datum van het nieuwe overleg (jjjj-mm-dd)", example = "2026-12-17")
    public String meeting;
}
