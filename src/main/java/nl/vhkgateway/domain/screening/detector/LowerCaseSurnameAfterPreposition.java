package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 13 (names): a surname typed in lower case right after a preposition of a person in a telegram note ("afspr.
 * met lubbers verzet", "namens wolters", "melding door wolters": "door" only after a report noun or participle), or
 * after one that takes places as often ("bij", "van", "via", "door", "tegen", "zonder") when a person's cue follows
 * ("slaapt bij hadders thuis", "melding van wolters, buurman"); never before the head of an institution ("met erasmus
 * mentoraat", "bij sophia kinderziekenhuis") and never a Latin name in -us ("met canisius"), as surnames.txt holds
 * villages, districts and saints too ("fietst door dodewaard", "tegen kralingen"). The word must be a listed surname that no
 * Dutch dictionary, frequent-word, kin, title, particle, care-note, place or organisation list holds; the weak list
 * alone is no evidence here, as it holds kin words of other languages too ("bij tita in Den Haag"). "met spoed",
 * "bij zwolle", "bij lentis", "met mdr" stay. The word after it must be Dutch, punctuation or a number: English or
 * German text stays ("I met baker at school", "mit dich geben"). Stateless.
 */
final class LowerCaseSurnameAfterPreposition {

    /** Prepositions that take a person rather than a place in a care note ("met lubbers", "door wolters"). */
    private static final Set<String> PREPOSITIONS = WordSets.of("met", "namens");
    /**
     * Prepositions that take places and institutions as often ("bij dodewaard", "van loosdrecht naar", "via antonius
     * ziekenhuis"): the surname needs a person after it, a kin or role word after a comma or in brackets, or "thuis".
     */
    private static final Set<String> PLACE_PREPOSITIONS = WordSets.of("bij", "van", "voor", "aan", "via", "door",
            "tegen", "zonder");
    /** Nouns of a report before "door": "melding door wolters" names the reporter, "fietst door dodewaard" a route. */
    private static final Set<String> REPORT_NOUNS = WordSets.of("melding", "aangifte", "verwijzing", "signaal",
            "zorgmelding", "aanmelding", "doorverwijzing", "gesprek", "bezoek", "huisbezoek", "contact", "telefoontje");
    /** Heads of institutions written after a saint's or founder's name ("sophia kinderziekenhuis", "erasmus college"). */
    private static final String[] INSTITUTION_HEADS = {"ziekenhuis", "college", "museum", "lyceum", "school", "mentoraat",
        "afdeling", "kliniek", "instituut", "stichting", "huis", "centrum", "academie", "universiteit", "hogeschool", "kerk",
        "parochie", "moskee", "groep", "locatie", "campus", "gymnasium", "kinderafdeling", "polikliniek", "praktijk"};

    private LowerCaseSurnameAfterPreposition() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 1; i < n; i++) {
            Token t = tokens.get(i);
            Token before = tokens.get(i - 1);
            if (flag[i] || !t.isWord() || t.capitalised() || t.text().length() < 4 || !before.isWord()) {
                continue;
            }
            String prep = before.lower();
            boolean person = PREPOSITIONS.contains(prep) || prep.equals("door") && i >= 2 && reporter(tokens.get(i - 2));
            if (!person && !(PLACE_PREPOSITIONS.contains(prep) && personAfter(tokens, words, i + 1))) {
                continue;
            }
            if (institutionAfter(tokens, i + 1) || latinSaint(t.lower())) {
                continue;
            }
            String lower = t.lower();
            if (!surname(words, lower)) {
                continue;
            }
            if (!dutchAfter(tokens, words, i + 1)
                    || i >= 2 && tokens.get(i - 2).isWord() && ENGLISH_SUBJECTS.contains(tokens.get(i - 2).lower())) {
                continue; // a foreign sentence ("I met baker at school", "nicht aan dich geben")
            }
            flag[i] = true;
        }
    }

    /** A listed surname that no Dutch word, place or organisation list holds. */
    static boolean surname(WordLists words, String lower) {
        return TelegramWords.letters(lower)
                && words.isSurname(NameClassifier.capitalise(lower))
                && !words.isDutchWord(lower) && !TelegramWords.ordinary(words, lower)
                && !TelegramWords.elsewhere(words, lower) && !CareNoteAbbreviation.listed(lower);
    }

    /** A report noun or a past participle before "door" ("melding door", "opgehaald door", "geslagen door"). */
    private static boolean reporter(Token t) {
        if (!t.isWord()) {
            return false;
        }
        String w = t.lower();
        return REPORT_NOUNS.contains(w) || ACTS.contains(w);
    }

    /**
     * Participles of acts on or by a person before "door" ("geslagen door", "opgehaald door"); participles of motion
     * take a route ("gereden door kralingen", "gefietst door dodewaard") and are left out.
     */
    private static final Set<String> ACTS = WordSets.of("geslagen", "opgehaald", "gebracht", "aangereden", "mishandeld",
            "gevonden", "geschopt", "bedreigd", "gebeld", "gemeld", "gesignaleerd", "opgevangen", "verzorgd", "begeleid",
            "onderzocht", "gezien", "gesproken", "aangesproken", "lastiggevallen", "misbruikt", "gepest", "gestuurd",
            "aangemeld", "verwezen", "doorverwezen", "gedaan", "ingediend", "opgesteld", "geschreven", "ondertekend",
            "getekend", "gestoken", "geduwd", "vastgehouden", "uitgescholden", "bezocht", "benaderd", "gecontacteerd",
            "geïnformeerd", "verteld", "gezegd", "beloofd", "betaald", "verkracht", "aangerand", "overvallen",
            "bestolen", "beroofd", "gebeten", "genomen", "meegenomen", "afgezet", "thuisgebracht");

    /**
     * Latin names of saints and scholars ending in -us ("canisius", "erasmus", "antonius", "augustinus"): in lower case
     * after a preposition they name a hospital, school or church far more often than a person.
     */
    private static boolean latinSaint(String lower) {
        return lower.length() >= 6 && lower.endsWith("us");
    }

    /**
     * "bij hadders thuis", "bij hadders, oom van ma", "van wolters (buurman)": the kin or role word ends its clause or
     * is followed by "van"; "bij dodewaard, opa in een verpleeghuis" and "bij harmelen (oom heeft daar ...)" are lists
     * of where relatives live.
     */
    private static boolean personAfter(List<Token> tokens, WordLists words, int k) {
        int n = tokens.size();
        if (k >= n) {
            return false;
        }
        Token next = tokens.get(k);
        if (next.isWord()) {
            return next.lower().equals("thuis");
        }
        if (!(next.is(',') || next.is('(')) || k + 1 >= n || !tokens.get(k + 1).isWord() || tokens.get(k + 1).capitalised()
                || !words.isKinOrRole(tokens.get(k + 1).lower())) {
            return false;
        }
        if (k + 2 >= n) {
            return true;
        }
        Token after = tokens.get(k + 2);
        return after.is(')') || after.is(',') || after.is('.') || after.is(';')
                || after.isWord() && (after.lower().equals("van") || after.lower().equals("vd"));
    }

    /** The next word is (or ends in) the head of an institution's name. */
    static boolean institutionAfter(List<Token> tokens, int k) {
        if (k >= tokens.size() || !tokens.get(k).isWord()) {
            return false;
        }
        String next = tokens.get(k).lower();
        if (next.equals("thuis")) {
            return false; // "bij hadders thuis" ends in "huis" but is no institution
        }
        for (String head : INSTITUTION_HEADS) {
            if (next.endsWith(head)) {
                return true;
            }
        }
        return false;
    }

    /** Punctuation, a number or the end of the text, or a word that only the Dutch dictionary holds. */
    private static boolean dutchAfter(List<Token> tokens, WordLists words, int k) {
        if (k >= tokens.size() || !tokens.get(k).isWord()) {
            return true;
        }
        String next = tokens.get(k).lower();
        return words.isDutchWord(next) && !ENGLISH_FUNCTION.contains(next);
    }

    /** English words that a Dutch dictionary holds too ("at", "on"), read as English after a name. */
    private static final Set<String> ENGLISH_FUNCTION = WordSets.of("at", "on", "to", "and", "the", "of", "for", "with",
            "a", "an", "he", "she", "it", "they", "yesterday", "today", "last", "this");
    /** English subject pronouns: "I met baker", "we met wolters". */
    private static final Set<String> ENGLISH_SUBJECTS = WordSets.of("i", "we", "you", "they", "he", "she");
}
