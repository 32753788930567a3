package nl.vhkgateway.application.audit;

import java.util.Locale;
import java.util.Optional;

/** How the audit log is exported. */
public enum ExportFormat {
    /** One JSON object per line, values exactly as stored: an outside party can recompute the chain from it. */
    JSONL("application/x-ndjson", "jsonl"),
    /** RFC 4180 CSV with a header row, for a spreadsheet; cells that a spreadsheet would run as a formula get a
     *  leading apostrophe. */
    CSV("text/csv", "csv");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** "jsonl", "json", "ndjson" or "csv", any case. */
    public static Optional<ExportFormat> parse(String text) {
        return switch (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) {
            case "jsonl", "json", "ndjson" -> Optional.of(JSONL);
            case "csv" -> Optional.of(CSV);
            default -> Optional.empty();
        };
    }
}
