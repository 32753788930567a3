package nl.vhkgateway.interfaces.rest.openapi;

/** OpenAPI schema {@code OutcomeInput}. */
@SchemaDoc(name = "OutcomeInput", description = "De uitkomst van de bespreking, waaruit de termijnen volgen.")
public class OutcomeInputDoc {

    @SchemaDoc(description = "Interventiegesprek geadviseerd", example = "true")
    public boolean interventionTalkAdvised;

    @SchemaDoc(description = "Datum van het interventiegesprek, als die bekend is", example = "2026-12-28")
    public String talkDate;

    @SchemaDoc(description = "Datum van de monitoring", example = "2027-02-09")
    public String monitoringDate;

    @SchemaDoc(description = "Einddatum van de ondertoezichtstelling (OTS)", example = "2027-06-30")
    public String otsEndDate;
}
