package nl.vhkgateway.interfaces.rest.openapi;

import java.util.List;

/** OpenAPI schema {@code CalendarFeedPage}. */
@SchemaDoc(name = "CalendarFeedPage", description = "Een bladzijde agenda-feeds van de ingelogde gebruiker.")
public class CalendarFeedPageDoc {

    @SchemaDoc(description = "De feeds op deze bladzijde")
    public List<CalendarFeedDoc> items;

    @SchemaDoc(description = "Aantal in totaal", example = "1")
    public long total;

    @SchemaDoc(description = "Hoogstens zoveel per bladzijde", example = "50")
    public int limit;

    @SchemaDoc(description = "Vanaf positie", example = "0")
    public int offset;
}
