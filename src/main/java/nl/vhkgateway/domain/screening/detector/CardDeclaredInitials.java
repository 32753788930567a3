package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vhkgateway.domain.card.CardContent;
import nl.vhkgateway.domain.card.TextSegment;

/**
 * Round 25 rule (t25-new): what the card itself declares, read over all its text before a name span is reported:
 * <ul>
 * <li>an initial of two letters that the card writes with a birth year in brackets ("zusje Jo. (2018)", "Li. (2015)"),
 * or in a Word table's cell before a birth-year cell ("| Jo. | 2018 |"):
 * the card's allowed form of a youth, so the same two letters with their period elsewhere on the card ("ik haal Jo. op",
 * "SMART-doel 2: Jo. gaat") are that initial, not a name ({@link TwoLetterInitial} reads the sentence alone, and clears
 * a listed given name there only with its year);</li>
 * <li>a mosque's name that the card writes after the article "de" and before the lower-case "moskee" ("de Fatih
 * moskee"): the same words right before "moskee" elsewhere on the card ("Wijkteam, Fatih moskee, huisarts") are the
 * mosque ({@link MosqueNameBeforeDutchHead} clears a listed name only after "de").</li>
 * </ul>
 * Only a span that is exactly those letters (with the period right after, no family word or form of address right
 * before and the sentence going on after it: review ra cycle 3, "slaapt bij tante Jo." stays) or exactly that name
 * (with " moskee" right after) is dropped: "Jo. Jansen" and "imam Fatih" stay. A card that never declares them keeps every span. The
 * declarations are read once per card (a small weak cache, as {@link PlaceRowSiblings}); otherwise stateless.
 */
final class CardDeclaredInitials {

    private static final Pattern INITIAL_WITH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])(\\p{Lu}\\p{Ll})\\.\\s?\\((?:19|20)\\d{2}\\)");
    private static final Pattern MOSQUE_AFTER_DE = Pattern.compile(
            "(?<![\\p{L}])[dD]e\\s+(\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?)\\s+moskee(?![\\p{L}-])");
    private static final Pattern MOSQUE_AFTER = Pattern.compile("\\s+moskee(?![\\p{L}-])");
    /**
     * Review ra cycle 3 (Rra-234): a kin word or title right before ("tante Jo.", "bij opa Mo.") names a relative; the
     * words of {@code kin-roles.txt} would need the lists here, so the common family words and forms of address.
     */
    private static final Pattern KIN_OR_TITLE_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(?:tante|oom|opa|oma|"
            + "moeder|vader|mama|papa|mam|pap|broer|zus|zusje|broertje|neef|nicht|buurman|buurvrouw|vriend|vriendin|"
            + "stiefvader|stiefmoeder|partner|ex|mevrouw|meneer|mevr|mw|dhr|heer|fam|familie)\\.?\\s+$");
    /** The period ends the sentence: nothing, or a capital, after it ("slaapt bij tante Jo." / "Jo. Daarna"). */
    private static final Pattern SENTENCE_END_AFTER = Pattern.compile("\\s*(?:$|\\p{Lu})");
    /** The declaration itself: the period and the birth year in brackets right after ("zusje Jo. (2018)"). */
    private static final Pattern DECLARATION_AFTER = Pattern.compile("\\.\\s?\\((?:19|20)\\d{2}\\)");
    private static final CardKnowledge.Cache<Declared> DECLARED = new CardKnowledge.Cache<>();

    private record Declared(Set<String> initials, Set<String> mosques) {
    }

    private CardDeclaredInitials() {
    }

    static List<Span> without(TextSegment segment, List<Span> spans, CardContent card) {
        if (spans.isEmpty() || card == null) {
            return spans;
        }
        Declared declared = DECLARED.get(card, CardDeclaredInitials::read);
        if (declared.initials().isEmpty() && declared.mosques().isEmpty()) {
            return spans;
        }
        String text = segment.text();
        List<Span> kept = new ArrayList<>(spans.size());
        for (Span s : spans) {
            String covered = text.substring(s.start(), s.end());
            boolean initial = declared.initials().contains(covered) && s.end() < text.length()
                    && text.charAt(s.end()) == '.'
                    && (DECLARATION_AFTER.matcher(text).region(s.end(), text.length()).lookingAt()
                        || !KIN_OR_TITLE_BEFORE.matcher(text.substring(0, s.start())).find()
                        && !SENTENCE_END_AFTER.matcher(text).region(s.end() + 1, text.length()).lookingAt());
            boolean mosque = declared.mosques().contains(covered)
                    && MOSQUE_AFTER.matcher(text).region(s.end(), text.length()).lookingAt();
            if (!initial && !mosque) {
                kept.add(s);
            }
        }
        return kept.size() == spans.size() ? spans : List.copyOf(kept);
    }

    private static Declared read(CardContent card) {
        Set<String> initials = new HashSet<>();
        Set<String> mosques = new HashSet<>();
        for (TextSegment s : card.segments()) {
            Matcher m = INITIAL_WITH_YEAR.matcher(s.text());
            while (m.find()) {
                initials.add(m.group(1));
            }
            if (TwoLetterInitial.cellBeforeYearCell(s, card)) {
                // a Word table's row "| Jo. | 2018 |" declares the initial as well (fix helper)
                initials.add(s.text().strip().substring(0, 2));
            }
            Matcher q = MOSQUE_AFTER_DE.matcher(s.text());
            while (q.find()) {
                mosques.add(q.group(1));
            }
        }
        return new Declared(Set.copyOf(initials), Set.copyOf(mosques));
    }
}
