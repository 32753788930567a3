package nl.vhkgateway.interfaces.rest.health;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Response;

import nl.vhkgateway.application.health.HealthReport;
import nl.vhkgateway.application.health.HealthStatus;
import nl.vhkgateway.bootstrap.HealthChecks;
import nl.vhkgateway.bootstrap.LeadershipRuntime;
import nl.vhkgateway.bootstrap.VersionInfo;
import nl.vhkgateway.bootstrap.WorkerLoops;

/**
 * {@code GET /api/health}: {@code {"status":"UP","version":"…","database":"UP","intakeMailbox":"UP","smtp":"UP",
 * "checkedAt":"…","cluster":{…}}} ({@code version} and {@code cluster} only for a caller who logged in); HTTP 200 when everything is UP or DEGRADED, 503 otherwise. Public (no login) and without details of
 * failures (those are in the server log); a DEGRADED component has a short reason without personal data under
 * {@code "degraded"} (e.g. the intake watcher waiting to reconnect, with the time of its next attempt). Under
 * {@code "loops"} every worker loop's state at this moment ({@link LoopStatesJson}: waiting with IMAP IDLE, processing,
 * backing off with the next attempt, stopped, ...; names, states, times and exception types only). Under
 * {@code "cluster"} (issue 12): this instance's id, which roles it leads, the leader of each role, the database node its
 * connections reach with its Galera state, and the gateway instances seen lately.
 */
@Tag(name = "Gezondheid", description = "Samenvatting van de gezondheid (openbaar)")
@Path("health")
@RequestScoped
@PermitAll
public class HealthResource {

    @Inject
    HealthChecks healthChecks;

    @Inject
    VersionInfo versionInfo;

    @Context
    SecurityContext security;
    @Inject
    LeadershipRuntime leadership;

    @Inject
    WorkerLoops loops;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "healthHealth", summary = "Gezondheid van de gateway en zijn afhankelijkheden (200 alles UP, anders 503)")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "HealthSummary"))})
    public Response health() {
        HealthReport report = healthChecks.report();
        JsonObjectBuilder json = Json.createObjectBuilder().add("status", report.status().name());
        if (security.getUserPrincipal() != null) {
            json.add("version", versionInfo.version()); // never to anonymous callers: no version to probe for
        }
        report.components().forEach((name, status) -> json.add(name, status.name()));
        if (!report.degradations().isEmpty()) {
            JsonObjectBuilder degraded = Json.createObjectBuilder();
            report.degradations().forEach(degraded::add);
            json.add("degraded", degraded);
        }
        json.add("checkedAt", report.checkedAt().toString());
        json.add("loops", LoopStatesJson.of(loops.states())); // live, not cached: what each loop does right now
        if (security.getUserPrincipal() != null) {
            json.add("cluster", cluster()); // host names, instance ids and database nodes are internals, as the version
        }
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(report.status() != HealthStatus.DOWN ? Response.Status.OK
                        : Response.Status.SERVICE_UNAVAILABLE)
                .entity(json.build())
                .cacheControl(noStore)
                .build();
    }

    /** This instance, what it leads, the leader of each role, the database node it uses and the instances seen. */
    private JsonObjectBuilder cluster() {
        JsonObjectBuilder cluster = Json.createObjectBuilder();
        try {
            LeadershipRuntime.ClusterStatus status = leadership.status();
            JsonObjectBuilder leads = Json.createObjectBuilder();
            status.leads().forEach((role, yes) -> leads.add(role.key(), yes));
            JsonObjectBuilder leaders = Json.createObjectBuilder();
            status.leaders().forEach((role, holder) -> leaders.add(role.key(), holder));
            JsonArrayBuilder instances = Json.createArrayBuilder();
            status.instances().forEach(i -> instances.add(Json.createObjectBuilder().add("instance", i.id())
                    .add("databaseNode", i.databaseNode()).add("secondsSinceSeen", i.secondsSinceSeen())));
            cluster.add("instance", status.instance())
                    .add("leads", leads)
                    .add("leaders", leaders)
                    .add("databaseNode", status.databaseNode().address())
                    .add("galera", status.databaseNode().standalone() ? "uit"
                            : status.databaseNode().galeraState() + ", " + status.databaseNode().galeraClusterSize()
                            + " knooppunten")
                    .add("instances", instances);
        } catch (RuntimeException e) {
            cluster.add("instance", "onbekend").add("problem", "clusterstatus niet leesbaar");
        }
        return cluster;
    }
}
