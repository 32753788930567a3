package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a text into {@link Token}s and marks where a sentence (or line, or list item) starts, so that a detector can
 * tell a capital required by Dutch spelling from a capital that marks a name. Stateless and thread-safe.
 */
public final class Tokenizer {

    /** Lower-case abbreviations after which a period does not end the sentence. */
    private static final Set<String> ABBREVIATIONS = WordSets.of("bijv", "bv", "evt", "ca", "nl", "resp", "incl", "excl",
            "enz", "etc", "mw", "mevr", "dhr", "fam", "geb", "nr", "tel", "vgl", "zgn", "zg", "jl", "jr", "sr", "mr",
            "dr", "drs", "ir", "ing", "prof", "st", "vs", "min", "max", "ong", "aug", "sept", "okt", "nov", "dec",
            "jan", "feb", "mrt", "apr", "jun", "jul", "wk", "burg", "ds", "mvr", "mnr", "mej", "hr", "pag", "blz", "art",
            "lid", "ivm", "tav", "mbt", "ovv", "zsm", "dwz", "oa", "io", "ipv", "nav", "tzt", "vlg");

    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = String.valueOf(c).intern();
        }
    }

    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 4);
        int n = text.length();
        int i = 0;
        boolean space = true;
        boolean sentenceStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (c == '\n' || c == '\r' || c == '\u000b' || c == '\u2028') {
                    sentenceStart = true;
                }
                space = true;
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetter(c) || isApostropheWordStart(text, i)) {
                i++;
                while (i < n) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        i++;
                    } else if ((d == '\'' || d == '’') && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                        i++;
                    } else {
                        break;
                    }
                }
                tokens.add(new Token(text.substring(start, i), start, i, Token.Kind.WORD, space, sentenceStart));
                sentenceStart = false;
            } else if (Character.isDigit(c)) {
                i++;
                while (i < n && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(text.substring(start, i), start, i, Token.Kind.NUMBER, space, sentenceStart));
                sentenceStart = false;
            } else {
                i++;
                tokens.add(new Token(c < 128 ? ASCII[c] : String.valueOf(c), start, i, Token.Kind.PUNCT, space, false));
                if (endsSentence(c, tokens)) {
                    sentenceStart = true;
                }
            }
            space = false;
        }
        return tokens;
    }

    private static boolean isApostropheWordStart(String text, int i) {
        char c = text.charAt(i);
        if ((c != '\'' && c != '’') || i + 1 >= text.length()) {
            return false;
        }
        char next = Character.toLowerCase(text.charAt(i + 1));
        boolean boundary = i + 2 >= text.length() || !Character.isLetter(text.charAt(i + 2));
        boolean before = i == 0 || !Character.isLetter(text.charAt(i - 1));
        return before && boundary && (next == 't' || next == 's');
    }

    private static boolean endsSentence(char c, List<Token> tokens) {
        switch (c) {
            case '!', '?', ':', ';', '•', '·', '▪', '●', '◦', '–', '—', '|', '"', '“', '”', '„' -> {
                return true;
            }
            case '.' -> {
                if (tokens.size() < 2) {
                    return true;
                }
                Token previous = tokens.get(tokens.size() - 2);
                if (previous.isWord()) {
                    if (previous.text().length() == 1) {
                        return false; // an initial ("J.") or part of an abbreviation ("o.a.")
                    }
                    return !ABBREVIATIONS.contains(previous.lower());
                }
                return true;
            }
            default -> {
                return false;
            }
        }
    }
}
