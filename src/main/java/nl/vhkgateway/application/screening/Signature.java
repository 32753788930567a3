package nl.vhkgateway.application.screening;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vhkgateway.domain.card.CardContent;
import nl.vhkgateway.domain.card.Section;

/**
 * The signature block of a mail body: from the closing salutation ("Met vriendelijke groet", "Groet", "Mvg",
 * "Kind regards") to the end, at most {@value #MAX_LINES} lines, and never past a quoted or forwarded message
 * ("Van:", "From:", "Op ... schreef", "-----", "&gt;"); without a salutation, the last paragraph (after a blank
 * line). Whether a block is the sender's is decided by the caller (it must name a professional of the card).
 * Stateless.
 *
 * @param before the text before the block
 * @param block  the block ("" when there is no closing salutation)
 * @param after  the text after the block (a quoted message, or lines beyond the limit)
 */
record Signature(String before, String block, String after) {

    static final int MAX_LINES = 12;
    private static final Pattern CLOSING = Pattern.compile("(?imu)^[ \\t]*(?:met[ \\t]+)?(?:vriendelijke|hartelijke|"
            + "warme|collegiale)?[ \\t]*groet(?:en|jes)?\\b|^[ \\t]*mvg\\b|^[ \\t]*(?:kind|best)[ \\t]+regards\\b");
    private static final Pattern QUOTE_START = Pattern.compile("(?imu)^[ \\t]*(?:van:|from:|verzonden:|sent:|>|-{3,}|"
            + "op .{0,80} schreef|on .{0,80} wrote)");
    /** Line ends are normalised to '\n' by the caller. */
    private static final Pattern BLANK_LINE = Pattern.compile("\n[ \t]*\n");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'-]{2,}");
    private static final Set<Section> PROFESSIONALS = Set.of(Section.INBRENGER, Section.VASTE_DEELNEMER,
            Section.GEDRAGSDESKUNDIGE);

    static Signature split(String text) {
        Matcher closing = CLOSING.matcher(text);
        Matcher quote = QUOTE_START.matcher(text);
        int start;
        int end = text.length();
        if (closing.find()) {
            start = closing.start();
            if (quote.find(closing.end())) {
                end = quote.start();
            }
        } else {
            // No closing salutation: the last paragraph before a quoted message may be a bare signature.
            if (quote.find()) {
                end = quote.start();
            }
            String body = text.substring(0, end).stripTrailing();
            Matcher blank = BLANK_LINE.matcher(body);
            int last = -1;
            while (blank.find()) {
                last = blank.end();
            }
            if (last < 0) {
                return new Signature(text, "", "");
            }
            start = last;
            end = body.length();
        }
        int lines = 0;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '\n' && ++lines >= MAX_LINES) {
                end = i;
                break;
            }
        }
        return new Signature(text.substring(0, start), text.substring(start, end), text.substring(end));
    }

    private static final Pattern FAMILY_WORD = Pattern.compile("(?iu)\\b(?:moeder|vader|ouders?|oma|opa|kind|"
            + "kinderen|jeugdige|zoon|dochter|broer\\w*|zus\\w*|oom|tante|neef|nicht|buur\\w*|pleeg\\w*|stief\\w*|"
            + "vriend\\w*|gezin|familie|fam|partner|mevrouw|meneer|mevr|dhr|mw|heer|thuis|woont|geboren|geb)\\b");

    /** The lines of a block that do not speak about family members (the sender's name, function, contact details). */
    static String senderLines(String block) {
        StringBuilder lines = new StringBuilder();
        for (String line : block.split("\\R")) {
            if (!FAMILY_WORD.matcher(line).find()) {
                lines.append(line).append('\n');
            }
        }
        return lines.toString();
    }

    /** The lines of a block that speak about family members. */
    static String familyLines(String block) {
        StringBuilder lines = new StringBuilder();
        for (String line : block.split("\\R")) {
            if (FAMILY_WORD.matcher(line).find()) {
                lines.append(line).append('\n');
            }
        }
        return lines.toString();
    }

    /** Capitalised name words (three letters or more) before the first comma of the professionals' cover fields. */
    static Set<String> professionalSurnames(CardContent card) {
        Set<String> words = new HashSet<>();
        for (Section section : PROFESSIONALS) {
            card.value(section).ifPresent(value -> {
                int comma = value.indexOf(',');
                Matcher word = NAME_WORD.matcher(comma < 0 ? value : value.substring(0, comma));
                while (word.find()) {
                    words.add(word.group());
                }
            });
        }
        words.removeAll(List.of("Gemeente", "Vaste", "Deelnemer", "Inbrenger", "Team", "Ja", "Nee"));
        return words;
    }

    /** True when the block holds one of the words as a whole word. */
    static boolean names(String block, Set<String> words) {
        Matcher word = NAME_WORD.matcher(block);
        while (word.find()) {
            if (words.contains(word.group())) {
                return true;
            }
        }
        return false;
    }
}
