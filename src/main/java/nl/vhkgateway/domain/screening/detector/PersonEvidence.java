package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import nl.vhkgateway.domain.screening.detector.NameClassifier.WordClass;

/**
 * Round 10: person evidence outweighs place and word lists. A capitalised word that a name list holds (a given name or
 * a surname) is a name when the sentence says it is a person, even when a place list, an organisation list or the
 * dictionary also holds it ("Tholen", "Koning", "Zeeman", "Ben"). Each rule below is one kind of evidence:
 * <ul>
 * <li>{@link #afterRelative}: a kin, title or community role word right before it ("opa Koning", "ouderling Kodde",
 * "diaken Brouwer"); a word a list calls a place only with more evidence after it, so that "Moeder Breda en vader
 * Roosendaal" (where each parent lives) stays allowed.</li>
 * <li>{@link #afterInitials}: initials with their periods ("H. Ommen", "J.C. Tholen-Koning").</li>
 * <li>{@link #named}: a naming verb or noun ("heet Tholen", "de achternaam is Koning", "die Zeeman heet", "een zekere
 * Brouwer"), not when a place or organisation is what is named ("het dorp heet Tholen").</li>
 * <li>{@link #apposition}: a person described between commas after it or around it ("Ommen, de oom van vaderskant,
 * heeft"; "De vriend van oma, Tholen, heeft").</li>
 * <li>{@link #copula}: a copula and a person as the head of what follows ("Koning is de nieuwe partner van moeder",
 * "Ben is de oudste zoon"; "Tholen is een eiland" stays).</li>
 * <li>{@link #subjectOfPersonVerb}: the subject of a verb only a person does, at a clause start ("Zeeman dreigde",
 * "Ommen heeft moeder bedreigd").</li>
 * <li>{@link #possessive}: "Brouwers vriendin", "Vos z'n broer", "Koning zijn vrouw".</li>
 * <li>{@link #hyphenatedSurname}: a double surname with a hyphen whose parts are both listed names and which no place
 * list holds ("Tholen-Koning"; "Etten-Leur" stays a place).</li>
 * <li>{@link #lowerCaseRelative}: a lower-case word between a kin word and a relative described in brackets ("oma non
 * (moeder van moeder)").</li>
 * <li>Also: particle runs after a role ("meester Van Lopik"), a name in brackets after a relative, "sr."/"jr.", a
 * two-word apposition, a lower-case full name after a kin word, a word in capitals described as a relative; and
 * {@link NamesBesidePlaces} for names beside places.</li>
 * </ul>
 * Stateless and thread-safe; the detector calls {@link #flag} once per segment after its own rules.
 */
final class PersonEvidence {

    /** Community and church roles that stand before a person's surname like a title. */
    private static final Set<String> COMMUNITY_ROLES = Set.of("ouderling", "diaken", "dominee", "pastoor", "pastor",
            "predikant", "kapelaan", "voorganger", "rabbijn", "imam", "broeder", "zuster", "evangelist");
    /** Verbs only a person does, as the finite verb after the subject ("Zeeman dreigde", "Visser zegt"). */
    static final Set<String> PERSON_ONLY_VERBS = WordSets.of("zegt", "zei", "vertelt", "vertelde", "belt", "belde",
            "slaat", "sloeg", "schopt", "schopte", "duwt", "duwde", "dreigt", "dreigde", "bedreigt", "bedreigde",
            "ontkent", "ontkende", "erkent", "erkende", "huilt", "huilde", "schreeuwt", "schreeuwde", "liegt", "loog",
            "drinkt", "dronk", "scheldt", "schold", "mishandelt", "mishandelde", "appt", "appte",
            "mailde", "sms'te", "rijdt", "reed", "haalt", "haalde", "brengt", "bracht", "slaapt", "sliep",
            "spijbelt", "spijbelde", "blowt", "blowde", "gebruikt", "gebruikte");
    /** Auxiliaries before a participle of a person's deed ("Ommen heeft moeder bedreigd"). */
    private static final Set<String> AUXILIARIES = Set.of("heeft", "had", "is", "was");
    /** Participles of deeds and speech that only a person does. */
    private static final Set<String> PERSON_PARTICIPLES = Set.of("bedreigd", "geslagen", "geschopt", "geduwd",
            "mishandeld", "gebeld", "verteld", "gezegd", "ontkend", "erkend", "uitgescholden", "gedreigd",
            "misbruikt", "verkracht", "gestalkt", "opgehaald", "gebracht");
    private static final Set<String> COPULAS = Set.of("is", "was", "blijkt", "bleek", "wordt", "werd");
    private static final Set<String> ARTICLES = Set.of("de", "het", "een", "zijn", "haar", "hun", "onze", "z'n", "d'r");
    /** Nouns that name a name ("de achternaam van stiefvader is Koning"). */
    private static final Set<String> NAME_NOUNS = Set.of("naam", "achternaam", "voornaam", "roepnaam", "bijnaam",
            "meisjesnaam", "familienaam", "geboortenaam");
    private static final Set<String> NAMING_VERBS = Set.of("heet", "heette", "heten", "genaamd", "genoemd");
    /** Things that have a name too: "het dorp heet Tholen", "de school heet Koning Willem". */
    private static final Set<String> NAMED_THINGS = Set.of("dorp", "stad", "plaats", "woonplaats", "eiland", "wijk",
            "buurt", "straat", "school", "winkel", "bedrijf", "zaak", "club", "vereniging", "kerk", "moskee", "gemeente",
            "hond", "kat", "poes", "paard", "konijn", "huisdier", "boot", "app", "groep", "klas", "team", "film",
            "serie", "spel", "game", "boek", "liedje", "winkelcentrum", "camping", "park");
    /** Words that open a clause: a subject may follow them. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("en", "maar", "want", "dat", "omdat", "toen", "nadat",
            "terwijl", "sinds", "ook", "dus");
    /** Subjects after an inverted verb: then the word before the verb is no subject ("In Tholen zegt men"). */
    private static final Set<String> INVERTED_SUBJECTS = Set.of("ik", "je", "jij", "hij", "zij", "ze", "we", "wij",
            "u", "men", "jullie", "niemand", "iedereen");
    private static final Set<String> POSSESSIVES = Set.of("z'n", "d'r", "zijn", "haar");
    /** Adjectives between an owner and a person ("Wouters nieuwe vriendin"). */
    private static final Set<String> ADJECTIVES_BEFORE_PERSON = Set.of("nieuwe", "oude", "vorige", "huidige", "ex",
            "beste", "oudste", "jongste", "eigen", "andere", "vaste", "toenmalige");
    /** Partners after "ex-" ("ex-man Wim Verkerk"). */
    private static final Set<String> EX_PARTNERS = Set.of("man", "vrouw", "partner", "vriend", "vriendin",
            "echtgenoot", "echtgenote", "schoonvader", "schoonmoeder", "zwager", "schoonzus");
    /** Plural relatives before a family's surname ("De grootouders Van Wijk", "de buren De Vries"). */
    private static final Set<String> RELATIVE_PLURALS = Set.of("grootouders", "ouders", "pleegouders", "stiefouders",
            "schoonouders", "buren", "broers", "zussen", "ooms", "tantes", "neven", "nichten", "opa's", "oma's");
    /** Kinds of organisation that act like a person ("School belde", "Politie zegt"). */
    private static final Set<String> ORGANISATION_KINDS = Set.of("school", "politie", "gemeente", "rechtbank",
            "kinderrechter", "rechter", "raad", "wijkteam", "jeugdteam", "huisarts", "werkgever", "opvang", "kerk",
            "moskee", "staat", "justitie", "reclassering", "instelling", "zorgverzekeraar", "woningcorporatie");
    private static final Set<String> COMPASS = Set.of("noord", "zuid", "oost", "west", "midden", "centrum", "binnen",
            "buiten", "boven", "beneden");

    private PersonEvidence() {
    }

    /**
     * Flags the listed names that person evidence makes names.
     *
     * @param personNoun a kin, role or professional noun ("oom", "partner", "mentor")
     */
    static void flag(List<Token> tokens, WordClass[] cls, boolean[] covered, boolean[] coveredOrg, int[] role,
                     WordLists words,
                     Predicate<String> personNoun, boolean shouted, boolean[] flag) {
        if (shouted) {
            return; // a line in capitals, read in Title Case: "MOEDER WIL NIET DAT SCHOOL BELT"
        }
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                continue;
            }
            if (!t.capitalised()) {
                if (lowerCaseRelative(tokens, role, words, i)) {
                    flag[i] = true;
                }
                lowerCaseFullName(tokens, role, words, flag, i);
                continue;
            }
            if (t.allCaps() && !flag[i] && shoutedRelative(tokens, role, words, i)) {
                flag[i] = true;
                continue;
            }
            particleRunAfterRelative(tokens, role, words, coveredOrg, flag, i);
            nameInBracketsAfterRelative(tokens, cls, role, words, coveredOrg, flag, i);
            senior(tokens, cls, words, flag, i);
            twoWordApposition(tokens, personNoun, words, coveredOrg, flag, i);
            if (flag[i] || t.allCaps() || NameClassifier.isFunctionWord(t.lower()) || cls[i] == WordClass.ROLE
                    || words.isKinOrRole(t.lower()) || ORGANISATION_KINDS.contains(t.lower())
                    || t.lower().endsWith("s") && words.isKinOrRole(t.lower().substring(0, t.lower().length() - 1))
                    || insideOrganisation(tokens, coveredOrg, i) || inPlacePhrase(tokens, words, i)) {
                // "Vader rijdt", "Zoon gebruikt", "School belde", "Vaders broer": a kin word or a kind of organisation is
                // no name; nor a word of a phrase of two or more words ("wijkagent Oud Gastel", "Koning Willem I College")
                continue;
            }
            if (!listedName(t, words)) {
                // "Ben is de oudste zoon": a particle never stands before a verb, so there it is a given name
                if (cls[i] == WordClass.TUSSENVOEGSEL && hasVowel(t.lower()) && (copula(tokens, personNoun, i)
                        || subjectOfPersonVerb(tokens, i))) {
                    flag[i] = true;
                }
                continue;
            }
            if (afterRelative(tokens, cls, role, words, i) || afterInitials(tokens, cls, i) || named(tokens, i)
                    || apposition(tokens, role, personNoun, i) || copula(tokens, personNoun, i)
                    || subjectOfPersonVerb(tokens, i) || possessive(tokens, words, personNoun, i)) {
                flag[i] = true;
                markInitials(tokens, cls, flag, i);
                markHyphenated(tokens, words, flag, i);
            }
            hyphenatedSurname(tokens, cls, words, flag, i);
        }
        NamesBesidePlaces.flag(tokens, words, flag); // round 9's open leaks
    }

    /** "Ben", not "Vdr" (an abbreviation of vader or van der). */
    private static boolean hasVowel(String lower) {
        for (int k = 0; k < lower.length(); k++) {
            if ("aeiouy".indexOf(lower.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised word a name list holds, also as a possessive ("Brouwers", "Koning's"). */
    private static boolean listedName(Token t, WordLists words) {
        String base = NameClassifier.stripPossessive(t.text());
        if (words.isName(base)) {
            return true;
        }
        String text = t.text();
        return text.length() > 4 && text.endsWith("s") && words.isName(text.substring(0, text.length() - 1));
    }

    /** Part of a place or organisation phrase of more than one word ("Koning Willem I College"): no person. */
    private static boolean insideOrganisation(List<Token> tokens, boolean[] coveredOrg, int i) {
        if (!coveredOrg[i]) {
            return false;
        }
        return i > 0 && coveredOrg[i - 1] && tokens.get(i - 1).isWord()
                || i + 1 < tokens.size() && coveredOrg[i + 1] && tokens.get(i + 1).isWord();
    }

    /** "opa Koning", "ouderling Kodde", "Diaken Brouwer": a relative's or a community role's word right before. */
    private static boolean afterRelative(List<Token> tokens, WordClass[] cls, int[] role, WordLists words, int i) {
        int p = i - 1;
        if (p < 0 || !tokens.get(p).isWord()) {
            return false;
        }
        String before = tokens.get(p).lower();
        boolean relative = relativeAt(tokens, role, p);
        if (!relative || words.isTussenvoegsel(before)) {
            return false;
        }
        int n = tokens.size();
        if (i + 1 < n && tokens.get(i + 1).isWord() && tokens.get(i + 1).capitalised() && !tokens.get(i + 1).allCaps()
                && cls[i + 1] == WordClass.DICTIONARY) {
            return false; // "Moeder En Kind Centrum": a heading in Title Case
        }
        String lower = WordLists.lower(NameClassifier.stripPossessive(tokens.get(i).text()));
        if (!words.isPlaceInContext(lower)) {
            return true;
        }
        // a place: "Moeder Breda en vader Roosendaal", "moeder Marokko, vader Nederland" say where each one lives
        if (i + 2 < n && (tokens.get(i + 1).is(',') || tokens.get(i + 1).is(';') || tokens.get(i + 1).isWord()
                && tokens.get(i + 1).lower().equals("en")) && tokens.get(i + 2).isWord()
                && words.isKinOrRole(tokens.get(i + 2).lower())) {
            return false;
        }
        if (p > 0 && (tokens.get(p - 1).is(',') || tokens.get(p - 1).is(':') || tokens.get(p - 1).isWord()
                && tokens.get(p - 1).lower().equals("en"))) {
            return false; // "Herkomst: moeder Marokko", "..., vader Roosendaal"
        }
        Token next = i + 1 < n ? tokens.get(i + 1) : null;
        // "bij opa Tholen.", "met oma Ommen en de kinderen", "Opa Tholen (vz)"
        return next == null || next.is('.') || next.is('(') || next.isWord() && (next.lower().equals("en")
                && i + 2 < n && tokens.get(i + 2).isWord() && ARTICLES.contains(tokens.get(i + 2).lower())
                || PERSON_ONLY_VERBS.contains(next.lower()) || COPULAS.contains(next.lower())
                || AUXILIARIES.contains(next.lower()));
    }

    /** A kin, title or community role word at {@code p}, or "ex-" and a partner ("ex-man", "ex-vriendin"). */
    private static boolean relativeAt(List<Token> tokens, int[] role, int p) {
        if (p < 0 || !tokens.get(p).isWord()) {
            return false;
        }
        String word = tokens.get(p).lower();
        return (role[p] & PersonNameDetector.KIN) != 0 || (role[p] & PersonNameDetector.TITLE) != 0
                || COMMUNITY_ROLES.contains(word) || EX_PARTNERS.contains(word) && p >= 2 && tokens.get(p - 1).is('-')
                && tokens.get(p - 2).isWord() && tokens.get(p - 2).lower().equals("ex");
    }

    /** The word and its neighbour make a place of two words ("wijkagent Oud Gastel"). */
    private static boolean inPlacePhrase(List<Token> tokens, WordLists words, int i) {
        int n = tokens.size();
        String lower = tokens.get(i).lower();
        return i + 1 < n && tokens.get(i + 1).isWord() && tokens.get(i + 1).capitalised()
                && words.isPlaceInContext(lower + " " + tokens.get(i + 1).lower())
                || i > 0 && tokens.get(i - 1).isWord() && tokens.get(i - 1).capitalised()
                && words.isPlaceInContext(tokens.get(i - 1).lower() + " " + lower);
    }

    /**
     * "meester Van Lopik", "De grootouders Van Wijk", "ex-man Van der Linden": a relative's or role word, capitalised
     * particles and a capitalised word; not a place with a particle ("oom Den Haag" is left to the other rules).
     */
    private static void particleRunAfterRelative(List<Token> tokens, int[] role, WordLists words, boolean[] coveredOrg,
                                                 boolean[] flag, int i) {
        int n = tokens.size();
        Token t = tokens.get(i);
        if (i < 1 || !words.isTussenvoegsel(t.lower()) || !tokens.get(i - 1).isWord()
                || !relativeAt(tokens, role, i - 1) && !RELATIVE_PLURALS.contains(tokens.get(i - 1).lower())) {
            return;
        }
        StringBuilder phrase = new StringBuilder(t.lower());
        int head = i + 1;
        while (head < n && head < i + 4 && tokens.get(head).isWord() && words.isTussenvoegsel(tokens.get(head).lower())) {
            phrase.append(' ').append(tokens.get(head).lower());
            head++;
        }
        if (head >= n || !tokens.get(head).isWord() || !tokens.get(head).capitalised() || tokens.get(head).allCaps()
                || coveredOrg[head] || words.isTussenvoegsel(tokens.get(head).lower())
                || head + 1 < n && tokens.get(head + 1).is('-')) { // "Van Gogh-museum"
            return;
        }
        phrase.append(' ').append(tokens.get(head).lower());
        if (words.isPlaceInContext(phrase.toString()) || words.isProperPhrase(phrase.toString())) {
            return;
        }
        for (int k = i; k <= head; k++) {
            flag[k] = true;
        }
    }

    /** "moeder (Geertruida)", "oom (Mesut) belt": a name alone in brackets right after a relative's word. */
    private static void nameInBracketsAfterRelative(List<Token> tokens, WordClass[] cls, int[] role, WordLists words,
                                                    boolean[] coveredOrg, boolean[] flag, int i) {
        int n = tokens.size();
        if (i < 2 || i + 1 >= n || !tokens.get(i - 1).is('(') || !tokens.get(i + 1).is(')')
                || !relativeAt(tokens, role, i - 2) || tokens.get(i).allCaps() || coveredOrg[i]) {
            return;
        }
        WordClass c = cls[i];
        boolean nameLike = c == WordClass.NAME || c == WordClass.UNKNOWN || c == WordClass.AMBIGUOUS_FIRST_NAME
                || c == WordClass.AMBIGUOUS_SURNAME;
        if (nameLike && !words.isPlaceInContext(tokens.get(i).lower()) && !words.isAbroad(tokens.get(i).lower())) {
            flag[i] = true; // not "moeder (Marokko)", "vader (onbekend)"
        }
    }

    /** "Van der Veen sr. (opa)", "Bakker jr.": a capitalised word before "sr."/"jr." is a surname, with its particles. */
    private static void senior(List<Token> tokens, WordClass[] cls, WordLists words, boolean[] flag, int i) {
        int n = tokens.size();
        if (i + 1 >= n || !tokens.get(i + 1).isWord() || tokens.get(i).allCaps() || cls[i] == WordClass.ACRONYM
                || !Set.of("sr", "jr", "senior", "junior").contains(tokens.get(i + 1).text())) {
            return;
        }
        flag[i] = true;
        for (int k = i - 1; k >= 0 && tokens.get(k).isWord() && words.isTussenvoegsel(tokens.get(k).lower()); k--) {
            flag[k] = true;
        }
    }

    /** "De zoon van de buren, Bas Kamphuis, heeft": a given name and surname between commas after a person. */
    private static void twoWordApposition(List<Token> tokens, Predicate<String> personNoun, WordLists words,
                                          boolean[] coveredOrg, boolean[] flag, int i) {
        int n = tokens.size();
        if (i < 2 || i + 2 >= n || !tokens.get(i - 1).is(',') || !tokens.get(i + 1).isWord()
                || !tokens.get(i + 1).capitalised() || !tokens.get(i + 2).is(',') || tokens.get(i).allCaps()
                || tokens.get(i + 1).allCaps() || (coveredOrg[i] || coveredOrg[i + 1])
                && !(words.isFirstName(tokens.get(i).text()) && words.isSurname(tokens.get(i + 1).text()))) {
            // "Bas Kamphuis" is no institution of the kind "X huis": a given name and a listed surname
            return;
        }
        for (int k = i - 2; k >= 0 && k >= i - 7; k--) {
            Token w = tokens.get(k);
            if (!w.isWord()) {
                return;
            }
            if (!w.capitalised() && personNoun.test(w.lower()) && k > 0 && tokens.get(k - 1).isWord()
                    && ARTICLES.contains(tokens.get(k - 1).lower())) {
                flag[i] = true;
                flag[i + 1] = true;
                return;
            }
        }
    }

    /** "H. Ommen", "J.C. Tholen-Koning": one or more initials with their periods right before. */
    private static boolean afterInitials(List<Token> tokens, WordClass[] cls, int i) {
        int p = i - 1;
        if (p < 1 || !tokens.get(p).is('.') || tokens.get(p).spaceBefore()) {
            return false;
        }
        Token initial = tokens.get(p - 1);
        if (cls[p - 1] != WordClass.INITIAL || !initial.isWord()) {
            return false;
        }
        // "voor G. School werkt": a kind of organisation after an initial opens the next sentence
        String lower = tokens.get(i).lower();
        return !NAMED_THINGS.contains(lower) && !lower.equals("politie")
                && !InitialAtLineEnd.opensNextLine(tokens, i, i, cls[i])
                && !SentenceOpenerAfterInitial.opensSentence(tokens, i);
    }

    private static void markInitials(List<Token> tokens, WordClass[] cls, boolean[] flag, int i) {
        int p = i - 1;
        while (p >= 1 && tokens.get(p).is('.') && cls[p - 1] == WordClass.INITIAL) {
            flag[p - 1] = true;
            flag[p] = true;
            p -= 2;
        }
    }

    /** "heet Tholen", "genaamd Hoek", "die Zeeman heet", "de achternaam is Koning", "een zekere Brouwer". */
    private static boolean named(List<Token> tokens, int i) {
        int n = tokens.size();
        int p = i - 1;
        if (p < 0 || !tokens.get(p).isWord()) {
            return false;
        }
        String before = tokens.get(p).lower();
        if (before.equals("zekere") && p > 0 && tokens.get(p - 1).isWord() && tokens.get(p - 1).lower().equals("een")) {
            return true;
        }
        if (NAMING_VERBS.contains(before)) {
            return !namesAThing(tokens, p);
        }
        if (COPULAS.contains(before)) {
            for (int k = p - 1; k >= 0 && k >= p - 4; k--) {
                Token w = tokens.get(k);
                if (!w.isWord()) {
                    return false;
                }
                if (NAME_NOUNS.contains(w.lower())) {
                    return true; // "De achternaam van stiefvader is Koning"
                }
            }
            return false;
        }
        // "de man die Zeeman heet"
        return (before.equals("die") || before.equals("dat")) && i + 1 < n && tokens.get(i + 1).isWord()
                && NAMING_VERBS.contains(tokens.get(i + 1).lower()) && !namesAThing(tokens, p);
    }

    /** The naming verb at {@code v} names a place, a group or an animal ("het dorp heet", "de hond die Storm heet"). */
    private static boolean namesAThing(List<Token> tokens, int v) {
        for (int k = v - 1; k >= 0 && k >= v - 4; k--) {
            Token w = tokens.get(k);
            if (!w.isWord()) {
                return false;
            }
            String lower = w.lower();
            if (NAMED_THINGS.contains(lower) || lower.endsWith("school") || lower.endsWith("dorp")) {
                return true;
            }
        }
        return false;
    }

    /** "Ommen, de oom van vaderskant, heeft"; "De vriend van oma, Tholen, heeft". */
    private static boolean apposition(List<Token> tokens, int[] role, Predicate<String> personNoun, int i) {
        int n = tokens.size();
        if (i + 2 < n && tokens.get(i + 1).is(',') && personHeadAt(tokens, personNoun, i + 2)
                && (tokens.get(i).sentenceStart() || i > 0 && tokens.get(i - 1).is(','))
                && !AnswerWordBeforeComma.holds(tokens, i)) { // round 24 (t24-new): "Ja, de mama gaat akkoord"
            return true;
        }
        if (i < 2 || i + 1 >= n || !tokens.get(i - 1).is(',') || !tokens.get(i + 1).is(',')) {
            return false;
        }
        // a person before the comma: "De (nieuwe) vriend van moeder, X,"
        for (int k = i - 2; k >= 0 && k >= i - 6; k--) {
            Token w = tokens.get(k);
            if (!w.isWord()) {
                return false;
            }
            if (w.lower().equals("van") || w.capitalised() && k != 0) {
                continue;
            }
            if (personNoun.test(w.lower()) && (k == 0 || tokens.get(k - 1).isWord()
                    && ARTICLES.contains(tokens.get(k - 1).lower()) || k >= 2 && tokens.get(k - 2).isWord()
                    && ARTICLES.contains(tokens.get(k - 2).lower()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A person as the head of a noun phrase at {@code from}: an article, lower-case adjectives and a person noun
     * before any preposition ("de oom van vaderskant", "haar nieuwe vriend"; not "de woonplaats van oma", "de
     * moeilijkste tijd voor moeder").
     */
    private static boolean personHeadAt(List<Token> tokens, Predicate<String> personNoun, int from) {
        int n = tokens.size();
        if (from >= n || !tokens.get(from).isWord() || !ARTICLES.contains(tokens.get(from).lower())) {
            return false;
        }
        for (int k = from + 1; k < n && k <= from + 3; k++) {
            Token w = tokens.get(k);
            if (!w.isWord() || w.capitalised() || NameClassifier.isFunctionWord(w.lower())) {
                return false; // "de oom van vaderskant"; not "de moeilijkste tijd voor moeder"
            }
            if (personNoun.test(w.lower())) {
                return true;
            }
        }
        return false;
    }

    /** "Koning is de nieuwe partner van moeder", "Ben is de oudste zoon"; not "Tholen is een eiland". */
    private static boolean copula(List<Token> tokens, Predicate<String> personNoun, int i) {
        int n = tokens.size();
        return i + 2 < n && tokens.get(i + 1).isWord() && COPULAS.contains(tokens.get(i + 1).lower())
                && clauseStart(tokens, i) && personHeadAt(tokens, personNoun, i + 2);
    }

    /** The word opens a sentence or a clause ("Zeeman dreigde", "..., en Visser zegt"). */
    private static boolean clauseStart(List<Token> tokens, int i) {
        if (tokens.get(i).sentenceStart() || i == 0) {
            return true;
        }
        Token p = tokens.get(i - 1);
        return p.is(',') || p.is(';') || p.is(':') || p.isWord() && CLAUSE_OPENERS.contains(p.lower());
    }

    /** "Zeeman dreigde moeder", "Ommen heeft moeder vaker bedreigd": the subject of a verb of a person. */
    private static boolean subjectOfPersonVerb(List<Token> tokens, int i) {
        int n = tokens.size();
        if (i + 1 >= n || !tokens.get(i + 1).isWord() || !clauseStart(tokens, i)) {
            return false;
        }
        String verb = tokens.get(i + 1).lower();
        if (i + 2 < n && tokens.get(i + 2).isWord() && INVERTED_SUBJECTS.contains(tokens.get(i + 2).lower())) {
            return false; // "Thuis zegt hij", "Tholen heeft het ..."
        }
        if (PERSON_ONLY_VERBS.contains(verb)) {
            return true;
        }
        if (!AUXILIARIES.contains(verb) || verb.equals("is") || verb.equals("was")) {
            return false;
        }
        for (int k = i + 2; k < n && k <= i + 6; k++) {
            Token w = tokens.get(k);
            if (!w.isWord()) {
                return false;
            }
            if (PERSON_PARTICIPLES.contains(w.lower())) {
                return true;
            }
        }
        return false;
    }

    /** "Brouwers vriendin", "Vos z'n broer", "Koning zijn vrouw": the word owns a person or, with z'n/d'r, a thing. */
    private static boolean possessive(List<Token> tokens, WordLists words, Predicate<String> personNoun, int i) {
        int n = tokens.size();
        if (i + 1 >= n || !tokens.get(i + 1).isWord()) {
            return false;
        }
        String next = tokens.get(i + 1).lower();
        String text = tokens.get(i).text();
        boolean ownsPerson = personNoun.test(next) || i + 2 < n && ADJECTIVES_BEFORE_PERSON.contains(next)
                && tokens.get(i + 2).isWord() && personNoun.test(tokens.get(i + 2).lower());
        if (text.length() > 4 && text.endsWith("s") && ownsPerson && clauseStart(tokens, i)
                && (words.isSurname(text.substring(0, text.length() - 1)) || words.isSurname(text))) {
            return true; // "Brouwers vriendin past op", "Wouters nieuwe vriendin"
        }
        if (!POSSESSIVES.contains(next) || !clauseStart(tokens, i) || i + 2 >= n || !tokens.get(i + 2).isWord()
                || tokens.get(i + 2).capitalised()) {
            return false;
        }
        String owned = tokens.get(i + 2).lower();
        return next.startsWith("z'") || next.startsWith("d'") ? words.isDutchWord(owned) : personNoun.test(owned);
    }

    /** "Tholen-Koning", "Visser-Hoek": both parts of a hyphenated capitalised word are listed names, no place. */
    private static void hyphenatedSurname(List<Token> tokens, WordClass[] cls, WordLists words, boolean[] flag,
                                          int i) {
        int n = tokens.size();
        if (i + 2 >= n || !tokens.get(i + 1).is('-') || tokens.get(i + 1).spaceBefore()
                || tokens.get(i + 2).spaceBefore() || !tokens.get(i + 2).isWord() || !tokens.get(i + 2).capitalised()
                || tokens.get(i + 2).allCaps() || flag[i] && flag[i + 2]) {
            return;
        }
        Token a = tokens.get(i);
        Token b = tokens.get(i + 2);
        String whole = WordLists.lower(a.text() + "-" + NameClassifier.stripPossessive(b.text()));
        if (words.isPlaceInContext(whole) || COMPASS.contains(a.lower()) || COMPASS.contains(b.lower())
                || i > 0 && tokens.get(i - 1).is('-') || i + 3 < n && tokens.get(i + 3).is('-')
                || !words.isSurname(a.text()) || !words.isSurname(NameClassifier.stripPossessive(b.text()))
                || words.isPlaceInContext(a.lower()) && words.isPlaceInContext(b.lower())) {
            return; // "Sint-Oedenrode", "Arnhem-Zuid", "Alphen-Chaam": a place
        }
        if (i > 0 && tokens.get(i - 1).isWord() && Set.of("in", "uit", "te", "naar", "vanuit", "richting")
                .contains(tokens.get(i - 1).lower())) {
            return; // "in Tholen-Stad"
        }
        flag[i] = true;
        flag[i + 1] = true;
        flag[i + 2] = true;
        markInitials(tokens, cls, flag, i);
    }

    private static void markHyphenated(List<Token> tokens, WordLists words, boolean[] flag, int i) {
        int n = tokens.size();
        if (i + 2 < n && tokens.get(i + 1).is('-') && !tokens.get(i + 1).spaceBefore() && tokens.get(i + 2).isWord()
                && tokens.get(i + 2).capitalised() && !tokens.get(i + 2).spaceBefore()) {
            flag[i + 1] = true;
            flag[i + 2] = true;
        }
    }

    /**
     * "vader aart kodde werkt op de kwekerij": after a kin word, a listed given name and a listed surname in lower case
     * before a verb of a person (neither a frequent word, a function word or a kin word).
     */
    private static void lowerCaseFullName(List<Token> tokens, int[] role, WordLists words, boolean[] flag, int i) {
        int n = tokens.size();
        if (i < 1 || i + 2 >= n || (role[i - 1] & PersonNameDetector.KIN) == 0 || !tokens.get(i - 1).isWord()
                || !tokens.get(i + 1).isWord() || tokens.get(i + 1).capitalised() || !tokens.get(i + 2).isWord()) {
            return;
        }
        String given = tokens.get(i).lower();
        String surname = tokens.get(i + 1).lower();
        String verb = tokens.get(i + 2).lower();
        if (given.length() >= 3 && surname.length() >= 3 && words.isFirstNameLower(given)
                && words.isSurname(NameClassifier.capitalise(surname)) && !ordinary(words, given)
                && !ordinary(words, surname) && (PersonNameDetector.isPersonVerb(verb) || PERSON_ONLY_VERBS.contains(verb))) {
            flag[i] = true;
            flag[i + 1] = true;
        }
    }

    private static boolean ordinary(WordLists words, String lower) {
        return NameClassifier.isFunctionWord(lower) || words.isCommonWord(lower) || words.isKinOrRole(lower)
                || words.isTussenvoegsel(lower);
    }

    /** "NOVITA (zus van moeder) haalt": a word in capitals described in brackets as a relative ("zus van moeder"). */
    private static boolean shoutedRelative(List<Token> tokens, int[] role, WordLists words, int i) {
        int n = tokens.size();
        String lower = tokens.get(i).lower();
        return lower.length() >= 3 && hasVowel(lower) && i + 4 < n && tokens.get(i + 1).is('(')
                && tokens.get(i + 2).isWord() && (role[i + 2] & PersonNameDetector.KIN) != 0
                && words.isKinOrRole(tokens.get(i + 2).lower()) && tokens.get(i + 3).isWord()
                && tokens.get(i + 3).lower().equals("van") && !words.allowed().containsWord(lower);
    }

    /** "oma non (moeder van moeder)": a lower-case word between a kin word and a relative described in brackets. */
    private static boolean lowerCaseRelative(List<Token> tokens, int[] role, WordLists words, int i) {
        int n = tokens.size();
        if (i < 1 || i + 2 >= n || !tokens.get(i + 1).is('(') || (role[i - 1] & PersonNameDetector.KIN) == 0
                || !tokens.get(i - 1).isWord()) {
            return false;
        }
        String lower = tokens.get(i).lower();
        if (lower.length() < 3 || NameClassifier.isFunctionWord(lower) || words.isKinOrRole(lower)
                || words.isCommonWord(lower) || lower.endsWith("zijde") || lower.endsWith("kant")) {
            return false;
        }
        for (int k = i + 2; k < n && k <= i + 6; k++) {
            Token w = tokens.get(k);
            if (w.is(')')) {
                return false;
            }
            if (w.isWord() && words.isKinOrRole(w.lower()) && k == i + 2 && k + 1 < n && tokens.get(k + 1).isWord()
                    && tokens.get(k + 1).lower().equals("van")) {
                return true; // "(moeder van moeder)", "(zus van vader)"
            }
        }
        return false;
    }
}
