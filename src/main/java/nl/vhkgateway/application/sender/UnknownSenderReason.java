package nl.vhkgateway.application.sender;

/** Why a message counts as coming from an unknown sender (quarantine, no answer). */
public enum UnknownSenderReason {
    /** The From address is not in the register. */
    NOT_REGISTERED("het afzenderadres staat niet in het register van vaste deelnemers"),
    /** No From, several From fields or addresses, or an address that cannot be read. */
    NO_SINGLE_FROM("het bericht heeft geen (of meer dan één) leesbaar afzenderadres");

    private final String dutchDescription;

    UnknownSenderReason(String dutchDescription) {
        this.dutchDescription = dutchDescription;
    }

    /** For the beheerder's notice. */
    public String dutchDescription() {
        return dutchDescription;
    }
}
