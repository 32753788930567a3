package nl.vhkgateway.interfaces.rest.openapi;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI schema {@code Consent} (documentation only: the API writes this shape with JSON-P). */
@Schema(name = "Consent", description = "Een vastgelegde toestemming voor een overdracht.")
public class ConsentDoc {

    @Schema(description = "Nummer", example = "17")
    public long id;

    @Schema(description = "Casus", example = "VHT-2026-0042")
    public String caseReference;

    @Schema(description = "Wie toestemming gaf")
    public List<ConsenterDoc> consenters;

    @Schema(description = "Leeftijdsgroep van de jeugdige", example = "12-15")
    public String youthAgeGroup;

    @Schema(description = "Afzender")
    public PartyDoc sender;

    @Schema(description = "Ontvanger")
    public PartyDoc recipient;

    @Schema(description = "Doel", example = "OVERDRACHT")
    public String purpose;

    @Schema(description = "Hoe gegeven", example = "mondeling tijdens huisbezoek")
    public String howGiven;

    @Schema(description = "Gegeven op", example = "2026-11-23T00:00:00+01:00")
    public String givenAt;

    @Schema(description = "Geldig vanaf", example = "2026-11-23T00:00:00+01:00")
    public String validFrom;

    @Schema(description = "Geldig tot", example = "2027-01-01T00:00:00+01:00")
    public String validUntil;

    @Schema(description = "Vastgelegd door", example = "deelnemer@roosendaal.test")
    public String recordedBy;

    @Schema(description = "Vastgelegd op", example = "2026-11-23T10:00:00+01:00")
    public String recordedAt;

    @Schema(description = "Status", example = "GELDIG")
    public String status;

    @Schema(description = "Status (Nederlands)", example = "geldig")
    public String statusLabel;

    @Schema(description = "Voldoet aan het beleid", example = "true")
    public boolean policyMet;

    @Schema(description = "Wat er aan het beleid ontbreekt", example = "De toestemming is ouder dan een jaar.")
    public String policyShortfall;

    @Schema(description = "Intrekking, of null")
    public WithdrawalDoc withdrawal;
}
