package nl.vhkgateway.interfaces.web;

import java.io.Serializable;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Who is logged in to the console, kept in the HTTP session: the login name, the role, and for a vaste deelnemer the
 * organisation whose data they may see. Immutable.
 *
 * @param login            the login name (a deelnemer's mail address in lower case)
 * @param role             the console role
 * @param organisationId   the deelnemer's organisation (0 for the other roles)
 * @param organisationName the deelnemer's organisation, for the page header ("" for the other roles)
 */
public record ConsoleUser(String login, ConsoleRole role, long organisationId, String organisationName)
        implements Serializable {

    public ConsoleUser {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(organisationName, "organisationName");
    }

    public static ConsoleUser staff(String login, ConsoleRole role) {
        return new ConsoleUser(login, role, 0, "");
    }

    /** The deelnemer's organisation; empty for the voorzitter and the beheerder. */
    public OptionalLong organisation() {
        return role == ConsoleRole.DEELNEMER ? OptionalLong.of(organisationId) : OptionalLong.empty();
    }
}
