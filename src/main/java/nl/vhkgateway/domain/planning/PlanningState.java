package nl.vhkgateway.domain.planning;

/** Where a planned case stands: proposed by the gateway, accepted or declined by the voorzitter. */
public enum PlanningState {
    /** The gateway proposed the earliest free meeting; the voorzitter has not decided yet. */
    PROPOSED,
    /** The voorzitter put the case on the agenda of the meeting (possibly after moving it). */
    ACCEPTED,
    /** The voorzitter declined the case; the vaste deelnemer got the reason. Final. */
    DECLINED;

    /** True when the case takes a place at its meeting (counts towards the capacity). */
    public boolean takesAPlace() {
        return this != DECLINED;
    }
}
