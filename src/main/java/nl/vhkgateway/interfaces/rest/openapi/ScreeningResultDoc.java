package nl.vhkgateway.interfaces.rest.openapi;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI schema {@code ScreeningResult} (documentation only: the API writes this shape with JSON-P). */
@Schema(name = "ScreeningResult", description = "Het oordeel van de screener over één kaart.")
public class ScreeningResultDoc {

    @Schema(description = "Bestandsnaam", example = "kaart.docx")
    public String file;

    @Schema(description = "ACCEPT, REJECT of INVALID", example = "REJECT")
    public String verdict;

    @Schema(description = "Vondsten")
    public List<FindingDoc> findings;

    @Schema(description = "Ontbrekende onderdelen", example = "ZORGEN")
    public List<String> missing;

    @Schema(description = "Altijd null: er wordt niets bewaard")
    public String sanitised;
}
