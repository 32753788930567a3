package nl.vhkgateway.interfaces.rest.openapi;

import java.util.List;

/** OpenAPI schema {@code ConsentPage} (documentation only: the API writes this shape with JSON-P). */
@SchemaDoc(name = "ConsentPage", description = "Een pagina van een lijst: items, het totaal aantal, limit en offset.")
public class ConsentPageDoc {

    @SchemaDoc(description = "De items van deze pagina")
    public List<ConsentDoc> items;

    @SchemaDoc(description = "Aantal treffers in totaal", example = "123")
    public long total;

    @SchemaDoc(description = "Hoeveel items ten hoogste", example = "50")
    public int limit;

    @SchemaDoc(description = "Hoeveel treffers overgeslagen", example = "0")
    public long offset;
}
