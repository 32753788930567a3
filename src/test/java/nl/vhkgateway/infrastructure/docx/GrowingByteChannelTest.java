package nl.vhkgateway.infrastructure.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.util.Arrays;
import java.util.Random;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.junit.jupiter.api.Test;

/**
 * Round 16 (r16-speed): the sanitiser's channel writes, seeks and truncates as commons-compress's
 * {@code SeekableInMemoryByteChannel} does (the copy's bytes must not change), only without copying its buffer on
 * every write.
 */
class GrowingByteChannelTest {

    @Test
    void writesSeeksAndTruncatesAsTheCommonsChannelDoes() throws IOException {
        Random random = new Random(16);
        for (int run = 0; run < 200; run++) {
            GrowingByteChannel growing = new GrowingByteChannel(random.nextInt(64));
            SeekableInMemoryByteChannel commons = new SeekableInMemoryByteChannel();
            for (int step = 0; step < 60; step++) {
                int what = random.nextInt(10);
                if (what < 6) {
                    byte[] bytes = new byte[random.nextInt(3000)];
                    random.nextBytes(bytes);
                    assertEquals(commons.write(ByteBuffer.wrap(bytes)), growing.write(ByteBuffer.wrap(bytes)));
                } else if (what < 9) {
                    long to = commons.size() == 0 ? 0 : random.nextInt((int) commons.size() + 1);
                    commons.position(to);
                    growing.position(to);
                } else {
                    long to = commons.size() == 0 ? 0 : random.nextInt((int) commons.size() + 1);
                    commons.truncate(to);
                    growing.truncate(to);
                }
                assertEquals(commons.position(), growing.position());
                assertEquals(commons.size(), growing.size());
            }
            assertArrayEquals(Arrays.copyOf(commons.array(), (int) commons.size()), growing.toByteArray());
            assertArrayEquals(readAll(commons), readAll(growing));
        }
    }

    private static byte[] readAll(SeekableByteChannel channel) throws IOException {
        channel.position(0);
        ByteBuffer all = ByteBuffer.allocate((int) channel.size());
        while (all.hasRemaining() && channel.read(all) > 0) {
            // read on
        }
        return all.array();
    }
}
