package nl.vhkgateway.infrastructure.docx;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Round 18 (r18-cover): a section label and its value written together in other ways than "Label: value" (which
 * {@link CardStructure} reads itself): with a dash between them ("Inbrenger - S. Verhoef, WSS", "Vaste deelnemer –
 * ..."), or the label on the first line of a table cell and the value on the next ones (a line break or a second
 * paragraph in the cell). Also a table cell that holds only the separator (a ":" column between label and value:
 * "| Inbrenger | : | S. Verhoef |"). The caller checks that the label names a section that may open here.
 * Stateless.
 */
final class LabelInText {

    /** A label and its value. */
    record Split(String label, String value) {
    }

    private static final int MAX_LABEL_LENGTH = 60;
    /** A dash with a space on both sides: "Inbrenger - ...", "Inbrenger – ...", "Inbrenger — ...". */
    private static final Pattern DASH = Pattern.compile("\\s[-–—]\\s");
    private static final Pattern SEPARATOR_ONLY = Pattern.compile("[:=\\-–—]{1,2}");
    private static final Pattern COLON_ONLY = Pattern.compile("[:=]{1,2}");

    private LabelInText() {
    }

    /** "Label - value": the first dash between spaces within the label's length, a value after it. */
    static Optional<Split> dash(String text) {
        java.util.regex.Matcher m = DASH.matcher(text);
        if (!m.find() || m.start() == 0 || m.start() > MAX_LABEL_LENGTH) {
            return Optional.empty();
        }
        return split(text.substring(0, m.start()), text.substring(m.end()));
    }

    /** A cell "Label" + line break + value: the first line is the label (a trailing colon allowed). */
    static Optional<Split> firstLine(String text) {
        int nl = text.indexOf('\n');
        if (nl <= 0 || nl > MAX_LABEL_LENGTH) {
            return Optional.empty();
        }
        return split(text.substring(0, nl), text.substring(nl + 1));
    }

    /** A cell that holds only a colon or "=" between a label cell and a value cell (a dash may be the value "nothing"). */
    static boolean colonOnly(String cell) {
        return COLON_ONLY.matcher(cell.strip()).matches();
    }

    /** A cell that holds only a separator between a label cell and a value cell: ":", "-", "=". */
    static boolean separatorOnly(String cell) {
        return SEPARATOR_ONLY.matcher(cell.strip()).matches();
    }

    private static Optional<Split> split(String label, String value) {
        String l = label.strip();
        String v = value.strip();
        return l.isEmpty() || v.isEmpty() ? Optional.empty() : Optional.of(new Split(l, v));
    }
}
