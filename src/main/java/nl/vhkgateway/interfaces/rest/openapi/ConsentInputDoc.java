package nl.vhkgateway.interfaces.rest.openapi;

import java.util.List;

/** OpenAPI schema {@code ConsentInput} (documentation only: the API writes this shape with JSON-P). */
@SchemaDoc(name = "ConsentInput", description = "Een toestemming om vast te leggen.")
public class ConsentInputDoc {

    @SchemaDoc(description = "Casus", example = "VHT-2026-0042")
    public String caseReference;

    @SchemaDoc(description = "Wie toestemming gaf")
    public List<ConsenterDoc> consenters;

    @SchemaDoc(description = "Leeftijdsgroep", example = "12-15")
    public String youthAgeGroup;

    @SchemaDoc(description = "Doel", example = "OVERDRACHT")
    public String purpose;

    @SchemaDoc(description = "Soort ontvanger", example = "VEILIG_THUIS")
    public String recipientType;

    @SchemaDoc(description = "Ontvangende organisatie", example = "4")
    public Long recipientOrganisationId;

    @SchemaDoc(description = "Hoe gegeven", example = "mondeling tijdens huisbezoek")
    public String howGiven;

    @SchemaDoc(description = "Gegeven op", example = "2026-11-23")
    public String givenAt;

    @SchemaDoc(description = "Geldig tot", example = "2026-12-31")
    public String validUntil;
}
