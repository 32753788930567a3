package nl.vhkgateway.domain.screening;

/**
 * What a finding is about. Content categories name a kind of personal data; document categories name a reason
 * why a file cannot be screened or forwarded safely; mail categories concern the message that carries the card.
 */
public enum Category {
    // Personal data (content)
    PERSON_NAME(Kind.PERSONAL_DATA, "naam van een persoon"),
    ADDRESS(Kind.PERSONAL_DATA, "adres"),
    POSTCODE(Kind.PERSONAL_DATA, "postcode"),
    BSN(Kind.PERSONAL_DATA, "burgerservicenummer (BSN)"),
    BIRTH_DATE(Kind.PERSONAL_DATA, "geboortedatum"),
    PHONE(Kind.PERSONAL_DATA, "telefoonnummer"),
    EMAIL(Kind.PERSONAL_DATA, "e-mailadres"),
    IBAN(Kind.PERSONAL_DATA, "bankrekeningnummer (IBAN)"),
    ID_NUMBER(Kind.PERSONAL_DATA, "paspoort- of identiteitsnummer"),
    CLIENT_NUMBER(Kind.PERSONAL_DATA, "cliënt- of dossiernummer"),
    URL(Kind.PERSONAL_DATA, "link naar een persoon (bijvoorbeeld een social-mediaprofiel)"),
    PERSONAL_DATA_SECTION(Kind.PERSONAL_DATA, "ingevuld deel Persoonsgegevens"),
    // Document (the file itself)
    NOT_DOCX(Kind.DOCUMENT, "geen Word-document (.docx)"),
    MACRO(Kind.DOCUMENT, "document met macro's"),
    ENCRYPTED(Kind.DOCUMENT, "document met wachtwoord of versleuteling"),
    CORRUPT(Kind.DOCUMENT, "beschadigd of onleesbaar document"),
    EMPTY_FILE(Kind.DOCUMENT, "leeg bestand"),
    TOO_LARGE(Kind.DOCUMENT, "te groot bestand"),
    ZIP_BOMB(Kind.DOCUMENT, "verdacht sterk ingepakt bestand"),
    EXTERNAL_ENTITY(Kind.DOCUMENT, "document met verwijzingen naar externe bronnen (DOCTYPE/entiteiten)"),
    EMBEDDED_OBJECT(Kind.DOCUMENT, "ingesloten object of bestand"),
    EXTERNAL_REFERENCE(Kind.DOCUMENT, "document dat externe bestanden of sjablonen laadt"),
    TIMEOUT(Kind.DOCUMENT, "document kon niet op tijd worden gecontroleerd"),
    /** The file to screen does not exist or cannot be read (command-line tool, upload). */
    UNREADABLE_FILE(Kind.DOCUMENT, "bestand niet gevonden of niet leesbaar"),
    /** The screener itself failed on this file (a defect, not the sender's fault): never accepted, worth a look. */
    SCREENING_ERROR(Kind.DOCUMENT, "document kon niet volledig worden gecontroleerd"),
    // Mail
    NO_CARD(Kind.MAIL, "geen Veiligheidskaart bijgevoegd"),
    MULTIPLE_CARDS(Kind.MAIL, "meer dan één Veiligheidskaart bijgevoegd"),
    MALFORMED_MAIL(Kind.MAIL, "onleesbare e-mail");

    /** Groups of categories. */
    public enum Kind {
        PERSONAL_DATA, DOCUMENT, MAIL
    }

    private final Kind kind;
    private final String dutchDescription;

    Category(Kind kind, String dutchDescription) {
        this.kind = kind;
        this.dutchDescription = dutchDescription;
    }

    public Kind kind() {
        return kind;
    }

    /** Dutch name for a sender, e.g. "telefoonnummer". */
    public String dutchDescription() {
        return dutchDescription;
    }
}
