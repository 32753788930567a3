package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Round 9 rules: a given name in lower case right after a kin word, where the word is also an ordinary word or in no
 * name list ("nonkel staf uit Kalmthout", "oom wiel is ...", "nonna pina kookt", "oma trees, buurman ..."). Dictated
 * notes write names in lower case; a kin word takes no bare noun after it, so a noun there is the relative's name when
 * the clause goes on as a person's clause: a finite verb or a copula, "uit"/"van" and a capitalised place, or a comma
 * and the next relative of a list. Not in a subordinate clause ("omdat oma ziek is", "toen opa dronken was"), and not
 * for adjectives ("boos", "ziek": the word with -e or -er is a word too), verb forms or frequent words.
 */
final class KinLowerCaseName {

    /** Conjunctions and relatives that open a subordinate clause, where the verb comes last ("omdat oma ziek is"). */
    private static final Set<String> SUBORDINATORS = Set.of("dat", "omdat", "als", "toen", "of", "wanneer", "nu",
            "zodat", "terwijl", "doordat", "hoewel", "tenzij", "voordat", "nadat", "zodra", "indien", "waar",
            "waardoor", "waarbij", "waarin", "waarop", "waarmee", "waarna", "wat", "wie", "die", "sinds", "totdat", "aangezien", "mits", "opdat", "alsof", "zoals");
    /** Determiners between a conjunction and the kin word ("omdat de oma", "toen haar opa"). */
    private static final Set<String> DETERMINERS = Set.of("de", "het", "een", "zijn", "haar", "hun", "mijn", "onze",
            "jouw", "z'n", "m'n");
    /** Copulas and auxiliaries that follow a subject ("oom wiel is", "opoe aaltje heeft"). */
    private static final Set<String> VERBS_AFTER_SUBJECT = Set.of("is", "was", "heeft", "had", "wordt", "werd",
            "blijft", "bleef", "zit", "zat", "ligt", "lag", "staat", "stond");

    private KinLowerCaseName() {
    }

    /**
     * An unlisted lower-case word right after a kin word (at {@code head - 1} or before a colon or quote) is the
     * relative's name when it is a noun and the clause goes on as a person's clause.
     */
    static boolean nounAsName(List<Token> tokens, int head, WordLists words, Predicate<String> family) {
        Token h = tokens.get(head);
        String lower = h.lower();
        if (lower.length() < 3 || words.isCommonWord(lower) || adjectiveOrVerb(lower, words)
                || startsWithKinWord(lower, words)) {
            return false;
        }
        // a listed surname ("wiel", "pina"), or a noun (it has a diminutive: "staf", "stafje") of no list
        if (!words.isSurname(NameClassifier.capitalise(lower)) && !noun(lower, words)) {
            return false;
        }
        return clauseGoesOn(tokens, head, words) || head + 1 < tokens.size() && tokens.get(head + 1).is(',')
                && relativeAfterComma(tokens, head, family)
                || words.isSurname(NameClassifier.capitalise(lower)) && !trade(lower)
                && describedInBrackets(tokens, head, words);
    }

    /** Round 19: words inside a description bracket that say who a relative is (side of the family). */
    private static final Set<String> FAMILY_SIDES = Set.of("vaderskant", "moederskant", "mz", "vz", "overleden");

    /**
     * Round 19 (r19-names): "opa kodde (visser, Bruinisse)", "oom smit (monteur)": a listed surname in lower case
     * after a kin word, followed by brackets that describe the relative: only lower-case words, commas and
     * capitalised places inside, and among them a job noun of {@code job-nouns.txt} or a listed place or a side of the
     * family. A kin word takes no bare noun before such a bracket ("opa thuis (Goes)" is held off by the frequent-word
     * and adjective guards before, "opa vist (visser)" has no listed surname), so the word is the relative's name.
     */
    static boolean describedInBrackets(List<Token> tokens, int head, WordLists words) {
        int n = tokens.size();
        if (head + 2 >= n || !tokens.get(head + 1).is('(') || inSubordinateClause(tokens, head - 1)) {
            return false;
        }
        boolean describes = false;
        for (int k = head + 2; k < n && k < head + 10; k++) {
            Token t = tokens.get(k);
            if (t.is(')')) {
                return describes;
            }
            if (t.is(',')) {
                continue;
            }
            if (!t.isWord()) {
                return false;
            }
            String w = t.lower();
            if (t.capitalised()) {
                if (!words.isPlace(w) && !words.isPlaceInContext(w)) {
                    return false; // "opa bos (Jan)": a name in the bracket is another matter
                }
                describes = true;
            } else if (JobNouns.JOBS.contains(w) || FAMILY_SIDES.contains(w)) {
                describes = true;
            }
        }
        return false;
    }

    /**
     * Round 19 (review): a job noun, or a living trade that is a frequent surname too, after a kin word is the
     * relative's trade ("opa visser (Urk)", "oom molenaar (Schiedam)", "opa slager (Goes)"), not his name; surnames of
     * old trades nobody is called by now stay names ("tante mulder (kapster, Zwolle)", "oma dekker (Goes)").
     */
    private static final Set<String> LIVING_TRADES = Set.of("bakker", "visser", "slager", "schipper", "molenaar",
            "smid", "boer", "schilder", "kapper", "metselaar", "timmerman", "kok", "koster", "slachter", "zeeman",
            "loodgieter", "stukadoor", "tuinier", "hovenier");

    private static boolean trade(String lower) {
        return JobNouns.JOBS.contains(lower) || LIVING_TRADES.contains(lower);
    }

    /** The job list, read once. */
    private static final class JobNouns {
        private static final Set<String> JOBS = WordLists.lowerCaseSet("job-nouns.txt");
    }

    /** "stafje", "wieltje", "bloempje": a Dutch noun has a diminutive in the word list (a verb or adjective has none). */
    static boolean noun(String lower, WordLists words) {
        for (String suffix : new String[] {"je", "tje", "pje", "etje", "kje"}) {
            if (words.isDutchWord(lower + suffix)) {
                return true;
            }
        }
        char last = lower.charAt(lower.length() - 1);
        return words.isDutchWord(lower + last + "etje"); // "stal", "stalletje"
    }

    /** "vaderszijde", "moederskant", "opaatje": a word made with a kin word is no name. */
    private static boolean startsWithKinWord(String lower, WordLists words) {
        for (int k = 2; k < lower.length() - 1; k++) {
            if (words.isKinOrRole(lower.substring(0, k + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * After the word: a finite verb of the third person or a copula, or "uit"/"van" and a capitalised word; and the
     * kin word before it does not stand in a subordinate clause.
     */
    static boolean clauseGoesOn(List<Token> tokens, int head, WordLists words) {
        int n = tokens.size();
        if (head + 1 >= n || inSubordinateClause(tokens, head - 1)) {
            return false;
        }
        Token next = tokens.get(head + 1);
        if (!next.isWord() || next.capitalised()) {
            return false;
        }
        String verb = next.lower();
        if (VERBS_AFTER_SUBJECT.contains(verb) || verb.length() >= 4 && verb.endsWith("t") && words.isDutchWord(verb)
                && !NameClassifier.isFunctionWord(verb) && !words.isKinOrRole(verb) && words.isDutchWord(
                verb.substring(0, verb.length() - 1))) {
            return true; // "nonna pina kookt", "oom wiel is"
        }
        return (verb.equals("uit") || verb.equals("van")) && head + 2 < n && tokens.get(head + 2).isWord()
                && tokens.get(head + 2).capitalised(); // "nonkel staf uit Kalmthout"
    }

    /** The particles of a surname after "van" ("van de", "van der", "van den", "van het", "van 't"). */
    private static final Set<String> ARTICLE_PARTICLES = Set.of("de", "der", "den", "het", "'t", "’t");

    /**
     * Round 16 (r16-names): "opa wim van de overkant", "tante jet van der velde (Rotterdam)": after a listed given
     * name (checked by the caller) "van", a particle and one word, in lower case or capitalised, is the relative's
     * surname. A plain "van" and a word stays out ("oma kees van school"): a preposition as often. The particle's word
     * must be a word of letters, not a function word, a kin or role word ("opa wim van de buurvrouw"), and the kin
     * word before the name not stand in a subordinate clause.
     */
    static boolean particleSurnameAfter(List<Token> tokens, int head, WordLists words) {
        int n = tokens.size();
        if (head + 3 >= n || inSubordinateClause(tokens, head - 1)) {
            return false;
        }
        Token van = tokens.get(head + 1);
        Token particle = tokens.get(head + 2);
        Token word = tokens.get(head + 3);
        if (!van.isWord() || !van.lower().equals("van") || van.capitalised() || !particle.isWord()
                || !ARTICLE_PARTICLES.contains(particle.lower()) || !word.isWord()) {
            return false;
        }
        String w = word.lower();
        return w.length() >= 3 && w.chars().allMatch(Character::isLetter) && !NameClassifier.isFunctionWord(w)
                && !words.isKinOrRole(w) && !words.isTitle(w) && nounPhraseEnds(tokens, head + 4, words);
    }

    /**
     * The surname ends the noun phrase: the end, a punctuation mark, or a finite verb follows ("opa wim van de
     * overkant (Hillesluis)", "tante jet van der velde komt"); "vader koos van de twee scholen de beste" goes on with
     * a noun.
     */
    private static boolean nounPhraseEnds(List<Token> tokens, int k, WordLists words) {
        if (k >= tokens.size()) {
            return true;
        }
        Token t = tokens.get(k);
        if (!t.isWord()) {
            return !t.is('-') && !t.is('\'') && !t.is('’') && !t.hasDigit();
        }
        String verb = t.lower();
        return !t.capitalised() && (VERBS_AFTER_SUBJECT.contains(verb) || LowerCaseGivenNameOpeningNote.VERBS.contains(verb)
                || verb.length() >= 4 && verb.endsWith("t") && words.isDutchWord(verb)
                && !NameClassifier.isFunctionWord(verb) && !words.isKinOrRole(verb)
                && words.isDutchWord(verb.substring(0, verb.length() - 1)));
    }

    /** ", buurman Hamza", ", opa kees": after the comma the next relative of a list, with a kin word. */
    static boolean relativeAfterComma(List<Token> tokens, int head, Predicate<String> family) {
        int k = head + 2;
        return k + 1 < tokens.size() && tokens.get(head + 1).is(',') && tokens.get(k).isWord()
                && family.test(tokens.get(k).lower()) && tokens.get(k + 1).isWord()
                && !inSubordinateClause(tokens, head - 1);
    }

    /** The kin word at {@code kin} follows a subordinating conjunction (with a determiner between). */
    private static boolean inSubordinateClause(List<Token> tokens, int kin) {
        int p = kin - 1;
        if (p >= 0 && tokens.get(p).isWord() && DETERMINERS.contains(tokens.get(p).lower())) {
            p--;
        }
        return p >= 0 && tokens.get(p).isWord() && SUBORDINATORS.contains(tokens.get(p).lower());
    }

    /**
     * "boos" (boze), "ziek" (zieke, zieker), "depressief" (depressieve), "jarig": an adjective; "drinkt", "huilde",
     * "verhuisde", "koken": a verb form.
     */
    private static boolean adjectiveOrVerb(String lower, WordLists words) {
        if (lower.endsWith("ig") || lower.endsWith("lijk") || lower.endsWith("isch") || lower.endsWith("en")
                || lower.endsWith("ief")) {
            return true;
        }
        String stem = lower;
        if (stem.endsWith("f")) {
            stem = stem.substring(0, stem.length() - 1) + "v";
        } else if (stem.endsWith("s")) {
            stem = stem.substring(0, stem.length() - 1) + "z";
        }
        int m = stem.length();
        if (m >= 3 && stem.charAt(m - 2) == stem.charAt(m - 3) && "aeou".indexOf(stem.charAt(m - 2)) >= 0) {
            stem = stem.substring(0, m - 2) + stem.substring(m - 1); // "groot" -> "grot(e)", "boos" -> "boz(e)"
        }
        if (words.isDutchWord(lower + "e") || words.isDutchWord(stem + "e") || words.isDutchWord(lower + "er")) {
            return true;
        }
        if (lower.endsWith("t") && words.isDutchWord(lower.substring(0, lower.length() - 1))) {
            return true;
        }
        for (String past : new String[] {"de", "te", "den", "ten"}) {
            if (lower.endsWith(past) && lower.length() > past.length() + 2) {
                String s = lower.substring(0, lower.length() - past.length());
                if (words.isDutchWord(s) || words.isDutchWord(s + "en")) {
                    return true; // "verhuisde" (verhuis), "huilde" (huil)
                }
            }
        }
        return false;
    }
}
