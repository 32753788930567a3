package nl.vhkgateway.domain.consent;

/** Whether a consent authorises anything at a given moment. Only {@link #VALID} does. */
public enum ConsentStatus {
    NOT_YET_VALID("nog niet geldig"),
    VALID("geldig"),
    EXPIRED("verlopen"),
    WITHDRAWN("ingetrokken");

    private final String label;

    ConsentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
