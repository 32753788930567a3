package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 17 (r17-speed): what a segment holds, read once per segment from its tokens (a bar, a bracket, a quote, a kin
 * word ...), so that {@link NameStepGates} can skip a step of {@link PersonNameDetector} that cannot fire on the
 * segment. A property only says that some token of the segment has it, never where. Immutable.
 */
final class SegmentView {

    /** A "|" token (a table row written as text). */
    static final int PIPE = 1;
    /** A "(" token. */
    static final int OPEN_BRACKET = 1 << 1;
    /** A quotation mark of {@link TelegramWords#quote}: " ' “ ” ‘ ’ „. */
    static final int QUOTE = 1 << 2;
    /** An apostrophe token: ' or ’. */
    static final int APOSTROPHE = 1 << 3;
    /** A "-" token. */
    static final int HYPHEN = 1 << 4;
    /** An en or em dash token: – or —. */
    static final int DASH = 1 << 5;
    /** A "." token. */
    static final int PERIOD = 1 << 6;
    /** A ":" token. */
    static final int COLON = 1 << 7;
    /** A "," token. */
    static final int COMMA = 1 << 8;
    /** A word of the kin and role list ({@link WordLists#isKinOrRole}, by its lower-case form). */
    static final int KIN = 1 << 9;
    /** A word of the title list ({@link WordLists#isTitle}, by its lower-case form). */
    static final int TITLE = 1 << 10;
    /** A word of two or more letters, all in capitals ({@link Token#allCaps}). */
    static final int ALL_CAPS = 1 << 11;
    /** The word "bij" (any capitalisation). */
    static final int BIJ = 1 << 12;
    /** The whole text was written in capitals and is read in Title Case ({@code shouted}). */
    static final int SHOUTED = 1 << 13;

    /** Round 23 (t23-speed): the word "dat" (any capitalisation). */
    static final int DAT = 1 << 14;
    /**
     * Round 23 (t23-speed): a word not capitalised whose capitalised form the surname list holds
     * ({@code WordLists.isSurname(NameClassifier.capitalise(lower))}: "dudek", but also "bij", "vader").
     */
    static final int LOWER_SURNAME = 1 << 15;
    /** Round 23 (t23-speed): a {@link #LOWER_SURNAME} word that no Dutch dictionary holds ({@code isDutchWord}). */
    static final int LOWER_SURNAME_NO_WORD = 1 << 16;
    /**
     * Round 23 (t23-speed): a word not capitalised that the given-name list holds by its lower-case form
     * ({@code isFirstNameLower}) or that is a pet form of a listed given name ({@link TelegramWords#petForm}).
     */
    static final int LOWER_GIVEN = 1 << 17;
    /** Round 23 (t23-speed): an old particle, "der", "den", "ter" or "ten" (any capitalisation). */
    static final int OLD_PARTICLE = 1 << 18;

    private static final java.util.Set<String> OLD_PARTICLES = java.util.Set.of("der", "den", "ter", "ten");

    private final int bits;

    private SegmentView(int bits) {
        this.bits = bits;
    }

    /**
     * The view of a segment's tokens as the name rules see them.
     *
     * @param role     each token's role bits as looked up in the word lists, before any is cleared
     * @param kinBit   the role bit of a word of {@link WordLists#isKinOrRole}
     * @param titleBit the role bit of a word of {@link WordLists#isTitle}
     * @param shouted  the text is read in Title Case
     */
    static SegmentView of(List<Token> tokens, int[] role, int kinBit, int titleBit, boolean shouted) {
        return new SegmentView(bits(tokens, role, kinBit, titleBit, shouted));
    }

    /**
     * The same, and (round 23, t23-speed) the properties of the words' list membership ({@link #DAT},
     * {@link #LOWER_SURNAME}, {@link #LOWER_SURNAME_NO_WORD}, {@link #LOWER_GIVEN}, {@link #OLD_PARTICLE}), each read
     * once per segment so that the gates of the rules that need such a word need not run the rule to find none.
     */
    static SegmentView of(List<Token> tokens, int[] role, int kinBit, int titleBit, boolean shouted,
                          WordLists words) {
        int bits = bits(tokens, role, kinBit, titleBit, shouted);
        for (Token t : tokens) {
            if (!t.isWord()) {
                continue;
            }
            String lower = t.lower();
            if (lower.equals("dat")) {
                bits |= DAT;
            } else if (OLD_PARTICLES.contains(lower)) {
                bits |= OLD_PARTICLE;
            }
            if (t.capitalised()) {
                continue;
            }
            if (words.isSurname(NameClassifier.capitalise(lower))) {
                bits |= LOWER_SURNAME;
                if (!words.isDutchWord(lower)) {
                    bits |= LOWER_SURNAME_NO_WORD;
                }
            }
            if ((bits & LOWER_GIVEN) == 0 && (words.isFirstNameLower(lower) || TelegramWords.petForm(words, lower))) {
                bits |= LOWER_GIVEN;
            }
        }
        return new SegmentView(bits);
    }

    private static int bits(List<Token> tokens, int[] role, int kinBit, int titleBit, boolean shouted) {
        int bits = shouted ? SHOUTED : 0;
        for (int i = 0; i < role.length; i++) {
            Token t = tokens.get(i);
            if (t.isWord()) {
                if ((role[i] & kinBit) != 0) {
                    bits |= KIN;
                }
                if ((role[i] & titleBit) != 0) {
                    bits |= TITLE;
                }
                if (t.allCaps()) {
                    bits |= ALL_CAPS;
                }
                if (t.lower().equals("bij")) {
                    bits |= BIJ;
                }
            } else if (t.kind() == Token.Kind.PUNCT) {
                bits |= punctuation(t);
            }
        }
        return bits;
    }

    private static int punctuation(Token t) {
        int bits = 0;
        if (t.is('|')) {
            bits |= PIPE;
        } else if (t.is('(')) {
            bits |= OPEN_BRACKET;
        } else if (t.is('-')) {
            bits |= HYPHEN;
        } else if (t.is('–') || t.is('—')) {
            bits |= DASH;
        } else if (t.is('.')) {
            bits |= PERIOD;
        } else if (t.is(':')) {
            bits |= COLON;
        } else if (t.is(',')) {
            bits |= COMMA;
        }
        if (TelegramWords.quote(t)) {
            bits |= QUOTE;
        }
        if (t.is('\'') || t.is('’')) {
            bits |= APOSTROPHE;
        }
        return bits;
    }

    /** Every one of the properties. */
    boolean hasAll(int properties) {
        return (bits & properties) == properties;
    }

    /** At least one of the properties. */
    boolean hasAny(int properties) {
        return (bits & properties) != 0;
    }
}
