package nl.vhkgateway.interfaces.rest.openapi;

import java.util.List;
import java.util.Map;

/** OpenAPI schema {@code ClusterStatus} (documentation only: the API writes this shape with JSON-P). */
@SchemaDoc(name = "ClusterStatus", description = "Deze instantie van de gateway in het cluster: wat zij leidt en welke databaseknoop zij gebruikt.")
public class ClusterStatusDoc {

    @SchemaDoc(description = "Naam van deze instantie (vhk.cluster.instance-id)", example = "gw1-4711")
    public String instance;

    @SchemaDoc(description = "Per rol (intake, handover, jobs): leidt deze instantie haar nu")
    public Map<String, Boolean> leads;

    @SchemaDoc(description = "Per rol: de instantie die haar nu leidt ('-' als niemand)")
    public Map<String, String> leaders;

    @SchemaDoc(description = "Databaseknoop die deze instantie gebruikt (host:poort)", example = "db1:3306")
    public String databaseNode;

    @SchemaDoc(description = "Galera-toestand van die knoop en de grootte van het cluster, of 'uit'", example = "Synced, 3 knooppunten")
    public String galera;

    @SchemaDoc(description = "De instanties die onlangs actief waren")
    public List<ClusterInstanceDoc> instances;

    @SchemaDoc(description = "Alleen als de clusterstatus niet te lezen was", example = "clusterstatus niet leesbaar")
    public String problem;
}
