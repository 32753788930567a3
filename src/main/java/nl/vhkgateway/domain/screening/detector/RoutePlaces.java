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

    private static final Set<String> ROUTE_PREPOSITIONS = Set.of("door", "langs", "tussen");
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
            "loopt", "loop", "lopen", "liep", "liepen", "gelopen",
            "rent", "ren", "rennen", "rende", "renden", "gerend",
            "fietst", "fiets", "fietsen", "fietste", "fietsten",
            "rijdt", "rijd", "rijden", "reed", "reden",
            "scheurt", "scheuren", "scheurde", "scheurden",
            "crost", "crossen", "croste", "crosten", "gecrost",
            "toert", "toeren", "toerde", "toerden", "getoerd",
            "reist", "reis", "reizen", "reisde", "reisden", "gereisd",
            "pendelt", "pendelen", "pendelde", "pendelden", "gependeld",
            "trekt", "trekken", "trok", "trokken",
            "zwemt", "zwemmen", "zwom", "zwommen", "gezwommen",
            "skate", "skatet", "skaten", "skatete", "skateten", "geskatet");
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
            int end = place(tokens, role, words, i);
            while (end > i) {
                places.add(new int[] {i, end});
                i = end;
                if (i + 1 < n && (tokens.get(i).is(',') || tokens.get(i).isWord()
                        && JOINERS.contains(tokens.get(i).text()))) {
                    i++;
                    end = place(tokens, role, words, i);
                } else {
                    end = i;
                }
            }
            if (places.isEmpty() || !movingInClause(tokens, p, places.get(places.size() - 1)[1])) {
                continue;
            }
            for (int[] range : places) {
                for (int k = range[0]; k < range[1]; k++) {
                    flag[k] = false;
                }
            }
        }
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
        if (end == i + 1 && words.isFirstName(t.text()) && !words.isPlace(t.lower())) {
            return i; // "fietst langs Emma": a given name that is a place only in context stays a name
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

    /** A verb of moving in the clause of the preposition at {@code p}: before it, or after the places that end at {@code end}. */
    private static boolean movingInClause(List<Token> tokens, int p, int end) {
        for (int k = p - 1; k >= 0 && k >= p - REACH; k--) {
            Token t = tokens.get(k);
            if (t.is('.') && k > 0 && tokens.get(k - 1).singleCapital()) {
                continue; // "zwerft K. door Boxmeer": an initial is part of the clause
            }
            if (!t.isWord()) {
                break;
            }
            if (moving(t.lower())) {
                return true;
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
            if (moving(t.lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean moving(String lower) {
        return MOVING.contains(lower) || lower.startsWith("rond") && MOVING.contains(lower.substring(4));
    }
}
