package nl.vhkgateway.application.intake.messages;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out the gateway's Dutch mails once and renders them twice ({@link MailText#text()} and
 * {@link MailText#html()}): labelled lines, headings, paragraphs, lists and indented blocks.
 *
 * <p>The plain text is <em>not</em> hard-wrapped: a paragraph is one long line, so every mail client (Outlook
 * included) wraps it to the reader's window instead of breaking it mid-phrase at a fixed column. The HTML is a simple,
 * accessible document (real headings and lists, everything escaped, no external resources). Not thread-safe (a
 * builder); the rendered strings are immutable.
 */
final class TextLayout {

    private sealed interface Item permits Line, Heading, Blank, Field, Paragraph, Block {
    }

    private record Line(String text) implements Item {
    }

    private record Heading(String text, char underline) implements Item {
    }

    private record Blank() implements Item {
    }

    private record Field(String label, List<String> lines) implements Item {
    }

    /** A paragraph; {@code firstPrefix} may hold a list marker ("  - ", "1. "), {@code prefix} its indentation. */
    private record Paragraph(String prefix, String firstPrefix, String text) implements Item {
    }

    private record Block(List<String> lines) implements Item {
    }

    private final List<Item> items = new ArrayList<>();

    TextLayout line(String line) {
        items.add(new Line(line));
        return this;
    }

    /** A heading underlined with '-' (or '=' for a title). */
    TextLayout heading(String heading, char underline) {
        items.add(new Heading(heading, underline));
        return this;
    }

    TextLayout blank() {
        items.add(new Blank());
        return this;
    }

    /** "Label: value", values of several lines indented under the label. */
    TextLayout field(String label, String value) {
        items.add(new Field(label, List.of(value.strip().split("\\R", -1))));
        return this;
    }

    /** A paragraph, one line in the plain text; the first line starts with {@code firstPrefix}. */
    TextLayout paragraph(String prefix, String firstPrefix, String paragraph) {
        items.add(new Paragraph(prefix, firstPrefix, paragraph.strip().replaceAll("\\s+", " ")));
        return this;
    }

    TextLayout paragraph(String paragraph) {
        return paragraph("", "", paragraph);
    }

    /** A block of card text (kept as written), indented. */
    TextLayout block(String value) {
        items.add(new Block(List.of(value.strip().split("\\R"))));
        return this;
    }

    TextLayout bullets(List<String> items) {
        for (String item : items) {
            paragraph("    ", "  - ", item);
        }
        return this;
    }

    /** The plain text: lines separated by "\n", paragraphs unwrapped. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Item item : items) {
            if (item instanceof Line line) {
                text.append(line.text()).append('\n');
            } else if (item instanceof Heading heading) {
                text.append(heading.text()).append('\n')
                        .append(String.valueOf(heading.underline()).repeat(heading.text().length())).append('\n');
            } else if (item instanceof Blank) {
                text.append('\n');
            } else if (item instanceof Field field) {
                text.append(field.label()).append(": ").append(field.lines().get(0)).append('\n');
                for (String more : field.lines().subList(1, field.lines().size())) {
                    text.append("    ").append(more).append('\n');
                }
            } else if (item instanceof Paragraph paragraph) {
                text.append(paragraph.firstPrefix()).append(paragraph.text()).append('\n');
            } else if (item instanceof Block block) {
                block.lines().forEach(l -> text.append("    ").append(l).append('\n'));
            }
        }
        return text.toString();
    }

    /** The HTML document with the same content; {@code title} becomes its title. */
    String toHtml(String title) {
        return new HtmlWriter(title).render(items);
    }

    /** Renders the items; list markers in a paragraph's first prefix become (nested) HTML lists. Not thread-safe. */
    private static final class HtmlWriter {

        /** An open list: its indentation in the plain text and whether it is numbered. */
        private record OpenList(int indent, boolean ordered) {
        }

        private final StringBuilder html = new StringBuilder(2048);
        private final List<OpenList> lists = new ArrayList<>();
        /** Lines or fields collected into one paragraph until a blank line or another kind of item. */
        private final List<String> pending = new ArrayList<>();

        HtmlWriter(String title) {
            html.append(Html.documentStart(title));
        }

        String render(List<Item> items) {
            for (Item item : items) {
                if (item instanceof Line line && line.text().equals("-- ")) {
                    flush();
                    closeLists(-1);
                    html.append("<hr>\n");
                    continue;
                }
                if (item instanceof Line line) {
                    closeLists(-1);
                    pending.add(Html.escape(line.text()));
                } else if (item instanceof Heading heading) {
                    flush();
                    closeLists(-1);
                    boolean title = heading.underline() == '=';
                    String tag = title ? "h1" : "h2";
                    html.append('<').append(tag).append(" style=\"font-size:").append(title ? "1.3em" : "1.1em")
                            .append("\">").append(Html.escape(heading.text())).append("</").append(tag).append(">\n");
                } else if (item instanceof Blank) {
                    flush();
                } else if (item instanceof Field field) {
                    closeLists(-1);
                    pending.add("<strong>" + Html.escape(field.label()) + ":</strong> "
                            + String.join("<br>\n", field.lines().stream().map(Html::escape).toList()));
                } else if (item instanceof Paragraph paragraph) {
                    paragraph(paragraph);
                } else if (item instanceof Block block) {
                    flush();
                    html.append("<blockquote style=\"margin:0.5em 0 0.5em 1.5em\"><p>")
                            .append(String.join("<br>\n", block.lines().stream().map(Html::escape).toList()))
                            .append("</p></blockquote>\n");
                }
            }
            flush();
            closeLists(-1);
            html.append(Html.documentEnd());
            return html.toString();
        }

        private void paragraph(Paragraph paragraph) {
            String first = paragraph.firstPrefix();
            String marker = first.strip();
            int indent = first.length() - first.stripLeading().length();
            boolean bullet = marker.equals("-") || marker.equals("*");
            boolean numbered = marker.matches("\\d+\\.");
            if (bullet || numbered) {
                flush();
                closeLists(indent);
                OpenList top = lists.isEmpty() ? null : lists.get(lists.size() - 1);
                if (top != null && top.indent() == indent && top.ordered() != numbered) {
                    closeLists(indent - 1);
                    top = lists.isEmpty() ? null : lists.get(lists.size() - 1);
                }
                if (top == null || top.indent() < indent) {
                    html.append(numbered ? "<ol>\n" : "<ul>\n");
                    lists.add(new OpenList(indent, numbered));
                } else {
                    html.append("</li>\n");
                }
                html.append("<li>").append(Html.escape(paragraph.text()));
                return;
            }
            String label = first.strip();
            String text = (label.isEmpty() ? "" : "<strong>" + Html.escape(label) + "</strong> ")
                    + Html.escape(paragraph.text());
            if (!lists.isEmpty() && indent > lists.get(lists.size() - 1).indent()) {
                html.append("<br>\n").append(text); // continues the current list item ("Oplossen: ...")
                return;
            }
            closeLists(-1);
            pending.add(text);
        }

        /** Closes the lists indented deeper than {@code indent} (all of them for -1). */
        private void closeLists(int indent) {
            while (!lists.isEmpty() && lists.get(lists.size() - 1).indent() > indent) {
                OpenList list = lists.remove(lists.size() - 1);
                html.append("</li>\n").append(list.ordered() ? "</ol>\n" : "</ul>\n");
            }
        }

        private void flush() {
            if (!pending.isEmpty()) {
                html.append("<p>").append(String.join("<br>\n", pending)).append("</p>\n");
                pending.clear();
            }
        }
    }
}
