package nl.vhkgateway.infrastructure.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Hardened StAX parsing for untrusted XML: the JDK's built-in parser (never one found on the class path), no DTD
 * support, no external entities, coalesced text, bounded entity expansion. A DOCTYPE is reported as a DTD event,
 * which callers treat as an error. Thread-safe: one factory per thread.
 */
final class SecureXml {

    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(SecureXml::newFactory);

    private SecureXml() {
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
        factory.setProperty(XMLInputFactory.IS_VALIDATING, Boolean.FALSE);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are not loaded");
        });
        trySet(factory, "javax.xml.stream.isSupportingExternalEntities", Boolean.FALSE);
        // the JDK parser can reuse a closed reader: every caller closes its reader before it opens the next one
        trySet(factory, "reuse-instance", Boolean.TRUE);
        trySet(factory, "http://java.sun.com/xml/stream/properties/report-cdata-event", Boolean.FALSE);
        return factory;
    }

    private static void trySet(XMLInputFactory factory, String property, Object value) {
        try {
            factory.setProperty(property, value);
        } catch (IllegalArgumentException unsupported) {
            // not every JDK knows every limit; the DTD is off anyway
        }
    }

    /**
     * A reader over the stream; the caller closes both. For the content of a part that the sanitiser of this card
     * wrote ({@link ZipContainer.Taped}, not yet read from): the events it recorded while writing ({@link XmlTape}),
     * which are what parsing those bytes reports. Otherwise {@link #parser}.
     */
    static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        if (in instanceof ZipContainer.Taped taped && taped.untouched()) {
            return taped.tape().reader(); // a part this screening wrote: its recorded events, not a second parse
        }
        return parser(in);
    }

    /**
     * Always the parser over the bytes, never a recorded tape: for {@link XmlRewriter} (which needs the namespace
     * declarations a tape does not keep) and the inspector's checks of raw XML. OOXML parts are UTF-8 or UTF-16
     * (ECMA-376 part 2): the encoding is taken from the byte order mark or the first bytes and decoded here, strictly
     * (a malformed sequence is an IOException; the JDK parser would otherwise also print it to standard error).
     */
    static XMLStreamReader parser(InputStream in) throws XMLStreamException {
        // The first three bytes are peeked through a pushback of three bytes: the reader below buffers anyway, a
        // buffer of its own here cost 8 kB per part only to look at them (round 18, r18-speed).
        PushbackInputStream peeked = new PushbackInputStream(in, 3);
        Charset charset = StandardCharsets.UTF_8;
        try {
            byte[] first = new byte[3];
            int n = peeked.readNBytes(first, 0, 3);
            int b0 = n > 0 ? first[0] & 0xff : -1;
            int b1 = n > 1 ? first[1] & 0xff : -1;
            int b2 = n > 2 ? first[2] & 0xff : -1;
            int bom = 0;
            if (b0 == 0xFE && b1 == 0xFF) {
                charset = StandardCharsets.UTF_16BE;
                bom = 2;
            } else if (b0 == 0xFF && b1 == 0xFE) {
                charset = StandardCharsets.UTF_16LE;
                bom = 2;
            } else if (b0 == 0 && b1 == '<') {
                charset = StandardCharsets.UTF_16BE;
            } else if (b0 == '<' && b1 == 0) {
                charset = StandardCharsets.UTF_16LE;
            } else if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
                bom = 3;
            }
            if (n > bom) {
                peeked.unread(first, bom, n - bom);
            }
        } catch (IOException e) {
            throw new XMLStreamException("unreadable part", e);
        }
        Reader reader = new InputStreamReader(peeked, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        XMLStreamReader parser = FACTORY.get().createXMLStreamReader(reader);
        String version = parser.getVersion();
        if (version != null && !version.equals("1.0")) {
            // The instance the factory reuses keeps its XML 1.1 scanner: every later part parsed on this thread
            // would fail (a clean card after a hostile one refused as corrupt). This part gets it, then a new factory.
            FACTORY.remove();
        }
        return parser;
    }

    /** The value of an attribute in the WordprocessingML namespace (transitional or strict), or null. */
    static String wAttr(XMLStreamReader r, String localName) {
        int count = r.getAttributeCount();
        for (int i = 0; i < count; i++) {
            if (localName.equals(r.getAttributeLocalName(i)) && Ooxml.isW(r.getAttributeNamespace(i))) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    /** The value of an attribute in the relationships namespace ("r:id"), or null. */
    static String rAttr(XMLStreamReader r, String localName) {
        int count = r.getAttributeCount();
        for (int i = 0; i < count; i++) {
            if (localName.equals(r.getAttributeLocalName(i)) && Ooxml.isR(r.getAttributeNamespace(i))) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    /** The value of an attribute by local name in any (or no) namespace, or null. */
    static String anyAttr(XMLStreamReader r, String localName) {
        int count = r.getAttributeCount();
        for (int i = 0; i < count; i++) {
            if (localName.equals(r.getAttributeLocalName(i))) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    /** True for an OOXML on/off value that means on (absent value means on). */
    static boolean isOn(String value) {
        return value == null || !(value.equals("0") || value.equalsIgnoreCase("false") || value.equalsIgnoreCase("off"));
    }
}
