package nl.vhkgateway.infrastructure.docx;

import java.io.IOException;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * A commons-compress {@link ZipFile} over bytes in memory that the JVM does not track for finalization.
 * <p>
 * Why: {@code ZipFile} declares {@code finalize()} (a safety net that closes a forgotten file). The JVM registers
 * every instance of a class with a non-empty {@code finalize()} when it is allocated; at the next garbage
 * collection an unreachable instance is kept alive with everything it references (here the central directory,
 * its entries and the channel over the card's bytes), copied to a survivor space, handed to the finalizer thread
 * and only freed one collection later. Screening opens three of them per card (inspect, sanitise, read), so every
 * young collection copied all recently screened cards once more: in round 10's profile (JFR) the screening runs
 * spent 162 ms of 1290 ms of pauses in "Notify and keep alive finalizable" and left 6 MB of survivors per
 * collection against 2.2 MB without it. HotSpot does not register instances of a class whose {@code finalize()} is
 * empty, which this class declares. Nothing is lost: the channel is in memory and {@link ZipContainer} closes
 * the file on every path; the inflaters of its streams are released by their own cleaners.
 * <p>
 * Same settings as {@code ZipFile.builder().setSeekableByteChannel(...).setUseUnicodeExtraFields(false)
 * .setIgnoreLocalFileHeader(false).get()}: names in UTF-8 unless flagged otherwise, Unicode extra fields ignored,
 * local file headers read. Not thread-safe, like the file it extends.
 */
final class InMemoryZipFile extends ZipFile {

    /** Reads the central directory of these bytes; an {@link IOException} when it is not a readable zip. */
    @SuppressWarnings("deprecation") // the builder cannot create a subclass; this constructor is the same call
    InMemoryZipFile(byte[] bytes) throws IOException {
        super(new SeekableInMemoryByteChannel(bytes), "in-memory docx", "UTF-8", false, false);
    }

    /** Empty on purpose: opts out of finalization (see the class comment). */
    @Override
    @SuppressWarnings({"deprecation", "removal"})
    protected void finalize() {
        // nothing to release: the bytes are on the heap and the container closes the file
    }
}
