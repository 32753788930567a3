package nl.vhkgateway.interfaces.rest.openapi;

/** OpenAPI schema {@code TermDone}. */
@SchemaDoc(name = "TermDone", description = "Een termijn die als gedaan is vastgelegd.")
public class TermDoneDoc {

    @SchemaDoc(description = "VHT-nummer", example = "VHT-2026-0042")
    public String number;

    @SchemaDoc(description = "Soort termijn", example = "PARENTS_REACTION")
    public String kind;

    @SchemaDoc(description = "Gedaan", example = "true")
    public boolean done;
}
