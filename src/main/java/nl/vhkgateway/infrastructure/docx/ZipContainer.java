package nl.vhkgateway.infrastructure.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import nl.vhkgateway.domain.screening.Category;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The zip container of a .docx, opened from bytes in memory (no temporary files) with every limit checked:
 * entry count (from the end-of-central-directory record, before anything is allocated), entry names (no zip-slip
 * paths, no duplicates, also not case-insensitively), no zip-level encryption, only stored/deflated entries, and
 * while inflating: size per entry and in total, inflate ratio, declared size and CRC, time.
 * Entries are read from the central directory, so what is read is what a rebuilt copy holds. The zip file is an
 * {@link InMemoryZipFile}: without finalization, so that a screened card's container is freed at the next
 * collection.
 * Not thread-safe: one container per operation.
 */
final class ZipContainer implements AutoCloseable {

    /** One file in the container. */
    record Entry(String name, ZipArchiveEntry raw) {
        long compressedSize() {
            return raw.getCompressedSize();
        }

        long size() {
            return raw.getSize();
        }
    }

    /** Thrown from inside streams when a limit is hit; carries the problem. */
    static final class LimitException extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient DocxProblem problem;

        LimitException(DocxProblem problem) {
            super(problem.category().name());
            this.problem = problem;
        }

        DocxProblem problem() {
            return problem;
        }
    }

    private static final int EOCD_SIGNATURE = 0x06054b50;
    private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
    private static final int ZIP64_EOCD_SIGNATURE = 0x06064b50;

    private final byte[] bytes;
    private final ZipFile zip;
    private final DocxLimits limits;
    private Deadline deadline;
    private final List<Entry> entries;
    private final Map<String, Entry> byLowerName;
    /**
     * Inflated content of entries (by exact name): what a previous step left for these bytes ({@link InflatedParts})
     * and, in a recording container, every XML entry read to its verified end.
     */
    private final Map<String, byte[]> inflated;
    /** The events of entries the sanitiser wrote (by exact name), replayed instead of parsing their content again. */
    private final Map<String, XmlTape> tapes;
    private boolean recording;
    private long recorded;
    private long totalInflated;

    private ZipContainer(byte[] bytes, ZipFile zip, DocxLimits limits, Deadline deadline, List<Entry> entries,
                         Map<String, Entry> byLowerName, InflatedParts.Handed handed, boolean recording) {
        this.bytes = bytes;
        this.zip = zip;
        this.limits = limits;
        this.deadline = deadline;
        this.entries = entries;
        this.byLowerName = byLowerName;
        this.inflated = new HashMap<>(handed.parts());
        this.tapes = handed.tapes();
        this.recording = recording;
    }

    /** The length of the container's bytes. */
    int length() {
        return bytes.length;
    }

    static ZipContainer open(byte[] bytes, DocxLimits limits, Deadline deadline) throws DocxProblem {
        return open(bytes, limits, deadline, false);
    }

    /**
     * Opens a container that keeps the inflated content of each XML entry read to its verified end (at most
     * {@link InflatedParts#MAX_BYTES} in all): a second read of it is served from memory, and {@link #handOver}
     * leaves it for the next step.
     */
    static ZipContainer openRecording(byte[] bytes, DocxLimits limits, Deadline deadline) throws DocxProblem {
        return open(bytes, limits, deadline, true);
    }

    private static ZipContainer open(byte[] bytes, DocxLimits limits, Deadline deadline, boolean recording)
            throws DocxProblem {
        long declaredEntries = declaredEntryCount(bytes);
        if (declaredEntries > limits.maxEntries()) {
            throw new DocxProblem(Category.ZIP_BOMB, Messages.ZIP_BOMB);
        }
        ZipFile zip;
        try {
            zip = new InMemoryZipFile(bytes);
        } catch (IOException | RuntimeException e) {
            throw DocxProblem.corrupt("zip", e);
        }
        try {
            if (zip.getFirstLocalFileHeaderOffset() != 0) {
                throw DocxProblem.corrupt("gegevens voor het eerste onderdeel", null);
            }
            List<Entry> entries = new ArrayList<>();
            Map<String, Entry> byLowerName = new HashMap<>();
            long declaredTotal = 0;
            int count = 0;
            for (Enumeration<ZipArchiveEntry> e = zip.getEntriesInPhysicalOrder(); e.hasMoreElements(); ) {
                ZipArchiveEntry raw = e.nextElement();
                if (++count > limits.maxEntries()) {
                    throw new DocxProblem(Category.ZIP_BOMB, Messages.ZIP_BOMB);
                }
                String name = raw.getName();
                if (!safeName(name)) {
                    throw new DocxProblem(Category.CORRUPT, Messages.SUSPICIOUS_NAMES);
                }
                if (raw.getGeneralPurposeBit().usesEncryption() || raw.getGeneralPurposeBit().usesStrongEncryption()) {
                    throw new DocxProblem(Category.ENCRYPTED, Messages.ENCRYPTED);
                }
                if (raw.isDirectory()) {
                    if (raw.getSize() > 0) {
                        throw new DocxProblem(Category.CORRUPT, Messages.SUSPICIOUS_NAMES);
                    }
                    continue;
                }
                int method = raw.getMethod();
                if (method != ZipEntry.STORED && method != ZipEntry.DEFLATED) {
                    throw DocxProblem.corrupt("onbekende compressie", null);
                }
                if (raw.getSize() > limits.maxEntryBytes()) {
                    throw new DocxProblem(Category.ZIP_BOMB, Messages.ZIP_BOMB);
                }
                declaredTotal += Math.max(0, raw.getSize());
                if (declaredTotal > limits.maxTotalBytes()) {
                    throw new DocxProblem(Category.ZIP_BOMB, Messages.ZIP_BOMB);
                }
                Entry entry = new Entry(name, raw);
                if (byLowerName.put(name.toLowerCase(Locale.ROOT), entry) != null) {
                    throw new DocxProblem(Category.CORRUPT, Messages.SUSPICIOUS_NAMES);
                }
                entries.add(entry);
            }
            return new ZipContainer(bytes, zip, limits, deadline, Collections.unmodifiableList(entries), byLowerName,
                    InflatedParts.claimHanded(bytes), recording);
        } catch (DocxProblem | RuntimeException e) {
            ZipFile.closeQuietly(zip);
            if (e instanceof DocxProblem problem) {
                throw problem;
            }
            throw DocxProblem.corrupt("zip", e);
        }
    }

    /** Entry names that cannot escape a directory or mean two things on different systems. */
    static boolean safeName(String name) {
        if (name.isEmpty() || name.length() > 1024 || name.startsWith("/") || name.indexOf('\\') >= 0) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return false;
            }
        }
        String[] segments = name.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals("..") || segment.equals(".") || segment.isEmpty() && !last) {
                return false;
            }
        }
        return segments[0].indexOf(':') < 0;
    }

    /** The entry count the end-of-central-directory record declares; -1 when it cannot be found. */
    static long declaredEntryCount(byte[] bytes) throws DocxProblem {
        int min = Math.max(0, bytes.length - 22 - 0xFFFF);
        for (int i = bytes.length - 22; i >= min; i--) {
            if (int32(bytes, i) == EOCD_SIGNATURE) {
                long total = uint16(bytes, i + 10);
                if (total == 0xFFFF && i >= 20 && int32(bytes, i - 20) == ZIP64_LOCATOR_SIGNATURE) {
                    long offset = int64(bytes, i - 20 + 8);
                    if (offset < 0 || offset > bytes.length - 56 || int32(bytes, (int) offset) != ZIP64_EOCD_SIGNATURE) {
                        throw DocxProblem.corrupt("zip64", null);
                    }
                    total = int64(bytes, (int) offset + 32);
                    return total < 0 ? Long.MAX_VALUE : total;
                }
                return total;
            }
        }
        throw DocxProblem.corrupt("einde van het zip-bestand ontbreekt", null);
    }

    private static int int32(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }

    private static int uint16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static long int64(byte[] b, int at) {
        return (int32(b, at) & 0xffffffffL) | (long) int32(b, at + 4) << 32;
    }

    List<Entry> entries() {
        return entries;
    }

    /** The entry with this name, compared case-insensitively like OPC part names. */
    Optional<Entry> entry(String name) {
        return Optional.ofNullable(byLowerName.get(name.toLowerCase(Locale.ROOT)));
    }

    Deadline deadline() {
        return deadline;
    }

    /**
     * The inflated content, with every limit enforced while reading (limit breaches are {@link LimitException}s).
     * An entry whose content a previous step left ({@link InflatedParts}) is served from it, through the same checks
     * of size, CRC and limits.
     */
    InputStream open(Entry entry) throws DocxProblem {
        byte[] known = inflated.get(entry.name());
        XmlTape tape = tapes.get(entry.name());
        if (known != null && tape != null) {
            verifyKnown(entry, known);
            return new Taped(known, tape);
        }
        if (known != null) {
            return new Bounded(new ByteArrayInputStream(known), entry, null);
        }
        try {
            return new Bounded(zip.getInputStream(entry.raw()), entry, recorder(entry));
        } catch (IOException | RuntimeException e) {
            throw DocxProblem.corrupt("", e);
        }
    }

    /**
     * The checks {@link Bounded} makes while a part is read, made at once on content a previous step left: size per
     * entry and in total, inflate ratio, declared size and CRC (for a part served with its tape, which nobody reads
     * byte by byte).
     */
    private void verifyKnown(Entry entry, byte[] known) throws DocxProblem {
        long declared = entry.size();
        long limit = declared >= 0 ? Math.min(declared, limits.maxEntryBytes()) : limits.maxEntryBytes();
        long count = known.length;
        totalInflated += count;
        if (count > limit) {
            throw declared >= 0 && count > declared && declared < limits.maxEntryBytes()
                    ? DocxProblem.corrupt("grootte klopt niet", null)
                    : new DocxProblem(Category.ZIP_BOMB, Messages.ZIP_BOMB);
        }
        if (totalInflated > limits.maxTotalBytes() || count > limits.ratioGraceBytes()
                && count > (long) limits.maxInflateRatio() * Math.max(1, entry.compressedSize())) {
            throw new DocxProblem(Category.ZIP_BOMB, Messages.ZIP_BOMB);
        }
        CRC32 crc = new CRC32();
        crc.update(known, 0, known.length);
        if (declared >= 0 && count != declared || entry.raw().getCrc() >= 0 && crc.getValue() != entry.raw().getCrc()) {
            throw DocxProblem.corrupt("controlegetal klopt niet", null);
        }
    }

    /**
     * The content of a part the sanitiser wrote, with the events of its XML: {@link SecureXml#reader} replays the
     * tape instead of parsing these bytes; read as a stream it is the bytes.
     */
    static final class Taped extends ByteArrayInputStream {
        private final XmlTape tape;

        Taped(byte[] content, XmlTape tape) {
            super(content);
            this.tape = tape;
        }

        XmlTape tape() {
            return tape;
        }

        /** True before anything was read: only then does the tape stand for the whole stream. */
        boolean untouched() {
            return pos == 0;
        }
    }

    /** A buffer for the inflated content of an XML entry of known size, when recording and within the budget. */
    private byte[] recorder(Entry entry) {
        String lower = entry.name().toLowerCase(Locale.ROOT);
        long size = entry.size();
        if (!recording || size < 0 || recorded + size > InflatedParts.MAX_BYTES
                || !(lower.endsWith(".xml") || lower.endsWith(".rels"))) {
            return null;
        }
        recorded += size;
        return new byte[(int) size];
    }

    /** Leaves the recorded entries for the next step on this thread that opens these bytes ({@link InflatedParts}). */
    void handOver() {
        InflatedParts.offer(bytes, inflated);
    }

    /**
     * Leaves this open container's package, with the recorded entries, for the next step on this thread that opens
     * these bytes within the same limits ({@link InflatedParts#offerPackage}); the caller must not close it.
     */
    void handOver(DocxPackage pkg) {
        InflatedParts.offerPackage(bytes, inflated, pkg);
    }

    /**
     * Makes a container another step left behind ready for the next step, as a newly opened one would be: that
     * step's deadline, nothing inflated yet in its total (its parts are served from memory through the same checks),
     * no more recording.
     */
    void resume(Deadline next) {
        this.deadline = next;
        this.totalInflated = 0;
        this.recording = false;
    }

    DocxLimits limits() {
        return limits;
    }

    /** The inflated content as bytes (for small parts such as relationships). */
    byte[] readAll(Entry entry) throws DocxProblem {
        try (InputStream in = open(entry)) {
            return in.readAllBytes();
        } catch (IOException | RuntimeException e) {
            throw problemOf(e);
        }
    }

    /**
     * The content of a small part (content types, relationships) to parse: the part with its tape when the sanitiser
     * wrote it ({@link Taped}), else its bytes, read to their verified end before parsing begins.
     */
    InputStream xml(Entry entry) throws DocxProblem {
        if (tapes.containsKey(entry.name()) && inflated.containsKey(entry.name())) {
            return open(entry);
        }
        return stream(readAll(entry));
    }

    /** The stored (compressed) bytes, for copying an unchanged entry. */
    InputStream raw(Entry entry) throws DocxProblem {
        try {
            InputStream in = zip.getRawInputStream(entry.raw());
            if (in == null) {
                throw DocxProblem.corrupt("", null);
            }
            return in;
        } catch (IOException | RuntimeException e) {
            throw DocxProblem.corrupt("", e);
        }
    }

    /** Inflates every entry once, checking sizes, ratio and CRC. */
    void verifyAll() throws DocxProblem {
        byte[] buffer = new byte[16384];
        for (Entry entry : entries) {
            try (InputStream in = open(entry)) {
                while (in.read(buffer) >= 0) {
                    // Bounded checks everything
                }
            } catch (IOException | RuntimeException e) {
                throw problemOf(e);
            }
        }
    }

    /** The problem behind an exception from reading or parsing, looking through wrapping exceptions. */
    static DocxProblem problemOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LimitException limit) {
                return limit.problem();
            }
            if (t instanceof DocxProblem problem) {
                return problem;
            }
            if (t instanceof javax.xml.stream.XMLStreamException x && x.getNestedException() != null
                    && x.getNestedException() != t.getCause()) {
                DocxProblem nested = problemOf(x.getNestedException());
                if (nested.category() != Category.CORRUPT || nested.getCause() == null) {
                    return nested;
                }
            }
        }
        return DocxProblem.corrupt("", e);
    }

    @Override
    public void close() {
        ZipFile.closeQuietly(zip);
    }

    /** Inflating stream that enforces the limits and checks size and CRC at the end. */
    private final class Bounded extends InputStream {
        private final InputStream in;
        private final Entry entry;
        private final long limit;
        private final CRC32 crc = new CRC32();
        /** Receives the content when recording (declared size); kept only once the end is verified. */
        private final byte[] record;
        private long count;
        private boolean ended;

        Bounded(InputStream in, Entry entry, byte[] record) {
            this.in = in;
            this.entry = entry;
            this.record = record;
            long declared = entry.size();
            this.limit = declared >= 0 ? Math.min(declared, limits.maxEntryBytes()) : limits.maxEntryBytes();
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                deadline.check();
            } catch (DocxProblem problem) {
                throw new LimitException(problem);
            }
            if (ended) {
                return -1;
            }
            int n;
            try {
                n = in.read(b, off, (int) Math.min(len, limit - count + 1));
            } catch (RuntimeException e) {
                throw new IOException("inflate failed", e);
            }
            if (n < 0) {
                ended = true;
                if (entry.size() >= 0 && count != entry.size() || entry.raw().getCrc() >= 0
                        && crc.getValue() != entry.raw().getCrc()) {
                    throw new LimitException(DocxProblem.corrupt("controlegetal klopt niet", null));
                }
                if (record != null && count == record.length) {
                    inflated.put(entry.name(), record);
                }
                return -1;
            }
            count += n;
            totalInflated += n;
            crc.update(b, off, n);
            if (count > limit) {
                throw new LimitException(entry.size() >= 0 && count > entry.size() && entry.size() < limits.maxEntryBytes()
                        ? DocxProblem.corrupt("grootte klopt niet", null)
                        : new DocxProblem(Category.ZIP_BOMB, Messages.ZIP_BOMB));
            }
            if (totalInflated > limits.maxTotalBytes() || count > limits.ratioGraceBytes()
                    && count > (long) limits.maxInflateRatio() * Math.max(1, entry.compressedSize())) {
                throw new LimitException(new DocxProblem(Category.ZIP_BOMB, Messages.ZIP_BOMB));
            }
            if (record != null) {
                System.arraycopy(b, off, record, (int) (count - n), n);
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Bytes as a stream, for parts that were rewritten in memory. */
    static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
