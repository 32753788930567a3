package nl.vhkgateway.infrastructure.docx;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.vhkgateway.domain.screening.Category;

/**
 * Streams an XML part from the hardened parser to UTF-8 bytes while a {@link Policy} drops elements (with their
 * content), unwraps them (keeping their content), buffers them (to drop them later, e.g. a deleted table row) and
 * drops or replaces attributes. Namespace declarations are kept and added where an unwrapped or dropped element
 * declared a prefix that is still used. XML comments and processing instructions are dropped; a DOCTYPE is refused.
 * Not thread-safe: one rewrite at a time.
 */
final class XmlRewriter {

    /** What happens to an element. */
    enum Action {
        KEEP, DROP, UNWRAP,
        /** Dropped like {@link #DROP}, but the text inside is handed to {@link Policy#captured}. */
        DROP_CAPTURING,
        /** Kept, but the policy can still discard it (with its content) until the element ends. */
        BUFFER
    }

    /** Decisions about elements and attributes; may keep state (counters) for one rewrite. */
    interface Policy {
        Action start(XMLStreamReader r, Path path) throws DocxProblem;

        /** The attribute value to write, or null to drop the attribute. */
        default String attribute(String namespace, String localName, String value) {
            return value;
        }

        /** Text inside an element dropped with {@link Action#DROP_CAPTURING}. */
        default void captured(String text) {
        }

        /** The end of an element that was not dropped (kept, unwrapped or buffered). */
        default void end(String localName) {
        }
    }

    /** The source element names from the root to the current element (local names), and buffer control. */
    static final class Path {
        private final List<String> names = new ArrayList<>();
        private final List<Frame> frames = new ArrayList<>();

        /** Local name of the ancestor {@code up} levels above the current element (1 = parent); "" when none. */
        String ancestor(int up) {
            int index = names.size() - 1 - up;
            return index >= 0 ? names.get(index) : "";
        }

        int depth() {
            return names.size();
        }

        /** Discards the nearest buffered ancestor (or the current element) with this local name. */
        void discard(String localName) {
            for (int i = frames.size() - 1; i >= 0; i--) {
                Frame frame = frames.get(i);
                if (frame.buffered && frame.localName.equals(localName)) {
                    frame.discarded = true;
                    return;
                }
            }
        }
    }

    private static final class Frame {
        final String localName;
        final Action action;
        final boolean buffered;
        final StringBuilder out;
        final Map<String, String> declared;
        /** Where a buffered element starts in {@link #out}: a discarded one is cut off there. */
        int mark;
        /** Where a buffered element starts on the tape ({@link XmlTape#mark}). */
        long tapeMark;
        boolean discarded;
        int rows;
        int keptRows;
        boolean startPending;
        boolean written;

        Frame(String localName, Action action, StringBuilder out, Map<String, String> declared) {
            this.localName = localName;
            this.action = action;
            this.buffered = action == Action.BUFFER;
            this.out = out;
            this.declared = declared;
        }
    }

    private XmlRewriter() {
    }

    static byte[] rewrite(InputStream in, int expectedSize, Policy policy, Deadline deadline, int maxDepth)
            throws DocxProblem {
        return rewrite(in, expectedSize, policy, deadline, maxDepth, new XmlTape());
    }

    /**
     * Rewrites a part and records on {@code tape} the events the hardened parser reports for the written bytes
     * ({@link XmlTape}), so that a reader of the copy can replay them instead of parsing the bytes again.
     */
    static byte[] rewrite(InputStream in, int expectedSize, Policy policy, Deadline deadline, int maxDepth,
                          XmlTape tape) throws DocxProblem {
        StringBuilder root = new StringBuilder(Math.max(256, Math.min(expectedSize + 64, 1 << 24)));
        root.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n");
        Path path = new Path();
        int dropDepth = 0;
        boolean capturing = false;
        int events = 0;
        try {
            XMLStreamReader r = SecureXml.parser(in);
            try {
                String version = r.getVersion();
                if (version != null && !version.equals("1.0")) {
                    tape.unusable(); // the copy declares 1.0: parse it from its bytes
                }
                while (r.hasNext()) {
                    int event = r.next();
                    if ((++events & 0x3FF) == 0) {
                        deadline.check();
                    }
                    if (dropDepth > 0) {
                        if (event == XMLStreamConstants.START_ELEMENT) {
                            if (++dropDepth > maxDepth) {
                                throw DocxProblem.corrupt("te diep genest", null);
                            }
                        } else if (event == XMLStreamConstants.END_ELEMENT && --dropDepth == 0) {
                            path.names.remove(path.names.size() - 1);
                        } else if (capturing && (event == XMLStreamConstants.CHARACTERS
                                || event == XMLStreamConstants.CDATA)) {
                            policy.captured(r.getText());
                        }
                        continue;
                    }
                    switch (event) {
                        case XMLStreamConstants.START_ELEMENT -> {
                            if (path.names.size() >= maxDepth) {
                                throw DocxProblem.corrupt("te diep genest", null);
                            }
                            path.names.add(r.getLocalName());
                            Action action = policy.start(r, path);
                            if (action == Action.DROP || action == Action.DROP_CAPTURING) {
                                dropDepth = 1;
                                capturing = action == Action.DROP_CAPTURING;
                                // keep the name on the path until the end of the dropped element
                                continue;
                            }
                            Frame parent = path.frames.isEmpty() ? null : path.frames.get(path.frames.size() - 1);
                            StringBuilder out = parent == null ? root : parent.out;
                            Map<String, String> scope = parent == null ? new HashMap<>() : parent.declared;
                            if (action == Action.UNWRAP) {
                                Frame frame = new Frame(r.getLocalName(), action, out, scope);
                                // declarations of an unwrapped element are added where descendants use them
                                path.frames.add(frame);
                                continue;
                            }
                            closePendingStart(path);
                            // a buffered element is written in place and cut off again when it is discarded
                            int mark = out.length();
                            long tapeMark = tape.mark();
                            Map<String, String> declared = writeStart(r, out, scope, policy, tape);
                            Frame frame = new Frame(r.getLocalName(), action, out, declared);
                            frame.mark = mark;
                            frame.tapeMark = tapeMark;
                            frame.startPending = true;
                            path.frames.add(frame);
                        }
                        case XMLStreamConstants.END_ELEMENT -> {
                            path.names.remove(path.names.size() - 1);
                            Frame frame = path.frames.remove(path.frames.size() - 1);
                            policy.end(frame.localName);
                            if (frame.action == Action.UNWRAP) {
                                continue;
                            }
                            if (frame.startPending) {
                                frame.out.append("/>");
                            } else {
                                frame.out.append("</");
                                appendName(r, frame.out);
                                frame.out.append('>');
                            }
                            tape.end();
                            boolean kept = true;
                            if (frame.buffered) {
                                boolean emptyTable = frame.localName.equals("tbl") && frame.rows > 0
                                        && frame.keptRows == 0;
                                kept = !frame.discarded && !emptyTable;
                                if (!kept) {
                                    frame.out.setLength(frame.mark);
                                    tape.truncate(frame.tapeMark);
                                }
                            }
                            if (frame.localName.equals("tr")) {
                                countRow(path, kept);
                            }
                        }
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                            if (path.frames.isEmpty()) {
                                continue;
                            }
                            Frame frame = path.frames.get(path.frames.size() - 1);
                            closePendingStart(path);
                            escapeText(r.getTextCharacters(), r.getTextStart(), r.getTextLength(), frame.out);
                            tape.text(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                        }
                        case XMLStreamConstants.DTD ->
                                throw new DocxProblem(Category.EXTERNAL_ENTITY, Messages.EXTERNAL_ENTITY);
                        default -> {
                            // comments and processing instructions are not copied
                        }
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw ZipContainer.problemOf(e);
        }
        return root.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void countRow(Path path, boolean kept) {
        for (int i = path.frames.size() - 1; i >= 0; i--) {
            Frame frame = path.frames.get(i);
            if (frame.localName.equals("tbl")) {
                frame.rows++;
                if (kept) {
                    frame.keptRows++;
                }
                return;
            }
        }
    }

    /** Closes the start tag of the nearest written ancestor, once it gets content. */
    private static void closePendingStart(Path path) {
        for (int i = path.frames.size() - 1; i >= 0; i--) {
            Frame frame = path.frames.get(i);
            if (frame.action != Action.UNWRAP) {
                if (frame.startPending) {
                    frame.out.append('>');
                    frame.startPending = false;
                }
                return;
            }
        }
    }

    private static void appendName(XMLStreamReader r, StringBuilder out) {
        String prefix = r.getPrefix();
        if (prefix != null && !prefix.isEmpty()) {
            out.append(prefix).append(':');
        }
        out.append(r.getLocalName());
    }

    /** Writes the start tag (without its closing '>'); returns the namespace scope inside the element. */
    private static Map<String, String> writeStart(XMLStreamReader r, StringBuilder out, Map<String, String> scope,
                                                  Policy policy, XmlTape tape) {
        Map<String, String> declared = scope;
        out.append('<');
        appendName(r, out);
        tape.start(r.getNamespaceURI(), r.getPrefix(), r.getLocalName());
        for (int i = 0; i < r.getNamespaceCount(); i++) {
            declared = declare(out, declared, scope, r.getNamespacePrefix(i), r.getNamespaceURI(i));
        }
        declared = ensure(out, declared, scope, r.getPrefix(), r.getNamespaceURI());
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String namespace = r.getAttributeNamespace(i);
            String value = policy.attribute(namespace == null ? "" : namespace, r.getAttributeLocalName(i),
                    r.getAttributeValue(i));
            if (value == null) {
                continue;
            }
            String prefix = r.getAttributePrefix(i);
            if (prefix != null && !prefix.isEmpty()) {
                declared = ensure(out, declared, scope, prefix, namespace);
                out.append(' ').append(prefix).append(':');
            } else {
                out.append(' ');
            }
            out.append(r.getAttributeLocalName(i)).append("=\"");
            escapeAttribute(value, out);
            out.append('"');
            tape.attribute(namespace, prefix, r.getAttributeLocalName(i), value);
        }
        return declared;
    }

    private static Map<String, String> ensure(StringBuilder out, Map<String, String> declared,
                                              Map<String, String> scope, String prefix, String uri) {
        String p = prefix == null ? "" : prefix;
        String u = uri == null ? "" : uri;
        if (p.equals(XMLConstants.XML_NS_PREFIX) || u.equals(declared.get(p)) || p.isEmpty() && u.isEmpty()
                && !declared.containsKey("")) {
            return declared;
        }
        return declare(out, declared, scope, p, u);
    }

    /** Declares a prefix unless the scope binds it already; copies the scope map before the first change. */
    private static Map<String, String> declare(StringBuilder out, Map<String, String> declared,
                                               Map<String, String> scope, String prefix, String uri) {
        String p = prefix == null ? "" : prefix;
        String u = uri == null ? "" : uri;
        if (p.equals(XMLConstants.XML_NS_PREFIX) || u.equals(declared.get(p))) {
            return declared;
        }
        Map<String, String> result = declared == scope ? new HashMap<>(scope) : declared;
        result.put(p, u);
        out.append(p.isEmpty() ? " xmlns=\"" : " xmlns:" + p + "=\"");
        escapeAttribute(u, out);
        out.append('"');
        return result;
    }

    private static void escapeText(char[] chars, int start, int length, StringBuilder out) {
        int end = start + length;
        int run = start;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '\r' -> "&#13;";
                default -> null;
            };
            if (replacement != null) {
                out.append(chars, run, i - run).append(replacement);
                run = i + 1;
            }
        }
        out.append(chars, run, end - run);
    }

    private static void escapeAttribute(String value, StringBuilder out) {
        int run = 0;
        for (int i = 0; i < value.length(); i++) {
            String replacement = switch (value.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '"' -> "&quot;";
                case '\t' -> "&#9;";
                case '\n' -> "&#10;";
                case '\r' -> "&#13;";
                default -> null;
            };
            if (replacement != null) {
                out.append(value, run, i).append(replacement);
                run = i + 1;
            }
        }
        out.append(value, run, value.length());
    }
}
