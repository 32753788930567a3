package nl.vhkgateway.domain.handover;

import nl.vhkgateway.domain.participant.OrganisationType;

/** The short names social workers use for the organisation types in a sentence ("GI naar Veilig Thuis"). */
final class Organisations {

    private Organisations() {
    }

    static String shortName(OrganisationType type) {
        return switch (type) {
            case TOEGANG -> "Toegang";
            case VEILIG_THUIS -> "Veilig Thuis";
            case GI -> "GI";
            case RVDK -> "RvdK";
        };
    }
}
