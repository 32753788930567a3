package nl.vhkgateway.domain.audit;

import java.util.Optional;

/**
 * Where chain heads are published outside the database (a file on another disk or host, read back at verification),
 * so that a rewrite of the whole chain is detected even by someone who also strips the seals. Implementations are
 * thread-safe.
 */
public interface PublishedHeads {

    /** Records a head. */
    void publish(PublishedHead head);

    /** The most recently published head, when any. */
    Optional<PublishedHead> latest();

    /** False when there is no place to publish to. */
    default boolean publishes() {
        return true;
    }

    /** No place configured: nothing is published, verification relies on the seals alone. */
    static PublishedHeads none() {
        return new PublishedHeads() {
            @Override
            public void publish(PublishedHead head) {
                // nowhere to publish: the beheerder configured no head file
            }

            @Override
            public Optional<PublishedHead> latest() {
                return Optional.empty();
            }

            @Override
            public boolean publishes() {
                return false;
            }
        };
    }
}
