package nl.vhkgateway.interfaces.rest.openapi;

/** OpenAPI schema {@code ExpertInput}. */
@SchemaDoc(name = "ExpertInput", description = "Een expert voor de bespreking uitnodigen.")
public class ExpertInputDoc {

    @SchemaDoc(description = "Mailadres van de expert", example = "gedragswetenschapper@jbb.test")
    public String address;
}
