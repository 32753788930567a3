package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;
import nl.vhkgateway.domain.screening.detector.NameClassifier.WordClass;

/**
 * Round 20 (t20-names): a surname of the lists that is also a word, in the two slots where a child moves between or
 * stays with people:
 * <ul>
 * <li>"van X naar Y" with a relative on the other side: "de kinderen gaan van Kuipers naar oma", "van oma naar
 * Bakker". A move between two places ("van Dam naar Zwolle") has no relative beside it and stays;</li>
 * <li>"bij X in &lt;place&gt;" after a verb of staying: "hij logeert bij Kuipers in Rijssen", "slaapt bij Bakker in
 * Zwolle". Working somewhere ("werkt bij Koppert in Berkel") is no verb of staying and stays.</li>
 * </ul>
 * Round 21 (t21-names): the same surname with no place beside it, when it is no ordinary word: "bij X" closing
 * the clause after a verb of staying ("slaapt vaak bij Mulder.", "logeert bij Jansen en soms bij oma") or before a
 * staying participle ("heeft bij Koster geslapen"), and "van X naar" a place a child goes to every day ("van Kuipers
 * naar school", "van Bakker naar de sportclub"). A Dutch word counts only as a word surname ({@link #wordSurname}: "bij Huis", "van
 * Huis naar school" stay).
 * Not a place or a word of the place lists, not covered by an organisation or a place. Stateless.
 */
final class SurnameBetweenHomes {

    /** Verbs of staying with someone, finite forms, infinitives and participles. */
    private static final Set<String> STAYING = WordSets.of("logeert", "logeerde", "logeren", "gelogeerd", "slaapt",
            "sliep", "slapen", "geslapen", "verblijft", "verbleef", "verblijven", "verbleven", "woont", "woonde",
            "wonen", "gewoond", "opgevangen", "ondergebracht", "blijft", "bleef", "blijven", "gebleven", "opvang",
            "onderdak");
    private static final Set<String> POSSESSIVES = Set.of("haar", "zijn", "z'n", "hun", "de");
    /** How many words before "bij" the verb of staying may stand. */
    private static final int REACH = 4;

    private SurnameBetweenHomes() {
    }

    static void flag(List<Token> tokens, WordClass[] cls, boolean[] covered, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 1; i + 1 < n; i++) {
            Token t = tokens.get(i);
            if (flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || covered[i]
                    || cls[i] != WordClass.AMBIGUOUS_SURNAME && cls[i] != WordClass.NAME
                    || !words.isSurname(t.text()) || words.isPlace(t.lower()) || words.isPlaceInContext(t.lower())
                    || words.isKinOrRole(t.lower())) {
                continue;
            }
            String before = tokens.get(i - 1).lower();
            String after = tokens.get(i + 1).lower();
            if (before.equals("van") && after.equals("naar") && relativeAt(tokens, i + 2, words)) {
                flag[i] = true; // "van Kuipers naar oma"
            } else if (before.equals("naar") && i >= 3 && relativeBefore(tokens, i - 2, words)) {
                flag[i] = true; // "van oma naar Bakker"
            } else if (before.equals("bij") && (after.equals("in") || after.equals("te")) && i + 2 < n
                    && tokens.get(i + 2).isWord() && tokens.get(i + 2).capitalised() && stayingBefore(tokens, i - 1)) {
                flag[i] = true; // "logeert bij Kuipers in Rijssen"
            } else if (before.equals("bij") && notOrdinary(t, words) && !placeWithEn(tokens, i, words)
                    && (clauseEnd(tokens, i + 1) && stayingBefore(tokens, i - 1) || stayingAfter(tokens, i + 1))) {
                flag[i] = true; // round 21: "slaapt vaak bij Mulder.", "heeft bij Koster geslapen"
                if (secondSurnameAfterEn(tokens, i, words)) {
                    flag[i + 2] = true; // merge of round 21: "slaapt vaak bij Bakker en Mulder."
                }
            } else if (before.equals("van") && after.equals("naar") && notOrdinary(t, words)
                    && Daily.destinationAt(tokens, i + 2)) {
                flag[i] = true; // round 21: "van Kuipers naar school"
            }
        }
    }

    /** A relative's kin word at {@code k}, or after a possessive there ("naar oma", "naar haar vader"). */
    private static boolean relativeAt(List<Token> tokens, int k, WordLists words) {
        if (k < tokens.size() && kin(tokens.get(k), words)) {
            return true;
        }
        return k + 1 < tokens.size() && tokens.get(k).isWord() && POSSESSIVES.contains(tokens.get(k).lower())
                && kin(tokens.get(k + 1), words);
    }

    /** "van oma naar", "van haar vader naar": {@code k} is the word before "naar". */
    private static boolean relativeBefore(List<Token> tokens, int k, WordLists words) {
        if (!kin(tokens.get(k), words)) {
            return false;
        }
        int v = k - 1;
        if (v >= 0 && tokens.get(v).isWord() && POSSESSIVES.contains(tokens.get(v).lower())) {
            v--;
        }
        return v >= 0 && tokens.get(v).isWord() && tokens.get(v).lower().equals("van");
    }

    private static boolean kin(Token t, WordLists words) {
        return t.isWord() && !t.capitalised() && words.isKinOrRole(t.lower()) && Kin.WORDS.contains(t.lower());
    }

    private static boolean stayingBefore(List<Token> tokens, int bij) {
        for (int k = bij - 1; k >= 0 && k >= bij - REACH; k--) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                return false;
            }
            if (STAYING.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Round 21: the surname alone after "bij" or before "naar school" has no place beside it to tell a home; a Dutch
     * word counts only when it is one of the frequent surnames that are words ("bij Bakker", not "bij Huis"), and no
     * organisation or allowed word ("bij Parlan", "bij Entrea" are covered before).
     */
    private static boolean notOrdinary(Token t, WordLists words) {
        String lower = t.lower();
        return !words.allowed().containsWord(lower) && !words.isTitle(lower)
                && (!words.isDutchWord(lower) || wordSurname(lower, words));
    }

    /**
     * A surname that is a Dutch word and still mostly a person when capitalised in these slots: a frequent one
     * ({@code frequent-word-surnames.txt}), one of the call-slot list ("Groen", "Vink"), the plural form of a frequent
     * one ("Kuipers", "Bakkers") or a trade or office ({@code office-trade-surnames.txt}: "Koster", "Kok", "Post").
     */
    static boolean wordSurname(String lower, WordLists words) {
        return SurnameBeforeOrganisationCall.frequentWordSurname(lower) || SurnameInCallSlot.callSlotSurname(lower)
                || lower.length() > 4 && lower.endsWith("s")
                && SurnameBeforeOrganisationCall.frequentWordSurname(lower.substring(0, lower.length() - 1))
                || Trades.SURNAMES.contains(lower);
    }

    /** A surname of {@code office-trade-surnames.txt} ("koster", "kok", "de graaf"). */
    static boolean officeOrTradeSurname(String lower) {
        return Trades.SURNAMES.contains(lower);
    }

    private static final class Trades {
        private static final Set<String> SURNAMES = WordLists.lowerCaseSet("office-trade-surnames.txt");
    }

    /**
     * Merge of round 21: "X en Y" is one proper name or place of the word lists ("bij Bos en Lommer", "bij Bosch en
     * Duin"), so the "en" after X does not end the clause of a person.
     */
    private static boolean placeWithEn(List<Token> tokens, int i, WordLists words) {
        if (i + 2 >= tokens.size() || !tokens.get(i + 1).isWord() || !tokens.get(i + 1).lower().equals("en")
                || !tokens.get(i + 2).isWord() || !tokens.get(i + 2).capitalised()) {
            return false;
        }
        String phrase = tokens.get(i).lower() + " en " + tokens.get(i + 2).lower();
        return words.isProperPhrase(phrase) || words.isPlace(phrase) || words.isPlaceInContext(phrase);
    }

    /** "bij Bakker en Mulder.": a second surname of the same kind after "en" that closes the clause. */
    private static boolean secondSurnameAfterEn(List<Token> tokens, int i, WordLists words) {
        return i + 2 < tokens.size() && tokens.get(i + 1).isWord() && tokens.get(i + 1).lower().equals("en")
                && tokens.get(i + 2).isWord() && tokens.get(i + 2).capitalised()
                && !words.isKinOrRole(tokens.get(i + 2).lower()) && notOrdinary(tokens.get(i + 2), words)
                && clauseEnd(tokens, i + 3);
    }

    /** The clause ends after the surname: a stop, a comma, "en", "omdat", "want", "als", "tot" or the end. */
    private static boolean clauseEnd(List<Token> tokens, int k) {
        if (k >= tokens.size()) {
            return true;
        }
        Token t = tokens.get(k);
        return t.is('.') || t.is(',') || t.is(';') || t.is('!') || t.is('?') || t.is(')') || t.isWord()
                && CLAUSE_LINKS.contains(t.lower());
    }

    private static final Set<String> CLAUSE_LINKS = Set.of("en", "omdat", "want", "als", "tot", "zolang", "sinds",
            "totdat", "wanneer", "terwijl", "maar", "of");

    /** "bij Koster geslapen", "bij Schipper opgevangen", "bij Post logeren": the staying verb right after. */
    private static boolean stayingAfter(List<Token> tokens, int k) {
        return k < tokens.size() && tokens.get(k).isWord() && STAYING.contains(tokens.get(k).lower())
                && !tokens.get(k).lower().equals("woont") && !tokens.get(k).lower().equals("blijft");
    }

    /** Where a child goes from a home every day: "naar school", "naar de opvang", "naar zijn voetbaltraining". */
    private static final class Daily {
        private static final Set<String> PLACES = WordSets.of("school", "opvang", "kinderopvang", "bso", "kdv",
                "peuterspeelzaal", "creche", "crèche", "sport", "sportclub", "training", "voetbal", "voetbalclub",
                "zwemles", "zwembad", "werk", "dagbesteding", "stage", "club", "clubhuis", "muziekles", "les",
                "scouting", "kerk", "moskee", "bushalte", "taxi", "schoolbus", "gastouder");
        private static final Set<String> DETERMINERS = Set.of("de", "het", "zijn", "haar", "z'n", "hun");

        static boolean destinationAt(List<Token> tokens, int k) {
            if (k < tokens.size() && tokens.get(k).isWord() && DETERMINERS.contains(tokens.get(k).lower())) {
                k++;
            }
            return k < tokens.size() && tokens.get(k).isWord() && PLACES.contains(tokens.get(k).lower());
        }
    }

    /** Relatives of the family, who have a home a child goes to. */
    private static final class Kin {
        private static final Set<String> WORDS = WordSets.of("vader", "moeder", "pa", "ma", "papa", "mama", "oma",
                "opa", "broer", "zus", "stiefvader", "stiefmoeder", "oom", "tante", "neef", "nicht", "vriend",
                "vriendin", "partner", "buurman", "buurvrouw", "pleegouders", "pleegvader", "pleegmoeder", "ouders",
                "grootouders", "opa's", "oma's", "vriendje", "vriendinnetje");
    }
}
