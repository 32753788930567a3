package nl.vhkgateway.interfaces.json;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.vhkgateway.application.screening.MailScreeningReport;
import nl.vhkgateway.domain.card.Location;
import nl.vhkgateway.domain.screening.Finding;
import nl.vhkgateway.domain.screening.MissingItem;
import nl.vhkgateway.domain.screening.ScreeningReport;
import nl.vhkgateway.domain.screening.Verdict;

/**
 * The JSON form of a screening result, shared by the command-line screener and {@code POST /api/screen}:
 * <pre>
 * {"file": "kaart.docx", "verdict": "ACCEPT"|"REJECT"|"INVALID",
 *  "findings": [{"category": "PERSON_NAME", "part": "COMMENT", "section": "Wat is er nu onveilig",
 *                "location": "in een opmerking, bij 'Wat is er nu onveilig' (opmerking 1)", "excerpt": "S**** J*****"}],
 *  "missing": ["Stem van de jeugdige", "Instemming betrokkenen: reden"],
 *  "sanitised": "uit/kaart-geschoond.docx" | null}
 * </pre>
 * <ul>
 *   <li>{@code category}: the {@link nl.vhkgateway.domain.screening.Category} name.</li>
 *   <li>{@code part}: where in the file, as the {@link nl.vhkgateway.domain.card.DocumentPart} name: BODY, TABLE,
 *   HEADER, FOOTER, FOOTNOTE, ENDNOTE, COMMENT, TRACKED_DELETION, HIDDEN_TEXT, TEXT_BOX, CONTENT_CONTROL,
 *   FIELD_CODE, HYPERLINK, ALT_TEXT, DOCUMENT_PROPERTIES, GLOSSARY, MAIL_SUBJECT, MAIL_BODY, ATTACHMENT_NAME,
 *   DOCUMENT (the file as a whole), MAIL, ATTACHMENT, ...</li>
 *   <li>{@code section}: the canonical label of the card section it stands in, or null.</li>
 *   <li>{@code location}: the Dutch description a sender reads ({@link Location#describeInDutch()}): the part, the
 *   section or card part, and the detail (table row, paragraph, comment number, property name).</li>
 *   <li>{@code excerpt}: the masked excerpt ("S**** J*****"); for a problem with the file or mail, the Dutch
 *   reason. Never the personal data itself.</li>
 *   <li>{@code missing}: the labels of what a complete card lacks: section labels, or "label: part" for a missing
 *   part of a section.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class ScreeningJson {

    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());
    private static final JsonWriterFactory WRITERS = Json.createWriterFactory(Map.of());

    private ScreeningJson() {
    }

    /** The result of screening one .docx. */
    public static JsonObject card(String file, ScreeningReport report, Optional<String> sanitisedPath) {
        return object(file, report.verdict(), report.findings(), report.missingItems(), sanitisedPath);
    }

    /** The result of screening one mail (its own findings followed by its card's). */
    public static JsonObject mail(String file, MailScreeningReport report, Optional<String> sanitisedPath) {
        return object(file, report.verdict(), report.findings(), report.missingItems(), sanitisedPath);
    }

    /** One line of JSON (no line breaks inside), for JSON Lines output. */
    public static String line(JsonObject object) {
        StringWriter text = new StringWriter();
        try (JsonWriter writer = WRITERS.createWriter(text)) {
            writer.writeObject(object);
        }
        return text.toString();
    }

    private static JsonObject object(String file, Verdict verdict, List<Finding> findings, List<MissingItem> missing,
                                     Optional<String> sanitisedPath) {
        JsonArrayBuilder findingArray = BUILDERS.createArrayBuilder();
        for (Finding finding : findings) {
            findingArray.add(finding(finding));
        }
        JsonArrayBuilder missingArray = BUILDERS.createArrayBuilder();
        missing.stream().map(MissingItem::label).distinct().forEach(missingArray::add);
        JsonObjectBuilder object = BUILDERS.createObjectBuilder()
                .add("file", file)
                .add("verdict", verdict.name())
                .add("findings", findingArray)
                .add("missing", missingArray);
        if (sanitisedPath.isPresent()) {
            object.add("sanitised", sanitisedPath.get());
        } else {
            object.addNull("sanitised");
        }
        return object.build();
    }

    private static JsonObjectBuilder finding(Finding finding) {
        Location location = finding.location();
        JsonObjectBuilder object = BUILDERS.createObjectBuilder()
                .add("category", finding.category().name())
                .add("part", location.documentPart().name());
        location.section().ifPresentOrElse(s -> object.add("section", s.label()), () -> object.addNull("section"));
        return object.add("location", location.describeInDutch())
                .add("excerpt", finding.maskedExcerpt());
    }
}
