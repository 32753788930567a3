package nl.vhkgateway.interfaces.rest.openapi;

/** OpenAPI schema {@code ChainBreak} (documentation only: the API writes this shape with JSON-P). */
@SchemaDoc(name = "ChainBreak", description = "De eerste breuk in de hash-keten.")
public class ChainBreakDoc {

    @SchemaDoc(description = "Volgnummer", example = "17")
    public long sequence;

    @SchemaDoc(description = "Soort breuk", example = "ALTERED")
    public String kind;

    @SchemaDoc(description = "Uitleg", example = "Regel 17 is gewijzigd.")
    public String description;
}
