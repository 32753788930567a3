package nl.vhkgateway.demo;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A Veiligheidskaart for a handover (.docx made with POI), as a social worker would send it to
 * {@code overdracht@}: the cover fields "Overdracht aan", "Casusnummer" and "Toestemmingsnummer", and the
 * Persoonsgegevens filled in (a fictitious family). Its document properties name a (fictitious) author and a title
 * with the youth's name, which the gateway strips before delivery. Stateless and thread-safe.
 */
public final class DemoHandoverCard {

    /** The author in the document properties. */
    public static final String AUTHOR = "Marieke Verhoeven";
    /** The youth's name in the Persoonsgegevens. */
    public static final String YOUTH = "Jesse van den Berg";

    private DemoHandoverCard() {
    }

    /**
     * @param receiver      what to write at "Overdracht aan" (e.g. "Veilig Thuis West-Brabant")
     * @param caseReference the case (e.g. "VHT-2026-0042")
     * @param consentNumber the toestemmingsnummer, or "" to leave the field out
     * @return the bytes of the card
     */
    public static byte[] create(String receiver, String caseReference, String consentNumber) {
        String[][] cover = {
                {"Datum", "16-11-2026"},
                {"Soort inbreng", "Overdracht"},
                {"Jeugdige (voorletter en geboortejaar)", "J. (2012)"},
                {"Inbrenger", "M. Verhoeven, casusregisseur, gemeente Roosendaal"},
                {"Vaste deelnemer", "Vaste deelnemer Toegang, gemeente Roosendaal"},
                {"Verantwoordelijke gemeente", "Roosendaal"},
                {"Instemming betrokkenen", "Ja, moeder en J. stemmen in met de overdracht."},
                {"Overdracht aan", receiver},
                {"Casusnummer", caseReference},
                {"Toestemmingsnummer", consentNumber},
        };
        String[][] kaart = {
                {"Gezinssamenstelling", "Moeder (1986), J. (2012) en zusje L. (2018)."},
                {"Wat is er nu onveilig", "Herhaald huiselijk geweld waar de kinderen bij zijn."},
                {"Krachten en beschermende factoren", "Moeder zoekt steun bij haar zus."},
                {"Risicofactoren", "Schulden, weinig netwerk."},
                {"Stem van de jeugdige", "J. wil dat het thuis rustig wordt."},
                {"Stem van ouders en verzorgers", "Moeder wil hulp."},
                {"Visie van de inbrenger", "Veilig Thuis moet de veiligheid beoordelen."},
                {"Veiligheidsscore", "3"},
        };
        String[][] persoonsgegevens = {
                {"Naam jeugdige", YOUTH},
                {"Geboortedatum", "14-05-2012"},
                {"BSN", "123456782"},
                {"Adres", "Lindelaan 12, 4701 AB Roosendaal"},
                {"Ouders / gezagdragers", "Sandra van den Berg (moeder, gezag)"},
                {"Telefoon", "06-12345678"},
        };
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setCreator(AUTHOR);
            document.getProperties().getCoreProperties().setTitle("Overdracht " + YOUTH);
            document.getProperties().getExtendedProperties().getUnderlyingProperties().setCompany("Gemeente Roosendaal");
            heading(document, "Voorblad");
            table(document, consentNumber.isEmpty() ? without(cover, "Toestemmingsnummer") : cover);
            heading(document, "Veiligheidskaart");
            table(document, kaart);
            heading(document, "Persoonsgegevens");
            table(document, persoonsgegevens);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the demo handover card", e);
        }
    }

    private static String[][] without(String[][] rows, String label) {
        return java.util.Arrays.stream(rows).filter(row -> !row[0].equals(label)).toArray(String[][]::new);
    }

    private static void heading(XWPFDocument document, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        XWPFRun run = paragraph.createRun();
        run.setBold(true);
        run.setFontSize(14);
        run.setText(text);
    }

    private static void table(XWPFDocument document, String[][] rows) {
        XWPFTable table = document.createTable(rows.length, 2);
        for (int i = 0; i < rows.length; i++) {
            XWPFTableRow row = table.getRow(i);
            row.getCell(0).setText(rows[i][0]);
            row.getCell(1).setText(rows[i][1]);
        }
    }
}
