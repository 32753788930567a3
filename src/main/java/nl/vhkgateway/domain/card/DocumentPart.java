package nl.vhkgateway.domain.card;

/**
 * Where in a Word document (or in the mail that carries it) a piece of text was found.
 * Each carries the Dutch phrase a social worker reads in a refusal ("in een opmerking").
 */
public enum DocumentPart {
    BODY("in de tekst van de kaart"),
    TABLE("in een tabel"),
    HEADER("in de kopregel"),
    FOOTER("in de voettekst"),
    FOOTNOTE("in een voetnoot"),
    ENDNOTE("in een eindnoot"),
    COMMENT("in een opmerking"),
    COMMENT_AUTHOR("in de naam van de schrijver van een opmerking"),
    REVISION_AUTHOR("in de naam van de schrijver van een wijziging"),
    TRACKED_INSERTION("in een bijgehouden wijziging (toegevoegde tekst)"),
    TRACKED_DELETION("in een bijgehouden wijziging (verwijderde tekst)"),
    HIDDEN_TEXT("in verborgen tekst"),
    TEXT_BOX("in een tekstvak of vorm"),
    CONTENT_CONTROL("in een invulveld"),
    FIELD_CODE("in een veldcode"),
    HYPERLINK("in een hyperlink"),
    ALT_TEXT("in de alternatieve tekst van een afbeelding"),
    DOCUMENT_PROPERTIES("in de documenteigenschappen"),
    EMBEDDED_OBJECT("in een ingesloten object"),
    GLOSSARY("in de bouwstenen (glossary) van het document"),
    MAIL_SUBJECT("in de onderwerpregel"),
    MAIL_BODY("in de tekst van de e-mail"),
    ATTACHMENT_NAME("in de naam van de bijlage"),
    /** A problem with the mail as a whole (no card, more than one card). */
    MAIL("in de e-mail"),
    /** A problem with one attachment as a file (not a .docx). */
    ATTACHMENT("in een bijlage"),
    DOCUMENT("in het document");

    private final String dutchPhrase;

    DocumentPart(String dutchPhrase) {
        this.dutchPhrase = dutchPhrase;
    }

    /** Dutch phrase for messages to senders, e.g. "in de kopregel". */
    public String dutchPhrase() {
        return dutchPhrase;
    }
}
