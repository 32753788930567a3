package nl.vhkgateway.interfaces.rest.openapi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI schema {@code ChainBreak} (documentation only: the API writes this shape with JSON-P). */
@Schema(name = "ChainBreak", description = "De eerste breuk in de hash-keten.")
public class ChainBreakDoc {

    @Schema(description = "Volgnummer", example = "17")
    public long sequence;

    @Schema(description = "Soort breuk", example = "ALTERED")
    public String kind;

    @Schema(description = "Uitleg", example = "Regel 17 is gewijzigd.")
    public String description;
}
