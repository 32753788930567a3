package nl.vhkgateway.testsupport.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Test helper to take a .docx apart and put it together again, also in ways no well-behaved writer would
 * (duplicate entries, odd names, stored entries). Stateless, thread-safe.
 */
public final class DocxParts {

    private DocxParts() {
    }

    /** Entry name to content, in zip order (a later duplicate overwrites an earlier one). */
    public static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                parts.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    /** A zip of these entries (deflated), in this order. */
    public static byte[] zip(Map<String, byte[]> parts) {
        List<Map.Entry<String, byte[]>> entries = new ArrayList<>(parts.entrySet());
        return zip(entries);
    }

    /** A zip of these entries in this order; duplicate names are written as they are. */
    public static byte[] zip(List<Map.Entry<String, byte[]>> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries) {
                ZipArchiveEntry entry = new ZipArchiveEntry(e.getKey());
                out.putArchiveEntry(entry);
                out.write(e.getValue());
                out.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The text of one part, or "" when the package has no such part. */
    public static String text(byte[] docx, String part) {
        byte[] content = unzip(docx).get(part);
        return content == null ? "" : new String(content, StandardCharsets.UTF_8);
    }

    /** The package with one part's text changed. */
    public static byte[] replace(byte[] docx, String part, UnaryOperator<String> change) {
        Map<String, byte[]> parts = unzip(docx);
        byte[] content = parts.get(part);
        if (content == null) {
            throw new IllegalArgumentException("no part " + part);
        }
        parts.put(part, change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        return zip(parts);
    }

    /** The package with a part added or replaced (bytes as given). */
    public static byte[] put(byte[] docx, String part, byte[] content) {
        Map<String, byte[]> parts = unzip(docx);
        parts.put(part, content);
        return zip(parts);
    }

    /** All parts' text joined (for "appears nowhere" assertions on small test documents). */
    public static String allText(byte[] docx) {
        StringBuilder all = new StringBuilder();
        unzip(docx).forEach((name, content) -> all.append(name).append('\n')
                .append(new String(content, StandardCharsets.UTF_8)).append('\n'));
        return all.toString();
    }
}
