package nl.vhkgateway.application.intake.messages;

import java.util.List;

/** Small helpers to lay out plain-text mails: labelled lines, indented blocks, wrapped paragraphs. Stateless. */
final class TextLayout {

    static final int WIDTH = 78;

    private final StringBuilder text = new StringBuilder();

    TextLayout line(String line) {
        text.append(line).append('\n');
        return this;
    }

    /** A heading underlined with '-' (or '=' for a title). */
    TextLayout heading(String heading, char underline) {
        text.append(heading).append('\n').append(String.valueOf(underline).repeat(heading.length())).append('\n');
        return this;
    }

    TextLayout blank() {
        text.append('\n');
        return this;
    }

    /** "Label:  value", values of several lines indented under the label. */
    TextLayout field(String label, String value) {
        String[] lines = value.strip().split("\\R", -1);
        text.append(label).append(": ").append(lines.length == 0 ? "" : lines[0]).append('\n');
        for (int i = 1; i < lines.length; i++) {
            text.append("    ").append(lines[i]).append('\n');
        }
        return this;
    }

    /** A paragraph wrapped at {@link #WIDTH} characters, every line prefixed. */
    TextLayout paragraph(String prefix, String firstPrefix, String paragraph) {
        StringBuilder current = new StringBuilder(firstPrefix);
        boolean empty = true;
        for (String word : paragraph.strip().split("\\s+")) {
            if (!empty && current.length() + 1 + word.length() > WIDTH) {
                text.append(current).append('\n');
                current = new StringBuilder(prefix);
                empty = true;
            }
            if (!empty) {
                current.append(' ');
            }
            current.append(word);
            empty = false;
        }
        text.append(current).append('\n');
        return this;
    }

    TextLayout paragraph(String paragraph) {
        return paragraph("", "", paragraph);
    }

    /** A block of card text (kept as written), indented. */
    TextLayout block(String value) {
        for (String line : value.strip().split("\\R")) {
            text.append("    ").append(line).append('\n');
        }
        return this;
    }

    TextLayout bullets(List<String> items) {
        for (String item : items) {
            paragraph("    ", "  - ", item);
        }
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
