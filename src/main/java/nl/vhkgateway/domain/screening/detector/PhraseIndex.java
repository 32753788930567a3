package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-word phrases (organisations, places, instruments ...) matched case-insensitively on a token sequence,
 * longest match first. Immutable and thread-safe once built.
 */
public final class PhraseIndex {

    /** What an allowed phrase names. */
    public enum Kind {
        ORGANISATION, PLACE, NATIONALITY, OTHER
    }

    /** A match: how many tokens it covers and what it names. */
    public record Match(int length, Kind kind) {
        /** No match. */
        public static final Match NONE = new Match(0, Kind.OTHER);
    }

    private record Phrase(String[] tokens, Kind kind) {
    }

    private final Map<String, List<Phrase>> byFirstToken;

    /**
     * Round 12 (speed): the phrases of two or more tokens by first and second token, in the order of
     * {@code byFirstToken}, and the phrases of one token by their token: {@link #match} reads only the phrases that
     * can match instead of all that share a first word ("de" opens 110).
     */
    private final Map<String, Map<String, List<Phrase>>> bySecondToken;
    private final Map<String, List<Phrase>> singleByToken;

    /**
     * Round 25 (t25-tidy): the first tokens of {@link #bySecondToken} and {@link #singleByToken} frozen: most tokens
     * open no phrase, and {@link #match} answers them with one array probe instead of two map look-ups.
     */
    private final FrozenWordSet firstWords;

    /** Round 10: the phrases with a diacritic, by their first token without diacritics ("súdwest" as "sudwest"). */
    private final Map<String, List<Phrase>> foldedByFirstToken;

    private PhraseIndex(Map<String, List<Phrase>> byFirstToken) {
        this.byFirstToken = byFirstToken;
        Map<String, List<Phrase>> folded = new HashMap<>();
        for (List<Phrase> phrases : byFirstToken.values()) {
            for (Phrase p : phrases) {
                String[] plain = new String[p.tokens.length];
                boolean differs = false;
                for (int k = 0; k < plain.length; k++) {
                    plain[k] = fold(p.tokens[k]);
                    differs |= !plain[k].equals(p.tokens[k]);
                }
                if (differs) {
                    folded.computeIfAbsent(plain[0], k -> new ArrayList<>()).add(new Phrase(plain, p.kind));
                }
            }
        }
        this.foldedByFirstToken = folded;
        Map<String, Map<String, List<Phrase>>> second = new HashMap<>();
        Map<String, List<Phrase>> single = new HashMap<>();
        byFirstToken.forEach((first, phrases) -> {
            for (Phrase p : phrases) {
                if (p.tokens.length == 1) {
                    single.computeIfAbsent(first, k -> new ArrayList<>()).add(p);
                } else {
                    second.computeIfAbsent(first, k -> new HashMap<>())
                            .computeIfAbsent(p.tokens[1], k -> new ArrayList<>()).add(p);
                }
            }
        });
        this.bySecondToken = second;
        this.singleByToken = single;
        java.util.Set<String> firsts = new java.util.HashSet<>(second.keySet());
        firsts.addAll(single.keySet());
        this.firstWords = FrozenWordSet.of(firsts);
    }

    /** The word without diacritics ("fryslân" as "fryslan"). */
    static String fold(String lower) {
        boolean ascii = true;
        for (int i = 0; i < lower.length() && ascii; i++) {
            ascii = lower.charAt(i) < 128;
        }
        if (ascii) {
            return lower;
        }
        return java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /**
     * Longest phrase with a diacritic that the text at {@code from} writes without it ("Sudwest-Fryslan" for
     * "Súdwest-Fryslân", as in file names and text typed without accents); length 0 when none.
     */
    public Match matchWithoutDiacritics(List<Token> tokens, int from) {
        return longest(foldedByFirstToken.get(fold(tokens.get(from).lower())), tokens, from, true);
    }

    static Builder builder() {
        return new Builder();
    }

    /** Longest phrase starting at token {@code from}; length 0 when none. */
    public Match match(List<Token> tokens, int from) {
        String first = tokens.get(from).lower();
        if (!firstWords.contains(first)) {
            return NONE; // in neither map: both look-ups below would find nothing
        }
        if (from + 1 < tokens.size()) {
            // a phrase of two or more tokens matches only when its second token is the next word; it is longer
            // than any phrase of one token
            Map<String, List<Phrase>> longer = bySecondToken.get(first);
            Match m = longer == null ? NONE : longest(longer.get(tokens.get(from + 1).lower()), tokens, from, false);
            if (m.length() > 0) {
                return m;
            }
        }
        return longest(singleByToken.get(first), tokens, from, false);
    }

    /**
     * The longest of the candidate phrases that the tokens at {@code from} spell (folded without diacritics when
     * {@code folded}); a punctuation token of a phrase must be joined to the word before it, except "&" as written.
     */
    private static Match longest(List<Phrase> candidates, List<Token> tokens, int from, boolean folded) {
        if (candidates == null) {
            return NONE;
        }
        Match best = NONE;
        for (Phrase p : candidates) {
            int len = p.tokens.length;
            if (len <= best.length() || from + len > tokens.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < len && ok; k++) {
                Token t = tokens.get(from + k);
                String word = folded ? fold(t.lower()) : t.lower();
                ok = word.equals(p.tokens[k]) && (t.kind() != Token.Kind.PUNCT || !t.spaceBefore()
                        || !folded && p.tokens[k].equals("&"));
            }
            if (ok) {
                best = new Match(len, p.kind);
            }
        }
        return best;
    }

    /** What the single word (lower case) names when it is an allowed phrase of one token. */
    public java.util.Optional<Kind> wordKind(String lower) {
        List<Phrase> candidates = byFirstToken.get(lower);
        if (candidates != null) {
            Kind found = null;
            for (Phrase p : candidates) {
                if (p.tokens.length == 1 && (found == null || found == Kind.PLACE)) {
                    found = p.kind;
                }
            }
            return java.util.Optional.ofNullable(found);
        }
        return java.util.Optional.empty();
    }

    /** Whether the word (lower case) opens an allowed phrase of two or more tokens of this kind ("Timon jeugdhulp"). */
    public boolean opensLongerPhrase(String lower, Kind kind) {
        List<Phrase> candidates = byFirstToken.get(lower);
        if (candidates != null) {
            for (Phrase p : candidates) {
                if (p.tokens.length > 1 && p.kind == kind) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the single word (lower case) is an allowed phrase of one token. */
    public boolean containsWord(String lower) {
        List<Phrase> candidates = byFirstToken.get(lower);
        if (candidates != null) {
            for (Phrase p : candidates) {
                if (p.tokens.length == 1) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Match NONE = Match.NONE;

    /** The lower-case first tokens of all phrases. */
    java.util.Set<String> firstTokens() {
        return byFirstToken.keySet();
    }

    /** Collects phrases; not thread-safe. */
    static final class Builder {
        private final Map<String, List<Phrase>> map = new HashMap<>();

        void add(String phrase, Kind kind) {
            List<Token> tokens = Tokenizer.tokenize(phrase);
            if (tokens.isEmpty()) {
                return;
            }
            String[] lowers = new String[tokens.size()];
            for (int i = 0; i < lowers.length; i++) {
                lowers[i] = tokens.get(i).lower();
            }
            map.computeIfAbsent(lowers[0], k -> new ArrayList<>()).add(new Phrase(lowers, kind));
        }

        PhraseIndex build() {
            Map<String, List<Phrase>> copy = new HashMap<>();
            map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            return new PhraseIndex(copy);
        }
    }
}
