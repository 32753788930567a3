package nl.vhkgateway.interfaces.rest.openapi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI schema {@code Participant} (documentation only: the API writes this shape with JSON-P). */
@Schema(name = "Participant", description = "Een vaste deelnemer.")
public class ParticipantDoc {

    @Schema(description = "Nummer", example = "7")
    public long id;

    @Schema(description = "Naam", example = "J. de Vries")
    public String name;

    @Schema(description = "Mailadres", example = "deelnemer@roosendaal.test")
    public String mailAddress;

    @Schema(description = "Organisatie")
    public OrganisationRefDoc organisation;

    @Schema(description = "Ondertekeningscertificaat, of null")
    public CertificateDoc signingCertificate;

    @Schema(description = "Actief", example = "true")
    public boolean active;

    @Schema(description = "Mag inbrengen", example = "true")
    public boolean maySubmit;

    @Schema(description = "Heeft een API-wachtwoord", example = "false")
    public boolean apiPassword;
}
