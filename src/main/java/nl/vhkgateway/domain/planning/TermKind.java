package nl.vhkgateway.domain.planning;

/**
 * The terms that follow from the outcome of a discussion (domain rules 4, 6 and 7; seeds 000, 001). Each has the
 * Dutch description a reminder, the weekly overview and the calendar feed show (no personal data: only the term).
 */
public enum TermKind {
    /** Parents and youth (12+) react to the updated card: 5 working days after the advice. */
    PARENTS_REACTION("Reactietermijn ouders en jeugdige (5 werkdagen)"),
    /** The completed card goes to the RvdK first when an intervention talk is advised (rule 4). */
    RVDK_FIRST("Kaart eerst naar de Raad voor de Kinderbescherming (interventiegesprek geadviseerd)"),
    /** The intervention talk takes place within two weeks of the advice. */
    INTERVENTION_TALK("Interventiegesprek binnen twee weken na het advies"),
    /** The final card to all participants of the talk, 3 working days before it (once its date is known). */
    FINAL_CARD("Definitieve kaart naar alle deelnemers van het interventiegesprek (3 werkdagen vooraf)"),
    /** The follow-up (monitoring) discussion the team agreed on. */
    MONITORING("Monitoring: vervolgbespreking in het VeiligheidsTeam"),
    /** Ending a supervision order: steps 12, 11, 10, 8 and 6 weeks before the end date (rule 7). */
    OTS_12_WEEKS("OTS: stap 12 weken voor de einddatum"),
    OTS_11_WEEKS("OTS: stap 11 weken voor de einddatum"),
    OTS_10_WEEKS("OTS: stap 10 weken voor de einddatum"),
    OTS_8_WEEKS("OTS: stap 8 weken voor de einddatum"),
    OTS_6_WEEKS("OTS: stap 6 weken voor de einddatum"),
    /** The end date of the supervision order itself. */
    OTS_END("OTS: einddatum van de ondertoezichtstelling");

    private final String dutch;

    TermKind(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
