package nl.vhkgateway.interfaces.web;

/**
 * The roles of the web console: the two of the REST API ({@code deelnemer}, {@code beheerder}) and the voorzitter,
 * who has a console login only. Each role has its own part of the console under {@link #basePath()}; the
 * {@link ConsoleFilter} lets a user into their own part only.
 */
public enum ConsoleRole {
    DEELNEMER("deelnemer", "Vaste deelnemer", "/console/deelnemer/"),
    VOORZITTER("voorzitter", "Voorzitter", "/console/voorzitter/"),
    BEHEERDER("beheerder", "Beheerder", "/console/beheer/");

    private final String code;
    private final String dutchName;
    private final String basePath;

    ConsoleRole(String code, String dutchName, String basePath) {
        this.code = code;
        this.dutchName = dutchName;
        this.basePath = basePath;
    }

    /** The role name as in the REST API and Jakarta Security groups. */
    public String code() {
        return code;
    }

    public String dutchName() {
        return dutchName;
    }

    /** Path (below the context root) of this role's pages, with a trailing slash. */
    public String basePath() {
        return basePath;
    }
}
