package nl.vhkgateway.interfaces.rest.metrics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

import java.time.Clock;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.vhkgateway.application.mailflow.InDoubtDeliveries;
import nl.vhkgateway.application.metrics.WorkFigures;
import nl.vhkgateway.application.security.Roles;
import nl.vhkgateway.bootstrap.IntakeRuntime;

/**
 * {@code GET /api/metrics}: the gateway's own work in the Prometheus text format, for the beheerder (a Prometheus
 * scrape job logs in with HTTP Basic): cards received and decided (accepted / refused / quarantined), errors,
 * submissions per state, outbox pending and the age of the oldest pending mail, and a histogram of screening
 * times. Counters come from the database (they survive a restart); the histogram is per instance. Not public.
 */
@Tag(name = "Metrics", description = "Cijfers over het werk van de gateway (Prometheus-formaat, beheerder)")
@SecurityRequirement(name = "basic")
@Path("metrics")
@RequestScoped
@RolesAllowed(Roles.BEHEERDER)
public class MetricsResource {

    @Inject
    WorkFigures figures;

    @Inject
    IntakeRuntime intake;

    @Inject
    InDoubtDeliveries inDoubt;

    @GET
    @Produces("text/plain")
    @Operation(operationId = "metrics", summary = "Cijfers in het Prometheus-tekstformaat")
    @APIResponse(responseCode = "200", description = "Gelukt", content = @Content(mediaType = "text/plain",
            schema = @Schema(type = SchemaType.STRING, example = "vhk_cards_received_total 42")))
    public Response metrics() {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        String text = PrometheusText.write(figures.read(Clock.systemUTC().instant()), intake.screeningTimes())
                + PrometheusText.inDoubt(inDoubt);
        return Response.ok(text, PrometheusText.MEDIA_TYPE).cacheControl(noStore).build();
    }
}
