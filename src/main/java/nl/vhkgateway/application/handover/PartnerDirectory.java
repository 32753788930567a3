package nl.vhkgateway.application.handover;

import nl.vhkgateway.domain.participant.Organisation;

import java.util.List;

/**
 * The partner organisations a handover may go to, with their receiving mailbox and S/MIME certificate (the
 * participant register). Implementations are thread-safe and return current data on every call.
 */
@FunctionalInterface
public interface PartnerDirectory {

    /** Every registered organisation (inactive ones included; the handover flow skips them). */
    List<Organisation> organisations();
}
