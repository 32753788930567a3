package nl.vhkgateway.domain.participant;

/**
 * The kinds of partner organisation in the VeiligheidsTeam (shared/docs/domain.md "Who is who").
 * A {@link #TOEGANG} organisation is the access team of one municipality, so it names that municipality.
 */
public enum OrganisationType {
    TOEGANG("Toegang", true),
    VEILIG_THUIS("Veilig Thuis", false),
    GI("Gecertificeerde Instelling", false),
    RVDK("Raad voor de Kinderbescherming", false);

    private final String dutchName;
    private final boolean municipalityRequired;

    OrganisationType(String dutchName, boolean municipalityRequired) {
        this.dutchName = dutchName;
        this.municipalityRequired = municipalityRequired;
    }

    /** The Dutch name of the type, as a social worker writes it ("Veilig Thuis"). */
    public String dutchName() {
        return dutchName;
    }

    /** True when an organisation of this type works for one municipality and must name it. */
    public boolean municipalityRequired() {
        return municipalityRequired;
    }
}
