package nl.vhkgateway.interfaces.rest.openapi;

/** OpenAPI schema {@code Consenter} (documentation only: the API writes this shape with JSON-P). */
@SchemaDoc(name = "Consenter", description = "Wie toestemming gaf.")
public class ConsenterDoc {

    @SchemaDoc(description = "Rol", example = "OUDER_MET_GEZAG")
    public String role;

    @SchemaDoc(description = "Leeftijdsgroep", example = "12-15")
    public String ageGroup;
}
