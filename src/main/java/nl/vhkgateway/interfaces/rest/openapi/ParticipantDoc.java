package nl.vhkgateway.interfaces.rest.openapi;

/** OpenAPI schema {@code Participant} (documentation only: the API writes this shape with JSON-P). */
@SchemaDoc(name = "Participant", description = "Een vaste deelnemer.")
public class ParticipantDoc {

    @SchemaDoc(description = "Nummer", example = "7")
    public long id;

    @SchemaDoc(description = "Naam", example = "J. de Vries")
    public String name;

    @SchemaDoc(description = "Mailadres", example = "deelnemer@roosendaal.test")
    public String mailAddress;

    @SchemaDoc(description = "Organisatie")
    public OrganisationRefDoc organisation;

    @SchemaDoc(description = "Ondertekeningscertificaat, of null")
    public CertificateDoc signingCertificate;

    @SchemaDoc(description = "Actief", example = "true")
    public boolean active;

    @SchemaDoc(description = "Mag inbrengen", example = "true")
    public boolean maySubmit;

    @SchemaDoc(description = "Heeft een API-wachtwoord", example = "false")
    public boolean apiPassword;
}
