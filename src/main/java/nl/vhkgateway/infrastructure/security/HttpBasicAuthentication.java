package nl.vhkgateway.infrastructure.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

import nl.vhkgateway.application.security.Roles;

/**
 * Declares the roles of the application. HTTP Basic authentication itself is {@code interfaces.http.GatewayBasicAuthentication}
 * (our own mechanism: the built-in one answered 500 to malformed headers), validated against every
 * {@code IdentityStore} bean ({@link BeheerderIdentityStore}, the participants' store). The annotation sits on a CDI
 * bean because Jakarta Security only sees it there. Which paths need a login is in {@code WEB-INF/web.xml}; use
 * TLS in front of it in production (see deploy/README.md).
 */
@ApplicationScoped
@DeclareRoles({Roles.BEHEERDER, Roles.DEELNEMER, Roles.VOORZITTER})
public class HttpBasicAuthentication {
}
