package nl.vhkgateway.domain.screening.detector;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Round 15 rule (r15-allow): a German sentence in a card ("Bei der Geburt war die Mutter 17", "Der Junge ist zwölf
 * und spricht besser Deutsch") capitalises its nouns, which then read as names. A stretch of text (a sentence, or a
 * quote, or a table cell) is German when at least two different German function words that are no Dutch words in
 * running text stand in it ("ist", "und", "bei", "hat", "sagt", "wir" ...; an article before a German noun of the list,
 * "die Mutter", counts as one) and they outnumber its frequent Dutch words.
 * In such a stretch a flagged capitalised word is a German noun, and no name, when
 * <ul>
 * <li>it is one of the German nouns of family, household, care and time and no name list holds it ("Geburt",
 * "Polizei"; "Mutter", "Vater", "Sorge" are German surnames and stay flagged: an article does not help, spoken German
 * puts one before a surname, leak review: "Die Sorge hat angerufen", "beim Bruder, so heißt der neue Freund"), or
 * it stands in a fixed phrase ("zu Hause"; a language after a verb of speaking, "auf" or another language: "spricht
 * Deutsch"; a month after a day: "3. Mai"), or</li>
 * <li>it follows an article, a possessive or negating determiner or a contracted preposition ("der", "eine",
 * "seine", "kein", "beim"), perhaps with one or two lower-case words between, no name list holds it, and it is a
 * compound whose last part is a noun of the list ("Kinderarzt", "Pflegefamilie"): spoken German puts an article or
 * a possessive before a name too ("die Schmidt", "unser Jonas"), so an unknown word of no such shape after one stays
 * a name ("Unser Siosaia", "mit der Kyoung"; an open suffix test let Korean names in -ung through, leak review)</li>
 * </ul>
 * Never a listed given name ("mit Jonas", "ich bin Jörg, der Vater", "Meine Winter"; a month after a day aside), never a word right after a form of address, a family word or a German noun
 * of the list ("Frau Schneider", "Herrn Yilmaz", "oma Trautje", "Onkel Kowalski"), and a listed surname only when
 * the noun list holds it ("die Mutter" is cleared, "mit der Yilmaz" stays); never a word before a house number ("Am
 * Kapellchen 4"). A German function word or article that opens the sentence ("Seit der Trennung", "Das Mädchen") is cleared, and so is a flagged lower-case German function
 * word in such a stretch ("seit" after "die Familie"). The words are data ({@code german-sentences.txt}). Stateless.
 */
final class GermanSentenceNouns {

    private static final Map<String, Set<String>> DATA = load();
    private static final Set<String> FUNCTION = DATA.get("function");
    private static final Set<String> DEFINITE = DATA.get("definite");
    private static final Set<String> DETERMINER = DATA.get("determiner");
    private static final Set<String> TITLE = DATA.get("title");
    private static final Set<String> NOUN = DATA.get("noun");
    private static final Set<String> LANGUAGE = DATA.get("language");
    private static final Set<String> HEAD = DATA.get("head");
    private static final Set<String> PLACE_NOUN = DATA.get("place");
    private static final Set<String> KIN = DATA.get("kin");
    private static final Set<String> EXONYM = DATA.get("exonym");
    /** Contractions of a preposition and an article ("beim Bruder"): spoken German puts them before a name too. */
    private static final Set<String> CONTRACTIONS = Set.of("im", "am", "zum", "zur", "vom", "beim", "ins");
    /** German prepositions of place before a city ("aus Breslau", "in der Nähe von Kattowitz", "nahe Posen"). */
    private static final Set<String> CITY_PREPOSITIONS = Set.of("aus", "nach", "in", "nahe");
    /**
     * Prepositions of place and direction before a place noun and its article ("in die Schule", "nach der Arbeit"),
     * and the contractions that hold the article ("zur Schule", "im Zimmer"). "bei" and "mit" are left out: spoken
     * German puts them before a person's surname with an article ("bei der Schmidt", "mit der Arbeit" may be Mrs
     * Arbeit).
     */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "an", "auf", "aus", "von", "nach", "zu");
    private static final Set<String> PLACE_CONTRACTIONS = Set.of("zur", "zum", "im", "ins", "vom", "am");
    /** German verbs of speaking before a language ("spricht Deutsch"). */
    private static final Set<String> SPEAKING = Set.of("spricht", "sprechen", "sprach", "versteht", "verstehen",
            "kann", "können", "redet", "reden", "besser", "gut", "nur", "kaum", "etwas", "bisschen");
    /** Dutch words before "der" in a surname or a place ("van der Veen", "Alphen aan der"). */
    private static final Set<String> DUTCH_PARTICLES = Set.of("van", "ter", "aan", "de", "den", "von");
    private static final Set<String> MONTHS = Set.of("januar", "februar", "märz", "april", "mai", "juni", "juli",
            "august", "september", "oktober", "november", "dezember");
    /** Dutch determiners before "nicht" (a niece) and "war" ("in de war"). */
    private static final Set<String> DUTCH_DETERMINERS = Set.of("de", "een", "haar", "zijn", "mijn", "jouw", "onze",
            "hun", "z'n", "m'n", "d'r", "die", "deze", "dat", "het");
    private static final int EVIDENCE = 2;
    private static final int ADJECTIVES = 2;
    private static final int COMPOUND_PART = 4;

    private GermanSentenceNouns() {
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> data = new HashMap<>();
        WordLists.read("german-sentences.txt", line -> {
            String[] cells = line.split("\t", 2);
            Set<String> target = data.computeIfAbsent(cells[0].strip(), k -> new HashSet<>());
            for (String w : cells[1].strip().split("\\s+")) {
                target.add(WordLists.lower(w));
            }
        });
        Map<String, Set<String>> frozen = new HashMap<>();
        data.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        for (String kind : List.of("function", "definite", "determiner", "title", "noun", "language", "head",
                "place", "kin", "exonym")) {
            if (!frozen.containsKey(kind)) {
                throw new IllegalStateException("german-sentences.txt lacks the kind " + kind);
            }
        }
        return Map.copyOf(frozen);
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        int from = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || i > from && (tokens.get(i).sentenceStart() || border(tokens.get(i)))) {
                if (anyFlag(flag, from, i) && german(tokens, words, from, i)) {
                    clear(tokens, role, flag, words, from, i);
                }
                from = border(i < n ? tokens.get(i) : null) ? i + 1 : i;
            }
        }
    }

    private static boolean border(Token t) {
        return t != null && (t.is('"') || t.is('“') || t.is('”') || t.is('„') || t.is('|'));
    }

    private static boolean anyFlag(boolean[] flag, int from, int to) {
        for (int i = from; i < to; i++) {
            if (flag[i]) {
                return true;
            }
        }
        return false;
    }

    /** Two or more German function words, more than the frequent Dutch words of the stretch. */
    static boolean german(List<Token> tokens, WordLists words, int from, int to) {
        Set<String> german = new HashSet<>();
        int dutch = 0;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || t.capitalised() && !firstWord(tokens, from, i)) {
                continue;
            }
            String lower = t.lower();
            if (DEFINITE.contains(lower) && i + 1 < to && tokens.get(i + 1).capitalised()
                    && NOUN.contains(tokens.get(i + 1).lower()) && !dutchUse(tokens, from, i, lower)) {
                german.add(lower + " " + tokens.get(i + 1).lower()); // "die Mutter", "das Haus"
            }
            if (FUNCTION.contains(lower)) {
                if (!dutchUse(tokens, from, i, lower)) {
                    german.add(lower);
                }
            } else if (!DEFINITE.contains(lower) && words.isCommonWord(lower)) {
                dutch++;
            }
        }
        return german.size() >= EVIDENCE && german.size() > dutch;
    }

    private static boolean firstWord(List<Token> tokens, int from, int i) {
        for (int k = from; k < i; k++) {
            if (tokens.get(k).isWord()) {
                return false;
            }
        }
        return true;
    }

    /** "van der Veen", "in de war", "de nicht van moeder": the Dutch word of the same spelling. */
    private static boolean dutchUse(List<Token> tokens, int from, int i, String lower) {
        if (!lower.equals("der") && !lower.equals("war") && !lower.equals("nicht")) {
            return false;
        }
        if (i - 1 < from || !tokens.get(i - 1).isWord()) {
            return false;
        }
        String before = tokens.get(i - 1).lower();
        return lower.equals("der") ? DUTCH_PARTICLES.contains(before) : DUTCH_DETERMINERS.contains(before);
    }

    private static void clear(List<Token> tokens, int[] role, boolean[] flag, WordLists words, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!flag[i] || !tokens.get(i).isWord()) {
                continue;
            }
            Token t = tokens.get(i);
            String lower = t.lower();
            if (!t.capitalised()) {
                if (FUNCTION.contains(lower) || DEFINITE.contains(lower)) {
                    flag[i] = false; // "die Familie seit Jahren": a German word read after a family word
                }
                continue;
            }
            boolean givenName = words.isFirstName(t.text()) || words.isFirstNameLower(lower);
            if (t.allCaps() && t.text().length() > 1 && !NOUN.contains(lower)
                    || givenName && !(MONTHS.contains(lower) && fixedPhrase(tokens, from, i, lower))
                    || addressedBefore(tokens, role, from, i)) {
                continue;
            }
            if (numberNear(tokens, i) && !MONTHS.contains(lower)
                    && !(KIN.contains(lower) && nounAfterArticle(tokens, from, i, lower))) { // "die Mutter 17": an age
                continue; // "Am Kapellchen 4": a street of an address
            }
            if (firstWord(tokens, from, i) && (FUNCTION.contains(lower) || DEFINITE.contains(lower)
                    || DETERMINER.contains(lower))) {
                if (opensNounPhrase(tokens, i) && !words.isName(t.text())
                        && (!words.isWeakName(lower) || articleAfter(tokens, i))) {
                    flag[i] = false; // "Seit der Trennung", "Das Mädchen"; "Mir sagt", "Im ist" stay
                }
                continue;
            }
            // a noun of the list that a name list holds too ("Richter", "Vater") only after an article: "mit Richter"
            // stays a name, "der Richter", "dem Vater" are nouns
            boolean listed = words.isName(t.text()) || words.isWeakName(lower);
            boolean noun = NOUN.contains(lower) && !listed || fixedPhrase(tokens, from, i, lower)
                    || nounAfterArticle(tokens, from, i, lower) || EXONYM.contains(lower) && cityPlace(tokens, from, i);
            if (noun || afterDeterminer(tokens, words, from, i, lower)) {
                flag[i] = false;
                if (EXONYM.contains(lower) && tokens.get(i - 1).lower().equals("von")) {
                    flag[i - 1] = false; // "Nähe von Kattowitz": the preposition was read as a surname's particle
                }
            }
        }
    }

    /**
     * Round 17 (r17-allow): a noun of the list that a name list holds too is the noun where German puts no name: a
     * family noun of the list after a definite article, a determiner or a possessive ("die Mutter", "der Junge", "seine
     * Tochter"), and any noun of the list after "das" or an indefinite, negating or possessive determiner ("das Haus",
     * "eine Sorge"); up to two lower-case words may stand between. A contraction ("beim Bruder") does not count.
     */
    private static boolean nounAfterArticle(List<Token> tokens, int from, int i, String lower) {
        if (!NOUN.contains(lower)) {
            return false;
        }
        String article = articleWordBefore(tokens, from, i);
        if (article.isEmpty() || CONTRACTIONS.contains(article)) {
            return false;
        }
        boolean definite = DEFINITE.contains(article);
        if (KIN.contains(lower)) {
            return genderAgrees(article, lower); // fix17-allow: "Die Vater", "Den Mutter" is an article before a name
        }
        return !definite || article.equals("das");
    }

    /** Masculine family nouns of the kin list; the plurals are {@link #KIN_PLURAL}, the rest feminine but "Kind". */
    private static final Set<String> KIN_MASCULINE = Set.of("vater", "junge", "sohn", "bruder", "opa", "onkel",
            "großvater", "stiefvater", "neffe", "enkel", "cousin");
    private static final Set<String> KIN_PLURAL = Set.of("eltern", "kinder", "großeltern");

    /**
     * fix17-allow: the article agrees with the family noun's gender and number ("der Vater", "die Mutter", "das Kind",
     * "die Eltern"); a definite article of another gender ("Die Vater", "Den Mutter") is spoken German before a
     * surname. A determiner (possessive, indefinite) agrees by its stem and ending: only the bare definite forms and
     * the endings -e, -en, -em, -er are checked.
     */
    private static boolean genderAgrees(String a, String lower) {
        boolean feminineEnding = a.endsWith("e") || a.endsWith("ner") || a.endsWith("rer"); // eine, seiner, ihrer
        if (KIN_PLURAL.contains(lower)) { // die, der, den, meine, meinen, ihrer
            return !a.equals("das") && !a.equals("dem") && !a.equals("des") && !a.startsWith("ein");
        }
        if (lower.equals("kind")) { // das, dem, des, ein, einem, sein
            return !a.equals("die") && !a.equals("der") && !a.equals("den") && !feminineEnding && !a.endsWith("en");
        }
        if (KIN_MASCULINE.contains(lower)) { // der, den, dem, des, ein, einen, unser
            return !a.equals("die") && !a.equals("das") && !feminineEnding;
        }
        // feminine: die, der, eine, einer, seine, ihrer
        return a.equals("die") || a.equals("der") || feminineEnding;
    }

    /** The article or determiner before the word, across at most two lower-case words; empty when there is none. */
    private static String articleWordBefore(List<Token> tokens, int from, int i) {
        for (int k = i - 1, between = 0; k >= from && between <= ADJECTIVES; k--, between++) {
            Token b = tokens.get(k);
            if (!b.isWord() || b.capitalised() && !firstWord(tokens, from, k)) {
                return "";
            }
            String word = b.lower();
            if (DEFINITE.contains(word) || DETERMINER.contains(word)) {
                return word;
            }
            if (FUNCTION.contains(word)) {
                return "";
            }
        }
        return "";
    }

    /** A German preposition of place right before the word ("aus Breslau", "Nähe von Kattowitz"). */
    private static boolean cityPlace(List<Token> tokens, int from, int i) {
        if (i - 1 < from || !tokens.get(i - 1).isWord()) {
            return false;
        }
        Token before = tokens.get(i - 1);
        if (before.lower().equals("von")) { // fix17-allow: only "Nähe von Kattowitz"; "Herr von Posen" is a name
            return i - 2 >= from && tokens.get(i - 2).isWord() && tokens.get(i - 2).lower().equals("nähe");
        }
        // fix17-allow: "bei" left out: "bei Rom, dem Bruder des Vaters" is at a person's
        return CITY_PREPOSITIONS.contains(before.lower()) && (!before.capitalised() || firstWord(tokens, from, i - 1));
    }

    /** A lower-case article or determiner right after the word ("Seit der Trennung"). */
    private static boolean articleAfter(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || !tokens.get(i + 1).isWord() || tokens.get(i + 1).capitalised()) {
            return false;
        }
        return DEFINITE.contains(tokens.get(i + 1).lower()) || DETERMINER.contains(tokens.get(i + 1).lower());
    }

    /**
     * Fixed German phrases without an article: "zu Hause", "nach Hause", and a language after a verb of speaking,
     * "auf" or another language ("spricht Deutsch", "auf Türkisch", "Türkisch und Deutsch").
     */
    private static boolean fixedPhrase(List<Token> tokens, int from, int i, String lower) {
        if (i - 1 < from) {
            return false;
        }
        String before = tokens.get(i - 1).lower();
        if (MONTHS.contains(lower)) {
            return tokens.get(i - 1).hasDigit() || tokens.get(i - 1).is('.') && i - 2 >= from
                    && tokens.get(i - 2).hasDigit(); // "3. Mai", "am 1 Juni"
        }
        if (!tokens.get(i - 1).isWord()) {
            return false;
        }
        if (lower.equals("hause")) {
            return before.equals("zu") || before.equals("nach");
        }
        if (PLACE_NOUN.contains(lower)) {
            return placePhrase(tokens, from, i);
        }
        if (!LANGUAGE.contains(lower)) {
            return false;
        }
        return SPEAKING.contains(before) || before.equals("auf")
                || (before.equals("und") || before.equals("oder") || before.equals("als")) && i - 2 >= from
                && LANGUAGE.contains(tokens.get(i - 2).lower());
    }

    /**
     * Round 16 (r16-cards): a place noun of the list ("Schule", "Arbeit", "Zimmer"; surnames too, so the noun list
     * alone does not clear them) right after a contraction of place or direction ("zur Schule", "im Zimmer") or after
     * such a preposition and an article ("in die Schule", "nach der Arbeit"): a place the speaker goes to or comes
     * from, never a person (those take "bei" or "mit", left out: "bei der Schule" stays).
     */
    private static boolean placePhrase(List<Token> tokens, int from, int i) {
        Token before = tokens.get(i - 1);
        if (PLACE_CONTRACTIONS.contains(before.lower())) {
            return true;
        }
        return DEFINITE.contains(before.lower()) && i - 2 >= from && tokens.get(i - 2).isWord()
                && !tokens.get(i - 2).capitalised() && PLACE_PREPOSITIONS.contains(tokens.get(i - 2).lower());
    }

    /** A number right after the word, or after the capitalised word after it ("Am Kapellchen 4", "Im Winkel 12a"). */
    private static boolean numberNear(List<Token> tokens, int i) {
        int n = tokens.size();
        return i + 1 < n && tokens.get(i + 1).hasDigit()
                || i + 2 < n && tokens.get(i + 1).capitalised() && tokens.get(i + 2).hasDigit();
    }

    /** The word opens a noun phrase: an article, a determiner or a capitalised word follows ("Seit der", "Das Kind"). */
    private static boolean opensNounPhrase(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || !tokens.get(i + 1).isWord()) {
            return false;
        }
        Token next = tokens.get(i + 1);
        return next.capitalised() || DEFINITE.contains(next.lower()) || DETERMINER.contains(next.lower());
    }

    /** A form of address or a family word right before: "Frau Schneider", "oma Trautje". */
    private static boolean addressedBefore(List<Token> tokens, int[] role, int from, int i) {
        int k = i - 1;
        if (k >= from && tokens.get(k).is('.')) {
            k--; // "Dr. Weber"
        }
        if (k < from || !tokens.get(k).isWord()) {
            return false;
        }
        if (tokens.get(k).capitalised() && NOUN.contains(tokens.get(k).lower())) {
            return true; // "Onkel Brouwer", "der Vater Jonas": a name in apposition to a German noun
        }
        return TITLE.contains(tokens.get(k).lower()) && !FUNCTION.contains(tokens.get(k).lower())
                || (role[k] & (PersonNameDetector.TITLE | PersonNameDetector.KIN)) != 0
                && !NOUN.contains(tokens.get(k).lower()) && !DEFINITE.contains(tokens.get(k).lower())
                && !DETERMINER.contains(tokens.get(k).lower());
    }

    /**
     * "im Sommer", "dem Vater", "die kleine Schwester": a German article or determiner before the word, with at most
     * two lower-case words between; it may open the sentence ("Der Junge").
     */
    private static boolean articleBefore(List<Token> tokens, int from, int i) {
        for (int k = i - 1, between = 0; k >= from && between <= ADJECTIVES; k--, between++) {
            Token b = tokens.get(k);
            if (!b.isWord() || b.capitalised() && !firstWord(tokens, from, k)) {
                return false;
            }
            String word = b.lower();
            if (DEFINITE.contains(word) || DETERMINER.contains(word)) {
                return true;
            }
            if (FUNCTION.contains(word)) {
                return false;
            }
        }
        return false;
    }

    /** A determiner before the word, with at most two lower-case words between ("einen neuen Termin"). */
    private static boolean afterDeterminer(List<Token> tokens, WordLists words, int from, int i, String lower) {
        if (words.isName(tokens.get(i).text()) || words.isWeakName(lower) || words.isException(tokens.get(i).text())) {
            return false;
        }
        for (int k = i - 1, between = 0; k >= from && between <= ADJECTIVES; k--, between++) {
            Token b = tokens.get(k);
            if (!b.isWord()) {
                return false;
            }
            String word = b.lower();
            if (DETERMINER.contains(word) || DEFINITE.contains(word)) {
                return compoundOfNoun(lower); // leak probes: "Unser Siosaia", "mit der Kyoung" stay names
            }
            if (b.capitalised() && !firstWord(tokens, from, k) || FUNCTION.contains(word)) {
                return false;
            }
        }
        return false;
    }

    /** "Kinderarzt", "Pflegefamilie", "Jugendamt": a compound whose last part is a head of the list (no "-haus"). */
    private static boolean compoundOfNoun(String lower) {
        for (int k = COMPOUND_PART; k + 3 <= lower.length(); k++) {
            if (HEAD.contains(lower.substring(k))) {
                return true;
            }
        }
        return false;
    }

}
