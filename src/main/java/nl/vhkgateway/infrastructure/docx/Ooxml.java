package nl.vhkgateway.infrastructure.docx;

import java.util.Locale;

/** Names from the Office Open XML standard (transitional and strict). Constants only. */
final class Ooxml {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String R_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    static final String CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
    static final String VML = "urn:schemas-microsoft-com:vml";
    static final String OFFICE = "urn:schemas-microsoft-com:office:office";

    static final String CT_DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    static final String CT_TEMPLATE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";
    static final String CT_VBA = "application/vnd.ms-office.vbaproject";

    private Ooxml() {
    }

    static boolean isW(String namespace) {
        return W.equals(namespace) || W_STRICT.equals(namespace);
    }

    static boolean isR(String namespace) {
        return R.equals(namespace) || R_STRICT.equals(namespace);
    }

    /** True when a relationship type URI names the given type ("header" for ".../relationships/header"). */
    static boolean isType(String relationshipType, String name) {
        int slash = relationshipType.lastIndexOf('/');
        return relationshipType.regionMatches(true, slash + 1, name, 0, name.length())
                && relationshipType.length() - slash - 1 == name.length();
    }

    /** The last segment of a relationship type URI, lower case ("header"). */
    static String typeName(String relationshipType) {
        return relationshipType.substring(relationshipType.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }

    /** True for content types of macro-enabled Office documents or VBA parts. */
    static boolean isMacroContentType(String contentType) {
        String ct = contentType.toLowerCase(Locale.ROOT);
        return ct.contains("macroenabled") || ct.startsWith(CT_VBA) || ct.contains("vbadata")
                || ct.contains("ms-office.activex") || ct.contains("ms-word.keymapcustomizations");
    }
}
