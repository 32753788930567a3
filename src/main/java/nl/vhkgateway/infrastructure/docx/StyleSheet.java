package nl.vhkgateway.infrastructure.docx;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What the reader needs from styles.xml: which paragraph styles are headings (built-in "heading N"/"Title" by name,
 * whatever the localised style id such as "Kop1", or an outline level), and which styles make text bold or hidden,
 * following basedOn chains. One per card read: not thread-safe (it caches lookups).
 */
final class StyleSheet {

    private static final Pattern HEADING_NAME = Pattern.compile("(?:heading|kop)\\s*[1-9]|title|titel");

    private static final class Style {
        String name = "";
        String basedOn;
        boolean outline;
        Boolean bold;
        Boolean hidden;
    }

    private final Map<String, Style> styles = new HashMap<>();
    private final Map<String, Boolean> headingCache = new HashMap<>();
    private String defaultParagraphStyle;

    private StyleSheet() {
    }

    /** A sheet without styles (a document without styles.xml). */
    static StyleSheet empty() {
        return new StyleSheet();
    }

    static StyleSheet read(InputStream in, Deadline deadline, int maxDepth) throws XMLStreamException, DocxProblem {
        StyleSheet sheet = new StyleSheet();
        XMLStreamReader r = SecureXml.reader(in);
        try {
            Style current = null;
            boolean inRPr = false;
            boolean inPPr = false;
            int depth = 0;
            int events = 0;
            while (r.hasNext()) {
                int event = r.next();
                if ((++events & 0xFFF) == 0) {
                    deadline.check();
                }
                if (event == XMLStreamConstants.DTD) {
                    throw DocxProblem.corrupt("DOCTYPE", null);
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    if (Ooxml.isW(r.getNamespaceURI())) {
                        switch (r.getLocalName()) {
                            case "style" -> current = null;
                            case "rPr" -> inRPr = false;
                            case "pPr" -> inPPr = false;
                            default -> {
                            }
                        }
                    }
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (++depth > maxDepth) {
                    throw DocxProblem.corrupt("te diep genest", null);
                }
                if (!Ooxml.isW(r.getNamespaceURI())) {
                    continue;
                }
                switch (r.getLocalName()) {
                    case "style" -> {
                        String id = SecureXml.wAttr(r, "styleId");
                        current = new Style();
                        if (id != null && sheet.styles.size() < 10_000) {
                            sheet.styles.put(id, current);
                            if ("paragraph".equals(SecureXml.wAttr(r, "type"))
                                    && SecureXml.isOn(valueOr(SecureXml.wAttr(r, "default"), "0"))) {
                                sheet.defaultParagraphStyle = id;
                            }
                        }
                    }
                    case "name" -> {
                        if (current != null) {
                            current.name = valueOr(SecureXml.wAttr(r, "val"), "").toLowerCase(Locale.ROOT);
                        }
                    }
                    case "basedOn" -> {
                        if (current != null) {
                            current.basedOn = SecureXml.wAttr(r, "val");
                        }
                    }
                    case "rPr" -> inRPr = true;
                    case "pPr" -> inPPr = true;
                    case "outlineLvl" -> {
                        if (current != null && inPPr) {
                            String level = SecureXml.wAttr(r, "val");
                            current.outline = level != null && level.length() == 1 && level.charAt(0) >= '0'
                                    && level.charAt(0) <= '8';
                        }
                    }
                    case "b" -> {
                        if (current != null && inRPr) {
                            current.bold = SecureXml.isOn(SecureXml.wAttr(r, "val"));
                        }
                    }
                    case "vanish" -> {
                        if (current != null && inRPr) {
                            current.hidden = SecureXml.isOn(SecureXml.wAttr(r, "val"));
                        }
                    }
                    default -> {
                    }
                }
            }
        } finally {
            r.close();
        }
        return sheet;
    }

    private static String valueOr(String value, String fallback) {
        return value == null ? fallback : value;
    }

    /** The style a paragraph without w:pStyle has. */
    String defaultParagraphStyle() {
        return defaultParagraphStyle;
    }

    /** True for a heading or title style (by built-in name, localised id, or outline level). */
    boolean isHeading(String styleId) {
        if (styleId == null) {
            return false;
        }
        return headingCache.computeIfAbsent(styleId, id -> {
            String lowerId = id.toLowerCase(Locale.ROOT);
            if (HEADING_NAME.matcher(lowerId).matches()) {
                return true;
            }
            Style style = styles.get(id);
            for (int i = 0; style != null && i < 20; i++) {
                if (style.outline || HEADING_NAME.matcher(style.name).matches()) {
                    return true;
                }
                style = style.basedOn == null ? null : styles.get(style.basedOn);
            }
            return false;
        });
    }

    boolean isBold(String styleId) {
        Style style = styleId == null ? null : styles.get(styleId);
        for (int i = 0; style != null && i < 20; i++) {
            if (style.bold != null) {
                return style.bold;
            }
            style = style.basedOn == null ? null : styles.get(style.basedOn);
        }
        return false;
    }

    boolean isHidden(String styleId) {
        Style style = styleId == null ? null : styles.get(styleId);
        for (int i = 0; style != null && i < 20; i++) {
            if (style.hidden != null) {
                return style.hidden;
            }
            style = style.basedOn == null ? null : styles.get(style.basedOn);
        }
        return false;
    }
}
