package nl.vhkgateway.interfaces.rest.openapi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI schema {@code PasswordInput} (documentation only: the API writes this shape with JSON-P). */
@Schema(name = "PasswordInput", description = "Een nieuw API-wachtwoord.")
public class PasswordInputDoc {

    @Schema(description = "Wachtwoord (minstens 12 tekens)", example = "correct-horse-battery")
    public String password;
}
