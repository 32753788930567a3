package nl.vhkgateway.interfaces.rest.openapi;

/** OpenAPI schema {@code LoopState} (documentation only: the API writes this shape with JSON-P). */
@SchemaDoc(name = "LoopState", description = "Wat een verwerkingslus van de gateway nu doet (geen persoonsgegevens, geen kaarttekst).")
public class LoopStateDoc {

    @SchemaDoc(description = "NOT_STARTED, CONNECTING, PROCESSING, WAITING_IDLE (wacht met IMAP IDLE op nieuwe mail),"
            + " WAITING_POLL (wacht op de volgende controle), WAITING (wacht op de volgende ronde), BACKING_OFF (wacht"
            + " na een fout op de volgende poging), STANDBY (een andere instantie voert de lus uit) of STOPPED",
            example = "WAITING_IDLE")
    public String state;

    @SchemaDoc(description = "Sinds wanneer de lus dit doet (ISO 8601)", example = "2026-03-02T09:14:58Z")
    public String since;

    @SchemaDoc(description = "Einde van de laatste geslaagde ronde (ISO 8601)", example = "2026-03-02T09:14:58Z")
    public String lastSuccessAt;

    @SchemaDoc(description = "Mislukte rondes sinds de laatste geslaagde", example = "0")
    public Integer failures;

    @SchemaDoc(description = "Alleen bij BACKING_OFF: de volgende poging (ISO 8601)", example = "2026-03-02T09:15:04Z")
    public String nextAttemptAt;

    @SchemaDoc(description = "Soort van de laatste fout (alleen het type, nooit de melding)", example = "ConnectException")
    public String problem;
}
