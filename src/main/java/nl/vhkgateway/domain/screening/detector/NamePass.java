package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import nl.vhkgateway.domain.card.TextSegment;
import nl.vhkgateway.domain.screening.detector.NameClassifier.WordClass;

/**
 * One pass of {@link PersonNameDetector} over a segment: the tokens, what the word lists and the first loop made of
 * them, and the flags ("this token is part of a name") that the steps of the pass set and clear. Arrays are shared,
 * not copied: a step changes {@code flag} in place for the steps after it.
 *
 * @param segment             the segment (its section decides some steps)
 * @param tokens              the segment's tokens
 * @param cls                 each token's word class
 * @param covered             tokens inside a listed place, organisation or other allowed phrase
 * @param coveredOrganisation tokens inside a listed organisation
 * @param role                each token's role bits (title, kin word, particle ...)
 * @param shouted             the segment is written mostly in capitals
 * @param known               what the rest of the card says (names found with context, organisation words)
 * @param kin                 tokens flagged after a kin word (a family member, never exempted as a professional)
 * @param flag                tokens that are part of a name
 * @param beforeLists         the flags just before the organisation-list steps cleared any (for the steps that
 *                            restore a surname those lists cleared)
 */
record NamePass(TextSegment segment, List<Token> tokens, WordClass[] cls, boolean[] covered,
                boolean[] coveredOrganisation, int[] role, boolean shouted, CardKnowledge known, boolean[] kin,
                boolean[] flag, boolean[] beforeLists) {
}
