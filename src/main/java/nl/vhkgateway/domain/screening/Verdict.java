package nl.vhkgateway.domain.screening;

/** Outcome of screening one file. */
public enum Verdict {
    /** Safe document, complete, no personal data: may be forwarded (the sanitised copy). */
    ACCEPT,
    /** A readable card that holds personal data or misses required sections: the sender can fix it. */
    REJECT,
    /** Not a card that can be screened at all (not .docx, macros, encrypted, corrupt, hostile, ...). */
    INVALID
}
