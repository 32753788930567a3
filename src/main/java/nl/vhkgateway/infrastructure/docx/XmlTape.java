package nl.vhkgateway.infrastructure.docx;

import java.util.Arrays;
import java.util.NoSuchElementException;
import javax.xml.namespace.NamespaceContext;
import javax.xml.namespace.QName;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The events of an XML part as {@link XmlRewriter} writes it, recorded while it writes, so that the reader of the
 * sanitised copy does not parse the bytes it just wrote a second time: {@link #reader()} replays exactly what the
 * hardened parser (coalescing, namespace aware) reports for those bytes. Elements are recorded with the namespace,
 * prefix and local name the source parser reported and the attributes as written (a dropped attribute is absent, a
 * replaced one has its new value); adjacent text is joined as the parser's coalescing joins it in the written bytes
 * (text on both sides of a dropped or unwrapped element, of a comment); a buffered element that the rewriter discards
 * is cut off the tape at the same place as off the bytes ({@link #mark}, {@link #truncate}).
 * <p>
 * A tape is only replayed when the written bytes would parse: exactly one root element and nothing but spaces, tabs
 * and line feeds outside it (the rewriter writes a carriage return as a character reference, which is not allowed
 * there); otherwise {@link #reader()} fails as the parser would. A tape of a source that is not XML 1.0 (version
 * "1.1" allows characters and names that the written 1.0 declaration does not) is never replayed
 * ({@link #usable()} is false): that part is parsed from its bytes as before.
 * <p>
 * Not thread-safe: written by one rewrite, then replayed by readers of the same card on the same thread.
 */
final class XmlTape {

    private static final int START = XMLStreamConstants.START_ELEMENT;
    private static final int END = XMLStreamConstants.END_ELEMENT;
    private static final int TEXT = XMLStreamConstants.CHARACTERS;

    // one entry per event
    private int[] types = new int[256];
    /** START/END: the element's index in the name arrays; TEXT: start of the text in {@link #chars}. */
    private int[] first = new int[256];
    /** START: first attribute index; TEXT: text length. */
    private int[] second = new int[256];
    /** START: attribute count. */
    private int[] third = new int[256];
    private int events;

    // one entry per recorded start element (END events point at their start's names)
    private String[] namespaces = new String[128];
    private String[] prefixes = new String[128];
    private String[] localNames = new String[128];
    private int elements;

    // one entry per attribute
    private String[] attributeNamespaces = new String[128];
    private String[] attributePrefixes = new String[128];
    private String[] attributeNames = new String[128];
    private String[] attributeValues = new String[128];
    private int attributes;

    private char[] chars = new char[1024];
    private int charCount;

    /** Start events of the open elements (their element index). */
    private int[] open = new int[64];
    private int openCount;

    private boolean usable = true;
    /** Set once the tape is complete and checked: true when the written bytes are one well-formed root element. */
    private Boolean wellFormed;

    /** A source that is not XML 1.0: the tape is never replayed. */
    void unusable() {
        usable = false;
    }

    boolean usable() {
        return usable;
    }

    void start(String namespace, String prefix, String localName) {
        if (elements == localNames.length) {
            int size = elements * 2;
            namespaces = Arrays.copyOf(namespaces, size);
            prefixes = Arrays.copyOf(prefixes, size);
            localNames = Arrays.copyOf(localNames, size);
        }
        namespaces[elements] = namespace;
        prefixes[elements] = prefix;
        localNames[elements] = localName;
        int event = event(START, elements, attributes);
        third[event] = 0;
        if (openCount == open.length) {
            open = Arrays.copyOf(open, openCount * 2);
        }
        open[openCount++] = elements;
        elements++;
    }

    /** An attribute of the element started last, as written. */
    void attribute(String namespace, String prefix, String localName, String value) {
        if (attributes == attributeNames.length) {
            int size = attributes * 2;
            attributeNamespaces = Arrays.copyOf(attributeNamespaces, size);
            attributePrefixes = Arrays.copyOf(attributePrefixes, size);
            attributeNames = Arrays.copyOf(attributeNames, size);
            attributeValues = Arrays.copyOf(attributeValues, size);
        }
        attributeNamespaces[attributes] = namespace;
        attributePrefixes[attributes] = prefix;
        attributeNames[attributes] = localName;
        attributeValues[attributes] = value;
        attributes++;
        third[events - 1]++;
    }

    void end() {
        event(END, open[--openCount], 0);
    }

    void text(char[] source, int start, int length) {
        if (length <= 0) {
            return;
        }
        if (charCount + length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + length));
        }
        System.arraycopy(source, start, chars, charCount, length);
        if (events > 0 && types[events - 1] == TEXT) {
            second[events - 1] += length; // the parser coalesces adjacent text
        } else {
            event(TEXT, charCount, length);
        }
        charCount += length;
    }

    /** The place to cut the tape back to ({@link #truncate}), taken before an element that may be discarded. */
    long mark() {
        return (long) events << 32 | attributes;
    }

    /**
     * Cuts the tape back to a mark taken before the start of an element that has ended since (a whole subtree:
     * the open elements are those of the mark). Text cannot have been added to the event before the mark, since
     * the element's start followed it.
     */
    void truncate(long mark) {
        int markEvents = (int) (mark >>> 32);
        if (markEvents >= events) {
            return;
        }
        int textStart = Integer.MAX_VALUE;
        int elementStart = Integer.MAX_VALUE;
        for (int i = markEvents; i < events; i++) {
            if (types[i] == TEXT) {
                textStart = Math.min(textStart, first[i]);
            } else if (types[i] == START) {
                elementStart = Math.min(elementStart, first[i]);
            }
        }
        if (textStart != Integer.MAX_VALUE) {
            charCount = textStart;
        }
        if (elementStart != Integer.MAX_VALUE) {
            elements = elementStart;
        }
        events = markEvents;
        attributes = (int) mark;
    }

    private int event(int type, int a, int b) {
        if (events == types.length) {
            int size = events * 2;
            types = Arrays.copyOf(types, size);
            first = Arrays.copyOf(first, size);
            second = Arrays.copyOf(second, size);
            third = Arrays.copyOf(third, size);
        }
        types[events] = type;
        first[events] = a;
        second[events] = b;
        return events++;
    }

    /** True when the written bytes hold exactly one root element and only spaces, tabs and line feeds outside it. */
    private boolean wellFormed() {
        if (wellFormed == null) {
            int depth = 0;
            int roots = 0;
            boolean ok = openCount == 0;
            for (int i = 0; i < events && ok; i++) {
                switch (types[i]) {
                    case START -> {
                        if (depth++ == 0) {
                            roots++;
                        }
                    }
                    case END -> depth--;
                    default -> {
                        if (depth == 0) {
                            for (int c = first[i]; c < first[i] + second[i] && ok; c++) {
                                ok = chars[c] == ' ' || chars[c] == '\t' || chars[c] == '\n';
                            }
                        }
                    }
                }
            }
            wellFormed = ok && roots == 1 && depth == 0;
        }
        return wellFormed;
    }

    /** A reader over the recorded events; fails as the parser would when the written bytes are not well-formed. */
    XMLStreamReader reader() throws XMLStreamException {
        if (!usable) {
            throw new IllegalStateException("not a replayable tape");
        }
        if (!wellFormed()) {
            throw new XMLStreamException("the rewritten part is not well-formed");
        }
        return new Replay();
    }

    /** The subset of {@link XMLStreamReader} the readers of a part use, over the tape. */
    private final class Replay implements XMLStreamReader {
        private int at = -1;
        private int type = XMLStreamConstants.START_DOCUMENT;
        private int depth;

        @Override
        public int next() {
            if (type == XMLStreamConstants.END_DOCUMENT) {
                throw new NoSuchElementException("end of the part");
            }
            at++;
            // white space outside the root element (the only text there on a well-formed tape) is not reported
            while (at < events && types[at] == TEXT && depth == 0) {
                at++;
            }
            type = at < events ? types[at] : XMLStreamConstants.END_DOCUMENT;
            if (type == START) {
                depth++;
            } else if (type == END) {
                depth--;
            }
            return type;
        }

        @Override
        public boolean hasNext() {
            return type != XMLStreamConstants.END_DOCUMENT;
        }

        @Override
        public int getEventType() {
            return type;
        }

        private int element() {
            if (type != START && type != END) {
                throw new IllegalStateException("not at an element");
            }
            return first[at];
        }

        private int startEvent() {
            if (type != START) {
                throw new IllegalStateException("not at a start element");
            }
            return at;
        }

        @Override
        public String getLocalName() {
            return localNames[element()];
        }

        @Override
        public String getNamespaceURI() {
            return namespaces[element()];
        }

        @Override
        public String getPrefix() {
            return prefixes[element()];
        }

        @Override
        public QName getName() {
            int e = element();
            String prefix = prefixes[e];
            return new QName(namespaces[e] == null ? "" : namespaces[e], localNames[e], prefix == null ? "" : prefix);
        }

        @Override
        public boolean hasName() {
            return type == START || type == END;
        }

        @Override
        public int getAttributeCount() {
            return third[startEvent()];
        }

        private int attribute(int index) {
            int event = startEvent();
            if (index < 0 || index >= third[event]) {
                throw new IndexOutOfBoundsException(index);
            }
            return second[event] + index;
        }

        @Override
        public String getAttributeLocalName(int index) {
            return attributeNames[attribute(index)];
        }

        @Override
        public String getAttributeNamespace(int index) {
            return attributeNamespaces[attribute(index)];
        }

        @Override
        public String getAttributePrefix(int index) {
            return attributePrefixes[attribute(index)];
        }

        @Override
        public String getAttributeValue(int index) {
            return attributeValues[attribute(index)];
        }

        @Override
        public QName getAttributeName(int index) {
            int a = attribute(index);
            String namespace = attributeNamespaces[a];
            String prefix = attributePrefixes[a];
            return new QName(namespace == null ? "" : namespace, attributeNames[a], prefix == null ? "" : prefix);
        }

        @Override
        public String getAttributeType(int index) {
            attribute(index);
            return "CDATA";
        }

        @Override
        public boolean isAttributeSpecified(int index) {
            attribute(index);
            return true;
        }

        @Override
        public String getAttributeValue(String namespaceURI, String localName) {
            int event = startEvent();
            for (int a = second[event]; a < second[event] + third[event]; a++) {
                if (attributeNames[a].equals(localName) && (namespaceURI == null
                        || namespaceURI.equals(attributeNamespaces[a] == null ? "" : attributeNamespaces[a]))) {
                    return attributeValues[a];
                }
            }
            return null;
        }

        @Override
        public String getElementText() throws XMLStreamException {
            if (type != START) {
                throw new XMLStreamException("parser must be on START_ELEMENT to read next text");
            }
            StringBuilder text = new StringBuilder();
            while (true) {
                int event = next();
                if (event == TEXT) {
                    text.append(chars, first[at], second[at]);
                } else if (event == END) {
                    return text.toString();
                } else if (event == START) {
                    throw new XMLStreamException("elementGetText() function expects text only element but"
                            + " START_ELEMENT was encountered.");
                } else {
                    throw new XMLStreamException("unexpected end of the part while reading element text");
                }
            }
        }

        @Override
        public int nextTag() throws XMLStreamException {
            int event = next();
            while (event == TEXT && isWhiteSpace()) {
                event = next();
            }
            if (event != START && event != END) {
                throw new XMLStreamException("expected start or end tag");
            }
            return event;
        }

        private void requireText() {
            if (type != TEXT) {
                throw new IllegalStateException("not at text");
            }
        }

        @Override
        public String getText() {
            requireText();
            return new String(chars, first[at], second[at]);
        }

        @Override
        public char[] getTextCharacters() {
            requireText();
            return chars;
        }

        @Override
        public int getTextCharacters(int sourceStart, char[] target, int targetStart, int length) {
            requireText();
            int n = Math.max(0, Math.min(length, second[at] - sourceStart));
            System.arraycopy(chars, first[at] + sourceStart, target, targetStart, n);
            return n;
        }

        @Override
        public int getTextStart() {
            requireText();
            return first[at];
        }

        @Override
        public int getTextLength() {
            requireText();
            return second[at];
        }

        @Override
        public boolean hasText() {
            return type == TEXT;
        }

        @Override
        public boolean isStartElement() {
            return type == START;
        }

        @Override
        public boolean isEndElement() {
            return type == END;
        }

        @Override
        public boolean isCharacters() {
            return type == TEXT;
        }

        @Override
        public boolean isWhiteSpace() {
            if (type != TEXT) {
                return false;
            }
            for (int c = first[at]; c < first[at] + second[at]; c++) {
                char ch = chars[c];
                if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\r') {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void require(int expected, String namespaceURI, String localName) throws XMLStreamException {
            if (expected != type || namespaceURI != null && !namespaceURI.equals(getNamespaceURI())
                    || localName != null && !localName.equals(getLocalName())) {
                throw new XMLStreamException("require failed");
            }
        }

        @Override
        public String getNamespaceURI(String prefix) {
            throw new UnsupportedOperationException("namespace scopes are not recorded");
        }

        @Override
        public int getNamespaceCount() {
            throw new UnsupportedOperationException("namespace declarations are not recorded");
        }

        @Override
        public String getNamespacePrefix(int index) {
            throw new UnsupportedOperationException("namespace declarations are not recorded");
        }

        @Override
        public String getNamespaceURI(int index) {
            throw new UnsupportedOperationException("namespace declarations are not recorded");
        }

        @Override
        public NamespaceContext getNamespaceContext() {
            throw new UnsupportedOperationException("namespace scopes are not recorded");
        }

        @Override
        public Object getProperty(String name) {
            return null;
        }

        @Override
        public Location getLocation() {
            return NOWHERE;
        }

        @Override
        public String getEncoding() {
            return "UTF-8";
        }

        @Override
        public String getVersion() {
            return "1.0";
        }

        @Override
        public boolean isStandalone() {
            return true;
        }

        @Override
        public boolean standaloneSet() {
            return true;
        }

        @Override
        public String getCharacterEncodingScheme() {
            return "UTF-8";
        }

        @Override
        public String getPITarget() {
            return null;
        }

        @Override
        public String getPIData() {
            return null;
        }

        @Override
        public void close() {
            // nothing to release
        }
    }

    private static final Location NOWHERE = new Location() {
        @Override
        public int getLineNumber() {
            return -1;
        }

        @Override
        public int getColumnNumber() {
            return -1;
        }

        @Override
        public int getCharacterOffset() {
            return -1;
        }

        @Override
        public String getPublicId() {
            return null;
        }

        @Override
        public String getSystemId() {
            return null;
        }
    };
}
