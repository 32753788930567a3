package nl.vhkgateway.domain.screening.detector;

/**
 * One token of a text segment: a word (letters, possibly with digits and inner apostrophes), a number (digits) or a
 * single punctuation character, with its offsets. Immutable apart from a cached lower-case form; a token belongs to
 * one detection call and is not shared between threads.
 */
public final class Token {

    /** What a token is. */
    public enum Kind {
        WORD, NUMBER, PUNCT
    }

    private final String text;
    private final int start;
    private final int end;
    private final Kind kind;
    private final boolean spaceBefore;
    private final boolean sentenceStart;
    /** Asked for many times per token by the name rules: computed once. */
    private final boolean capitalised;
    /** Round 13 (speed): the punctuation character of a PUNCT token, read once ({@link #is} runs for every token). */
    private final char punctuation;
    private final boolean punct;
    private String lower;
    /** {@link #allCaps()}: 0 not yet known, 1 no, 2 yes. */
    private byte allCaps;

    Token(String text, int start, int end, Kind kind, boolean spaceBefore, boolean sentenceStart) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.kind = kind;
        this.spaceBefore = spaceBefore;
        this.sentenceStart = sentenceStart;
        this.capitalised = kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
        this.punct = kind == Kind.PUNCT;
        this.punctuation = punct ? text.charAt(0) : 0;
    }

    public String text() {
        return text;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public Kind kind() {
        return kind;
    }

    /** White space (or the start of the text) stands right before this token. */
    public boolean spaceBefore() {
        return spaceBefore;
    }

    /** First word of a sentence, line, list item or segment, where Dutch capitalises any word. */
    public boolean sentenceStart() {
        return sentenceStart;
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    public boolean is(char punctuation) {
        return punct && this.punctuation == punctuation;
    }

    /** A full stop, exclamation or question mark, or a semicolon: the end of a sentence or of a clause like it. */
    public boolean endsSentence() {
        return is('.') || is('!') || is('?') || is(';');
    }

    public String lower() {
        if (lower == null) {
            lower = WordLists.lower(text);
        }
        return lower;
    }

    /** Starts with an upper-case letter. */
    public boolean capitalised() {
        return capitalised;
    }

    /** Two or more letters, all upper case ("GGZ", "ARIJ"). */
    public boolean allCaps() {
        // round 13 (speed): asked for many tokens by many steps; computed once per token (the text never changes)
        if (allCaps == 0) {
            allCaps = computeAllCaps() ? (byte) 2 : (byte) 1;
        }
        return allCaps == 2;
    }

    private boolean computeAllCaps() {
        if (kind != Kind.WORD || text.length() < 2) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    public boolean hasDigit() {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A single upper-case letter ("J" of "J."). */
    public boolean singleCapital() {
        return kind == Kind.WORD && text.length() == 1 && Character.isUpperCase(text.charAt(0));
    }

    @Override
    public String toString() {
        return "Token[" + kind + " " + start + "-" + end + "]";
    }
}
