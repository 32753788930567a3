package nl.vhkgateway.interfaces.rest.openapi;

/** OpenAPI schema {@code ClusterInstance} (documentation only). */
@SchemaDoc(name = "ClusterInstance", description = "Een instantie van de gateway die onlangs actief was.")
public class ClusterInstanceDoc {

    @SchemaDoc(description = "Naam van de instantie", example = "gw2-4712")
    public String instance;

    @SchemaDoc(description = "Databaseknoop die zij gebruikt", example = "db2:3306")
    public String databaseNode;

    @SchemaDoc(description = "Seconden sinds zij laatst gezien is", example = "2")
    public long secondsSinceSeen;
}
