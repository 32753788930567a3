package nl.vhkgateway.interfaces.rest.openapi;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI schema {@code Certificate} (documentation only: the API writes this shape with JSON-P). */
@Schema(name = "Certificate", description = "Een S/MIME-certificaat (alleen metagegevens).")
public class CertificateDoc {

    @Schema(description = "Onderwerp", example = "CN=Veilig Thuis")
    public String subject;

    @Schema(description = "Uitgever", example = "CN=Test CA")
    public String issuer;

    @Schema(description = "Geldig vanaf", example = "2026-01-01T00:00:00Z")
    public String notBefore;

    @Schema(description = "Geldig tot", example = "2027-01-01T00:00:00Z")
    public String notAfter;

    @Schema(description = "Vingerafdruk", example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
    public String sha256;

    @Schema(description = "Mailadressen in het certificaat", example = "postbus@veiligthuis.test")
    public List<String> mailAddresses;
}
