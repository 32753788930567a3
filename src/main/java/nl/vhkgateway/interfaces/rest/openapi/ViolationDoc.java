package nl.vhkgateway.interfaces.rest.openapi;

/** OpenAPI schema {@code Violation} (documentation only: the API writes this shape with JSON-P). */
@SchemaDoc(name = "Violation", description = "Een veld dat niet klopt.")
public class ViolationDoc {

    @SchemaDoc(description = "Het veld", example = "name")
    public String field;

    @SchemaDoc(description = "Wat er niet klopt", example = "Het veld name moet tekst zijn.")
    public String message;
}
