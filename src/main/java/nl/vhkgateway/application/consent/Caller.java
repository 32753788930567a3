package nl.vhkgateway.application.consent;

import java.util.Objects;

/**
 * Who calls the consent or audit API: the authenticated principal name (a participant's mail address, or the
 * beheerder's account) and whether the container put it in the role "beheerder" or "deelnemer". Immutable.
 */
public record Caller(String name, boolean beheerder, boolean deelnemer) {

    public static final String ROLE_BEHEERDER = "beheerder";
    public static final String ROLE_DEELNEMER = "deelnemer";

    public Caller {
        Objects.requireNonNull(name, "name");
    }
}
