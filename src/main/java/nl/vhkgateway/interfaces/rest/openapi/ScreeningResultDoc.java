package nl.vhkgateway.interfaces.rest.openapi;

import java.util.List;

/** OpenAPI schema {@code ScreeningResult} (documentation only: the API writes this shape with JSON-P). */
@SchemaDoc(name = "ScreeningResult", description = "Het oordeel van de screener over één kaart.")
public class ScreeningResultDoc {

    @SchemaDoc(description = "Bestandsnaam", example = "kaart.docx")
    public String file;

    @SchemaDoc(description = "ACCEPT, REJECT of INVALID", example = "REJECT")
    public String verdict;

    @SchemaDoc(description = "Vondsten")
    public List<FindingDoc> findings;

    @SchemaDoc(description = "Ontbrekende onderdelen", example = "ZORGEN")
    public List<String> missing;

    @SchemaDoc(description = "Altijd null: er wordt niets bewaard")
    public String sanitised;
}
