package nl.vhkgateway.interfaces.rest.openapi;

import java.util.List;

/** OpenAPI schema {@code PlannedCase} (documentation only: the API writes this shape with JSON-P). */
@SchemaDoc(name = "PlannedCase", description = "Een kaart op de agenda: voorgesteld, geaccepteerd of afgewezen.")
public class PlannedCaseDoc {

    @SchemaDoc(description = "VHT-nummer", example = "VHT-2026-0042")
    public String number;

    @SchemaDoc(description = "Datum van het overleg", example = "2026-12-15")
    public String meeting;

    @SchemaDoc(description = "Stand van de planning", example = "PROPOSED")
    public String state;

    @SchemaDoc(description = "Dag van ontvangst", example = "2026-12-07")
    public String receivedOn;

    @SchemaDoc(description = "Vervolgbespreking of monitoring van een eerdere inbreng", example = "false")
    public boolean followUp;

    @SchemaDoc(description = "Uitgenodigde experts (mailadressen)")
    public List<String> experts;

    @SchemaDoc(description = "Versie (voor gelijktijdige wijzigingen)", example = "1")
    public long version;
}
