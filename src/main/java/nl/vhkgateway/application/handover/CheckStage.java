package nl.vhkgateway.application.handover;

/** When a handover is checked: on receipt of the card, and again right before it is delivered. */
public enum CheckStage {
    /** The card has just been received. Audit action {@code HANDOVER_CHECK}. */
    RECEIPT("HANDOVER_CHECK"),
    /** The card is about to be sent to the partner. Audit action {@code HANDOVER_RECHECK}. */
    DELIVERY("HANDOVER_RECHECK");

    private final String auditAction;

    CheckStage(String auditAction) {
        this.auditAction = auditAction;
    }

    public String auditAction() {
        return auditAction;
    }
}
