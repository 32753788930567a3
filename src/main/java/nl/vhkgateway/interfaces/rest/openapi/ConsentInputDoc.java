package nl.vhkgateway.interfaces.rest.openapi;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI schema {@code ConsentInput} (documentation only: the API writes this shape with JSON-P). */
@Schema(name = "ConsentInput", description = "Een toestemming om vast te leggen.")
public class ConsentInputDoc {

    @Schema(description = "Casus", example = "VHT-2026-0042")
    public String caseReference;

    @Schema(description = "Wie toestemming gaf")
    public List<ConsenterDoc> consenters;

    @Schema(description = "Leeftijdsgroep", example = "12-15")
    public String youthAgeGroup;

    @Schema(description = "Doel", example = "OVERDRACHT")
    public String purpose;

    @Schema(description = "Soort ontvanger", example = "VEILIG_THUIS")
    public String recipientType;

    @Schema(description = "Ontvangende organisatie", example = "4")
    public Long recipientOrganisationId;

    @Schema(description = "Hoe gegeven", example = "mondeling tijdens huisbezoek")
    public String howGiven;

    @Schema(description = "Gegeven op", example = "2026-11-23")
    public String givenAt;

    @Schema(description = "Geldig tot", example = "2026-12-31")
    public String validUntil;
}
