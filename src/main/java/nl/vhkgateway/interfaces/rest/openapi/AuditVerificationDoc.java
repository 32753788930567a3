package nl.vhkgateway.interfaces.rest.openapi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI schema {@code AuditVerification} (documentation only: the API writes this shape with JSON-P). */
@Schema(name = "AuditVerification", description = "Uitkomst van het narekenen van de hash-keten.")
public class AuditVerificationDoc {

    @Schema(description = "Keten ongeschonden", example = "true")
    public boolean intact;

    @Schema(description = "Nagerekende regels", example = "1200")
    public long rowsChecked;

    @Schema(description = "Laatste volgnummer", example = "1200")
    public long headSequence;

    @Schema(description = "Laatste hash", example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
    public String headHash;

    @Schema(description = "Uitleg", example = "De keten is ongeschonden.")
    public String description;

    @Schema(description = "Eerste breuk, of null")
    public ChainBreakDoc firstBreak;
}
