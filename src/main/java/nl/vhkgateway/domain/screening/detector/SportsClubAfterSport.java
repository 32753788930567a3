package nl.vhkgateway.domain.screening.detector;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Round 18 rule (r18-cards): a sports club's name after a sport and "bij" is an organisation, not a person: "S.
 * voetbalt bij Quick Boys", "hockeyt bij HC Berkel", "zit op korfbal bij KV Wageningen". A clearing rule:
 * <ul>
 * <li>a sport verb ("voetbalt", "hockeyt", "korfbalt", "traint" ...) or "op" and a sport noun ("op voetbal") stands
 * right before "bij";</li>
 * <li>after "bij" comes a run of one to three capitalised words (or a number such as "'20") that ends the clause (a
 * punctuation mark, "en", "in" or the end follows);</li>
 * <li>the run opens with a club abbreviation ("VV", "HC", "KV") or ends with a club noun ("Boys", "Eagles", "United")
 * of {@code sports-club-words.txt};</li>
 * <li>no word of the run but the club words is a listed given name, a family word, or a listed surname that is no
 * Dutch or English word and no place ("Quick", "Zwaluw", "Berkel" pass; "Kowalski United" does not: review
 * rev-allow).</li>
 * </ul>
 * "voetbalt bij Kevin", "traint bij Jansen", "voetbalt bij Jan Boys" (a given name) stay names. The words are data.
 * Stateless.
 */
final class SportsClubAfterSport {

    private static final Set<String> SPORT_VERBS = WordSets.of("voetbalt", "voetballen", "voetbalde", "voetbalden",
            "hockeyt", "hockeyen", "hockeyde", "korfbalt", "korfballen", "handbalt", "handballen", "volleybalt",
            "volleyballen", "basketbalt", "basketballen", "traint", "trainen", "trainde", "speelt", "spelen", "speelde",
            // round 21 (t21-cards2): the general verb of sport and the sports a club is named for too
            "sport", "sporten", "sportte", "sportten", "zwemt", "zwemmen", "zwom", "turnt", "turnen", "turnde",
            "tennist", "tennissen", "tenniste", "judoot", "judoën", "roeit", "roeien", "roeide", "schaatst",
            "schaatsen", "schaatste");
    /** Round 21 (t21-cards2): words of a phrase of time or frequency between a sport verb and "bij", lower case. */
    private static final Set<String> TIME_WORDS = WordSets.of("keer", "maal", "per", "week", "in", "de", "het", "elke",
            "iedere", "elk", "ieder", "wekelijks", "al", "jaren", "jaar", "maanden", "een", "één", "twee", "drie",
            "vier", "vijf", "zes", "ook", "nog", "steeds", "graag", "fanatiek", "vaak", "sinds", "zaterdag",
            "zaterdags", "zondag", "zondags", "woensdag", "woensdags", "weekend", "'s", "avonds", "middags",
            "ochtends", "fijn", "met", "plezier");
    private static final int MAX_TIME_WORDS = 6;
    private static final int FIRST_CLUB_YEAR = 1850;
    private static final int LAST_CLUB_YEAR = 2030;
    private static final Set<String> SPORT_NOUNS = WordSets.of("voetbal", "hockey", "korfbal", "handbal", "volleybal",
            "basketbal", "judo", "turnen", "zwemmen", "atletiek", "tennis", "waterpolo", "honkbal", "softbal");
    private static final Set<String> CLOSERS = Set.of("en", "in", "te", "sinds", "waar", "want");
    private static final Set<String> LAST = new HashSet<>();
    private static final Set<String> FIRST = new HashSet<>();

    static {
        WordLists.read("sports-club-words.txt", line -> {
            String[] parts = line.split("\t");
            Set<String> target = parts[0].equals("last") ? LAST : parts[0].equals("first") ? FIRST : null;
            if (target == null) {
                throw new IllegalStateException("sports-club-words.txt: unknown key " + parts[0]);
            }
            for (int k = 1; k < parts.length; k++) {
                target.add(WordLists.lower(parts[k]));
            }
        });
    }

    private SportsClubAfterSport() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 2; i + 1 < n; i++) {
            Token bij = tokens.get(i);
            if (!bij.isWord() || !bij.lower().equals("bij") || !sportBefore(tokens, i)) {
                continue;
            }
            int start = i + 1;
            int end = start;
            while (end < n && end - start < 3 && (tokens.get(end).isWord() && tokens.get(end).capitalised()
                    || end > start && tokens.get(end).isNumber())) {
                end++;
            }
            if (end == start || end < n && !closes(tokens.get(end))) {
                continue;
            }
            if (!(FIRST.contains(tokens.get(start).lower()) && end - start > 1
                    || LAST.contains(tokens.get(end - 1).lower()) && end - start > 1
                    || foundingYear(tokens.get(end - 1)) && end - start > 1) || !noPerson(tokens, role, words,
                    start, end)) {
                continue;
            }
            for (int k = start; k < end; k++) {
                flag[k] = false;
            }
        }
    }

    /**
     * Round 21 (t21-cards2): a club's founding year closing its name ("Quick 1890", "Be Quick 1887", "Sparta 1888"):
     * a year of four digits from 1850 to the card's century, not a house number or a team number ("Quick 2").
     */
    private static boolean foundingYear(Token t) {
        String text = t.text();
        if (!t.isNumber() || text.length() != 4 || !text.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int year = Integer.parseInt(text);
        return year >= FIRST_CLUB_YEAR && year <= LAST_CLUB_YEAR;
    }

    /**
     * "voetbalt bij", "zit op voetbal bij", "speelt hockey bij"; round 21 (t21-cards2): "sport bij", "zwemt bij", and a
     * phrase of time or frequency between the verb and "bij" ("sport drie keer per week bij", "voetbalt al jaren bij").
     */
    private static boolean sportBefore(List<Token> tokens, int i) {
        int v = i - 1;
        while (v > 0 && i - 1 - v < MAX_TIME_WORDS && (tokens.get(v).isWord() && !tokens.get(v).capitalised()
                && TIME_WORDS.contains(tokens.get(v).lower()) || tokens.get(v).isNumber())) {
            v--;
        }
        if (v < i - 1 && !(tokens.get(v).isWord() && SPORT_VERBS.contains(tokens.get(v).lower()))) {
            v = i - 1; // the words of time belong to no sport verb: read "bij" as before
        }
        if (v < 1) {
            return false;
        }
        return sportRightBefore(tokens, v + 1);
    }

    private static boolean sportRightBefore(List<Token> tokens, int i) {
        Token before = tokens.get(i - 1);
        if (!before.isWord()) {
            return false;
        }
        if (SPORT_VERBS.contains(before.lower()) && !before.lower().startsWith("speel")
                && !before.lower().startsWith("spel") && !before.lower().startsWith("train")) {
            return true;
        }
        Token two = tokens.get(i - 2);
        return SPORT_NOUNS.contains(before.lower()) && two.isWord()
                && (two.lower().equals("op") || SPORT_VERBS.contains(two.lower()));
    }

    private static boolean closes(Token t) {
        return t.is(',') || t.is('.') || t.is(';') || t.is(':') || t.is('!') || t.is('?') || t.is('\n')
                || t.isWord() && !t.capitalised() && CLOSERS.contains(t.lower());
    }

    private static boolean noPerson(List<Token> tokens, int[] role, WordLists words, int start, int end) {
        for (int k = start; k < end; k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                continue;
            }
            String lower = t.lower();
            boolean clubWord = LAST.contains(lower) || FIRST.contains(lower);
            String cap = NameClassifier.capitalise(lower);
            boolean givenName = words.isFirstName(t.text()) || words.isFirstName(cap);
            // review rev-allow: "voetbalt bij Kowalski United": a surname of the lists that is no word or place
            boolean surname = (words.isName(t.text()) || words.isName(cap) || words.isWeakName(lower))
                    && !words.isWord(lower) && !words.isPlaceInContext(lower);
            if ((role[k] & (PersonNameDetector.KIN | PersonNameDetector.TITLE)) != 0 || words.isKinOrRole(lower)
                    || words.isTitle(lower) || !clubWord && (givenName || surname)) {
                return false;
            }
        }
        return true;
    }
}
