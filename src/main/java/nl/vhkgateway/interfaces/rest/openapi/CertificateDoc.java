package nl.vhkgateway.interfaces.rest.openapi;

import java.util.List;

/** OpenAPI schema {@code Certificate} (documentation only: the API writes this shape with JSON-P). */
@SchemaDoc(name = "Certificate", description = "Een S/MIME-certificaat (alleen metagegevens).")
public class CertificateDoc {

    @SchemaDoc(description = "Onderwerp", example = "CN=Veilig Thuis")
    public String subject;

    @SchemaDoc(description = "Uitgever", example = "CN=Test CA")
    public String issuer;

    @SchemaDoc(description = "Geldig vanaf", example = "2026-01-01T00:00:00Z")
    public String notBefore;

    @SchemaDoc(description = "Geldig tot", example = "2027-01-01T00:00:00Z")
    public String notAfter;

    @SchemaDoc(description = "Vingerafdruk", example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
    public String sha256;

    @SchemaDoc(description = "Mailadressen in het certificaat", example = "postbus@veiligthuis.test")
    public List<String> mailAddresses;
}
