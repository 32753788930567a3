package nl.vhkgateway.interfaces.web.deelnemer;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import nl.vhkgateway.application.screening.CardScreeningService;
import nl.vhkgateway.domain.screening.ScreeningReport;
import nl.vhkgateway.interfaces.web.ConsoleServlet;
import nl.vhkgateway.interfaces.web.view.Page;
import nl.vhkgateway.interfaces.web.view.PrecheckView;

/**
 * {@code /console/deelnemer/kaart-controleren}: a vaste deelnemer screens a card before sending it. The upload is
 * read into memory (bounded by the screening limit), screened and dropped: nothing is stored or logged.
 */
@WebServlet(urlPatterns = PrecheckServlet.PATH)
@MultipartConfig(maxFileSize = 64L * 1024 * 1024, maxRequestSize = 65L * 1024 * 1024, fileSizeThreshold = 64 * 1024 * 1024)
public class PrecheckServlet extends ConsoleServlet {

    static final String PATH = "/console/deelnemer/kaart-controleren";

    @Inject
    CardScreeningService screening;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Page page = page(request, "Kaart controleren");
        PrecheckView.form(page, PATH, BlankCardServlet.PATH, screening.limits().maxInputMegabytes(), Optional.empty());
        send(response, page);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        check(request, response, screening, screening.limits().maxInputBytes(), PATH, BlankCardServlet.PATH,
                "Kaart controleren");
    }

    /** Screens the uploaded card and shows the result (shared with the public pre-check). */
    public static void check(HttpServletRequest request, HttpServletResponse response, CardScreeningService screening,
                             long maxBytes, String action, String blankPath, String title)
            throws IOException, ServletException {
        Part part = request.getPart("kaart");
        long maxMb = Math.max(1, maxBytes / (1024 * 1024));
        Page page = page(request, title);
        if (part == null || part.getSize() == 0) {
            PrecheckView.form(page, action, blankPath, maxMb, Optional.of("Kies een .docx-bestand om te controleren."));
            send(response, page, 400);
            return;
        }
        if (part.getSize() > maxBytes) {
            part.delete();
            PrecheckView.form(page, action, blankPath, maxMb, Optional.of("Het bestand is groter dan " + maxMb
                    + " MB. Een Veiligheidskaart is veel kleiner: kies het juiste bestand."));
            send(response, page, 413);
            return;
        }
        String fileName = Optional.ofNullable(part.getSubmittedFileName()).orElse("");
        byte[] content;
        try (InputStream in = part.getInputStream()) {
            content = in.readNBytes((int) maxBytes);
        } finally {
            part.delete();
        }
        ScreeningReport report = screening.screen(fileName, content);
        PrecheckView.result(page, fileName, report);
        page.h2("Nog een kaart controleren");
        PrecheckView.form(page, action, blankPath, maxMb, Optional.empty());
        send(response, page);
    }
}
