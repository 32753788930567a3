package nl.vhkgateway.interfaces.rest.openapi;

import java.util.List;

/** OpenAPI schema {@code PlannedCasePage}. */
@SchemaDoc(name = "PlannedCasePage", description = "Een bladzijde van de agenda.")
public class PlannedCasePageDoc {

    @SchemaDoc(description = "De kaarten op deze bladzijde")
    public List<PlannedCaseDoc> items;

    @SchemaDoc(description = "Aantal in totaal", example = "12")
    public long total;

    @SchemaDoc(description = "Hoogstens zoveel per bladzijde", example = "50")
    public int limit;

    @SchemaDoc(description = "Vanaf positie", example = "0")
    public int offset;
}
