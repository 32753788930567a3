package nl.vhkgateway.interfaces.rest.openapi;

/** OpenAPI schema {@code PasswordInput} (documentation only: the API writes this shape with JSON-P). */
@SchemaDoc(name = "PasswordInput", description = "Een nieuw API-wachtwoord.")
public class PasswordInputDoc {

    @SchemaDoc(description = "Wachtwoord (minstens 12 tekens)", example = "correct-horse-battery")
    public String password;
}
