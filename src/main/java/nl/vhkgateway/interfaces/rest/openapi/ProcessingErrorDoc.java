package nl.vhkgateway.interfaces.rest.openapi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI schema {@code ProcessingError} (documentation only: the API writes this shape with JSON-P). */
@Schema(name = "ProcessingError", description = "De laatste technische fout.")
public class ProcessingErrorDoc {

    @Schema(description = "Foutcode", example = "SMTP_UNAVAILABLE")
    public String code;

    @Schema(description = "Uitleg zonder persoonsgegevens", example = "Connection refused")
    public String reason;
}
