package nl.vhkgateway.domain.consent;

/** In which capacity a betrokkene gave (or withdrew) consent. No names: the role is all the register needs. */
public enum ConsenterRole {
    OUDER_MET_GEZAG("ouder met gezag"),
    VOOGD("voogd"),
    JEUGDIGE("jeugdige"),
    PLEEGOUDER("pleegouder");

    private final String label;

    ConsenterRole(String label) {
        this.label = label;
    }

    /** Dutch, lower case, for use inside a sentence ("ouder met gezag"). */
    public String label() {
        return label;
    }
}
