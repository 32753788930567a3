package nl.vhkgateway.infrastructure.docx;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a "Label: value" line may split into its label and its value. Round 11: besides the colon, writers put a dash
 * with a space on both sides between a cover field's label and its value ("Vaste deelnemer – S. Yilmaz, WSS",
 * "Inbrenger - M. Smit, Toegang", with an en dash, an em dash or a hyphen); a dash inside a word or a date
 * ("Etten-Leur", "17-10-2026") is no separator. The caller still checks that the text before the separator is a
 * section's label. The colon comes first, then the first spaced dash before it, each with the label at most
 * {@value #MAX_LABEL_END} characters long. Stateless.
 *
 * @param labelEnd   the end of the label (exclusive)
 * @param valueStart the start of the value
 */
record LabelSeparator(int labelEnd, int valueStart) {

    static final int MAX_LABEL_END = 60;
    private static final String DASHES = "-\u2013\u2014";

    /** The possible separators of the line, the colon first (as before round 11), then a dash; empty when none. */
    static List<LabelSeparator> candidates(String text) {
        List<LabelSeparator> found = new ArrayList<>(2);
        int colon = text.indexOf(':');
        if (colon > 0 && colon <= MAX_LABEL_END) {
            found.add(new LabelSeparator(colon, colon + 1));
        }
        int limit = Math.min(colon < 0 ? text.length() : colon, MAX_LABEL_END + 1);
        for (int i = 1; i + 1 < text.length() && i < limit; i++) {
            if (DASHES.indexOf(text.charAt(i)) >= 0 && Character.isWhitespace(text.charAt(i - 1))
                    && Character.isWhitespace(text.charAt(i + 1))) {
                found.add(new LabelSeparator(i - 1, i + 1));
                break;
            }
        }
        return found;
    }
}
