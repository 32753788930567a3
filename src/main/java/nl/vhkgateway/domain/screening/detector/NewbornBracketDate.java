package nl.vhkgateway.domain.screening.detector;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 17 (r17-cover): a date in brackets right after a baby or child who opens the clause ("baby B. (18-10-2026)
 * is na de geboorte naar de couveuse gegaan", "Dochter M. (28-9-2026) is kort na de geboorte opgenomen", "zoontje
 * (3-11-2026), na de bevalling ...") with a birth word anywhere in the same sentence (geboorte, geboren, bevalling,
 * bevallen, ter wereld, also in a phrase of time: "na de geboorte"): the child's birth date, also when it is recent.
 * The child is an initial, a child word ({@link #CHILD_WORDS}) or a child word and an initial or a listed given name,
 * optionally after an article or possessive ("haar baby B."), at the start of a clause (the line, a sentence, a
 * comma, colon, semicolon, bullet or dash, "en", or "geboorte van"). An event date in brackets after an organisation, a meeting or a
 * professional ("Overleg met het ziekenhuis (12-11-2026) over de zorg na de geboorte", "MDO (3-10-2026): na de
 * bevalling ...", "Gesprek met J. (…) over de geboorte" — the initial is an object there, not the clause's opening)
 * stays an event. The birth word must belong to that child: not after a colon or quote that opens someone's words
 * ('S. (03-11-2026): "Sinds de geboorte van mijn broertje ..."'), not "geboorte van mijn/zijn/haar &lt;kind&gt;" (the
 * birth of another child). Stateless and thread-safe.
 */
final class NewbornBracketDate {

    /** Words for a baby or child before its initial or name. */
    static final Set<String> CHILD_WORDS = Set.of("baby", "baby'tje", "babytje", "pasgeborene", "zoon", "zoontje",
            "dochter", "dochtertje", "kind", "kindje", "broertje", "zusje", "broer", "zus", "tweeling",
            "tweelingbroer", "tweelingzus", "neefje", "nichtje", "kleinkind", "kleinzoon", "kleindochter", "jongetje",
            "meisje", "jongen", "jeugdige", "pleegkind", "newborn");
    private static final Pattern BIRTH_WORD = Pattern.compile("(?iu)(?<![\\p{L}])(?:geboorte|geboren|gebo{1,2}re?n|"
            + "bevalling|bevallen|ter\\s+wereld|born|birth|geburt|berne)(?![\\p{L}])");
    /**
     * Before the bracket: [article/possessive] [child word] [initial or name], or an initial alone; group "child"
     * the child word, "initial" the initial, "name" a capitalised name.
     */
    private static final Pattern CHILD_BEFORE = Pattern.compile("(?iu)(?:(?:de|het|haar|zijn|hun|z'n|d'r)\\s+)?"
            + "(?:(?<child>[\\p{L}'’]+)\\s*)?(?:(?<initial>(?-i:\\p{Lu})\\.)|(?<name>(?-i:\\p{Lu})[\\p{L}'’-]+))?\\s*\\(\\s*$");
    /** What opens a clause before the child: nothing, a line, a sentence end, a comma, colon, bullet, dash, "en". */
    private static final Pattern CLAUSE_OPENING = Pattern.compile("(?iu)(?:^|[.!?,;:(•*|/–-]|(?<![\\p{L}])(?:en|of)"
            // "na de geboorte van K. (5-11-2026)": the birth of the child named
            + "|(?<![\\p{L}])(?:geboorte|bevalling)\\s+van)\\s*$");

    /**
     * Between the date and the birth word: a colon or quote starts someone's words ('S. (03-11-2026): "Sinds de
     * geboorte van mijn broertje ..."'), so the date is when she was spoken to, not her birth.
     */
    private static final Pattern QUOTE_OR_COLON = Pattern.compile("[:\"“”„«»]|(?<![\\p{L}])'|'(?![\\p{L}])");
    /** "geboorte van mijn/zijn/haar broertje": the birth of another child than the one the date follows. */
    private static final Pattern ANOTHER_CHILD = Pattern.compile("(?iu)(?:geboorte|bevalling)\\s+van\\s+"
            + "(?:mijn|m'n|zijn|z'n|haar|d'r|hun|ons|onze|jouw|je)\\s+\\p{L}+");

    private NewbornBracketDate() {
    }

    /**
     * Whether the date at [start, end) of {@code text} is a newborn's birth date by this rule; {@code sentence} holds
     * the bounds of its sentence.
     */
    static boolean holds(String text, int start, int end, int[] sentence, WordLists words) {
        int close = end;
        while (close < text.length() && text.charAt(close) == ' ') {
            close++;
        }
        if (close >= text.length() || text.charAt(close) != ')') {
            return false;
        }
        int lineStart = Math.max(sentence[0], text.lastIndexOf('\n', start - 1) + 1);
        String before = text.substring(Math.max(lineStart, start - 50), start);
        Matcher m = CHILD_BEFORE.matcher(before);
        if (!m.find() || m.end() != before.length()) {
            return false;
        }
        String child = m.group("child");
        boolean childWord = child != null && CHILD_WORDS.contains(WordLists.lower(child));
        int personStart = m.start();
        if (child != null && !childWord) {
            if (m.group("initial") == null) {
                return false; // "Maxima MC (…)", "Veilig Thuis (…)", "verloskundige (…)"
            }
            personStart = m.start("initial"); // "J. (…)" after another word: what comes before must open the clause
        }
        if (m.group("name") != null && !(childWord && words.isFirstName(m.group("name")))) {
            return false; // "baby Noor (…)" counts
        }
        if (!childWord && m.group("initial") == null) {
            return false;
        }
        int at = start - before.length() + personStart;
        String opening = text.substring(Math.max(lineStart, at - 30), at);
        if (!CLAUSE_OPENING.matcher(opening).find()) {
            return false; // "moeder S. (…)", "gesprek met J. (…)": another person, or the child as an object
        }
        Matcher birth = BIRTH_WORD.matcher(text).region(sentence[0], sentence[1]);
        while (birth.find()) {
            String between = birth.start() >= close ? text.substring(close + 1, birth.start())
                    : text.substring(birth.end(), Math.max(birth.end(), at));
            if (!QUOTE_OR_COLON.matcher(between).find()
                    && !(birth.start() >= close
                            && ANOTHER_CHILD.matcher(text).region(birth.start(), sentence[1]).lookingAt())) {
                return true;
            }
        }
        return false;
    }
}
