package nl.vhkgateway.application.agenda;

import nl.vhkgateway.application.security.Roles;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Who a calendar feed belongs to and what it may show, fixed when the feed is made: the beheerder's and the
 * voorzitter's feeds show every case; a vaste deelnemer's feed only the cases of their own organisation, looked up on
 * every request (a deelnemer who is deactivated gets no feed). Stored as {@code <role>:<login>}.
 *
 * @param role  {@link Roles#BEHEERDER}, {@link Roles#VOORZITTER} or {@link Roles#DEELNEMER}
 * @param login the login (a vaste deelnemer's mail address)
 */
public record FeedOwner(String role, String login) {

    public FeedOwner {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(login, "login");
        if (!role.equals(Roles.BEHEERDER) && !role.equals(Roles.VOORZITTER) && !role.equals(Roles.DEELNEMER)) {
            throw new IllegalArgumentException("no feed role: " + role);
        }
        if (login.isBlank()) {
            throw new IllegalArgumentException("empty login");
        }
        if (role.equals(Roles.DEELNEMER)) {
            login = login.strip().toLowerCase(Locale.ROOT);
        }
    }

    public boolean seesEveryCase() {
        return !role.equals(Roles.DEELNEMER);
    }

    public String stored() {
        return role + ":" + login;
    }

    static Optional<FeedOwner> parse(String stored) {
        int colon = stored.indexOf(':');
        if (colon < 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(new FeedOwner(stored.substring(0, colon), stored.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
