package nl.vhkgateway.infrastructure.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells what a file is from its first bytes (magic numbers), not from its name: a zip (possibly a .docx), an OLE2
 * compound file (.doc/.xls/.msg, or an encrypted .docx), PDF, RTF, images, HTML, XML, mail, text. Stateless and
 * thread-safe.
 */
final class FileTypeSniffer {

    /** What the bytes are. {@code dutchName} is for "Dit is ..., geen Word-document". */
    enum Kind {
        ZIP(""),
        ENCRYPTED_OFFICE("een versleuteld Office-document"),
        OLE2_WORD("een Word 97-2003-document (.doc)"),
        OLE2_OTHER("een ouder Office-bestand (bijvoorbeeld .xls, .ppt of .msg)"),
        PDF("een PDF-bestand"),
        RTF("een RTF-bestand"),
        IMAGE("een afbeelding"),
        HTML("een webpagina (HTML)"),
        XML("een XML-bestand (bijvoorbeeld Word 2003 XML)"),
        MAIL("een e-mailbericht"),
        TEXT("een tekstbestand"),
        UNKNOWN("een onbekend bestandstype");

        private final String dutchName;

        Kind(String dutchName) {
            this.dutchName = dutchName;
        }

        String dutchName() {
            return dutchName;
        }
    }

    private static final Set<String> ENCRYPTION_STREAMS = Set.of("EncryptionInfo", "EncryptedPackage",
            "\u0006DataSpaces");

    private FileTypeSniffer() {
    }

    static Kind sniff(byte[] b) {
        if (starts(b, 0x50, 0x4B, 0x03, 0x04) || starts(b, 0x50, 0x4B, 0x05, 0x06)) {
            return Kind.ZIP;
        }
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return ole2(b);
        }
        if (startsText(b, "%PDF")) {
            return Kind.PDF;
        }
        if (startsText(b, "{\\rtf")) {
            return Kind.RTF;
        }
        if (starts(b, 0x89, 'P', 'N', 'G') || starts(b, 0xFF, 0xD8, 0xFF) || startsText(b, "GIF8")
                || starts(b, 'I', 'I', 0x2A, 0x00) || starts(b, 'M', 'M', 0x00, 0x2A)
                || startsText(b, "RIFF") && b.length >= 12 && new String(b, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")
                || b.length >= 12 && new String(b, 4, 4, StandardCharsets.US_ASCII).equals("ftyp")
                || startsText(b, "BM") && b.length > 26 && b[14] >= 12 && b[15] == 0 && b[16] == 0 && b[17] == 0) {
            return Kind.IMAGE;
        }
        String head = textHead(b);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
                || head.startsWith("<body") || head.startsWith("<meta") || head.contains("<html")) {
            return Kind.HTML;
        }
        if (head.startsWith("<?xml") || head.startsWith("<")) {
            return Kind.XML;
        }
        if (head.startsWith("from:") || head.startsWith("received:") || head.startsWith("mime-version:")
                || head.startsWith("return-path:") || head.startsWith("content-type:") || head.startsWith("from ")) {
            return Kind.MAIL;
        }
        if (starts(b, 0xFF, 0xFE) || starts(b, 0xFE, 0xFF)) {
            return Kind.TEXT;
        }
        return looksLikeText(b) ? Kind.TEXT : Kind.UNKNOWN;
    }

    private static Kind ole2(byte[] b) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(b))) {
            DirectoryNode root = fs.getRoot();
            for (String name : ENCRYPTION_STREAMS) {
                if (root.hasEntryCaseInsensitive(name)) {
                    return Kind.ENCRYPTED_OFFICE;
                }
            }
            return root.hasEntryCaseInsensitive("WordDocument") ? Kind.OLE2_WORD : Kind.OLE2_OTHER;
        } catch (IOException | RuntimeException e) {
            return Kind.OLE2_OTHER;
        }
    }

    private static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsText(byte[] b, String text) {
        return b.length >= text.length()
                && new String(b, 0, text.length(), StandardCharsets.ISO_8859_1).equals(text);
    }

    /** The first 512 characters, lower case, without BOM and leading white space (UTF-8 or UTF-16). */
    private static String textHead(byte[] b) {
        int length = Math.min(b.length, 1024);
        String text;
        if (starts(b, 0xFF, 0xFE)) {
            text = new String(b, 2, length - 2, StandardCharsets.UTF_16LE);
        } else if (starts(b, 0xFE, 0xFF)) {
            text = new String(b, 2, length - 2, StandardCharsets.UTF_16BE);
        } else if (starts(b, 0xEF, 0xBB, 0xBF)) {
            text = new String(b, 3, length - 3, StandardCharsets.UTF_8);
        } else {
            text = new String(b, 0, length, StandardCharsets.UTF_8);
        }
        return text.stripLeading().toLowerCase(Locale.ROOT);
    }

    private static boolean looksLikeText(byte[] b) {
        int length = Math.min(b.length, 4096);
        int control = 0;
        for (int i = 0; i < length; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                return false;
            }
            if (c < 0x09 || c > 0x0D && c < 0x20) {
                control++;
            }
        }
        return control * 50 < length;
    }
}
