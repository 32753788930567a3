package nl.vhkgateway.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A small, clean Veiligheidskaart (.docx) made with POI: every required section as a label | value table row,
 * pseudonymised (initial + birth year only). Used by the send command and the end-to-end test when no card file is
 * given. Stateless and thread-safe.
 */
public final class DemoCard {

    private static final String[][] VOORBLAD = {
            {"Datum", "16-11-2026"},
            {"Soort inbreng", "Eerste inbreng"},
            {"Jeugdige (voorletter en geboortejaar)", "J. (2013)"},
            {"Inbrenger", "Casusregisseur, gemeente Roosendaal"},
            {"Vaste deelnemer", "Vaste deelnemer Toegang, gemeente Roosendaal"},
            {"Verantwoordelijke gemeente", "Roosendaal"},
            {"Geïnformeerd en gesproken", "Moeder en J. zijn op 10-11-2026 geïnformeerd tijdens een huisbezoek."},
            {"Instemming betrokkenen", "Ja"},
            {"Vraag aan het VeiligheidsTeam", "Is een onderzoek door de Raad voor de Kinderbescherming nodig?"},
    };

    private static final String[][] KAART = {
            {"Gezinssamenstelling", "Moeder (1985), J. (2013) en broertje D. (2017)."},
            {"Wat is er nu onveilig", "Er zijn zorgen over herhaald huiselijk geweld waar de kinderen bij zijn."},
            {"Krachten en beschermende factoren", "Moeder werkt mee en zoekt steun in haar netwerk."},
            {"Risicofactoren", "Financiële zorgen en weinig vaste steun in de buurt."},
            {"Stem van de jeugdige", "J. zegt dat het thuis vaak onrustig is en wil dat het rustiger wordt."},
            {"Stem van ouders en verzorgers", "Moeder wil hulp om de rust in huis terug te brengen."},
            {"Visie van de inbrenger", "De veiligheid is onvoldoende geborgd zonder meer toezicht."},
            {"Veiligheidsscore", "4"},
    };

    private DemoCard() {
    }

    /** @return the bytes of a clean demo card */
    public static byte[] create() {
        return create(KAART);
    }

    /**
     * @return a demo card that the screening refuses: it names a (fictitious, elfproef-valid) BSN, which a card must
     *         never carry
     */
    public static byte[] createWithPersonalData() {
        String[][] kaart = KAART.clone();
        kaart[0] = new String[] {"Gezinssamenstelling", "Moeder (1985), J. (2013, BSN 111222333) en broertje D. (2017)."};
        return create(kaart);
    }

    private static byte[] create(String[][] kaart) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            heading(document, "Voorblad");
            table(document, VOORBLAD);
            heading(document, "Veiligheidskaart");
            table(document, kaart);
            heading(document, "Persoonsgegevens");
            document.createParagraph().createRun().setText("Niet invullen bij inbreng");
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the demo card", e);
        }
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
