package nl.vhkgateway.domain.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * A chain head as it was published outside the database (written to the head file, mailed to the beheerder): the
 * row with this sequence number must still carry this hash. A rewrite of the whole chain, even one that strips
 * every seal, changes that hash. Immutable.
 *
 * @param sequence    the published head's sequence number (0: the empty log)
 * @param hash        its hash
 * @param publishedAt when it was published
 */
public record PublishedHead(long sequence, String hash, Instant publishedAt) {

    public PublishedHead {
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must be 0 or more");
        }
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(publishedAt, "publishedAt");
    }
}
