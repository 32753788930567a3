package nl.vhkgateway.application.security;

/**
 * The roles of the REST API. {@value #BEHEERDER}: the functional administrator (registers, errors, quarantine,
 * audit). {@value #DEELNEMER}: an authenticated vaste deelnemer of a partner organisation (e.g. recording consent for
 * its own organisation). {@value #VOORZITTER}: the voorzitter, who plans the agenda.
 */
public final class Roles {

    public static final String BEHEERDER = "beheerder";
    public static final String DEELNEMER = "deelnemer";
    /** The voorzitter of the VeiligheidsTeam (console login {@code vhk.console.voorzitter.*}): plans the agenda. */
    public static final String VOORZITTER = "voorzitter";

    private Roles() {
    }
}
