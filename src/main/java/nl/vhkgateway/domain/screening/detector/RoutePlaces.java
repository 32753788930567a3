package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Round 11 rule: a listed place after a preposition of a route ("door", "langs", "tussen"), in a clause with a
 * verb of moving, is a place: "zwerft 's nachts door Boxmeer", "fietst langs Mill naar school", "pendelt tussen Cuijk en
 * Boxmeer", "omdat hij 's avonds door Veghel zwerft". "Door" and "tussen" also open a person ("geslagen door
 * Mill", "tussen Kees en Anna"), so many places that are also surnames (places-also-names.txt) were read as a person
 * there. Only a word of the place lists is cleared (one word, or a place phrase such as "Sint Hubert"), also when
 * "heel" or "half" stands before it ("door heel Boxmeer") and for the places joined to it by "en", "of" or a comma.
 * Never cleared: a listed given name that is a place only in context ("fietst langs Emma"), a word with person
 * evidence around it ({@link RelativeGuard}: "langs oom Mill", "door Mill, de stiefvader"; and "tussen Mill (vader)
 * en moeder"), and anything after
 * "door" when the verb is a participle that can be passive ("wordt gereden door Mill" is not a verb of this list) or
 * when "weg" stands right before it ("loopt weg door Mill": because of a person). Stateless.
 */
final class RoutePlaces {

    private static final Set<String> ROUTE_PREPOSITIONS = WordSets.of("door", "langs", "tussen");
    /**
     * Verbs of moving about, in the forms that cannot be passive: finite forms, infinitives and the participles of
     * intransitive verbs ("heeft door Mill gezworven"); a form with "rond" before it counts too ("rondzwerft").
     */
    private static final Set<String> MOVING = Set.of(
            "zwerft", "zwerf", "zwerven", "zwierf", "zwierven", "gezworven",
            "dwaalt", "dwaal", "dwalen", "dwaalde", "dwaalden", "gedwaald",
            "struint", "struin", "struinen", "struinde", "struinden", "gestruind",
            "slentert", "slenter", "slenteren", "slenterde", "slenterden", "geslenterd",
            "zwalkt", "zwalken", "zwalkte", "zwalkten", "gezwalkt",
            "wandelt", "wandel", "wandelen", "wandelde", "wandelden", "gewandeld",
            "loopt", "lopen", "liep", "liepen", "gelopen",
            "rennen", "rende", "renden", "gerend",
            "fietst", "fietsen", "fietste", "fietsten",
            "rijdt", "rijden", "reed", "reden",
            "scheurt", "scheuren", "scheurde", "scheurden",
            "crost", "crossen", "croste", "crosten", "gecrost",
            "toert", "toeren", "toerde", "toerden", "getoerd",
            "reist", "reisde", "reisden", "gereisd",
            "pendelt", "pendelen", "pendelde", "pendelden", "gependeld",
            "zwemt", "zwemmen", "zwom", "zwommen", "gezwommen",
            "skatet", "skaten", "skatete", "skateten", "geskatet");
    /**
     * Round 11 leak fix: verbs of roaming without a goal. A place that is also a name (places-also-names.txt) is only
     * cleared after one of these, with a second real place in the route.
     */
    private static final Set<String> ROAMING = Set.of(
            "zwerft", "zwerf", "zwerven", "zwierf", "zwierven", "gezworven",
            "dwaalt", "dwaal", "dwalen", "dwaalde", "dwaalden", "gedwaald",
            "struint", "struin", "struinen", "struinde", "struinden", "gestruind",
            "slentert", "slenter", "slenteren", "slenterde", "slenterden", "geslenterd",
            "zwalkt", "zwalken", "zwalkte", "zwalkten", "gezwalkt",
            "crost", "crossen", "croste", "crosten", "gecrost",
            "toert", "toeren", "toerde", "toerden", "getoerd");
    /**
     * Round 11 leak fix: a passive helper, a negation or a modal in the clause makes "door" a person or a cause
     * ("wordt door Mill gedwongen", "laat zich door Mill rijden", "durft niet meer te fietsen door Mill").
     */
    private static final Set<String> NOT_A_ROUTE = Set.of("wordt", "worden", "werd", "werden", "word", "is", "was",
            "zijn", "waren", "ben", "bent", "geweest", "laat", "liet", "lieten", "laten", "zich", "niet", "nooit",
            "geen", "durft", "durf", "durven", "durfde", "wil", "wilt", "willen", "wilde", "wilden", "kan", "kunnen",
            "kon", "konden", "mag", "mogen", "mocht", "moet", "moeten", "moest", "moesten", "hoeft", "hoefde");
    /** An infinitive with "te" or "om" after the name: "langs Mill om geld te lenen" visits a person. */
    private static final Set<String> PURPOSE = Set.of("te", "om", "voor");
    /** Words before a verb form that make it a noun ("zijn fiets", "de reis"). */
    private static final Set<String> DETERMINERS = Set.of("de", "het", "een", "zijn", "haar", "z'n", "m'n", "mijn",
            "hun", "onze", "jouw", "je", "uw", "deze", "die", "dat", "dit", "elke", "iedere");
    /** Words that end a clause: a verb beyond them belongs to another one. */
    private static final Set<String> CLAUSE_WORDS = Set.of("en", "maar", "want", "omdat", "terwijl", "als", "dat",
            "die", "wanneer", "toen", "of", "nadat", "sinds", "doordat", "waardoor", "zodat", "dus");
    private static final Set<String> WHOLE = Set.of("heel", "half");
    private static final Set<String> JOINERS = Set.of("en", "of");
    private static final int REACH = 6;

    private RoutePlaces() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int p = 0; p + 1 < n; p++) {
            Token prep = tokens.get(p);
            if (!prep.isWord() || prep.capitalised() || !ROUTE_PREPOSITIONS.contains(prep.text())) {
                continue;
            }
            int i = p + 1;
            if (tokens.get(i).isWord() && WHOLE.contains(tokens.get(i).text()) && i + 1 < n) {
                i++;
            }
            if (prep.text().equals("door") && p > 0 && tokens.get(p - 1).isWord()
                    && tokens.get(p - 1).lower().equals("weg")) {
                continue; // "loopt weg door Mill": because of a person
            }
            List<int[]> places = new ArrayList<>();
            boolean contextOnly = false;
            boolean realPlace = false;
            boolean broken = false;
            int end = place(tokens, role, words, i);
            while (end > i) {
                places.add(new int[] {i, end});
                if (end == i + 1 && RelativeGuard.contextPlace(tokens.get(i).lower(), words)) {
                    contextOnly = true;
                } else {
                    realPlace = true;
                }
                i = end;
                boolean joiner = i + 1 < n && tokens.get(i).isWord() && JOINERS.contains(tokens.get(i).text());
                if (i + 1 < n && (tokens.get(i).is(',') || joiner)) {
                    i++;
                    end = place(tokens, role, words, i);
                    // round 11 leak fix: "tussen Berg en moeder", "langs Hengelo, Haan en de snackbar"
                    broken = joiner && end == i;
                } else {
                    end = i;
                }
            }
            if (places.isEmpty() || broken || prep.text().equals("tussen") && places.size() < 2) {
                continue;
            }
            int last = places.get(places.size() - 1)[1];
            int verb = movingInClause(tokens, p, last);
            if (verb < 0 || notARoute(tokens, p, last, verb)) {
                continue;
            }
            if (contextOnly && !(realPlace && roaming(tokens.get(verb).lower()))
                    && !(places.size() == 1 && roamingRightBefore(tokens, verb, p)
                    && clauseEndsAfter(tokens, role, words, places.get(0)))) {
                continue; // round 11 leak fix: a place that is also a name needs strong route evidence
            }
            for (int[] range : places) {
                for (int k = range[0]; k < range[1]; k++) {
                    flag[k] = false;
                }
            }
        }
    }

    /**
     * Round 11 leak fix: a passive helper, negation or modal in the clause, or "te"/"om"/"voor" after the places,
     * makes the word a person ("wordt door Mill gedwongen", "langs Mill om geld te lenen"). A helper of the perfect
     * with an intransitive participle is a route ("is door Overloon gezworven").
     */
    private static boolean notARoute(List<Token> tokens, int p, int last, int verb) {
        boolean perfect = tokens.get(verb).lower().startsWith("ge");
        for (int k = p - 1; k >= 0 && k >= p - 2 * REACH; k--) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                if (t.is('.') && k > 0 && tokens.get(k - 1).singleCapital()) {
                    continue;
                }
                break;
            }
            if (CLAUSE_WORDS.contains(t.lower())) {
                break;
            }
            if (NOT_A_ROUTE.contains(t.lower()) && !(perfect && PERFECT.contains(t.lower()))) {
                return true;
            }
        }
        for (int k = last; k < tokens.size() && k < last + 2 * REACH; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || CLAUSE_WORDS.contains(t.lower())) {
                break;
            }
            if (PURPOSE.contains(t.lower())
                    || NOT_A_ROUTE.contains(t.lower()) && !(perfect && PERFECT.contains(t.lower()))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PERFECT = Set.of("is", "was", "zijn", "waren", "ben", "bent");

    /**
     * Round 12 (r12-allow): time and manner adverbs that may stand between a verb of roaming and "door" ("zwerft 's
     * nachts door Veghel", "dwaalt overdag alleen door Mill"); anything else there ("op straat", "sinds de ruzie")
     * may make "door" a cause.
     */
    private static final Set<String> ROAMING_ADVERBS = Set.of("'s", "s", "nachts", "avonds", "middags", "ochtends",
            "morgens", "overdag", "vaak", "soms", "regelmatig", "dagelijks", "alleen", "nog", "steeds", "weer", "ook",
            "urenlang", "uren", "doelloos", "wekenlang", "elke", "iedere", "nacht", "avond");

    /**
     * Round 12 (r12-allow): a verb of roaming right before "door" at {@code p}, with only time adverbs or the
     * subject's initial between: "zwerft 's nachts door Veghel", "H. dwaalt door Mill". A place that is also a name
     * is then a route, as "door" after "zwerft 's nachts" never gives a cause without a place of its own.
     */
    private static boolean roamingRightBefore(List<Token> tokens, int verb, int p) {
        if (verb >= p || !roaming(tokens.get(verb).lower())) {
            return false;
        }
        for (int k = verb + 1; k < p; k++) {
            Token t = tokens.get(k);
            if (t.is('\'') || t.is('’') || t.singleCapital() || t.is('.') && k > 0 && tokens.get(k - 1).singleCapital()) {
                continue;
            }
            if (!t.isWord() || t.capitalised() || !ROAMING_ADVERBS.contains(t.lower())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Round 12 (r12-allow): the place ends the clause (end, full stop, semicolon, or a comma without an apposition
     * of a person) and no person evidence stands around it ({@link PlacesBySurroundings#personAround}).
     */
    private static boolean clauseEndsAfter(List<Token> tokens, int[] role, WordLists words, int[] range) {
        int end = range[1];
        if (PlacesBySurroundings.personAround(tokens, role, words, end - 1)) {
            return false;
        }
        if (end >= tokens.size()) {
            return true;
        }
        Token t = tokens.get(end);
        return t.is('.') || t.is(';') || t.is('!') || t.is(',') && !RelativeGuard.familyAfter(tokens, words, end - 1);
    }

    private static boolean roaming(String lower) {
        return ROAMING.contains(lower) || lower.startsWith("rond") && MOVING.contains(lower.substring(4));
    }

    /** The end of a listed place that starts at {@code i} and may be cleared, or {@code i} when there is none. */
    private static int place(List<Token> tokens, int[] role, WordLists words, int i) {
        if (i >= tokens.size() || !tokens.get(i).isWord() || !tokens.get(i).capitalised()) {
            return i;
        }
        Token t = tokens.get(i);
        PhraseIndex.Match m = words.allowed().match(tokens, i);
        int end;
        if (m.length() > 1 && m.kind() == PhraseIndex.Kind.PLACE) {
            end = i + m.length();
        } else if (words.isPlaceInContext(t.lower())) {
            end = i + 1;
        } else {
            return i;
        }
        if (end == i + 1 && words.isFirstName(t.text())) {
            return i; // "fietst langs Emma", "langs Sofia": a listed given name stays a name (round 11 leak fix)
        }
        if (RelativeGuard.kinBefore(tokens, role, words, i) || RelativeGuard.familyAfter(tokens, words, end - 1)
                || kinInBracketsAfter(tokens, words, end)) {
            return i;
        }
        return end;
    }

    /** "Mill (vader)", "Boxmeer (oom van moeder)": a family or role word opens the brackets after the place. */
    private static boolean kinInBracketsAfter(List<Token> tokens, WordLists words, int end) {
        return end + 1 < tokens.size() && tokens.get(end).is('(') && tokens.get(end + 1).isWord()
                && words.isKinOrRole(tokens.get(end + 1).lower());
    }

    /**
     * The index of a verb of moving in the clause of the preposition at {@code p}: before it, or after the places
     * that end at {@code end}; -1 when there is none. A verb form after a determiner is a noun ("zijn fiets").
     */
    private static int movingInClause(List<Token> tokens, int p, int end) {
        for (int k = p - 1; k >= 0 && k >= p - REACH; k--) {
            Token t = tokens.get(k);
            if (t.is('.') && k > 1 && tokens.get(k - 1).singleCapital()) {
                // "zwerft K. door Boxmeer": an initial right after the verb is part of the clause
                return tokens.get(k - 2).isWord() && verbAt(tokens, k - 2) ? k - 2 : -1;
            }
            if (!t.isWord()) {
                break;
            }
            if (verbAt(tokens, k)) {
                return k;
            }
            if (CLAUSE_WORDS.contains(t.lower())) {
                break;
            }
        }
        for (int k = end; k < tokens.size() && k < end + REACH; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || CLAUSE_WORDS.contains(t.lower())) {
                break;
            }
            if (verbAt(tokens, k)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean verbAt(List<Token> tokens, int k) {
        return moving(tokens.get(k).lower())
                && !(k > 0 && tokens.get(k - 1).isWord() && DETERMINERS.contains(tokens.get(k - 1).lower()));
    }

    private static boolean moving(String lower) {
        return MOVING.contains(lower) || lower.startsWith("rond") && MOVING.contains(lower.substring(4));
    }
}
