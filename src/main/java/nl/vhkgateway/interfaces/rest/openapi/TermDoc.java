package nl.vhkgateway.interfaces.rest.openapi;

/** OpenAPI schema {@code Term}. */
@SchemaDoc(name = "Term", description = "Een termijn die uit de uitkomst van de bespreking volgt.")
public class TermDoc {

    @SchemaDoc(description = "Soort termijn", example = "PARENTS_REACTION")
    public String kind;

    @SchemaDoc(description = "Omschrijving", example = "Reactie van ouders (5 werkdagen)")
    public String description;

    @SchemaDoc(description = "Uiterste datum", example = "2026-12-22")
    public String due;
}
