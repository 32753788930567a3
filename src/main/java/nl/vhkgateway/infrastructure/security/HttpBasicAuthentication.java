package nl.vhkgateway.infrastructure.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;

import nl.vhkgateway.application.security.Roles;

/**
 * Switches on HTTP Basic authentication (Jakarta Security) for the whole application, validated against every
 * {@code IdentityStore} bean ({@link BeheerderIdentityStore}, the participants' store). The annotation sits on a CDI
 * bean because Jakarta Security only sees it there. Which paths need a login is in {@code WEB-INF/web.xml}; use
 * TLS in front of it in production (see deploy/README.md).
 */
@ApplicationScoped
@BasicAuthenticationMechanismDefinition(realmName = "vhk-gateway")
@DeclareRoles({Roles.BEHEERDER, Roles.DEELNEMER})
public class HttpBasicAuthentication {
}
