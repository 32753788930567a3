package nl.vhkgateway.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import nl.vhkgateway.application.health.HealthReport;
import nl.vhkgateway.application.health.HealthStatus;
import nl.vhkgateway.bootstrap.HealthChecks;
import nl.vhkgateway.bootstrap.VersionInfo;

/**
 * {@code GET /api/health}: {@code {"status":"UP","version":"…","database":"UP","intakeMailbox":"UP","smtp":"UP",
 * "checkedAt":"…"}}; HTTP 200 when everything is UP, 503 otherwise. Public (no login) and without details of
 * failures (those are in the server log).
 */
@Path("health")
@RequestScoped
@PermitAll
public class HealthResource {

    @Inject
    HealthChecks healthChecks;

    @Inject
    VersionInfo versionInfo;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        HealthReport report = healthChecks.report();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("status", report.status().name())
                .add("version", versionInfo.version());
        report.components().forEach((name, status) -> json.add(name, status.name()));
        json.add("checkedAt", report.checkedAt().toString());
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(report.status() == HealthStatus.UP ? Response.Status.OK
                        : Response.Status.SERVICE_UNAVAILABLE)
                .entity(json.build())
                .cacheControl(noStore)
                .build();
    }
}
