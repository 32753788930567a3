package nl.vhkgateway.interfaces.rest.openapi;

/** OpenAPI schema {@code Direction} (documentation only: the API writes this shape with JSON-P). */
@SchemaDoc(name = "Direction", description = "Een toegestane richting van overdracht.")
public class DirectionDoc {

    @SchemaDoc(description = "Van", example = "TOEGANG")
    public String from;

    @SchemaDoc(description = "Naar", example = "VEILIG_THUIS")
    public String to;

    @SchemaDoc(description = "Doel", example = "OVERDRACHT")
    public String purpose;

    @SchemaDoc(description = "Alleen na inbreng bij het VeiligheidsTeam", example = "true")
    public boolean onlyAfterVhtSubmission;

    @SchemaDoc(description = "Omschrijving", example = "Toegang naar Veilig Thuis voor overdracht")
    public String description;

    @SchemaDoc(description = "Grondslag", example = "Convenant VHT art. 5")
    public String basis;
}
