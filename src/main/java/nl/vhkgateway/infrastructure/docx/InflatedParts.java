package nl.vhkgateway.infrastructure.docx;

import java.util.Arrays;
import java.util.Map;

/**
 * Hands the inflated content of a container's parts from one step of a screening to the next on the same thread,
 * so that a part is not inflated again: the sanitiser leaves the parts it wrote into the copy for the reader of that
 * copy. One slot per thread, taken once: {@link #claim} returns the parts only for a container byte for byte equal
 * to the one they were offered with, and empties the slot either way. What a claimed part serves still passes the
 * container's checks of the entry (declared size, CRC, limits), exactly as an inflated entry does; any other
 * container, thread or order of calls inflates as before. Holds at most one container's parts per thread, and only
 * between two steps.
 */
final class InflatedParts {

    /** Most bytes of parts offered at once; larger sets are not offered (inflating them again is the fallback). */
    static final long MAX_BYTES = 8L * 1024 * 1024;

    private record Slot(byte[] container, Map<String, byte[]> parts) {
    }

    private static final ThreadLocal<Slot> SLOT = new ThreadLocal<>();

    private InflatedParts() {
    }

    /**
     * Leaves the inflated content of parts of this container (by exact entry name) for the next step on this
     * thread. Neither array may be changed afterwards.
     */
    static void offer(byte[] container, Map<String, byte[]> parts) {
        long total = 0;
        for (byte[] part : parts.values()) {
            total += part.length;
        }
        if (parts.isEmpty() || total > MAX_BYTES) {
            SLOT.remove();
            return;
        }
        SLOT.set(new Slot(container, Map.copyOf(parts)));
    }

    /** The parts offered with a container equal to this one (empty when none), and empties the slot. */
    static Map<String, byte[]> claim(byte[] container) {
        Slot slot = SLOT.get();
        if (slot == null) {
            return Map.of();
        }
        SLOT.remove();
        return slot.container() == container || Arrays.equals(slot.container(), container) ? slot.parts() : Map.of();
    }
}
