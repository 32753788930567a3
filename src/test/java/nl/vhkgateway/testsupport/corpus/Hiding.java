package nl.vhkgateway.testsupport.corpus;

import java.util.EnumSet;
import java.util.Set;
import nl.vhkgateway.domain.card.DocumentPart;

/**
 * Every place personal data hides in a card or in the mail that carries it (card-format.md "Where personal data
 * hides"), with the document parts a screener may report it under.
 */
public enum Hiding {
    BODY(DocumentPart.BODY),
    TABLE(DocumentPart.TABLE),
    HEADER(DocumentPart.HEADER),
    FOOTER(DocumentPart.FOOTER),
    FOOTNOTE(DocumentPart.FOOTNOTE),
    ENDNOTE(DocumentPart.ENDNOTE),
    COMMENT(DocumentPart.COMMENT),
    TRACKED_DELETION(DocumentPart.TRACKED_DELETION),
    /** Accepted by sanitising: it then stands in the body or table like any text. */
    TRACKED_INSERTION(DocumentPart.TRACKED_INSERTION, DocumentPart.BODY, DocumentPart.TABLE,
            DocumentPart.CONTENT_CONTROL),
    HIDDEN_TEXT(DocumentPart.HIDDEN_TEXT),
    TEXT_BOX(DocumentPart.TEXT_BOX),
    CONTENT_CONTROL(DocumentPart.CONTENT_CONTROL),
    /** The shown result of a field is text of the paragraph it stands in. */
    FIELD_RESULT(DocumentPart.FIELD_CODE, DocumentPart.BODY, DocumentPart.TABLE, DocumentPart.CONTENT_CONTROL),
    /** A field instruction (a HYPERLINK field's target). */
    FIELD_INSTRUCTION(DocumentPart.FIELD_CODE, DocumentPart.HYPERLINK),
    HYPERLINK_TARGET(DocumentPart.HYPERLINK),
    ALT_TEXT(DocumentPart.ALT_TEXT),
    PROPERTY_TITLE(DocumentPart.DOCUMENT_PROPERTIES),
    PROPERTY_SUBJECT(DocumentPart.DOCUMENT_PROPERTIES),
    PROPERTY_KEYWORDS(DocumentPart.DOCUMENT_PROPERTIES),
    PROPERTY_COMPANY(DocumentPart.DOCUMENT_PROPERTIES),
    PROPERTY_CUSTOM(DocumentPart.DOCUMENT_PROPERTIES),
    GLOSSARY(DocumentPart.GLOSSARY),
    MAIL_SUBJECT(DocumentPart.MAIL_SUBJECT),
    MAIL_BODY(DocumentPart.MAIL_BODY),
    MAIL_HTML_BODY(DocumentPart.MAIL_BODY),
    ATTACHMENT_NAME(DocumentPart.ATTACHMENT_NAME),
    FORWARDED_MAIL_BODY(DocumentPart.MAIL_BODY);

    private final Set<DocumentPart> reportedAs;

    Hiding(DocumentPart first, DocumentPart... more) {
        this.reportedAs = EnumSet.of(first, more);
    }

    /** The document parts a finding here may be reported under. */
    public Set<DocumentPart> reportedAs() {
        return reportedAs;
    }

    public boolean inMail() {
        return this == MAIL_SUBJECT || this == MAIL_BODY || this == MAIL_HTML_BODY || this == ATTACHMENT_NAME
                || this == FORWARDED_MAIL_BODY;
    }
}
