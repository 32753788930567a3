package nl.vhkgateway.interfaces.rest.openapi;

import java.util.List;

/** OpenAPI schema {@code Problem} (documentation only: the API writes this shape with JSON-P). */
@SchemaDoc(name = "Problem", description = "Een fout volgens RFC 9457 (application/problem+json).")
public class ProblemDoc {

    @SchemaDoc(description = "Vaste URI van het soort fout", example = "urn:vhk-gateway:problem:not-found")
    public String type;

    @SchemaDoc(description = "Korte Nederlandse titel, gelijk voor elke fout van dit soort", example = "Niet gevonden")
    public String title;

    @SchemaDoc(description = "HTTP-status", example = "404")
    public int status;

    @SchemaDoc(description = "Wat er deze keer misging en hoe u het oplost", example = "Er is geen organisatie met nummer 42.")
    public String detail;

    @SchemaDoc(description = "Het pad van het verzoek", example = "/api/organisations/42")
    public String instance;

    @SchemaDoc(description = "Per veld wat niet klopt (alleen bij ongeldige invoer)")
    public List<ViolationDoc> violations;
}
