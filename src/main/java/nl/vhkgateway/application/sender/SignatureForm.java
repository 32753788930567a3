package nl.vhkgateway.application.sender;

/** How a message is S/MIME-protected at its top level (RFC 8551). */
public enum SignatureForm {
    /** No S/MIME at the top level. */
    UNSIGNED,
    /** multipart/signed with an application/pkcs7-signature part (clear-signed). */
    DETACHED,
    /** application/pkcs7-mime; smime-type=signed-data (the content is inside the signature). */
    OPAQUE,
    /** application/pkcs7-mime; smime-type=enveloped-data or authEnveloped-data: encrypted, unreadable here. */
    ENCRYPTED,
    /** Claims to be S/MIME but cannot be parsed. */
    MALFORMED
}
