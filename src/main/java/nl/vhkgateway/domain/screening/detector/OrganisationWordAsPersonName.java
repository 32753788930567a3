package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 14 (names): a one-word entry of the organisation, brand or allow lists used as a person's name, when the
 * sentence says person more strongly than the list says organisation. Four shapes:
 * <ul>
 * <li>a naming verb whose subject is a kin word or person noun heading its phrase: "De dochter heet Viveste", "zijn
 * nieuwe vriendin heette Rivas", "een meisje die Gemiva heet", "hun zoon, genaamd Lentis"; "roepnaam", "voornaam",
 * "bijnaam" name a person always. "de stichting heet Syndion" (no person), "De school van zoon heet Wellant", "het bedrijf
 * waar vader werkt heet PostNL" (the person only modifies the subject) and pronouns ("een game, hij heet Fortnite")
 * stay;</li>
 * <li>a bracket that holds only whose relative it is: "Gemiva (de zus van moeder)", "Rhiant (vriend van pa)"; "Syndion
 * (moeder)", a list after a label ("Hulpverlening: Lentis (partner van moeder), Accare (zoon)") and the word after a
 * preposition ("Verwijzing naar Lentis (broer van vader)") stay;</li>
 * <li>a form of address right before it ("de heer Mercatus", "mevrouw Parteon"; round 17);</li>
 * <li>opening the sentence, an age in brackets before a verb of a child ("Saxion (5) speelt buiten"), or "en zijn/haar" and
 * one relative ("Rhiant en haar moeder komen"); "Accare (6 mnd) loopt", "werkt bij PostNL en zijn broer" stay.</li>
 * </ul>
 * Only a single capitalised word covered alone by a list entry counts (no part of a longer organisation name), and no
 * place. Main's older one-word entries are read the same way. Stateless.
 */
final class OrganisationWordAsPersonName {

    private static final Set<String> HEET = WordSets.of("heet", "heette", "heten");
    private static final Set<String> ALWAYS_NAMING = WordSets.of("roepnaam", "voornaam", "bijnaam", "genaamd");
    private static final Set<String> PERSON_SUBJECTS = WordSets.of("hij", "zij", "ze", "jongen", "meisje", "kind",
            "baby", "kindje", "vriend", "vriendin", "vriendje", "vriendinnetje", "jongetje", "man", "vrouw");
    private static final Set<String> POSSESSIVES = WordSets.of("zijn", "haar");
    /** Verbs of a child after "X (5)": "heeft", "is", "kan" stay (an organisation with a count has places, is full). */
    private static final Set<String> CHILD_VERBS = WordSets.of("speelt", "speelde", "huilt", "huilde", "slaapt", "sliep",
            "praat", "lacht", "eet", "zegt", "zei", "vertelt", "vertelde", "wil", "wilde", "gaat", "ging", "zit", "zat",
            "woont", "logeert", "plast", "kruipt", "fietst");
    private static final Set<String> ARTICLES = WordSets.of("de", "het", "een", "zijn", "haar", "hun", "mijn", "onze");
    private static final Set<String> PRONOUNS = WordSets.of("hij", "zij", "ze");
    /**
     * Forms of address of a person (round 17); academic and professional titles are left out: they open the names of
     * institutions named after a person ("Dr. Schaepman College", "het Dr. Algra ziekenhuis"); so are "ms" and "hr",
     * which are also abbreviations ("Moeder heeft MS. Tecfidera 240 mg", HR).
     */
    private static final Set<String> ADDRESS_FORMS = WordSets.of("mevrouw", "mevr", "mw", "mvr", "meneer", "mnr",
            "mijnheer", "dhr", "juffrouw", "mej", "mrs", "miss", "mme", "madame", "monsieur", "fam", "familie");
    private static final Set<String> NOT_ADJECTIVES = WordSets.of("van", "waar", "die", "dat", "met", "bij", "voor");

    private OrganisationWordAsPersonName() {
    }

    static void flag(List<Token> tokens, boolean[] covered, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (flag[i] || !covered[i] || !t.isWord() || !t.capitalised() || t.text().length() < 3
                    || i > 0 && covered[i - 1] && tokens.get(i - 1).isWord()
                    || i + 1 < n && covered[i + 1] && tokens.get(i + 1).isWord()) {
                continue;
            }
            String lower = t.lower();
            if (words.isPlaceInContext(lower) || words.isKinOrRole(lower) || NameClassifier.isFunctionWord(lower)
                    || compassOfDistrict(tokens, i, words)) {
                continue;
            }
            boolean opening = i == 0 || t.sentenceStart();
            if (named(tokens, i, words) || titleBefore(tokens, i, words) || relativeInBrackets(tokens, i, words) && !inList(tokens, i)
                    && !afterPreposition(tokens, i)
                    || opening && (ageBeforeVerb(tokens, i) || withOwnRelative(tokens, i, words))
                    || relativeAround(tokens, i, words)) {
                flag[i] = true;
            }
        }
    }

    /**
     * Round 22 (t22-cards): the compass part of a district joined by a hyphen to a place of the lists ("in Oss-Noord
     * (een tante van moeder) is opvang": {@link CompassDistrict}'s district) is part of a place, as a place is: the
     * bracket says who lives there.
     */
    private static boolean compassOfDistrict(List<Token> tokens, int i, WordLists words) {
        if (i < 2 || !PlaceShapes.compass(tokens.get(i).lower()) || !tokens.get(i - 1).is('-')
                || tokens.get(i - 1).spaceBefore() || tokens.get(i).spaceBefore() || !tokens.get(i - 2).isWord()) {
            return false;
        }
        Token town = tokens.get(i - 2);
        String lower = town.lower();
        return town.capitalised() && (words.isPlace(lower) || words.isPlaceInContext(lower) || words.isVillage(lower))
                && !words.isFirstName(town.text());
    }

    /**
     * Round 20 (t20-allow): a relative around the word makes it the relative's name, as a form of address does, for
     * every one-word entry (main's older ones too: "Opa Mondriaan", "Tante Lindenhout"):
     * <ul>
     * <li>a relative right before it (a family or social word of {@code kin-roles.txt}, no professional's role) and
     * a person's verb after it, also after a year in brackets, or "bij" before and "in/te &lt;place&gt;" after ("Oom
     * Roessingh haalt", "Broer Emmaus (2009) heeft", "bij oma Roessingh in Enschede"); a list of who goes where
     * ("moeder Lentis, vader Tactus", "moeder Lentis benaderen", "moeder Lentis (2021) en vader") and a professional's
     * role ("begeleider Lyvore belt": the organisation's worker) stay;</li>
     * <li>an apposition that names a relative ("Roessingh, de nieuwe partner van moeder, ...");</li>
     * <li>opening the sentence, one relative in brackets and a person's verb ("Roessingh (oom) past op"); "Syndion
     * (moeder) heeft ..." (whom the organisation helps) stays.</li>
     * </ul>
     * Acronyms stay ("moeder LVB heeft", "vader OTS loopt": a condition or a measure).
     */
    private static boolean relativeAround(List<Token> tokens, int i, WordLists words) {
        int n = tokens.size();
        String lower = tokens.get(i).lower();
        if (tokens.get(i).allCaps() || words.isPlace(lower) || words.isVillage(lower)
                || VillageSurnames.contains(lower)) {
            return false; // a place a rule covered is no organisation word ("woont in Heukelum, de buurvrouw ...")
        }
        if (i > 0 && tokens.get(i - 1).isWord() && relative(tokens.get(i - 1).lower(), words) && i + 1 < n) {
            // review revallow: telegraphic care lines ("moeder Lentis benaderen", "voor moeder Lentis en vader
            // Tactus", "moeder Lentis (2021)", "moeder Lentis wachtlijst") stay: only a person's verb right after,
            // a year in brackets and then a person's verb, or a stay at the relative's home in a place
            Token next = tokens.get(i + 1);
            if (next.isWord() && !next.capitalised() && yearVerb(next.lower())
                    || next.is(',') && i + 3 < n && tokens.get(i + 2).isNumber() && tokens.get(i + 3).is(',')
                    || next.is('(') && i + 4 < n && tokens.get(i + 2).isNumber() && tokens.get(i + 3).is(')')
                    && tokens.get(i + 4).isWord() && yearVerb(tokens.get(i + 4).lower())
                    || i >= 2 && tokens.get(i - 2).isWord() && HOME_PREPOSITIONS.contains(tokens.get(i - 2).lower())
                    && next.isWord() && (next.lower().equals("in") || next.lower().equals("te")) && i + 2 < n
                    && tokens.get(i + 2).isWord() && tokens.get(i + 2).capitalised()) {
                return true;
            }
        }
        if (i + 3 < n && tokens.get(i + 1).is(',') && tokens.get(i + 2).isWord()
                && APPOSITION_OPENERS.contains(tokens.get(i + 2).lower())) {
            int k = i + 3;
            if (k + 1 < n && tokens.get(k).isWord() && !relative(tokens.get(k).lower(), words)
                    && tokens.get(k).lower().endsWith("e")) {
                k++; // "de nieuwe partner"
            }
            // the relative noun ends the apposition or opens "van ..." ("de partner van moeder,"); a verb or a place
            // after it opens a clause of its own ("Frans, de jongste spreekt", "in X, de buurvrouw in Y")
            if (tokens.get(k).isWord() && relative(tokens.get(k).lower(), words)
                    && (k + 1 >= n || tokens.get(k + 1).is(',') || tokens.get(k + 1).is(')')
                    || tokens.get(k + 1).isWord() && tokens.get(k + 1).lower().equals("van"))) {
                return true;
            }
        }
        return (i == 0 || tokens.get(i).sentenceStart()) && i + 4 < n && tokens.get(i + 1).is('(')
                && tokens.get(i + 2).isWord() && relative(tokens.get(i + 2).lower(), words) && tokens.get(i + 3).is(')')
                && tokens.get(i + 4).isWord() && !tokens.get(i + 4).capitalised()
                && PERSON_ONLY_VERBS.contains(tokens.get(i + 4).lower());
    }

    private static final Set<String> HOME_PREPOSITIONS = WordSets.of("bij", "naar", "van", "met");

    /** After "oom X" or "broer X (2009)": any finite verb of the subject ("heeft", "zit", "is"), not "en" or a comma. */
    private static boolean yearVerb(String lower) {
        return PERSON_ONLY_VERBS.contains(lower) || PersonNameDetector.isPersonVerb(lower)
                || SUBJECT_VERBS.contains(lower);
    }

    private static final Set<String> SUBJECT_VERBS = WordSets.of("zit", "zat", "is", "was", "wordt", "werd", "dreigt",
            "dreigde");

    /** Verbs of a person's body, home and care for children ("Roessingh (oom) past op de kinderen"). */
    private static final Set<String> PERSON_ONLY_VERBS = WordSets.of("past", "paste", "haalt", "haalde", "brengt",
            "bracht", "drinkt", "dronk", "rookt", "rookte", "slaapt", "sliep", "kookt", "kookte", "speelt", "speelde",
            "logeert", "logeerde", "woont", "woonde", "slaat", "sloeg", "schopt", "schopte", "scheldt", "schold",
            "huilt", "huilde", "lacht", "lachte", "zegt", "zei", "vertelt", "vertelde", "belt", "belde", "appt",
            "appte", "komt", "kwam", "deelt", "deelde", "duwt", "duwde", "bedreigt", "bedreigde");

    private static boolean relative(String lower, WordLists words) {
        return CoverClauses.kinWord(lower, words) && words.isKinOrRole(lower);
    }

    private static final Set<String> APPOSITION_OPENERS = WordSets.of("de", "het", "een", "zijn", "haar", "hun");
    /**
     * Round 17 (r17-allow): a form of address (not an academic title) right before the word ("de heer Mercatus", "mevrouw Parteon", "Dhr.
     * Lyvore"): a person's surname, never the organisation. This guard lets one-word organisations of no name list be
     * listed (r16-allow took Mercatus and Chemelot out again for want of it).
     */
    private static boolean titleBefore(List<Token> tokens, int i, WordLists words) {
        int k = i - 1;
        if (k >= 0 && tokens.get(k).is('.')) {
            k--;
        }
        if (k < 0 || !tokens.get(k).isWord()) {
            return false;
        }
        String before = tokens.get(k).lower();
        if (before.equals("heer")) {
            return k >= 1 && tokens.get(k - 1).isWord() && tokens.get(k - 1).lower().equals("de");
        }
        return ADDRESS_FORMS.contains(before);
    }

    /** "De dochter heet X", "hij heet X", "roepnaam: X", "een meisje die X heet". */
    private static boolean named(List<Token> tokens, int i, WordLists words) {
        int p = i - 1;
        while (p >= 0 && (tokens.get(p).is(':') || TelegramWords.quote(tokens.get(p)))) {
            p--;
        }
        if (p >= 0 && tokens.get(p).isWord()) {
            String before = tokens.get(p).lower();
            if (ALWAYS_NAMING.contains(before)) {
                return !before.equals("genaamd") || personWithin(tokens, p, words);
            }
            if (HEET.contains(before)) {
                return personWithin(tokens, p, words);
            }
        }
        int q = i + 1;
        while (q < tokens.size() && TelegramWords.quote(tokens.get(q))) {
            q++;
        }
        return q < tokens.size() && tokens.get(q).isWord() && HEET.contains(tokens.get(q).lower()) && p >= 1
                && tokens.get(p).isWord() && tokens.get(p).lower().equals("die") && person(tokens.get(p - 1), words);
    }

    /**
     * A person as the subject right before the naming verb at {@code verb}: a pronoun ("hij heet"), or a kin word or person
     * noun that heads its phrase, after an article or possessive or at the start ("De dochter heet", "zijn nieuwe vriendin
     * heet", "hun zoon, genaamd"). "De school van zoon heet", "het bedrijf waar vader werkt heet" stay: the person only
     * modifies the subject.
     */
    private static boolean personWithin(List<Token> tokens, int verb, WordLists words) {
        int k = verb - 1;
        if (k >= 0 && tokens.get(k).is(',')) {
            k--; // "hun zoon, genaamd X"
        }
        if (k < 0 || !tokens.get(k).isWord() || !person(tokens.get(k), words)) {
            return false;
        }
        if (PRONOUNS.contains(tokens.get(k).lower())) {
            return false; // "een nieuwe game, hij heet Fortnite": the pronoun points back to anything
        }
        if (k == 0 || tokens.get(k).sentenceStart()) {
            return true; // "Dochter heet"
        }
        Token before = tokens.get(k - 1);
        if (before.isWord() && ARTICLES.contains(before.lower())) {
            return true; // "De dochter heet"
        }
        return k >= 2 && before.isWord() && !NOT_ADJECTIVES.contains(before.lower()) && tokens.get(k - 2).isWord()
                && ARTICLES.contains(tokens.get(k - 2).lower()); // "zijn nieuwe vriendin heet"
    }

    private static boolean person(Token t, WordLists words) {
        String lower = t.lower();
        return t.isWord() && (PERSON_SUBJECTS.contains(lower) || CoverClauses.kinWord(lower, words)
                && words.isKinOrRole(lower));
    }

    /** "(de zus van moeder)", "(vriend van pa)": a relative of a relative. */
    private static boolean relativeInBrackets(List<Token> tokens, int i, WordLists words) {
        int k = i + 1;
        if (k >= tokens.size() || !tokens.get(k).is('(')) {
            return false;
        }
        k++;
        if (k < tokens.size() && tokens.get(k).isWord() && ARTICLES.contains(tokens.get(k).lower())) {
            k++;
        }
        if (k + 3 >= tokens.size() || !person(tokens.get(k), words) || PERSON_SUBJECTS.contains(tokens.get(k).lower())
                || !tokens.get(k + 1).isWord() || !tokens.get(k + 1).lower().equals("van")) {
            return false;
        }
        k += 2;
        if (tokens.get(k).isWord() && (POSSESSIVES.contains(tokens.get(k).lower()) || tokens.get(k).lower().equals("de"))
                && k + 2 < tokens.size()) {
            k++;
        }
        // the bracket holds only the relation: "(de zus van moeder)"; "(de zus van moeder werkt daar)" stays
        return person(tokens.get(k), words) && tokens.get(k + 1).is(')');
    }

    /** "X (5) speelt", "X (5 jr) heeft": an age of a child before a finite verb of a person. */
    private static boolean ageBeforeVerb(List<Token> tokens, int i) {
        int n = tokens.size();
        int k = i + 1;
        if (k + 2 >= n || !tokens.get(k).is('(') || !tokens.get(k + 1).isNumber()) {
            return false;
        }
        String number = tokens.get(k + 1).text();
        if (number.length() > 2 || !number.chars().allMatch(Character::isDigit)) {
            return false;
        }
        k += 2;
        if (k < n && tokens.get(k).isWord() && WordSets.of("jr", "jaar", "j").contains(tokens.get(k).lower())) {
            k++;
        }
        if (k < n && tokens.get(k).is('.')) {
            k++;
        }
        return k + 1 < n && tokens.get(k).is(')') && tokens.get(k + 1).isWord()
                && CHILD_VERBS.contains(tokens.get(k + 1).lower());
    }

    /** "X en haar moeder", "X en zijn vader": the word and one relative of its own. */
    private static boolean withOwnRelative(List<Token> tokens, int i, WordLists words) {
        int k = i + 1;
        if (k + 2 >= tokens.size() || !tokens.get(k).isWord() || !tokens.get(k).lower().equals("en")
                || !tokens.get(k + 1).isWord() || !POSSESSIVES.contains(tokens.get(k + 1).lower())) {
            return false;
        }
        Token kin = tokens.get(k + 2);
        String lower = kin.lower();
        return kin.isWord() && !lower.endsWith("s") && !lower.endsWith("en") && !lower.startsWith("partner")
                && CoverClauses.kinWord(lower, words) && words.isKinOrRole(lower);
    }

    /**
     * A list of organisations: a label and a colon before the word in its sentence ("Hulpverlening: Lentis (partner van
     * moeder), Accare (zoon)"), or another capitalised word with a bracket after the comma that follows the bracket.
     */
    private static boolean inList(List<Token> tokens, int i) {
        for (int k = i - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            if (t.is(':')) {
                return true;
            }
            if (t.is('.') || t.is('!') || t.is('?') || t.is(';')) {
                break;
            }
        }
        int close = i + 1;
        while (close < tokens.size() && !tokens.get(close).is(')')) {
            close++;
        }
        return close + 3 < tokens.size() && tokens.get(close + 1).is(',') && tokens.get(close + 2).isWord()
                && tokens.get(close + 2).capitalised() && tokens.get(close + 3).is('(');
    }

    private static final Set<String> PREPOSITIONS = WordSets.of("naar", "bij", "van", "via", "door", "aan", "op", "in",
            "met", "voor", "uit");

    /** "Verwijzing naar Lentis (broer van vader)": after a preposition the word is where someone goes. */
    private static boolean afterPreposition(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i - 1).isWord() && PREPOSITIONS.contains(tokens.get(i - 1).lower());
    }
}
