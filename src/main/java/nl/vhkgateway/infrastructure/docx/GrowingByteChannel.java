package nl.vhkgateway.infrastructure.docx;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SeekableByteChannel;
import java.util.Arrays;

/**
 * A seekable channel over bytes in memory that the sanitiser writes its copy into (the zip writer seeks back to fill
 * in each entry's sizes and CRC, so the copy holds no data descriptors). Same behaviour as commons-compress's
 * {@code SeekableInMemoryByteChannel} for writing, reading, positioning and truncating, but its buffer grows only
 * when a write goes past the buffer's end, by doubling.
 * <p>
 * Why (round 16, r16-speed): {@code SeekableInMemoryByteChannel} 1.28 copies its whole buffer into a new array on
 * every write that extends the content, even when the buffer has room; the zip writer extends it with every
 * deflated block and header, so writing one copy of some 14 kB copied tens of kilobytes many times over
 * ({@code Arrays.copyOf} under {@code SeekableInMemoryByteChannel.resize} was 3.4 % of screening's Java samples).
 * The bytes written, and so the copy, are the same. Not thread-safe; used by one sanitising run.
 */
final class GrowingByteChannel implements SeekableByteChannel {
    private byte[] data;
    private int size;
    private int position;
    private boolean open = true;

    GrowingByteChannel(int initialCapacity) {
        this.data = new byte[Math.max(16, initialCapacity)];
    }

    /** The content written so far (a copy of exactly {@link #size()} bytes). */
    byte[] toByteArray() {
        return Arrays.copyOf(data, size);
    }

    @Override
    public int read(ByteBuffer dst) throws ClosedChannelException {
        ensureOpen();
        int available = size - position;
        if (available <= 0) {
            return -1;
        }
        int count = Math.min(available, dst.remaining());
        dst.put(data, position, count);
        position += count;
        return count;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        ensureOpen();
        int count = src.remaining();
        long end = (long) position + count;
        if (end > Integer.MAX_VALUE - 8) {
            throw new IOException("an in-memory copy of more than 2 GB");
        }
        if (end > data.length) {
            data = Arrays.copyOf(data, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(end, 2L * data.length)));
        }
        src.get(data, position, count);
        position = (int) end;
        size = Math.max(size, position);
        return count;
    }

    @Override
    public long position() throws ClosedChannelException {
        ensureOpen();
        return position;
    }

    @Override
    public SeekableByteChannel position(long newPosition) throws IOException {
        ensureOpen();
        if (newPosition < 0 || newPosition > Integer.MAX_VALUE - 8) {
            throw new IOException("position out of range: " + newPosition);
        }
        position = (int) newPosition;
        return this;
    }

    @Override
    public long size() throws ClosedChannelException {
        ensureOpen();
        return size;
    }

    @Override
    public SeekableByteChannel truncate(long newSize) throws ClosedChannelException {
        ensureOpen();
        if (newSize < 0) {
            throw new IllegalArgumentException("negative size: " + newSize);
        }
        if (size > newSize) {
            size = (int) newSize;
        }
        if (position > newSize) {
            position = (int) newSize;
        }
        return this;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        open = false;
    }

    private void ensureOpen() throws ClosedChannelException {
        if (!open) {
            throw new ClosedChannelException();
        }
    }
}
