package nl.vhkgateway.domain.screening.detector;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import nl.vhkgateway.domain.card.CardContent;

/**
 * What the person-name detector learns from the whole card before it looks at one segment: the name words of
 * the professionals in the cover fields (allowed elsewhere on the card too, unless a kin word stands before them),
 * and the name words found with strong evidence somewhere on the card ("oom Kees"), which then count as names in
 * every other place, even at the start of a sentence ("Kees zegt ..."). Immutable.
 *
 * @param professionalWords words of the professionals' names (Inbrenger, Vaste deelnemer, Gedragsdeskundige)
 * @param knownNames        name words found elsewhere on the card
 * @param organisationWords unknown words that name an organisation elsewhere on the card ("het Markenhage
 *                          College" makes "het Markenhage" an organisation too); never words of the name lists
 * @param placeWords        words the card itself uses as a place ("woont in Zuidland", "huisbezoek in Elst"; round 13,
 *                          {@link CardPlaces})
 * @param relativeWords     grandparent words (lower case) the card itself uses for a relative, written in lower case
 *                          or read as the relative by {@link GrandparentWord} ("naar nani", "Nana en nani (mzk)";
 *                          round 23)
 */
public record CardKnowledge(Set<String> professionalWords, Set<String> knownNames, Set<String> organisationWords,
                            Set<String> placeWords, Set<String> relativeWords) {

    public static final CardKnowledge EMPTY = new CardKnowledge(Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    public CardKnowledge {
        professionalWords = Set.copyOf(professionalWords);
        knownNames = Set.copyOf(knownNames);
        organisationWords = Set.copyOf(organisationWords);
        placeWords = Set.copyOf(placeWords);
        relativeWords = Set.copyOf(relativeWords);
    }

    /** Without the card's own relative words (the rules before round 23). */
    public CardKnowledge(Set<String> professionalWords, Set<String> knownNames, Set<String> organisationWords,
                         Set<String> placeWords) {
        this(professionalWords, knownNames, organisationWords, placeWords, Set.of());
    }

    /** Without the card's own place words (the rules before round 13). */
    public CardKnowledge(Set<String> professionalWords, Set<String> knownNames, Set<String> organisationWords) {
        this(professionalWords, knownNames, organisationWords, Set.of());
    }

    /**
     * A small cache of what was computed per card, shared by the threads that screen cards. Weakly keyed by
     * identity: an entry goes when its card is no longer used, and finding it never hashes or compares the card's
     * text. Thread-safe without a lock (two threads that compute the same card at once both get an equal value: the
     * computation depends on the card alone).
     */
    static final class Cache<T> {
        private final Map<CardKey, T> byCard = new ConcurrentHashMap<>();
        private final ReferenceQueue<CardContent> collected = new ReferenceQueue<>();
        /** The card this thread looked at last (by identity: a card's segments are screened one after another). */
        private final ThreadLocal<Last<T>> last = new ThreadLocal<>();

        private record Last<T>(WeakReference<CardContent> card, T value) {
        }

        T get(CardContent card, Function<CardContent, T> compute) {
            Last<T> recent = last.get();
            if (recent != null && recent.card().get() == card) {
                return recent.value();
            }
            T known = byCard.get(new CardKey(card, null));
            if (known == null) {
                known = compute.apply(card);
                forgetCollected();
                byCard.put(new CardKey(card, collected), known);
            }
            last.set(new Last<>(new WeakReference<>(card), known));
            return known;
        }

        private void forgetCollected() {
            for (Reference<? extends CardContent> gone = collected.poll(); gone != null; gone = collected.poll()) {
                byCard.remove(gone);
            }
        }
    }

    /** A card as a map key: by identity, weakly held (equal to itself after the card was collected). */
    private static final class CardKey extends WeakReference<CardContent> {
        private final int hash;

        CardKey(CardContent card, ReferenceQueue<CardContent> queue) {
            super(card, queue);
            this.hash = System.identityHashCode(card);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof CardKey key)) {
                return false;
            }
            CardContent card = get();
            return card != null && card == key.get();
        }
    }
}
