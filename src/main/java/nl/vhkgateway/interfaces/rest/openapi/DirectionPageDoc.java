package nl.vhkgateway.interfaces.rest.openapi;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI schema {@code DirectionPage} (documentation only: the API writes this shape with JSON-P). */
@Schema(name = "DirectionPage", description = "Een pagina van een lijst: items, het totaal aantal, limit en offset.")
public class DirectionPageDoc {

    @Schema(description = "De items van deze pagina")
    public List<DirectionDoc> items;

    @Schema(description = "Aantal treffers in totaal", example = "123")
    public long total;

    @Schema(description = "Hoeveel items ten hoogste", example = "50")
    public int limit;

    @Schema(description = "Hoeveel treffers overgeslagen", example = "0")
    public long offset;
}
