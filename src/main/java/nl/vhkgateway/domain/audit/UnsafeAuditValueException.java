package nl.vhkgateway.domain.audit;

/**
 * A value offered to the audit log does not have the shape of an id, code or address. The message names the field,
 * never the value itself (it might be personal data).
 */
public class UnsafeAuditValueException extends IllegalArgumentException {

    private final String field;

    public UnsafeAuditValueException(String field, String problem) {
        super("Audit field '" + field + "' " + problem + " (value not shown)");
        this.field = field;
    }

    public String field() {
        return field;
    }
}
