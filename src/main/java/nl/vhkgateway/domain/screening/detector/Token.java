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
    private String lower;

    Token(String text, int start, int end, Kind kind, boolean spaceBefore, boolean sentenceStart) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.kind = kind;
        this.spaceBefore = spaceBefore;
        this.sentenceStart = sentenceStart;
        this.capitalised = kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
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
        return kind == Kind.PUNCT && text.charAt(0) == punctuation;
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
