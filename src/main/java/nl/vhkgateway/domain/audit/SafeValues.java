package nl.vhkgateway.domain.audit;

import java.util.regex.Pattern;

/**
 * The shapes a value in the audit log may take. The log holds ids, codes, addresses and timestamps only: no spaces,
 * so no free text, card text or names in sentences can slip in. A rejected value is never repeated in the exception
 * message (it might be personal data); only the field name is. Stateless, thread-safe.
 */
final class SafeValues {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    static final Pattern ACTOR = Pattern.compile("[A-Za-z0-9._%+@:-]{1,254}");
    static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9._:@/-]{1,128}");
    static final Pattern DETAIL_KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9_.-]{0,63}");
    static final Pattern DETAIL_VALUE = Pattern.compile("[A-Za-z0-9._:@/+=,-]{0,200}");

    private SafeValues() {
    }

    static String require(Pattern pattern, String value, String field) {
        if (value == null) {
            throw new UnsafeAuditValueException(field, "is missing");
        }
        if (!pattern.matcher(value).matches()) {
            throw new UnsafeAuditValueException(field, "does not match " + pattern.pattern());
        }
        return value;
    }
}
