package nl.vhkgateway.interfaces.rest.openapi;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI schema {@code SubmissionDetail} (documentation only: the API writes this shape with JSON-P). */
@Schema(name = "SubmissionDetail", description = "Een inzending met geschiedenis en uitgaande berichten.")
public class SubmissionDetailDoc {

    @Schema(description = "Nummer van de inzending", example = "479")
    public long id;

    @Schema(description = "Status: RECEIVED, SCREENED, ROUTED, ACCEPTED, REFUSING, ERROR (bezig) of DELIVERED, REFUSED, QUARANTINED, DISCARDED (klaar)", example = "REFUSED")
    public String state;

    @Schema(description = "Message-ID van de mail", example = "<abc@roosendaal.test>")
    public String messageId;

    @Schema(description = "SHA-256 van de mail", example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
    public String sha256;

    @Schema(description = "Ontvangen (ISO 8601)", example = "2026-03-02T09:15:00Z")
    public String receivedAt;

    @Schema(description = "Grootte in bytes", example = "48213")
    public long size;

    @Schema(description = "Pogingen", example = "1")
    public int attempts;

    @Schema(description = "Laatst gewijzigd (ISO 8601)", example = "2026-03-02T09:15:03Z")
    public String updatedAt;

    @Schema(description = "Afzender volgens de mail", example = "deelnemer@roosendaal.test")
    public String sender;

    @Schema(description = "Inbrengnummer, zodra toegekend", example = "VHT-2026-0042")
    public String submissionNumber;

    @Schema(description = "Oordeel over de afzender", example = "ACCEPTED")
    public String senderVerdict;

    @Schema(description = "Oordeel van de screener: ACCEPT, REJECT, INVALID", example = "REJECT")
    public String screeningVerdict;

    @Schema(description = "Route: VHT of RVDK", example = "VHT")
    public String route;

    @Schema(description = "Redenen (codes)", example = "PERSON_NAME")
    public List<String> reasonCodes;

    @Schema(description = "Laatste fout")
    public ProcessingErrorDoc lastError;

    @Schema(description = "Statuswijzigingen, oudste eerst")
    public List<StateChangeDoc> history;

    @Schema(description = "Uitgaande berichten")
    public List<OutgoingMessageDoc> outgoing;
}
