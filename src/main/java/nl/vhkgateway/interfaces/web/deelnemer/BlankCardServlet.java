package nl.vhkgateway.interfaces.web.deelnemer;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

import nl.vhkgateway.infrastructure.docx.BlankCardTemplate;
import nl.vhkgateway.interfaces.web.ConsoleServlet;
import nl.vhkgateway.interfaces.web.view.Page;

/**
 * {@code /console/deelnemer/lege-kaart}: explains the blank Veiligheidskaart and offers it;
 * {@code /console/lege-kaart.docx} (public, also linked from refusal mails) is the file itself.
 */
@WebServlet(urlPatterns = {BlankCardServlet.PATH, BlankCardServlet.FILE_PATH})
public class BlankCardServlet extends ConsoleServlet {

    static final String PATH = "/console/deelnemer/lege-kaart";
    public static final String FILE_PATH = "/console/lege-kaart.docx";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().equals(FILE_PATH)) {
            byte[] docx = BlankCardTemplate.create();
            response.setContentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + BlankCardTemplate.FILE_NAME + "\"");
            response.setContentLength(docx.length);
            response.getOutputStream().write(docx);
            return;
        }
        Page page = page(request, "Lege Veiligheidskaart");
        page.lead("Begin met de lege kaart van het VeiligheidsTeam: alle onderdelen staan erin, in de indeling die de"
                + " gateway het best leest (label links, antwoord rechts), met uitleg in elk veld.");
        page.raw("<ul><li>Vervang de tekst tussen haken door uw antwoord.</li>"
                + "<li>Noem de jeugdige alleen met voorletter en geboortejaar, bijvoorbeeld J. (2011).</li>"
                + "<li>Laat het deel Persoonsgegevens leeg bij een inbreng in het VHT.</li>"
                + "<li>Controleer de ingevulde kaart daarna met " + page.link(PrecheckServlet.PATH, "Kaart controleren")
                + ".</li></ul>\n");
        page.raw("<p><a class=\"button button--primary\" href=\"" + page.url(FILE_PATH) + "\" download>"
                + "Lege Veiligheidskaart downloaden (.docx)</a></p>\n");
        send(response, page);
    }
}
