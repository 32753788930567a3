package nl.vhkgateway.application.security;

/**
 * The roles of the REST API. {@value #BEHEERDER}: the functional administrator (registers, errors, quarantine,
 * audit). {@value #DEELNEMER}: an authenticated vaste deelnemer of a partner organisation (e.g. recording consent for
 * its own organisation).
 */
public final class Roles {

    public static final String BEHEERDER = "beheerder";
    public static final String DEELNEMER = "deelnemer";

    private Roles() {
    }
}
