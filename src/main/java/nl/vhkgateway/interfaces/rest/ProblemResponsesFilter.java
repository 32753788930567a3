package nl.vhkgateway.interfaces.rest;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Gives every operation of the OpenAPI description the answer every endpoint can give: a problem
 * ({@code #/components/responses/Problem}, RFC 9457) as its {@code default} response. Registered with
 * {@code mp.openapi.filter} in {@code META-INF/microprofile-config.properties}. Also drops the constraints Payara 6
 * writes into inline schemas from annotation defaults ({@code maxProperties: 0}, {@code minLength: 0}, false flags),
 * which would otherwise say "no properties allowed".
 */
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        return schema;
    }

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
