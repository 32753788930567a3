package nl.vhkgateway.domain.intake;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where an accepted card goes. {@link #VHT}: to the voorzitter of the VeiligheidsTeam. {@link #RVDK}: to the intake
 * mailbox of the Raad voor de Kinderbescherming as well, announced to the voorzitter (domain rule 4: when an
 * intervention talk with the RvdK is advised, the RvdK receives the card first and decides whether to join).
 *
 * <p>A social worker chooses the RvdK route by writing the word {@code RvdK} (any case, as a word of its own) or
 * "Raad voor de Kinderbescherming" in the subject of the mail; see {@link #fromSubject(String)}. Immutable.
 */
public enum IntakeRoute {
    VHT,
    RVDK;

    private static final Pattern RVDK_IN_SUBJECT = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}])(rvdk|raad\\s+voor\\s+de\\s+kinderbescherming)(?![\\p{L}\\p{N}])");

    /** RVDK when the subject names the RvdK ("RvdK", "[rvdk]", "Raad voor de Kinderbescherming"), else VHT. */
    public static IntakeRoute fromSubject(String subject) {
        Objects.requireNonNull(subject, "subject");
        return RVDK_IN_SUBJECT.matcher(subject).find() ? RVDK : VHT;
    }
}
