package nl.vhkgateway.domain.participant;

/** The kinds of partner organisation in the VeiligheidsTeam's chain, each with its Dutch name. */
public enum OrganisationType {
    TOEGANG("Toegang"),
    VEILIG_THUIS("Veilig Thuis"),
    GI("Gecertificeerde Instelling"),
    RVDK("Raad voor de Kinderbescherming");

    private final String label;

    OrganisationType(String label) {
        this.label = label;
    }

    /** The Dutch name shown to users. */
    public String label() {
        return label;
    }
}
