package nl.vhkgateway.application.intake.messages;

import java.util.Optional;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.screening.Category;

/**
 * How a social worker fixes each kind of problem, in plain Dutch: per category of finding, per place in the
 * document (hidden places need a Word step, e.g. accepting tracked changes), and per missing section. Stateless.
 */
public final class FixAdvice {

    /** Advice for a category added later without its own advice yet. */
    static final String GENERIC = "Pas dit aan en stuur de kaart opnieuw. Lukt het niet, neem dan contact op met de"
            + " beheerder.";

    private FixAdvice() {
    }

    /** What to do about a finding of this category. */
    public static String forCategory(Category category) {
        return switch (category.name()) {
            case "PERSON_NAME" -> "Vervang de naam door een rol, eventueel met voorletter en geboortejaar, bijvoorbeeld"
                    + " 'moeder (1987)', 'oom' of 'J. (2011)'.";
            case "ADDRESS" -> "Haal het adres weg. Noem hooguit de gemeente of de wijk.";
            case "POSTCODE" -> "Haal de postcode weg. Noem hooguit de gemeente.";
            case "BSN" -> "Haal het burgerservicenummer weg. Een BSN hoort nooit in een kaart voor het VHT.";
            case "BIRTH_DATE" -> "Noem alleen het geboortejaar, bijvoorbeeld 'J. (2011)', of de leeftijd ('14 jaar').";
            case "PHONE" -> "Haal het telefoonnummer weg. Algemene nummers zoals 0800-2000 of 112 mogen wel.";
            case "EMAIL" -> "Haal het e-mailadres weg.";
            case "IBAN" -> "Haal het rekeningnummer weg.";
            case "ID_NUMBER" -> "Haal het paspoort- of identiteitsnummer weg.";
            case "CLIENT_NUMBER" -> "Haal het cliënt- of dossiernummer weg. Het inbrengnummer van het VHT"
                    + " (bijvoorbeeld VHT-2026-0042) mag wel.";
            case "URL" -> "Haal de link weg. Beschrijf in woorden wat er te zien was, zonder naam of profiel.";
            case "PERSONAL_DATA_SECTION" -> "Laat het deel 'Persoonsgegevens' bij een inbreng helemaal leeg (of zet er"
                    + " 'n.v.t.' in). Persoonsgegevens deelt u alleen bij een overdracht, met toestemming.";
            case "NOT_DOCX" -> "Stuur de kaart als Word-document (.docx). Geen PDF, foto, .doc of .odt.";
            case "MACRO" -> "Sla de kaart in Word op als 'Word-document (*.docx)', niet als document met macro's"
                    + " (.docm), en stuur hem opnieuw.";
            case "ENCRYPTED" -> "Haal het wachtwoord van het document af (Bestand > Info > Document beveiligen >"
                    + " Versleutelen met wachtwoord: wachtwoord leegmaken) en stuur het opnieuw.";
            case "CORRUPT" -> "Open de kaart in Word, controleer of alles goed te lezen is, sla hem opnieuw op als"
                    + " .docx en stuur hem opnieuw.";
            case "EMPTY_FILE" -> "Het bestand is leeg. Voeg de ingevulde kaart opnieuw als bijlage toe.";
            case "TOO_LARGE" -> "Haal afbeeldingen en ingevoegde bestanden uit de kaart; de kaart is een korte"
                    + " samenvatting. Stuur hem daarna opnieuw.";
            case "ZIP_BOMB", "EXTERNAL_ENTITY" -> "Open de kaart in Word, sla hem opnieuw op als 'Word-document"
                    + " (*.docx)' en stuur hem opnieuw. Gebruik het gewone sjabloon van de Veiligheidskaart.";
            case "EMBEDDED_OBJECT" -> "Haal ingevoegde bestanden en objecten (zoals een Excel-tabel, PDF of ander"
                    + " document) uit de kaart. Typ de informatie die nodig is in de kaart zelf.";
            case "EXTERNAL_REFERENCE" -> "Haal koppelingen naar andere bestanden of sjablonen weg (Bestand > Info >"
                    + " Koppelingen naar bestanden bewerken) en gebruik het gewone sjabloon.";
            case "TIMEOUT" -> "Stuur de kaart nog een keer. Lukt het dan weer niet, sla hem opnieuw op als .docx"
                    + " zonder afbeeldingen, of neem contact op met de beheerder.";
            case "NO_CARD" -> "Voeg de Veiligheidskaart als bijlage (.docx) toe aan de e-mail.";
            case "MULTIPLE_CARDS" -> "Stuur één kaart per e-mail. Stuur andere kaarten in aparte e-mails.";
            case "MALFORMED_MAIL" -> "Stuur de kaart opnieuw vanuit uw gewone mailprogramma, als bijlage.";
            case "UNREADABLE_FILE" -> "Het bestand kon niet worden gelezen. Sla de kaart opnieuw op als"
                    + " 'Word-document (*.docx)' en voeg hem opnieuw als bijlage toe.";
            case "SCREENING_ERROR" -> "De controle van de kaart is niet gelukt; dat ligt niet aan u. De beheerder is"
                    + " op de hoogte. Stuur de kaart later nog een keer, of neem contact op met de beheerder.";
            default -> GENERIC;
        };
    }

    /** Extra steps for places in the document that Word hides, or in the mail; empty for ordinary text. */
    public static Optional<String> forPlace(DocumentPart place) {
        String advice = switch (place.name()) {
            case "HEADER", "FOOTER" -> "Dubbelklik bovenaan of onderaan de pagina om de kop- of voettekst aan te passen.";
            case "FOOTNOTE", "ENDNOTE" -> "Pas de voetnoot of eindnoot aan of verwijder hem.";
            case "COMMENT" -> "Verwijder de opmerking (Controleren > Verwijderen), of haal de gegevens eruit.";
            case "COMMENT_AUTHOR", "REVISION_AUTHOR" -> "Uw naam als schrijver hoort niet bij het gezin: stel in Word"
                    + " bij Bestand > Opties > Algemeen een functienaam in plaats van een naam in, of verwijder de"
                    + " opmerkingen en accepteer alle wijzigingen.";
            case "TRACKED_INSERTION", "TRACKED_DELETION" -> "Accepteer alle wijzigingen (Controleren > Accepteren >"
                    + " Alle wijzigingen accepteren) en zet 'Wijzigingen bijhouden' uit; ook verwijderde tekst blijft"
                    + " anders in het document staan.";
            case "HIDDEN_TEXT" -> "Het staat in verborgen tekst. Zet Start > ¶ (Alles weergeven) aan en verwijder de"
                    + " verborgen tekst.";
            case "TEXT_BOX" -> "Het staat in een tekstvak of vorm: pas dat tekstvak aan of verwijder het.";
            case "CONTENT_CONTROL" -> "Het staat in een invulveld: pas de inhoud van dat veld aan.";
            case "FIELD_CODE" -> "Het staat in een veldcode: selecteer alles (Ctrl+A) en zet velden om naar tekst"
                    + " (Ctrl+Shift+F9), en pas de tekst daarna aan.";
            case "HYPERLINK" -> "Verwijder de hyperlink (rechtsklik > Hyperlink verwijderen) of pas het adres aan.";
            case "ALT_TEXT" -> "Pas de alternatieve tekst van de afbeelding aan (rechtsklik > Alternatieve tekst"
                    + " bewerken), of verwijder de afbeelding.";
            case "DOCUMENT_PROPERTIES" -> "Maak de documenteigenschappen leeg: Bestand > Info > Controleren op"
                    + " problemen > Document controleren > 'Documenteigenschappen en persoonlijke gegevens' verwijderen.";
            case "EMBEDDED_OBJECT" -> "Verwijder het ingevoegde object uit de kaart.";
            case "GLOSSARY" -> "Het staat in de bouwstenen van het document: begin met een schone kopie van het"
                    + " sjabloon en plak alleen de tekst van de kaart erin.";
            case "MAIL_SUBJECT" -> "Zet geen namen of andere gegevens van het gezin in de onderwerpregel, bijvoorbeeld"
                    + " alleen 'Veiligheidskaart'.";
            case "MAIL_BODY" -> "Zet niets over het gezin in de tekst van de e-mail; alles hoort in de kaart.";
            case "ATTACHMENT_NAME" -> "Geef het bestand een naam zonder gegevens van het gezin, bijvoorbeeld"
                    + " 'Veiligheidskaart.docx'.";
            case "MAIL" -> "Stuur precies één Veiligheidskaart (.docx) als bijlage bij de e-mail.";
            case "ATTACHMENT" -> "Voeg alleen de Veiligheidskaart als Word-document (.docx) toe, zonder andere"
                    + " bestanden.";
            default -> "";
        };
        return advice.isEmpty() ? Optional.empty() : Optional.of(advice);
    }

    /** What to do about a required section that is missing or empty. */
    public static String forMissingSection(Section section) {
        return switch (section.name()) {
            case "DATUM" -> "Vul de datum van de inbreng in.";
            case "SOORT_INBRENG" -> "Kies de soort inbreng: Eerste inbreng, Vervolgbespreking, Monitoring of Overdracht.";
            case "JEUGDIGE" -> "Noem elke jeugdige met voorletter en geboortejaar, bijvoorbeeld 'J. (2011)'.";
            case "INBRENGER" -> "Vul de inbrenger in: naam, functie en organisatie van de professional.";
            case "VASTE_DEELNEMER" -> "Vul de vaste deelnemer van uw organisatie in.";
            case "GEMEENTE" -> "Vul de verantwoordelijke gemeente in.";
            case "GEINFORMEERD" -> "Schrijf op wie u wanneer hebt geïnformeerd of gesproken over de inbreng.";
            case "INSTEMMING" -> "Schrijf op of de betrokkenen instemmen met de inbreng. Is het antwoord 'nee', schrijf"
                    + " dan ook de reden op én waarom u de kaart toch inbrengt.";
            case "VRAAG_AAN_VHT" -> "Schrijf een concrete vraag aan het VeiligheidsTeam: waarover wilt u advies, wat"
                    + " wilt u aan het eind van het overleg bereikt hebben?";
            case "GEZINSSAMENSTELLING" -> "Beschrijf de gezinssamenstelling met rollen, voorletters en geboortejaren,"
                    + " bijvoorbeeld 'moeder (1987), J. (2011), D. (2016)'.";
            case "ONVEILIGHEID" -> "Beschrijf kort en feitelijk wat er nu onveilig is.";
            case "KRACHTEN" -> "Beschrijf de krachten en beschermende factoren in en rond het gezin.";
            case "RISICOFACTOREN" -> "Beschrijf de risicofactoren.";
            case "STEM_JEUGDIGE" -> "Bij een jeugdige van 12 jaar of ouder is de stem van de jeugdige verplicht."
                    + " Beschrijf wat de jeugdige zelf zegt, of welke moeite u hebt gedaan om dat te horen.";
            case "STEM_OUDERS" -> "Beschrijf wat de ouders en verzorgers zelf zeggen, of welke moeite u hebt gedaan om"
                    + " dat te horen.";
            case "VISIE_INBRENGER" -> "Beschrijf uw eigen visie: wat moet er gebeuren om de veiligheid te herstellen?";
            case "VEILIGHEIDSSCORE" -> "Vul de veiligheidsscore in.";
            default -> "Vul het onderdeel '" + section.label() + "' in.";
        };
    }
}
