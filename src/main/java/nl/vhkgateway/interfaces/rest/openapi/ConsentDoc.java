package nl.vhkgateway.interfaces.rest.openapi;

import java.util.List;

/** OpenAPI schema {@code Consent} (documentation only: the API writes this shape with JSON-P). */
@SchemaDoc(name = "Consent", description = "Een vastgelegde toestemming voor een overdracht.")
public class ConsentDoc {

    @SchemaDoc(description = "Nummer", example = "17")
    public long id;

    @SchemaDoc(description = "Casus", example = "VHT-2026-0042")
    public String caseReference;

    @SchemaDoc(description = "Wie toestemming gaf")
    public List<ConsenterDoc> consenters;

    @SchemaDoc(description = "Leeftijdsgroep van de jeugdige", example = "12-15")
    public String youthAgeGroup;

    @SchemaDoc(description = "Afzender")
    public PartyDoc sender;

    @SchemaDoc(description = "Ontvanger")
    public PartyDoc recipient;

    @SchemaDoc(description = "Doel", example = "OVERDRACHT")
    public String purpose;

    @SchemaDoc(description = "Hoe gegeven", example = "mondeling tijdens huisbezoek")
    public String howGiven;

    @SchemaDoc(description = "Gegeven op", example = "2026-11-23T00:00:00+01:00")
    public String givenAt;

    @SchemaDoc(description = "Geldig vanaf", example = "2026-11-23T00:00:00+01:00")
    public String validFrom;

    @SchemaDoc(description = "Geldig tot", example = "2027-01-01T00:00:00+01:00")
    public String validUntil;

    @SchemaDoc(description = "Vastgelegd door", example = "deelnemer@roosendaal.test")
    public String recordedBy;

    @SchemaDoc(description = "Vastgelegd op", example = "2026-11-23T10:00:00+01:00")
    public String recordedAt;

    @SchemaDoc(description = "Status", example = "GELDIG")
    public String status;

    @SchemaDoc(description = "Status (Nederlands)", example = "geldig")
    public String statusLabel;

    @SchemaDoc(description = "Voldoet aan het beleid", example = "true")
    public boolean policyMet;

    @SchemaDoc(description = "Wat er aan het beleid ontbreekt", example = "De toestemming is ouder dan een jaar.")
    public String policyShortfall;

    @SchemaDoc(description = "Intrekking, of null")
    public WithdrawalDoc withdrawal;
}
