package nl.vhkgateway.interfaces.rest.openapi;

/** OpenAPI schema {@code AuditVerification} (documentation only: the API writes this shape with JSON-P). */
@SchemaDoc(name = "AuditVerification", description = "Uitkomst van het narekenen van de hash-keten.")
public class AuditVerificationDoc {

    @SchemaDoc(description = "Keten ongeschonden", example = "true")
    public boolean intact;

    @SchemaDoc(description = "Nagerekende regels", example = "1200")
    public long rowsChecked;

    @SchemaDoc(description = "Laatste volgnummer", example = "1200")
    public long headSequence;

    @SchemaDoc(description = "Laatste hash", example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
    public String headHash;

    @SchemaDoc(description = "Uitleg", example = "De keten is ongeschonden.")
    public String description;

    @SchemaDoc(description = "Eerste breuk, of null")
    public ChainBreakDoc firstBreak;
}
