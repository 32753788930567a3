package nl.vhkgateway.interfaces.rest.openapi;

import java.util.List;

/** OpenAPI schema {@code SubmissionDetail} (documentation only: the API writes this shape with JSON-P). */
@SchemaDoc(name = "SubmissionDetail", description = "Een inzending met geschiedenis en uitgaande berichten.")
public class SubmissionDetailDoc extends SubmissionDoc {

    @SchemaDoc(description = "Statuswijzigingen, oudste eerst")
    public List<StateChangeDoc> history;

    @SchemaDoc(description = "Uitgaande berichten")
    public List<OutgoingMessageDoc> outgoing;
}
