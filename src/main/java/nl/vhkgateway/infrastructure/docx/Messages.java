package nl.vhkgateway.infrastructure.docx;

/** The Dutch sentences a sender reads when a file is refused. Holds no card text. */
final class Messages {

    static final String SEND_DOCX = "stuur de kaart als Word-document (.docx)";
    static final String EMPTY = "Het bestand is leeg. Controleer de bijlage en " + SEND_DOCX + ".";
    static final String CORRUPT = "Het document is beschadigd of kan niet worden gelezen. Sla de kaart opnieuw op in "
            + "Word en stuur hem nog eens";
    static final String SUSPICIOUS_NAMES = "Het document bevat onderdelen met verdachte of dubbele namen. Sla de kaart "
            + "opnieuw op in Word en stuur hem nog eens.";
    static final String ZIP_BOMB = "Het document is verdacht sterk ingepakt of bevat te veel onderdelen en wordt "
            + "daarom niet geopend. Sla de kaart opnieuw op in Word en stuur hem nog eens.";
    static final String MACRO = "Het document bevat macro's (programmacode). Sla de kaart op als gewoon "
            + "Word-document (.docx) zonder macro's en stuur hem opnieuw.";
    static final String ENCRYPTED = "Het document is beveiligd met een wachtwoord of versleuteld en kan daardoor niet "
            + "worden gecontroleerd. Haal het wachtwoord van de kaart af en stuur hem opnieuw.";
    static final String PROTECTED = "Het bewerken van het document is met een wachtwoord beperkt (beveiliging of "
            + "'alleen-lezen met wachtwoord'). De kaart moet bewerkbaar blijven: haal de beveiliging eraf en stuur "
            + "hem opnieuw.";
    static final String EXTERNAL_ENTITY = "Het document bevat een DOCTYPE- of ENTITY-verklaring, die in een "
            + "Word-document niet thuishoort. Sla de kaart opnieuw op in Word en stuur hem nog eens.";
    static final String EMBEDDED = "Het document bevat een ingesloten object of bestand (bijvoorbeeld een ander "
            + "document, een werkblad of een pakket). Haal het ingesloten object uit de kaart en stuur hem opnieuw.";
    static final String TIMEOUT = "Het document kon niet op tijd worden gecontroleerd. Maak de kaart kleiner of "
            + "eenvoudiger en stuur hem opnieuw.";
    static final String TOO_MUCH_TEXT = "Het document bevat te veel tekst om te controleren. Een Veiligheidskaart is "
            + "kort: stuur alleen de kaart.";

    private Messages() {
    }

    static String tooLarge(long maxBytes) {
        return "Het bestand is groter dan " + (maxBytes / (1024 * 1024)) + " MB. Haal grote afbeeldingen uit de kaart "
                + "en stuur hem opnieuw.";
    }

    static String notDocx(String what) {
        return "Dit is " + what + ", geen Word-document: " + SEND_DOCX + ".";
    }

    static String wrongExtension(String extension) {
        return "Een bestand met de extensie ." + extension + " wordt niet aangenomen: " + SEND_DOCX + ".";
    }

    static String external(String what) {
        return "Het document laadt " + what + " van buiten het document. Dat kan niet veilig worden gecontroleerd: "
                + "haal de koppeling weg (of sla de kaart op als gewoon Word-document) en stuur hem opnieuw.";
    }
}
