package nl.vhkgateway.interfaces.rest.openapi;

/** OpenAPI schema {@code ProcessingError} (documentation only: the API writes this shape with JSON-P). */
@SchemaDoc(name = "ProcessingError", description = "De laatste technische fout.")
public class ProcessingErrorDoc {

    @SchemaDoc(description = "Foutcode", example = "SMTP_UNAVAILABLE")
    public String code;

    @SchemaDoc(description = "Uitleg zonder persoonsgegevens", example = "Connection refused")
    public String reason;
}
