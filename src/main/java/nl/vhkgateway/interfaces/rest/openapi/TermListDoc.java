package nl.vhkgateway.interfaces.rest.openapi;

import java.util.List;

/** OpenAPI schema {@code TermList}. */
@SchemaDoc(name = "TermList", description = "De termijnen van een casus.")
public class TermListDoc {

    @SchemaDoc(description = "De termijnen")
    public List<TermDoc> terms;
}
