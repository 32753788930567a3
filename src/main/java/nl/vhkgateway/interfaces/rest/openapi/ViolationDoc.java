package nl.vhkgateway.interfaces.rest.openapi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI schema {@code Violation} (documentation only: the API writes this shape with JSON-P). */
@Schema(name = "Violation", description = "Een veld dat niet klopt.")
public class ViolationDoc {

    @Schema(description = "Het veld", example = "name")
    public String field;

    @Schema(description = "Wat er niet klopt", example = "Het veld name moet tekst zijn.")
    public String message;
}
