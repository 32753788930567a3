package nl.vhkgateway.application.handover;

/**
 * Why a handover is refused before (or apart from) the consent check, with the Dutch texts for the sender: what
 * is wrong and what to do. The consent check's own reasons are {@code domain.handover.RefusalReason}. The texts
 * never repeat anything from the message or the card. The constant's name is the reason code (audit, state
 * history).
 */
public enum HandoverProblem {

    SENDER_REFUSED(
            "De afzender van het bericht kon niet worden vastgesteld als een actieve vaste deelnemer.",
            "Zie hieronder wat er niet klopte, los het op en stuur de overdracht opnieuw."),
    NO_CARD(
            "Er zit geen Veiligheidskaart als Word-bestand (.docx) bij het bericht.",
            "Voeg de kaart als Word-bestand (.docx) toe en stuur het bericht opnieuw."),
    MULTIPLE_CARDS(
            "Er zitten meerdere Word-bestanden bij het bericht. Een overdracht bevat precies één kaart.",
            "Stuur elke kaart in een eigen bericht."),
    UNSAFE_DOCUMENT(
            "De kaart kan niet veilig worden doorgestuurd.",
            "Los de punten hieronder op (sla de kaart bijvoorbeeld opnieuw op als gewoon Word-document) en stuur"
                    + " de overdracht opnieuw."),
    RECEIVER_MISSING(
            "Er staat niet bij aan welke partner de kaart moet worden overgedragen.",
            "Vul op het voorblad 'Overdracht aan' in met de naam van de partner (bijvoorbeeld 'Veilig Thuis"
                    + " West-Brabant'), of zet in het onderwerp 'Overdracht aan' met de naam van de partner."),
    RECEIVER_UNKNOWN(
            "De ontvangende partner die u noemt, staat niet (of niet meer als actief) in het register van de"
                    + " gateway.",
            "Gebruik bij 'Overdracht aan' de naam van een geregistreerde partner (zie hieronder)."),
    RECEIVER_AMBIGUOUS(
            "Er passen meerdere geregistreerde partners bij de ontvanger die u noemt.",
            "Gebruik bij 'Overdracht aan' de volledige naam van één partner (zie hieronder)."),
    CASE_MISSING(
            "Er staat geen casusnummer op de kaart.",
            "Vul op het voorblad 'Casusnummer' in: het inzendingsnummer van het VeiligheidsTeam (bijvoorbeeld"
                    + " VHT-2026-0042) of het casuspseudoniem waaronder de toestemming is geregistreerd."),
    CASE_INVALID(
            "Het casusnummer heeft niet de vorm van een nummer: alleen hoofdletters, cijfers en streepjes, met"
                    + " minstens één cijfer (bijvoorbeeld VHT-2026-0042). Een naam kan geen casusnummer zijn.",
            "Vul bij 'Casusnummer' het nummer in waaronder de toestemming is geregistreerd."),
    CONSENT_NUMBER_INVALID(
            "Het toestemmingsnummer is geen nummer.",
            "Vul bij 'Toestemmingsnummer' alleen het nummer in dat u bij het registreren van de toestemming kreeg"
                    + " (bijvoorbeeld 17), of laat het veld leeg."),
    PURPOSE_UNKNOWN(
            "Het doel van de overdracht is niet herkend.",
            "Laat 'Doel van de overdracht' leeg voor een gewone overdracht, of vul 'Interventiegesprek' of"
                    + " 'Toetsing en afsluiting maatregel' in."),
    NO_SECURE_ROUTE(
            "De ontvangende partner heeft geen certificaat voor versleutelde e-mail (S/MIME) geregistreerd, en de"
                    + " gateway mag de kaart dan alleen over een beveiligde verbinding (TLS) versturen. Die is"
                    + " niet ingesteld.",
            "Neem contact op met de beheerder van de gateway: die kan het certificaat van de partner registreren."),
    PARTNER_CERTIFICATE_UNUSABLE(
            "Het geregistreerde certificaat van de ontvangende partner is verlopen of niet geschikt om e-mail mee"
                    + " te versleutelen.",
            "Neem contact op met de beheerder van de gateway: die kan een geldig certificaat van de partner"
                    + " registreren."),
    SENDER_NO_LONGER_ACTIVE(
            "Vlak voor het versturen bleek dat u (of uw organisatie) niet meer als actieve vaste deelnemer"
                    + " geregistreerd staat, of dat de ontvangende partner niet meer actief is.",
            "Neem contact op met de beheerder van de gateway.");

    private final String dutchExplanation;
    private final String dutchAdvice;

    HandoverProblem(String dutchExplanation, String dutchAdvice) {
        this.dutchExplanation = dutchExplanation;
        this.dutchAdvice = dutchAdvice;
    }

    /** What is wrong, in plain Dutch. */
    public String dutchExplanation() {
        return dutchExplanation;
    }

    /** What the sender can do about it, in plain Dutch. */
    public String dutchAdvice() {
        return dutchAdvice;
    }
}
