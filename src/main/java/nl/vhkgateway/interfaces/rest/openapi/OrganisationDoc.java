package nl.vhkgateway.interfaces.rest.openapi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI schema {@code Organisation} (documentation only: the API writes this shape with JSON-P). */
@Schema(name = "Organisation", description = "Een partnerorganisatie.")
public class OrganisationDoc {

    @Schema(description = "Nummer", example = "3")
    public long id;

    @Schema(description = "Soort", example = "TOEGANG")
    public String type;

    @Schema(description = "Soort (Nederlands)", example = "Toegang")
    public String typeName;

    @Schema(description = "Naam", example = "Gemeente Roosendaal")
    public String name;

    @Schema(description = "Gemeente", example = "Roosendaal")
    public String municipality;

    @Schema(description = "Mailadres voor overdrachten", example = "postbus@roosendaal.test")
    public String receivingMailbox;

    @Schema(description = "Certificaat voor versleutelde overdracht, of null")
    public CertificateDoc partnerCertificate;

    @Schema(description = "Actief", example = "true")
    public boolean active;
}
