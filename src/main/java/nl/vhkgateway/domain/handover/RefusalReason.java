package nl.vhkgateway.domain.handover;

/**
 * Why a handover was refused: one code per condition, in the order they are checked. The code goes to the audit
 * log; {@link HandoverRefusal#message()} is the Dutch sentence for the social worker.
 */
public enum RefusalReason {
    /** Sender and receiver type are not a permitted direction for this purpose. */
    DIRECTION_NOT_PERMITTED,
    /** The direction needs a submission to the VeiligheidsTeam for the case first, and there is none. */
    VHT_SUBMISSION_MISSING,
    /** No consent recorded for the case, or the quoted number does not exist. */
    CONSENT_NOT_FOUND,
    /** The quoted consent is for another case. */
    CONSENT_OTHER_CASE,
    /** The consent lets another organisation share the card. */
    CONSENT_OTHER_SENDER,
    /** The consent is for another receiving organisation. */
    CONSENT_OTHER_RECIPIENT,
    /** The consent is for another purpose. */
    CONSENT_OTHER_PURPOSE,
    /** The consent was withdrawn. */
    CONSENT_WITHDRAWN,
    /** The consent's validity ended. */
    CONSENT_EXPIRED,
    /** The consent's validity has not started. */
    CONSENT_NOT_YET_VALID,
    /** The consent lacks someone's consent the policy requires. */
    CONSENT_POLICY_NOT_MET
}
