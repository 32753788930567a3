package nl.vhkgateway.domain.consent;

import java.time.Instant;
import java.util.Objects;

/**
 * The withdrawal of a consent: a new fact next to the consent, never an edit of it. From {@code withdrawnAt} on,
 * the consent authorises nothing, for ever. Immutable.
 *
 * @param withdrawnAt when the betrokkene withdrew (may lie before {@code recordedAt} when reported later, never
 *                    after it)
 * @param withdrawnBy the role of the betrokkene who withdrew
 * @param how         how it was withdrawn, free text ("telefonisch aan de casusregisseur"); never logged
 * @param recordedBy  mail address of the participant (or beheerder) who recorded the withdrawal
 * @param recordedAt  when it was recorded
 */
public record Withdrawal(Instant withdrawnAt, ConsenterRole withdrawnBy, String how, String recordedBy,
                         Instant recordedAt) {

    public Withdrawal {
        withdrawnAt = ConsentData.millis(withdrawnAt, "withdrawnAt");
        Objects.requireNonNull(withdrawnBy, "withdrawnBy");
        how = ConsentText.require(how, "how");
        if (recordedBy == null || recordedBy.isBlank()) {
            throw new IllegalArgumentException("recordedBy is empty");
        }
        recordedAt = ConsentData.millis(recordedAt, "recordedAt");
        if (withdrawnAt.isAfter(recordedAt)) {
            throw new IllegalArgumentException("a withdrawal cannot be recorded before it happens");
        }
    }

    /** Without the free text {@code how}: safe for logs. */
    @Override
    public String toString() {
        return "Withdrawal[at=" + withdrawnAt + ", by=" + withdrawnBy + ", recordedBy=" + recordedBy + "]";
    }
}
