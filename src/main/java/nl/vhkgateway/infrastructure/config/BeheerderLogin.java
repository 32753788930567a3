package nl.vhkgateway.infrastructure.config;

import java.util.Objects;

/**
 * The login of the functional administrator (role {@code beheerder}) for the REST API. The password is given either
 * as a PBKDF2 hash (production: {@code vhk.beheerder.password-hash}) or in plain form (demo, or from a secret store
 * through the environment: {@code vhk.beheerder.password}). Immutable and thread-safe.
 *
 * @param user     login name
 * @param password the plain password, or the encoded hash when {@code hashed}
 * @param hashed   whether {@code password} holds a {@code pbkdf2-sha256$...} hash
 */
public record BeheerderLogin(String user, Secret password, boolean hashed) {

    public BeheerderLogin {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }
}
