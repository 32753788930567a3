package nl.vhkgateway.application.sender;

/**
 * Why a registered participant's message is refused before its card is even looked at. Each reason has a stable
 * code (the constant's name, for audit) and Dutch texts for the sender: what happened and what to do. The texts
 * never repeat anything from the message.
 */
public enum SenderRefusalReason {

    SENDER_INACTIVE(
            "Uw e-mailadres staat niet (meer) als actieve vaste deelnemer geregistreerd bij het VeiligheidsTeam.",
            "Neem contact op met de beheerder van de gateway als u weer kaarten wilt insturen. Een kaart van een"
                    + " collega stuurt u via de vaste deelnemer van uw organisatie."),
    SENT_ON_BEHALF(
            "Het bericht is namens u verstuurd vanaf een ander adres (bijvoorbeeld een gedeelde mailbox of een"
                    + " secretariaat). Het VeiligheidsTeam neemt alleen kaarten aan die de vaste deelnemer zelf"
                    + " verstuurt.",
            "Stuur de kaart opnieuw vanuit uw eigen mailbox, niet via 'verzenden namens'."),
    DKIM_FAILED(
            "De digitale handtekening van uw mailserver (DKIM) klopt niet: het bericht is onderweg gewijzigd of"
                    + " niet door uw organisatie verstuurd.",
            "Stuur de kaart opnieuw rechtstreeks vanuit uw eigen mailbox, niet doorgestuurd of via een ander"
                    + " systeem. Hebt u dit bericht niet zelf verstuurd? Meld dat dan aan de beheerder."),
    SPF_FAILED(
            "Het bericht kwam van een mailserver die niet namens uw organisatie mag versturen (SPF).",
            "Stuur de kaart opnieuw rechtstreeks vanuit uw eigen mailbox. Hebt u dit bericht niet zelf verstuurd?"
                    + " Meld dat dan aan de beheerder."),
    DMARC_FAILED(
            "Het bericht kon niet worden vastgesteld als afkomstig van uw organisatie (DMARC-controle mislukt).",
            "Stuur de kaart opnieuw rechtstreeks vanuit uw eigen mailbox. Hebt u dit bericht niet zelf verstuurd?"
                    + " Meld dat dan aan de beheerder."),
    AUTHENTICATION_RESULTS_MISSING(
            "De ontvangende mailserver heeft de afzender van het bericht niet kunnen controleren.",
            "Stuur de kaart opnieuw. Lukt het dan nog niet, neem contact op met de beheerder."),
    SIGNATURE_MISSING(
            "Voor uw e-mailadres is een certificaat geregistreerd, maar dit bericht is niet digitaal ondertekend"
                    + " (S/MIME).",
            "Stuur de kaart opnieuw en zet in uw mailprogramma 'digitaal ondertekenen' aan."),
    SIGNATURE_WRONG_CERTIFICATE(
            "Het bericht is ondertekend, maar niet met het certificaat dat voor uw e-mailadres is geregistreerd.",
            "Onderteken met uw geregistreerde certificaat. Hebt u een nieuw certificaat? Vraag de beheerder het"
                    + " nieuwe certificaat te registreren."),
    SIGNATURE_INVALID(
            "De digitale ondertekening van het bericht klopt niet: het bericht is na het ondertekenen gewijzigd of"
                    + " de ondertekening is beschadigd.",
            "Stuur de kaart opnieuw, ondertekend, rechtstreeks vanuit uw mailprogramma (niet doorgestuurd)."),
    CERTIFICATE_NOT_VALID(
            "Het geregistreerde certificaat waarmee u ondertekent is verlopen of nog niet geldig.",
            "Vraag een nieuw certificaat aan en laat de beheerder het registreren."),
    MESSAGE_ENCRYPTED(
            "Het bericht is versleuteld (S/MIME). De gateway kan versleutelde berichten niet openen.",
            "Stuur de kaart opnieuw zonder S/MIME-versleuteling; digitaal ondertekenen mag wel.");

    private final String dutchExplanation;
    private final String dutchAdvice;

    SenderRefusalReason(String dutchExplanation, String dutchAdvice) {
        this.dutchExplanation = dutchExplanation;
        this.dutchAdvice = dutchAdvice;
    }

    /** What went wrong, in plain Dutch. */
    public String dutchExplanation() {
        return dutchExplanation;
    }

    /** What the sender can do about it, in plain Dutch. */
    public String dutchAdvice() {
        return dutchAdvice;
    }
}
