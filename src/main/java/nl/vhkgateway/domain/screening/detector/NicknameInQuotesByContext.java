package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 13 (names): a nickname in quotes that a dictionary may hold too ("Bolle", "Pluk", "Sjonnie"), where the
 * sentence says it is a person's name. One capitalised word alone between quotes, in one of three places:
 * <ul>
 * <li>a clause with a verb of naming and a person ('de oudste wordt op school "Bolle" genoemd', 'ze noemen de jongste
 * "Pluk"');</li>
 * <li>an apposition after a relative, between commas ('vriend van pa, "Sjonnie", logeert er');</li>
 * <li>right after a kin or role word, before a finite verb or punctuation ('neef "Pluk" komt ook').</li>
 * </ul>
 * The word must be a listed given name or surname (also one that is a word: "Bolle", "Pluk"), a pet form of a listed
 * given name (also in -ie, -nie, -sie, -y: "Sjonnie", "Henkie", "Keessie"), or a word of no list ("Dikkie"). Terms of
 * endearment and names of things stay ('vader noemt hem "Kampioen"', 'moeder noemt hem "Hartje"', 'de drug wordt "Tina"
 * genoemd' has no person in its clause, 'oma "Hoop" te doen'), and so do names of groups, classes and places of care
 * (a group noun in the clause: 'de groep die "Vink" genoemd wordt', 'de klas van de zoon, "Zwaan", gaat'), answers,
 * kin words, places and organisations.
 * Stateless.
 */
final class NicknameInQuotesByContext {

    private static final Set<String> NAMING = WordSets.of("noemt", "noemde", "noemen", "noemden", "noem", "genoemd",
            "heet", "heette", "heten", "bijnaam", "roepnaam", "scheldnaam", "uitgescholden", "scheldt", "schelden");
    /** Persons that a clause of naming may be about, beside kin and role words and names. */
    private static final Set<String> PERSONS = WordSets.of("oudste", "jongste", "middelste", "kind", "kindje",
            "jongen", "jongetje", "meisje", "zoon", "zoontje", "dochter", "dochtertje", "hij", "zij", "ze", "hem", "haar",
            "zich", "zichzelf", "jeugdige", "cliënt", "client", "leerling", "klasgenoten", "vriendje", "vriendinnetje");
    /**
     * Groups, classes and places of care that are named after animals and things ("de groep die "Vink" genoemd
     * wordt", 'de klas van de zoon, "Zwaan", gaat'): in the clause of the quote they make it a group's name, unless
     * the group is only where the naming happens ('wordt op school "Bolle" genoemd').
     */
    private static final Set<String> GROUPS = WordSets.of("groep", "groepje", "klas", "klasje", "leefgroep", "woongroep",
            "behandelgroep", "team", "afdeling", "unit", "paviljoen", "huis", "huisje", "woning", "locatie", "school",
            "opvang", "peutergroep", "kinderdagverblijf", "kdv", "bso", "vereniging", "club", "elftal", "band", "gang",
            "bende", "app", "appgroep", "chat", "kamer", "stam", "horde", "ploeg");
    private static final Set<String> NOT_NAMES = WordSets.of("ja", "nee", "oke", "oké", "ok", "top", "prima", "nooit",
            "altijd", "misschien", "sorry", "help", "stop", "genoeg", "klaar", "thuis", "hoop", "liefde", "schat",
            "lieverd", "prinses", "kampioen", "baas", "held", "meneer", "mevrouw", "juf", "meester", "mama", "papa");
    private static final String[] PET_SUFFIXES = {"etje", "tje", "pje", "je", "ke", "nie", "sie", "kie", "tie", "ie",
        "y", "ey"};

    /**
     * Round 17 (r17-names): a demonstrative or article inside the quotes before the name, in a clause of naming only
     * ('noemt zijn schoonmoeder "die Slagman"', 'noemen hem "de Bakker"').
     */
    private static final Set<String> QUOTED_DETERMINERS = Set.of("die", "de", "dat", "het", "'t", "een");

    private NicknameInQuotesByContext() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int q = 1; q + 2 < n; q++) {
            int close = q + 2;
            int word = q + 1;
            if (close + 1 < n && tokens.get(q + 1).isWord() && QUOTED_DETERMINERS.contains(tokens.get(q + 1).text())
                    && TelegramWords.quote(tokens.get(close + 1))) {
                word = q + 2; // round 17 (r17-names): 'noemt zijn schoonmoeder "die Slagman"'
                close = q + 3;
            }
            if (close + 1 < n && word == q + 1 && TelegramWords.quote(tokens.get(q))
                    && TelegramWords.quote(tokens.get(close + 1)) && twoWordNickname(tokens, words, word)
                    && !groupInClause(tokens, q, close + 1) && namingClause(tokens, words, flag, q, close + 1)
                    && personNamed(tokens, words, flag, q)) {
                flag[word] = true; // round 18 (r18-names): 'noemt de vriend "Big B"', 'noemen hem "Kleine Mo"'
                flag[word + 1] = true;
                continue;
            }
            if (!TelegramWords.quote(tokens.get(q)) || !TelegramWords.quote(tokens.get(close)) || flag[word]) {
                continue;
            }
            Token w = tokens.get(word);
            if (!w.isWord() || !w.capitalised() || !nickname(words, w)) {
                continue;
            }
            if (groupInClause(tokens, q, close)) {
                continue;
            }
            if (namingClause(tokens, words, flag, q, close) || word == q + 1 && (apposition(tokens, words, q, close)
                    || afterKin(tokens, words, q, close))) {
                flag[word] = true;
            }
        }
    }

    /**
     * Round 18 (r18-names): a nickname of two capitalised words, an opener of nicknames ("Big", "Lil", "Kleine",
     * "Lange", "Dikke", "King" ...) or a nickname word, and a single capital letter or a nickname word ("Big B",
     * "Kleine Mo", "Lange Jan"); names of things ("Plan B", "Type A") have no opener.
     */
    private static boolean twoWordNickname(List<Token> tokens, WordLists words, int first) {
        Token a = tokens.get(first);
        Token b = tokens.get(first + 1);
        if (!a.isWord() || !a.capitalised() || !b.isWord() || !b.capitalised() || a.hasDigit() || b.hasDigit()) {
            return false;
        }
        boolean opener = NICKNAME_OPENERS.contains(a.lower()) || nickname(words, a);
        boolean second = b.text().length() == 1 && Character.isUpperCase(b.text().charAt(0)) || nickname(words, b);
        return opener && second;
    }

    /**
     * Round 18 (review): the object of a verb of naming before the quote is a person ('noemt de vriend "Big B"',
     * 'noemen hem "Kleine Mo"'), not a pet or a thing ('noemt zijn pitbull "Big B"', 'noemt de Xbox "Big X"'): the
     * words between the verb and the quote hold a person or kin word and nothing capitalised. Without a verb of naming
     * before the quote ('"Big B" wordt hij genoemd') the clause's person decides.
     */
    private static boolean personNamed(List<Token> tokens, WordLists words, boolean[] flag, int open) {
        int from = clauseStart(tokens, open);
        int verb = -1;
        for (int m = open - 1; m >= from; m--) {
            if (tokens.get(m).isWord() && NAMING.contains(tokens.get(m).lower())) {
                verb = m;
                break;
            }
        }
        if (verb < 0) {
            return true;
        }
        boolean person = false;
        for (int m = verb + 1; m < open; m++) {
            Token t = tokens.get(m);
            if (!t.isWord()) {
                continue;
            }
            if (t.capitalised() && !flag[m]) {
                return false;
            }
            String lower = t.lower();
            boolean personWord = flag[m] || PERSONS.contains(lower) || words.isKinOrRole(lower);
            if (!personWord && !ARTICLES.contains(lower) && !OBJECT_FILLERS.contains(lower)) {
                return false; // a noun of no person: "zijn pitbull", "de groepsapp"
            }
            person |= personWord;
        }
        return person;
    }

    /** Small words between a verb of naming and its object ("noemt nu de vriend", "noemen ook hem"). */
    private static final Set<String> OBJECT_FILLERS = WordSets.of("nu", "ook", "al", "steeds", "altijd", "vaak",
            "soms", "nog", "inmiddels", "sindsdien", "graag", "liever", "gewoon", "eigenlijk", "zelf", "mijn", "m'n",
            "onze", "jullie", "een", "nieuwe", "oude", "vorige", "huidige");

    private static final Set<String> NICKNAME_OPENERS = WordSets.of("big", "lil", "little", "kleine", "kleintje",
            "lange", "dikke", "grote", "rooie", "zwarte", "kale", "gekke", "mad", "young", "king", "baby", "mister",
            "don", "crazy", "skinny", "fat", "dirty", "lieve", "ome", "tante", "boss", "captain", "sweet", "pretty");

    private static boolean nickname(WordLists words, Token t) {
        String lower = t.lower();
        if (lower.length() < 3 || t.allCaps() && lower.length() <= 4 || !TelegramWords.letters(lower)
                || NOT_NAMES.contains(lower) || TelegramWords.ordinary(words, lower)
                || TelegramWords.elsewhere(words, lower)) {
            return false;
        }
        String cap = NameClassifier.capitalise(lower);
        return words.isName(cap) || words.isWeakName(lower) || petForm(words, lower)
                || TelegramWords.wordOfNoList(words, lower);
    }

    /**
     * A pet form of a listed given name: a Dutch "-je" form that no dictionary holds, or an "-ie" form of speech
     * ("Sjonnie", "Henkie"), which a dictionary may hold.
     */
    static boolean petForm(WordLists words, String lower) {
        for (String suffix : PET_SUFFIXES) {
            int stem = lower.length() - suffix.length();
            if (lower.endsWith(suffix) && stem >= 3
                    && words.isFirstName(NameClassifier.capitalise(lower.substring(0, stem)))
                    && (suffix.indexOf('j') < 0 && suffix.indexOf('k') < 0 || !words.isDutchWord(lower))) {
                return true; // a "-je" form a dictionary holds is an ordinary diminutive ("Sterretje")
            }
        }
        return false;
    }

    /** A group's noun in the quote's clause or in the clause before an apposition ("de klas van de zoon, "Zwaan""). */
    private static boolean groupInClause(List<Token> tokens, int open, int close) {
        int from = clauseStart(tokens, open);
        if (from > 0 && tokens.get(from).is(',')) {
            from = clauseStart(tokens, from); // the head of an apposition
        }
        int to = clauseEnd(tokens, close);
        for (int m = Math.max(0, from); m < to; m++) {
            Token t = tokens.get(m);
            if (t.isWord() && (m < open || m > close) && GROUPS.contains(t.lower())
                    && (!location(tokens, m) || relative(tokens, m))) {
                return true;
            }
        }
        return false;
    }

    /** "op school", "in de klas": the group is where the naming happens, not what is named. */
    private static boolean location(List<Token> tokens, int m) {
        int k = m - 1;
        if (k >= 0 && tokens.get(k).isWord() && ARTICLES.contains(tokens.get(k).lower())) {
            k--;
        }
        return k >= 0 && tokens.get(k).isWord() && LOCATIONS.contains(tokens.get(k).lower());
    }

    /** "de groep die ...": a relative clause about the group. */
    private static boolean relative(List<Token> tokens, int m) {
        return m + 1 < tokens.size() && tokens.get(m + 1).isWord()
                && (tokens.get(m + 1).lower().equals("die") || tokens.get(m + 1).lower().equals("dat"));
    }

    private static final Set<String> ARTICLES = WordSets.of("de", "het", "zijn", "haar", "hun", "die", "deze");
    private static final Set<String> LOCATIONS = WordSets.of("op", "in", "bij", "naar", "uit", "binnen", "buiten");

    /** The clause of the quote holds a verb or noun of naming and a person. */
    private static boolean namingClause(List<Token> tokens, WordLists words, boolean[] flag, int open, int close) {
        int from = clauseStart(tokens, open);
        int to = clauseEnd(tokens, close);
        boolean naming = false;
        boolean person = false;
        for (int m = from; m < to; m++) {
            if (m >= open && m <= close) {
                continue;
            }
            Token t = tokens.get(m);
            if (!t.isWord()) {
                continue;
            }
            String lower = t.lower();
            naming |= NAMING.contains(lower);
            person |= flag[m] || PERSONS.contains(lower) || words.isKinOrRole(lower);
        }
        return naming && person;
    }

    private static int clauseStart(List<Token> tokens, int open) {
        int m = open - 1;
        while (m >= 0 && !clauseBreak(tokens.get(m)) && !start(tokens, m)) {
            m--;
        }
        return Math.max(0, m);
    }

    private static int clauseEnd(List<Token> tokens, int close) {
        int m = close + 1;
        while (m < tokens.size() && !clauseBreak(tokens.get(m)) && !start(tokens, m)) {
            m++;
        }
        return m;
    }

    /** A sentence or line starts here (a quote marks the word after it as a start too: not a clause break). */
    private static boolean start(List<Token> tokens, int m) {
        return tokens.get(m).sentenceStart() && !(m > 0 && TelegramWords.quote(tokens.get(m - 1)))
                && !TelegramWords.quote(tokens.get(m));
    }

    private static boolean clauseBreak(Token t) {
        return t.is(',') || t.is('.') || t.is(';') || t.is('!') || t.is('?') || t.is('(') || t.is(')');
    }

    /** ', "X",' right after a kin or role word (or after "van" and one). */
    private static boolean apposition(List<Token> tokens, WordLists words, int open, int close) {
        if (open < 2 || !tokens.get(open - 1).is(',')) {
            return false;
        }
        Token kin = tokens.get(open - 2);
        if (!kin.isWord() || !words.isKinOrRole(kin.lower())) {
            return false;
        }
        return close + 1 >= tokens.size() || tokens.get(close + 1).is(',') || tokens.get(close + 1).is(')')
                || tokens.get(close + 1).is('.');
    }

    /** Right after a kin or role word, before punctuation or a finite verb ('neef "Pluk" komt'). */
    private static boolean afterKin(List<Token> tokens, WordLists words, int open, int close) {
        Token kin = tokens.get(open - 1);
        if (!kin.isWord() || !words.isKinOrRole(kin.lower())) {
            return false;
        }
        if (close + 1 >= tokens.size()) {
            return true;
        }
        Token after = tokens.get(close + 1);
        return after.is(',') || after.is('.') || after.is(')') || after.is(';')
                || after.isWord() && LowerCaseGivenNameOpeningNote.VERBS.contains(after.lower());
    }
}
