package nl.vhkgateway.interfaces.rest.openapi;

/** OpenAPI schema {@code CalendarFeed}. */
@SchemaDoc(name = "CalendarFeed", description = "Een agenda-feed, zonder de geheime URL.")
public class CalendarFeedDoc {

    @SchemaDoc(description = "Kenmerk (SHA-256 van het geheim)", example = "3f7a0c5e9b1d4a6f8e2c7b9d0a1e3f5c7b9d1e3f5a7c9e1b3d5f7a9c1e3b5d7f")
    public String id;

    @SchemaDoc(description = "Gemaakt op", example = "2026-12-05T08:00:00Z")
    public String createdAt;

    @SchemaDoc(description = "Werkt de URL nog", example = "true")
    public boolean active;

    @SchemaDoc(description = "Ingetrokken op (of null)", example = "2026-12-06T08:00:00Z")
    public String revokedAt;
}
