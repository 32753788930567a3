package nl.vhkgateway.infrastructure.docx;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

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

    private record Slot(byte[] container, Map<String, byte[]> parts, Map<String, XmlTape> tapes,
                        Optional<DocxPackage> pkg) {
        /** Closes a package nobody claimed. */
        void discard() {
            pkg.ifPresent(DocxPackage::close);
        }
    }

    /**
     * What a previous step left for a container: the inflated content of parts and, for parts the sanitiser wrote,
     * the events of their XML ({@link XmlTape}), by exact entry name (a tape only with its part's content).
     */
    record Handed(Map<String, byte[]> parts, Map<String, XmlTape> tapes) {
        static final Handed NOTHING = new Handed(Map.of(), Map.of());
    }

    private static final ThreadLocal<Slot> SLOT = new ThreadLocal<>();

    private InflatedParts() {
    }

    /**
     * Leaves the inflated content of parts of this container (by exact entry name) for the next step on this
     * thread. Neither array may be changed afterwards.
     */
    static void offer(byte[] container, Map<String, byte[]> parts) {
        offer(container, parts, Map.of());
    }

    /**
     * Leaves the inflated content of parts and the events of those of them that were written by
     * {@link XmlRewriter} with a replayable tape. Neither the arrays nor the tapes may be changed afterwards.
     */
    static void offer(byte[] container, Map<String, byte[]> parts, Map<String, XmlTape> tapes) {
        offer(container, parts, tapes, Optional.empty());
    }

    /**
     * Leaves the inspector's open package of this container (with the parts it inflated) for the sanitiser of the
     * same card on this thread, which then neither opens the zip nor parses content types and relationships again
     * ({@link #claimPackage}). The package must not be used by the offering step afterwards.
     */
    static void offerPackage(byte[] container, Map<String, byte[]> parts, DocxPackage pkg) {
        offer(container, parts, Map.of(), Optional.of(pkg));
    }

    private static void offer(byte[] container, Map<String, byte[]> parts, Map<String, XmlTape> tapes,
                              Optional<DocxPackage> pkg) {
        Slot previous = SLOT.get();
        if (previous != null) {
            previous.discard();
        }
        long total = 0;
        for (byte[] part : parts.values()) {
            total += part.length;
        }
        if (pkg.isEmpty() && (parts.isEmpty() || total > MAX_BYTES)) {
            SLOT.remove();
            return;
        }
        Map<String, byte[]> kept = total > MAX_BYTES ? Map.of() : parts; // a package's container inflates again
        Map<String, XmlTape> replayable = new java.util.HashMap<>();
        tapes.forEach((name, tape) -> {
            if (tape.usable() && kept.containsKey(name)) {
                replayable.put(name, tape);
            }
        });
        SLOT.set(new Slot(container, Map.copyOf(kept), Map.copyOf(replayable), pkg));
    }

    /** The parts offered with a container equal to this one (empty when none), and empties the slot. */
    static Map<String, byte[]> claim(byte[] container) {
        return claimHanded(container).parts();
    }

    /** The parts and tapes offered with a container equal to this one (nothing when none), and empties the slot. */
    static Handed claimHanded(byte[] container) {
        Slot slot = SLOT.get();
        if (slot == null) {
            return Handed.NOTHING;
        }
        SLOT.remove();
        boolean same = slot.container() == container || Arrays.equals(slot.container(), container);
        if (!same || slot.pkg().isPresent()) {
            slot.discard(); // a package is only ever claimed whole (claimPackage)
        }
        return same ? new Handed(slot.parts(), slot.tapes()) : Handed.NOTHING;
    }

    /**
     * The package the inspector left for a container equal to this one and read within the same limits, and
     * empties the slot; empty (the slot untouched) when the slot holds no package for these bytes and limits.
     */
    static Optional<DocxPackage> claimPackage(byte[] container, DocxLimits limits) {
        Slot slot = SLOT.get();
        if (slot == null || slot.pkg().isEmpty() || !slot.pkg().get().zip().limits().equals(limits)
                || !(slot.container() == container || Arrays.equals(slot.container(), container))) {
            return Optional.empty();
        }
        SLOT.remove();
        return slot.pkg();
    }
}
