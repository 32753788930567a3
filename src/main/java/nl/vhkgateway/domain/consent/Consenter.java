package nl.vhkgateway.domain.consent;

import java.util.Objects;
import java.util.Optional;

/**
 * One betrokkene who gave consent, by role only. A {@link ConsenterRole#JEUGDIGE} always has an age group; the
 * other roles never do. Immutable.
 */
public record Consenter(ConsenterRole role, Optional<AgeGroup> ageGroup) {

    public Consenter {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(ageGroup, "ageGroup");
        if (role == ConsenterRole.JEUGDIGE && ageGroup.isEmpty()) {
            throw new IllegalArgumentException("a jeugdige consenter needs an age group");
        }
        if (role != ConsenterRole.JEUGDIGE && ageGroup.isPresent()) {
            throw new IllegalArgumentException("only a jeugdige consenter has an age group");
        }
    }

    public static Consenter of(ConsenterRole role) {
        return new Consenter(role, Optional.empty());
    }

    public static Consenter youth(AgeGroup ageGroup) {
        return new Consenter(ConsenterRole.JEUGDIGE, Optional.of(ageGroup));
    }

    /** True for a youth of at least the given age group. */
    public boolean isYouthOfAtLeast(AgeGroup group) {
        return role == ConsenterRole.JEUGDIGE && ageGroup.map(g -> g.atLeast(group)).orElse(false);
    }
}
