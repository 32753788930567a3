package nl.vhkgateway.domain.screening.detector;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Fixed word sets that the rules ask about for every token ("is this word a verb of leaving?"). {@link #of} gives an
 * unmodifiable {@link HashSet}: about twice as fast per look-up as {@code Set.of}'s set, whose look-up divides for
 * every probe and compares strings without first comparing hash codes (round 12, speed). Same contents, same answers.
 * Round 25 (t25-tidy): a {@link FrozenWordSet} around that {@link HashSet} (same iteration order, same answers): a
 * look-up compares hash codes in one array before any string, where the {@link HashSet} walked a bucket's nodes; these
 * sets were about 4 % of the screening's CPU time in the profile.
 */
final class WordSets {

    private WordSets() {
    }

    static Set<String> of(String... words) {
        return FrozenWordSet.wrap(new HashSet<>(Arrays.asList(words)));
    }
}
