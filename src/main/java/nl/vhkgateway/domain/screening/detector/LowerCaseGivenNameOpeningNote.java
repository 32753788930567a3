package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 13 (names): a given name typed in lower case as the first word of a note, line or sentence. Two shapes:
 * <ul>
 * <li>the name and a bracket that opens with a kin or role word ("wilco (stiefvader) drinkt", "geert (vriend van ma)
 * slaapt er"): a listed given name that no dictionary holds, or one a dictionary holds too when the bracket names the
 * relation to a relative ("(vriend van ma)", "(zus van pa)"): "echo (moeder) was goed", "val (oma) in de badkamer",
 * "tas (broer) gevonden" stay, as "X (kin)" is the telegram form of "X of kin";</li>
 * <li>the name and a finite verb of a person ("harm is weer opgenomen", "kacper woont bij pa"): a listed given name
 * that no Dutch dictionary holds; one an English dictionary holds counts only before Dutch text ("grant was awarded"
 * stays).</li>
 * </ul>
 * Dutch words at the start of a sentence ("school is gesloten", "hoop is er nog") and a bracket of no relative ("thuis
 * (bij ma)") stay. Stateless.
 */
final class LowerCaseGivenNameOpeningNote {

    /** Finite verbs of a person right after its subject. */
    static final Set<String> VERBS = WordSets.of("is", "was", "heeft", "had", "zit", "zat", "woont", "woonde",
            "wil", "wilde", "gaat", "ging", "komt", "kwam", "slaapt", "sliep", "blijft", "bleef", "moet", "moest", "mag",
            "mocht", "kan", "kon", "zegt", "zei", "vertelt", "vertelde", "belt", "belde", "huilt", "huilde", "speelt",
            "eet", "krijgt", "kreeg", "wordt", "werd", "loopt", "liep", "praat", "doet", "deed", "vindt", "vond", "weet",
            "wist", "staat", "stond", "ligt", "lag", "logeert", "logeerde", "werkt", "rookt", "drinkt", "schreeuwt",
            "slaat", "sloeg", "spijbelt", "verblijft", "verbleef", "durft", "durfde", "heeft", "reageert", "weigert",
            "weigerde", "gebruikt", "zorgt", "slikt", "plast", "rent", "liegt", "loog", "steelt", "stal", "vecht",
            "vocht", "scheldt", "dreigt", "dreigde", "appt", "appte", "meldt", "meldde", "kreeg", "zag", "ziet");

    private LowerCaseGivenNameOpeningNote() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            Token t = tokens.get(i);
            if (flag[i] || !t.isWord() || t.capitalised() || !opening(tokens, i) || t.text().length() < 3) {
                continue;
            }
            String lower = t.lower();
            if (CareNoteAbbreviation.listed(lower)) {
                continue;
            }
            Token next = tokens.get(i + 1);
            boolean kinBracket = next.is('(') && i + 2 < n && tokens.get(i + 2).isWord() && !tokens.get(i + 2).capitalised()
                    && words.isKinOrRole(tokens.get(i + 2).lower());
            if (agedSpeaker(tokens, words, i)) {
                flag[i] = true; // round 16: "hendrikus (13): 'ik mag niks zeggen'"
                continue;
            }
            if (!words.isFirstNameLower(lower) || !TelegramWords.listedGivenName(words, lower)) {
                continue;
            }
            if (kinBracket && (!words.isWord(lower) || kinOfKin(tokens, words, i + 2))) {
                flag[i] = true; // a word a dictionary holds needs "(vriend van ma)": "echo (moeder) was goed" stays
            } else if (next.isWord() && VERBS.contains(next.lower()) && !words.isDutchWord(lower)
                    && (!words.isWord(lower) || dutchAfter(tokens, words, i + 2))) {
                flag[i] = true;
            } else if (personOnlyAfter(tokens, i + 1) || relationAfterEquals(tokens, words, i + 1)) {
                flag[i] = true; // round 20: "merel heeft gedreigd ...", "sjaak = vriend van moeder"
            }
        }
    }

    /**
     * Round 16 (r16-names): "hendrikus (13): 'ik mag niks zeggen van pa'", "jantsje (9): wil naar huis": the first word
     * of a line with an age in brackets and the speaker's colon is the child's name, listed or not (Latinised,
     * Frisian and foreign given names of no list). Only a word that no dictionary or list holds ("groep (8):",
     * "vraag (3):", "bijlage (2):" are words), of letters only, four or more, and an age of one or two digits.
     * Round 16 (fix16-names, review): a kin word of {@code foreign-kin-words.txt} ("hooyo (38):", "pake (70):") is the
     * relative; and an age of 18 or more is an adult's line, where an unknown word is as often a kin word of a language
     * no list has as a name: there only a word that a name list (given names, surnames, weak names) holds is the name.
     */
    private static boolean agedSpeaker(List<Token> tokens, WordLists words, int i) {
        int n = tokens.size();
        if (i + 4 >= n || !tokens.get(i + 1).is('(') || !tokens.get(i + 2).isNumber()
                || tokens.get(i + 2).text().length() > 2) {
            return false;
        }
        int close = i + 3;
        if (tokens.get(close).isWord() && AGE_UNITS.contains(tokens.get(close).lower())) {
            close++; // "gerardus (14 jaar):"
        }
        if (close + 1 >= n || !tokens.get(close).is(')') || !tokens.get(close + 1).is(':')) {
            return false;
        }
        String lower = tokens.get(i).lower();
        if (Integer.parseInt(tokens.get(i + 2).text()) >= ADULT_AGE && !listedName(lower, words)) {
            return false;
        }
        return lower.length() >= 4 && lower.chars().allMatch(Character::isLetter) && !words.isWord(lower)
                && !words.allowed().containsWord(lower) && !words.isKinOrRole(lower) && !words.isTitle(lower)
                && !words.isPlace(lower) && !words.isTussenvoegsel(lower) && !CareNoteAbbreviation.listed(lower)
                && !compoundOrPlural(lower, words) && !Holder.FOREIGN_KIN_WORDS.contains(lower);
    }

    /** A word that a given-name, surname or weak-name list holds. */
    private static boolean listedName(String lower, WordLists words) {
        return words.isFirstNameLower(lower) || words.isSurname(NameClassifier.capitalise(lower))
                || words.isWeakName(lower);
    }

    /** From this age on, the "(N):" line is an adult's (review of round 16). */
    private static final int ADULT_AGE = 18;

    /**
     * Frisian, Turkish, Somali, Arabic, Polish and other kin and child words of no Dutch list before "(N):" (review of
     * round 16: "soantsje (6):", "lytse (2):", "hooyo (38):"): the relative, not a name.
     */
    private static final class Holder {
        private static final Set<String> FOREIGN_KIN_WORDS = WordLists.lowerCaseSet("foreign-kin-words.txt");
    }

    private static final Set<String> AGE_UNITS = WordSets.of("jaar", "jr", "mnd", "maanden");

    /**
     * A Dutch compound or plural that the dictionary lacks ("zorgmeldingen", "bonusdochter", "oppasoma",
     * "omgangsmomenten", "risicos"): a last part that is a word or kin word after a first part that is a word (with
     * or without a joining "s" or "e"), or the word without a plural ending is a word. Review of round 16: the lines of
     * a count or of a relative ("bonuszoon (10):") have the same shape as a child's name.
     */
    private static boolean compoundOrPlural(String lower, WordLists words) {
        for (String plural : new String[] {"s", "en", "'s"}) {
            if (lower.endsWith(plural) && words.isDutchWord(lower.substring(0, lower.length() - plural.length()))) {
                return true;
            }
        }
        for (int k = 3; k <= lower.length() - 2; k++) {
            String head = lower.substring(k);
            if (!(head.length() >= 4 && words.isDutchWord(head) || words.isKinOrRole(head))) {
                continue;
            }
            String first = lower.substring(0, k);
            if (words.isDutchWord(first) || first.length() > 3 && (first.endsWith("s") || first.endsWith("e"))
                    && words.isDutchWord(first.substring(0, first.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** "(vriend van ma)", "(zus van pa)": a kin or role word of a kin word, not only "(moeder)". */
    private static boolean kinOfKin(List<Token> tokens, WordLists words, int kin) {
        int n = tokens.size();
        return kin + 2 < n && tokens.get(kin + 1).isWord() && tokens.get(kin + 1).lower().equals("van")
                && tokens.get(kin + 2).isWord() && (words.isKinOrRole(tokens.get(kin + 2).lower())
                || CoverClauses.familyWord(tokens.get(kin + 2).lower(), words));
    }

    /** The first word of a sentence, line or list item, or the word after a bullet or dash that opens a line. */
    private static boolean opening(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.sentenceStart()) {
            return true;
        }
        if (i == 0) {
            return true;
        }
        Token before = tokens.get(i - 1);
        return (before.is('-') || before.is('*') || before.is('•') || before.is('–')) && before.sentenceStart();
    }

    /**
     * Round 20 (t20-names): a listed given name that is a Dutch word too ("merel", "roos", "sjaak") counts where what
     * follows only a person does: a verb of telling, threatening or crying ("merel dreigt", "roos zei"), or an
     * auxiliary and such a participle in the clause ("merel heeft gedreigd zichzelf iets aan te doen"); a bird, a
     * flower or a thing does none of these.
     */
    private static boolean personOnlyAfter(List<Token> tokens, int k) {
        if (k >= tokens.size() || !tokens.get(k).isWord()) {
            return false;
        }
        String verb = tokens.get(k).lower();
        if (PERSON_ONLY_VERBS.contains(verb)) {
            return true;
        }
        if (!AUXILIARIES.contains(verb)) {
            return false;
        }
        for (int j = k + 1; j < tokens.size() && j <= k + 4; j++) {
            Token t = tokens.get(j);
            if (!t.isWord()) {
                return false;
            }
            if (PERSON_ONLY_PARTICIPLES.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** Round 20: "sjaak = vriend van moeder", "sjaak = de oom": an equals sign and a relation word. */
    private static boolean relationAfterEquals(List<Token> tokens, WordLists words, int k) {
        int n = tokens.size();
        if (k + 1 >= n || !tokens.get(k).is('=')) {
            return false;
        }
        int r = k + 1;
        if (r + 1 < n && tokens.get(r).isWord() && (tokens.get(r).lower().equals("de")
                || tokens.get(r).lower().equals("een"))) {
            r++;
        }
        return tokens.get(r).isWord() && !tokens.get(r).capitalised() && words.isKinOrRole(tokens.get(r).lower());
    }

    private static final Set<String> PERSON_ONLY_VERBS = WordSets.of("zegt", "zei", "vertelt", "vertelde",
            "dreigt", "dreigde", "huilt", "huilde", "schreeuwt", "schreeuwde", "scheldt", "schold", "liegt", "loog",
            "belt", "belde", "appt", "appte", "ontkent", "ontkende", "weigert", "weigerde");
    private static final Set<String> AUXILIARIES = WordSets.of("heeft", "had", "is", "was");
    private static final Set<String> PERSON_ONLY_PARTICIPLES = WordSets.of("gedreigd", "gezegd", "verteld",
            "gehuild", "geschreeuwd", "gescholden", "gelogen", "gebeld", "geappt", "ontkend", "geweigerd",
            "toegegeven", "beloofd");

    /** A word only a Dutch dictionary holds after the verb, or punctuation, a number or the end. */
    private static boolean dutchAfter(List<Token> tokens, WordLists words, int k) {
        if (k >= tokens.size() || !tokens.get(k).isWord()) {
            return true;
        }
        String next = tokens.get(k).lower();
        return words.isDutchWord(next) && !ENGLISH.contains(next);
    }

    /** English words that a Dutch dictionary holds too ("at", "on"), read as English after the verb. */
    private static final Set<String> ENGLISH = WordSets.of("at", "on", "to", "and", "the", "of", "for", "with", "a", "an",
            "he", "she", "it", "they", "not", "also", "very", "done", "made", "by", "as", "awarded", "given");
}
