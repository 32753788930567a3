package nl.vhkgateway.interfaces.rest.openapi;

/** OpenAPI schema {@code Finding} (documentation only: the API writes this shape with JSON-P). */
@SchemaDoc(name = "Finding", description = "Een vondst van de screener (zonder de gevonden tekst).")
public class FindingDoc {

    @SchemaDoc(description = "Soort persoonsgegeven", example = "PERSON_NAME")
    public String category;

    @SchemaDoc(description = "Waar in het document", example = "BODY")
    public String part;

    @SchemaDoc(description = "Gemaskeerd fragment", example = "... [naam] ...")
    public String excerpt;
}
