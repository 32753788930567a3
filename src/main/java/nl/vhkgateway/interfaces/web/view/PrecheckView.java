package nl.vhkgateway.interfaces.web.view;

import static nl.vhkgateway.interfaces.web.view.Html.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.vhkgateway.application.intake.messages.FixAdvice;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.Finding;
import nl.vhkgateway.domain.screening.Masker;
import nl.vhkgateway.domain.screening.MissingItem;
import nl.vhkgateway.domain.screening.ScreeningReport;

/**
 * The pre-check page (Kaart controleren): the upload form, and after a check the verdict, every finding with its
 * place in the card, a masked excerpt (masked as in the refusal mail) and how to fix it, and the missing sections.
 * Says that nothing is stored. Shared by the deelnemer's page and the public page.
 */
public final class PrecheckView {

    private PrecheckView() {
    }

    public static void form(Page page, String action, String blankCardPath, long maxMegabytes, Optional<String> error) {
        page.lead("Controleer een Veiligheidskaart voordat u hem verstuurt. U ziet direct of de kaart persoonsgegevens"
                + " bevat of onvolledig is, en waar.");
        page.notice("info", "Er wordt niets opgeslagen",
                "De kaart wordt alleen gecontroleerd en daarna direct vergeten. Niets van de kaart wordt bewaard of"
                        + " doorgestuurd; versturen doet u zelf per e-mail.");
        page.formStart(action, true, "form");
        page.fileInput("kaart", "Veiligheidskaart (.docx)", "Kies het Word-bestand (.docx) van de kaart, hoogstens "
                + maxMegabytes + " MB.", ".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                error);
        page.button("Kaart controleren", "primary");
        page.formEnd();
        page.raw("<p>Nog geen kaart? " + page.link(blankCardPath, "Download de lege Veiligheidskaart (.docx)")
                + ": alle onderdelen staan erin, met uitleg per veld.</p>\n");
    }

    public static void result(Page page, String fileName, ScreeningReport report) {
        page.raw("<section aria-labelledby=\"uitslag\" class=\"result\"><h2 id=\"uitslag\" tabindex=\"-1\">Uitslag voor "
                + text(fileName.isEmpty() ? "de kaart" : fileName) + "</h2>\n");
        switch (report.verdict()) {
            case ACCEPT -> page.notice("ok", "De kaart is in orde",
                    "Er zijn geen persoonsgegevens gevonden en de kaart is volledig. U kunt hem versturen.");
            case REJECT -> page.notice("error", "Deze kaart zou worden geweigerd",
                    "Pas de punten hieronder aan en controleer de kaart opnieuw.");
            default -> page.notice("error", "Deze kaart kan niet worden gecontroleerd",
                    "Het bestand kan niet als Veiligheidskaart worden gelezen. Zie hieronder waarom.");
        }
        List<Finding> personal = report.findings().stream()
                .filter(f -> f.category().kind() == Category.Kind.PERSONAL_DATA).toList();
        List<Finding> other = report.findings().stream()
                .filter(f -> f.category().kind() != Category.Kind.PERSONAL_DATA).toList();
        if (!personal.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (Finding finding : personal) {
                rows.add(List.of(text(capitalise(finding.category().dutchDescription())),
                        text(finding.location().describeInDutch()),
                        "<span class=\"masked\">" + text(Masker.mask(finding.maskedExcerpt())) + "</span>",
                        text(fix(finding))));
            }
            page.table("Gevonden persoonsgegevens (" + personal.size() + ")",
                    List.of("Wat", "Waar in de kaart", "Fragment (gemaskeerd)", "Zo lost u het op"), rows, "");
        }
        if (!other.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (Finding finding : other) {
                rows.add(List.of(text(capitalise(finding.category().dutchDescription())),
                        text(finding.location().describeInDutch()), text(FixAdvice.forCategory(finding.category()))));
            }
            page.table("Problemen met het bestand (" + other.size() + ")", List.of("Wat", "Waar", "Zo lost u het op"),
                    rows, "");
        }
        List<MissingItem> missing = report.missingItems();
        if (!missing.isEmpty()) {
            page.raw("<h3>Ontbreekt of is niet goed ingevuld (" + missing.size() + ")</h3>\n<ul class=\"missing\">");
            for (MissingItem item : missing) {
                page.raw("<li><strong>" + text(item.label()) + "</strong>"
                        + (item.hint().isEmpty() ? "" : ": " + text(item.hint())) + "</li>");
            }
            page.raw("</ul>\n");
        }
        page.raw("</section>\n");
    }

    private static String fix(Finding finding) {
        DocumentPart place = finding.location().documentPart();
        return FixAdvice.forPlace(place).orElse(FixAdvice.forCategory(finding.category()));
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
