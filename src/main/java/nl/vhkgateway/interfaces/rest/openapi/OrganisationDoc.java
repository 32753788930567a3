package nl.vhkgateway.interfaces.rest.openapi;

/** OpenAPI schema {@code Organisation} (documentation only: the API writes this shape with JSON-P). */
@SchemaDoc(name = "Organisation", description = "Een partnerorganisatie.")
public class OrganisationDoc {

    @SchemaDoc(description = "Nummer", example = "3")
    public long id;

    @SchemaDoc(description = "Soort", example = "TOEGANG")
    public String type;

    @SchemaDoc(description = "Soort (Nederlands)", example = "Toegang")
    public String typeName;

    @SchemaDoc(description = "Naam", example = "Gemeente Roosendaal")
    public String name;

    @SchemaDoc(description = "Gemeente", example = "Roosendaal")
    public String municipality;

    @SchemaDoc(description = "Mailadres voor overdrachten", example = "postbus@roosendaal.test")
    public String receivingMailbox;

    @SchemaDoc(description = "Certificaat voor versleutelde overdracht, of null")
    public CertificateDoc partnerCertificate;

    @SchemaDoc(description = "Actief", example = "true")
    public boolean active;
}
