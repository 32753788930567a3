package nl.vhkgateway.application.intake.bounce;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a delivery report says, reduced to what the gateway may keep: the Message-IDs it refers to (from the returned
 * headers and Original-Envelope-Id), the worst action over its recipients, the status code and the reporting server.
 * No diagnostic text and no addresses (they may hold anything). Immutable.
 *
 * @param referencedMessageIds Message-IDs of the original message named in the report, first the most reliable
 * @param action               "failed", "delayed", "delivered", "relayed" or "expanded" (lower case)
 * @param status               the RFC 3463 status code of that recipient, e.g. "5.1.1"
 * @param reportingMta         the host that wrote the report
 * @param standard             true for an RFC 3464 report, false for a classic bounce read from its text
 */
public record DeliveryStatusNotification(List<String> referencedMessageIds, String action, Optional<String> status,
                                         Optional<String> reportingMta, boolean standard) {

    public DeliveryStatusNotification {
        referencedMessageIds = List.copyOf(referencedMessageIds);
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reportingMta, "reportingMta");
    }

    /** True when the message could not be delivered (Action: failed, or a classic bounce). */
    public boolean failed() {
        return action.equals("failed");
    }
}
