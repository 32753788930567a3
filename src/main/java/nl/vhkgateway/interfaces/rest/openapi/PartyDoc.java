package nl.vhkgateway.interfaces.rest.openapi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI schema {@code Party} (documentation only: the API writes this shape with JSON-P). */
@Schema(name = "Party", description = "Afzender of ontvanger van een overdracht.")
public class PartyDoc {

    @Schema(description = "Organisatie", example = "3")
    public Long organisationId;

    @Schema(description = "Soort", example = "VEILIG_THUIS")
    public String type;
}
