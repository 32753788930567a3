package nl.vhkgateway.domain.screening.detector;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
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
 */
public record CardKnowledge(Set<String> professionalWords, Set<String> knownNames, Set<String> organisationWords) {

    public static final CardKnowledge EMPTY = new CardKnowledge(Set.of(), Set.of(), Set.of());

    public CardKnowledge {
        professionalWords = Set.copyOf(professionalWords);
        knownNames = Set.copyOf(knownNames);
        organisationWords = Set.copyOf(organisationWords);
    }

    /**
     * A small cache of what was computed per card, shared by the threads that screen cards. Weakly keyed: an entry goes
     * when its card is no longer used. Thread-safe.
     */
    static final class Cache<T> {
        private final Map<CardContent, T> byCard = Collections.synchronizedMap(new WeakHashMap<>());
        /** The card this thread looked at last (by identity: a card's segments are screened one after another). */
        private final ThreadLocal<Last<T>> last = new ThreadLocal<>();

        private record Last<T>(java.lang.ref.WeakReference<CardContent> card, T value) {
        }

        T get(CardContent card, Function<CardContent, T> compute) {
            Last<T> recent = last.get();
            if (recent != null && recent.card().get() == card) {
                return recent.value();
            }
            T known = byCard.get(card);
            if (known == null) {
                known = compute.apply(card);
                byCard.put(card, known);
            }
            last.set(new Last<>(new java.lang.ref.WeakReference<>(card), known));
            return known;
        }
    }
}
