package nl.vhkgateway.domain.audit;

import java.util.Objects;

/**
 * The newest link of the audit chain: its sequence number and hash ({@code 0} and {@link AuditChain#GENESIS_HASH}
 * for an empty log). Publishing it elsewhere now and then (an export, a mail to the beheerder) makes a later
 * rewrite of the whole chain detectable too. Immutable.
 */
public record ChainHead(long sequence, String hash) {

    public ChainHead {
        Objects.requireNonNull(hash, "hash");
    }

    public static ChainHead genesis() {
        return new ChainHead(0, AuditChain.GENESIS_HASH);
    }
}
