package nl.vhkgateway.interfaces.rest.openapi;

import java.util.List;

/** OpenAPI schema {@code AuditPage} (documentation only: the API writes this shape with JSON-P). */
@SchemaDoc(name = "AuditPage", description = "Een pagina van een lijst: items, het totaal aantal, limit en offset.")
public class AuditPageDoc {

    @SchemaDoc(description = "De items van deze pagina")
    public List<AuditEntryDoc> items;

    @SchemaDoc(description = "Aantal treffers in totaal", example = "123")
    public long total;

    @SchemaDoc(description = "Hoeveel items ten hoogste", example = "50")
    public int limit;

    @SchemaDoc(description = "Hoeveel treffers overgeslagen", example = "0")
    public long offset;
}
