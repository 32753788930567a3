package nl.vhkgateway.application.mailflow;

/**
 * What one pass over the INBOX did (counts only). Immutable.
 *
 * @param seen     messages in the INBOX at the start of the pass
 * @param stored   new submissions stored
 * @param released originals moved out of the INBOX (or found gone) after delivery
 * @param failed   messages whose handling threw (left in the INBOX for the next pass)
 */
public record InboxPassResult(int seen, int stored, int released, int failed) {
}
