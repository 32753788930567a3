package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;
import nl.vhkgateway.domain.screening.detector.NameClassifier.WordClass;

/**
 * Round 20 (t20-names): a surname of the lists that is also a word, with or without its particles, at a clause start,
 * then where the person lives or sits ("in"/"uit" and a capitalised place, or "van de overkant", "van de caravan
 * ernaast", "van hiernaast"), then a clause whose verb is a person's: "Van Dam in Zwolle heeft de kinderen opgevangen",
 * "De Boer in Drachten vangt hem op", "de Kraker van de overkant heeft de kinderen opgevangen". The place phrase
 * stood between the surname and its verb, so no rule read the verb as the surname's. Organisations are written the
 * same way ("De Hoop in Dordrecht biedt ..."): an organisation of the lists is covered and never reaches this rule,
 * and the verb must be one of looking after, fetching, taking in or threatening children, not one an organisation or
 * an employer does as well ("biedt", "heeft een plek", "werkt", "zegt dat vader ...", "belde": firms are written
 * "Van Mossel in Tilburg zegt"). A word with no particle before it must be a name of the lists that is no word, or one
 * of the frequent surnames that are words ({@code frequent-word-surnames.txt}: "Bakker in Zwolle vangt hem op"), not
 * a noun that opens a telegram clause ("School in Zwolle heeft ...", "Mensen van hiernaast", "Boer in Drenthe"). After an
 * article alone ("De Brug in Zwolle heeft de jongens opgevangen" may be a shelter) the word must be one of the frequent
 * surnames that are words ({@code frequent-word-surnames.txt}: "De Boer", "De Vries"), unless the place is a
 * neighbour's home ("de Kraker van de overkant"), which no organisation is.
 * Stateless and thread-safe.
 */
final class SurnameBeforeHomeAndCare {

    /** Finite verbs of a person that end the slot by themselves. */
    private static final Set<String> PERSON_ONLY_VERBS = WordSets.of("huilt", "huilde", "logeert", "logeerde",
            "slaapt", "sliep", "dreigt", "dreigde", "slaat", "sloeg", "schreeuwt", "schreeuwde", "drinkt", "dronk",
            "past", "paste", "zorgt", "zorgde", "vangt", "ving", "haalt", "haalde", "brengt", "bracht");
    /** Finite verbs that open a clause whose participle or particle says what the person did. */
    private static final Set<String> AUXILIARIES = WordSets.of("heeft", "had", "is", "was", "wil", "wilde", "kan",
            "kon", "mag", "mocht", "zal", "zou", "gaat", "ging", "komt", "kwam", "moet", "moest", "hebben", "zijn");
    /** Participles and infinitives of looking after, fetching and taking in a child, and of telling and calling. */
    private static final Set<String> CARE_WORDS = WordSets.of("opgevangen", "opvangen", "opgehaald", "ophalen",
            "opgepast", "oppassen", "gezorgd", "zorgen", "meegenomen", "meenemen", "gebracht", "brengen",
            "thuisgebracht", "gedreigd", "dreigen", "geslagen", "gelogeerd", "logeren", "onderdak");
    /** Adverbs of place after "van de ...": the neighbour's home ("van de caravan ernaast"). */
    private static final Set<String> NEARBY = Set.of("ernaast", "hiernaast", "daarnaast", "verderop", "tegenover",
            "hierboven", "hieronder", "beneden", "boven", "overkant");
    /** Tokens that open a clause before the slot. */
    private static final String CLAUSE_OPENERS = ".;:!?(•*-–—|";
    /** How far after the place the care word may stand. */
    private static final int REACH = 10;
    /** Trades among the frequent surnames that stand for the trade without a particle ("Boer in Drenthe zegt"). */
    private static final Set<String> TRADES = Set.of("boer");

    private SurnameBeforeHomeAndCare() {
    }

    static void flag(List<Token> tokens, WordClass[] cls, boolean[] covered, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int k = 0; k + 3 < n; k++) {
            if (!clauseStart(tokens, k)) {
                continue;
            }
            int head = k;
            while (head < n && head - k < 3 && tokens.get(head).isWord()
                    && words.isTussenvoegsel(tokens.get(head).lower()) && !tokens.get(head).lower().equals("het")
                    && !tokens.get(head).lower().equals("'t")) {
                head++;
            }
            if (head + 2 >= n) {
                continue;
            }
            Token name = tokens.get(head);
            if (!name.isWord() || !name.capitalised() || name.allCaps() || covered[head]
                    || cls[head] != WordClass.AMBIGUOUS_SURNAME && cls[head] != WordClass.NAME
                    || !words.isSurname(name.text()) || words.isKinOrRole(name.lower())) {
                continue;
            }
            int verb = afterHome(tokens, covered, head + 1);
            boolean nearby = verb > head + 1 && tokens.get(head + 1).lower().equals("van");
            boolean frequent = SurnameBeforeOrganisationCall.frequentWordSurname(name.lower())
                    || SurnameBeforeOrganisationCall.frequentWordSurname("de " + name.lower());
            boolean gate = head == k ? cls[head] == WordClass.NAME || frequent && !TRADES.contains(name.lower())
                    : nearby || !articleOnly(tokens, k, head) || cls[head] == WordClass.NAME || frequent;
            if (gate && verb > head + 1 && verb < n && personClause(tokens, verb, words)) {
                for (int j = k; j <= head; j++) {
                    flag[j] = true;
                }
            }
        }
    }

    /** The index after the place phrase that starts at {@code p}, or {@code p} itself where none starts there. */
    private static int afterHome(List<Token> tokens, boolean[] covered, int p) {
        int n = tokens.size();
        Token prep = tokens.get(p);
        if (!prep.isWord() || prep.capitalised()) {
            return p;
        }
        if ((prep.lower().equals("in") || prep.lower().equals("uit")) && p + 1 < n && tokens.get(p + 1).isWord()
                && tokens.get(p + 1).capitalised() && !tokens.get(p + 1).allCaps()) {
            int q = p + 2;
            while (q < n && (tokens.get(q).isWord() && covered[q] && covered[q - 1]
                    || tokens.get(q).is('-') && !tokens.get(q).spaceBefore() && q + 1 < n
                    && tokens.get(q + 1).isWord() && tokens.get(q + 1).capitalised())) {
                q++;
            }
            return q;
        }
        if (prep.lower().equals("van") && p + 1 < n && tokens.get(p + 1).isWord()) {
            Token next = tokens.get(p + 1);
            if (NEARBY.contains(next.lower())) {
                return p + 2; // "van hiernaast", "van boven"
            }
            if ((next.lower().equals("de") || next.lower().equals("het")) && p + 2 < n && tokens.get(p + 2).isWord()
                    && !tokens.get(p + 2).capitalised()) {
                int q = p + 3;
                if (NEARBY.contains(tokens.get(p + 2).lower())) {
                    return q; // "van de overkant"
                }
                if (q < n && tokens.get(q).isWord() && NEARBY.contains(tokens.get(q).lower())) {
                    return q + 1; // "van de caravan ernaast", "van het huis hiernaast"
                }
            }
        }
        return p;
    }

    /**
     * A person's verb at {@code v}, or an auxiliary and a care word before the clause ends; either way with a child or
     * relative as its object ("de kinderen", "hem", "J.", "oma"): a hotel or shelter takes in "het gezin" too.
     */
    private static boolean personClause(List<Token> tokens, int v, WordLists words) {
        return careVerb(tokens, v) && childObject(tokens, v, words);
    }

    private static boolean childObject(List<Token> tokens, int v, WordLists words) {
        for (int j = v + 1; j < tokens.size() && j <= v + REACH; j++) {
            Token t = tokens.get(j);
            if (t.is(',') || t.is(';') || t.is(':') || t.is('.') && !initial(tokens.get(j - 1))) {
                return false;
            }
            if (t.isWord() && (CHILD_OBJECTS.contains(t.lower()) && !t.capitalised() || initial(t) && j + 1 < tokens.size()
                    && tokens.get(j + 1).is('.') || !t.capitalised() && words.isKinOrRole(t.lower())
                    && !t.lower().equals("gezin"))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CHILD_OBJECTS = WordSets.of("kinderen", "kind", "kids", "jongen", "jongens",
            "meisje", "meisjes", "hem", "haar", "ze", "tweeling", "jongste", "oudste", "baby");

    private static boolean careVerb(List<Token> tokens, int v) {
        Token verb = tokens.get(v);
        if (!verb.isWord() || verb.capitalised()) {
            return false;
        }
        if (PERSON_ONLY_VERBS.contains(verb.lower())) {
            return true;
        }
        if (!AUXILIARIES.contains(verb.lower())) {
            return false;
        }
        for (int j = v + 1; j < tokens.size() && j <= v + REACH; j++) {
            Token t = tokens.get(j);
            if (!t.isWord()) {
                if (t.is('.') && j > 0 && initial(tokens.get(j - 1))) {
                    continue; // "heeft J. opgehaald": the period of an initial
                }
                if (t.is(',') || t.is('.') || t.is(';') || t.is(':')) {
                    return false;
                }
                continue;
            }
            if (CARE_WORDS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean initial(Token t) {
        return t.isWord() && t.capitalised() && t.text().length() <= 2;
    }

    /** Only an article before the word ("De Brug", "de Boer"): an organisation's name is written so too. */
    private static boolean articleOnly(List<Token> tokens, int k, int head) {
        for (int j = k; j < head; j++) {
            String lower = tokens.get(j).lower();
            if (!lower.equals("de") && !lower.equals("den") && !lower.equals("der")) {
                return false;
            }
        }
        return head > k;
    }

    /** A clause opens at {@code k}: the first token, or after a stop, colon, bracket, bullet or bar. */
    static boolean clauseStart(List<Token> tokens, int k) {
        if (k == 0) {
            return true;
        }
        Token before = tokens.get(k - 1);
        return before.kind() == Token.Kind.PUNCT && CLAUSE_OPENERS.indexOf(before.text().charAt(0)) >= 0;
    }

}
