package nl.vhkgateway.domain.consent;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whose consent a record must hold before it authorises a handover. Default: at least one
 * {@link ConsenterRole#OUDER_MET_GEZAG} or {@link ConsenterRole#VOOGD} consented, and, when the youth the case is
 * about is 16 or older, the {@link ConsenterRole#JEUGDIGE} as well. Configurable: which roles count as the
 * representative ({@code representativeRoles}, at least one, never JEUGDIGE) and from which age group the youth's
 * own consent is required ({@code youthConsentFrom}, or none). Immutable, thread-safe.
 */
public final class ConsentPolicy {

    private final Set<ConsenterRole> representativeRoles;
    private final Optional<AgeGroup> youthConsentFrom;

    private ConsentPolicy(Set<ConsenterRole> representativeRoles, Optional<AgeGroup> youthConsentFrom) {
        if (representativeRoles.isEmpty()) {
            throw new IllegalArgumentException("the consent policy needs at least one representative role");
        }
        if (representativeRoles.contains(ConsenterRole.JEUGDIGE)) {
            throw new IllegalArgumentException("JEUGDIGE is not a representative role; use youthConsentFrom");
        }
        this.representativeRoles = Collections.unmodifiableSet(EnumSet.copyOf(representativeRoles));
        this.youthConsentFrom = Objects.requireNonNull(youthConsentFrom, "youthConsentFrom");
    }

    /** Ouder met gezag or voogd, plus the youth from 16. */
    public static ConsentPolicy defaults() {
        return of(EnumSet.of(ConsenterRole.OUDER_MET_GEZAG, ConsenterRole.VOOGD), Optional.of(AgeGroup.VANAF_16));
    }

    public static ConsentPolicy of(Set<ConsenterRole> representativeRoles, Optional<AgeGroup> youthConsentFrom) {
        return new ConsentPolicy(representativeRoles, youthConsentFrom);
    }

    /**
     * Reads the policy from configuration text, failing fast with a message naming the key.
     *
     * @param roles     comma-separated role names, e.g. "OUDER_MET_GEZAG,VOOGD"
     * @param youthFrom "16+", "12-15", "0-11" or "none"
     */
    public static ConsentPolicy parse(String roles, String youthFrom) {
        Set<ConsenterRole> parsedRoles = EnumSet.noneOf(ConsenterRole.class);
        for (String role : Objects.requireNonNull(roles, "roles").split(",")) {
            if (role.isBlank()) {
                continue;
            }
            try {
                parsedRoles.add(ConsenterRole.valueOf(role.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("vhk.consent.policy.representative-roles: unknown role '"
                        + role.strip() + "', expected one of " + Arrays.toString(ConsenterRole.values()), e);
            }
        }
        Optional<AgeGroup> from;
        if (Objects.requireNonNull(youthFrom, "youthFrom").strip().equalsIgnoreCase("none")) {
            from = Optional.empty();
        } else {
            from = Optional.of(AgeGroup.parse(youthFrom).orElseThrow(() -> new IllegalArgumentException(
                    "vhk.consent.policy.youth-consent-from: expected 16+, 12-15, 0-11 or none, got '"
                            + youthFrom.strip() + "'")));
        }
        try {
            return new ConsentPolicy(parsedRoles, from);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("vhk.consent.policy.representative-roles: " + e.getMessage(), e);
        }
    }

    public Set<ConsenterRole> representativeRoles() {
        return representativeRoles;
    }

    public Optional<AgeGroup> youthConsentFrom() {
        return youthConsentFrom;
    }

    /** What the record lacks; empty when it satisfies the policy. */
    public Optional<String> shortfall(ConsentData consent) {
        boolean representative = consent.consenters().stream()
                .anyMatch(c -> representativeRoles.contains(c.role()));
        if (!representative) {
            return Optional.of("toestemming van een " + representativeLabels() + " ontbreekt");
        }
        if (youthConsentFrom.map(consent.youthAgeGroup()::atLeast).orElse(false)
                && consent.consenters().stream().noneMatch(c -> c.isYouthOfAtLeast(youthConsentFrom.get()))) {
            return Optional.of("toestemming van de jeugdige zelf (" + youthConsentFrom.get().label()
                    + ") ontbreekt");
        }
        return Optional.empty();
    }

    public boolean isSatisfiedBy(ConsentData consent) {
        return shortfall(consent).isEmpty();
    }

    private String representativeLabels() {
        String joined = representativeRoles.stream().map(ConsenterRole::label).collect(Collectors.joining(", "));
        int last = joined.lastIndexOf(", ");
        return last < 0 ? joined : joined.substring(0, last) + " of " + joined.substring(last + 2);
    }

    @Override
    public String toString() {
        return "ConsentPolicy[representatives=" + representativeRoles + ", youthConsentFrom="
                + youthConsentFrom.map(AgeGroup::code).orElse("none") + "]";
    }
}
