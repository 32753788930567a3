package nl.vhkgateway.interfaces.rest;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Gives every operation of the OpenAPI description the answer every endpoint can give: a problem
 * ({@code #/components/responses/Problem}, RFC 9457) as its {@code default} response. Registered with
 * {@code mp.openapi.filter} in {@code META-INF/microprofile-config.properties}.
 */
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        if (responses.getDefaultValue() == null) {
            responses.setDefaultValue(OASFactory.createAPIResponse().ref("#/components/responses/Problem"));
        }
        return operation;
    }
}
