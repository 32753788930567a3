package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;
import nl.vhkgateway.domain.screening.detector.NameClassifier.WordClass;

/**
 * Round 8 rule: sports clubs by the shape of their names. The Dutch and Flemish club abbreviations (SV, VV, RKSV, HC,
 * FC, KV ...) open a club's name: the capitalised run after them is the club, whatever its words ("SV Kampong",
 * "RKVV Brabantia", "HC Tilburg", "KV Mechelen"). A second unknown club joined to it by "en" or a comma is a club too
 * ("bij SV Kampong en Elinkwijk").
 */
final class SportClubs {

    /** Abbreviations of Dutch and Flemish sports clubs (voetbal, hockey, korfbal, handbal, volleybal, zwemmen ...). */
    static final Set<String> PREFIXES = WordSets.of("sv", "vv", "rksv", "rkvv", "rksvv", "rkvvo", "vvv", "svv", "hc",
            "mhc", "mhv", "hv", "fc", "sc", "vc", "kv", "ckv", "kc", "zc", "zv", "zpc", "tc", "ltc", "ltv", "hbc",
            "bc", "ac", "av", "jc", "ijc", "rc", "rfc", "kfc", "kvc", "ksv", "vk", "bv", "usv", "dvs", "vvsb", "ovc",
            "rkc", "vbc", "tv", "wsv", "rv", "hvc", "gvv", "hvv", "hfc", "rvv", "asv", "csv", "hsv",
            "voetbalvereniging", "sportvereniging", "voetbalclub",
            "hockeyclub", "korfbalvereniging", "handbalvereniging", "zwemvereniging", "turnvereniging",
            "gymnastiekvereniging", "tennisvereniging", "judoclub", "atletiekvereniging", "volleybalvereniging");

    /** Round 9: verbs of a team sport before "bij": the capitalised run after "bij" is the club ("voetballen bij Be
     * Quick 1887"); "speelt bij" and "traint bij" may name a friend's home or a trainer. */
    private static final Set<String> SPORT_VERBS = WordSets.of("voetbalt", "voetballen", "voetbalde", "voetbalden",
            "hockeyt", "hockeyen", "hockeyde", "korfbalt", "korfballen", "handbalt", "handballen", "volleybalt",
            "volleyballen", "basketbalt", "basketballen", "rugbyt", "honkbalt", "honkballen", "waterpoloot",
            "voetballer", "keepers", "keept", "keepen");

    private SportClubs() {
    }

    /**
     * Round 9: after a verb of a team sport and "bij", a capitalised run that does not start with a listed given name
     * or a particle, with a founding year after it ("Be Quick 1887") or of two or more words none of which is a listed
     * name ("Go Ahead Eagles"), is the club.
     */
    static void afterSportVerb(List<Token> tokens, WordClass[] cls, boolean[] covered, boolean[] coveredOrganisation,
                               WordLists words) {
        int n = tokens.size();
        for (int i = 1; i + 1 < n; i++) {
            if (!tokens.get(i).isWord() || !tokens.get(i).text().equals("bij") || !tokens.get(i - 1).isWord()
                    || !SPORT_VERBS.contains(tokens.get(i - 1).lower())) {
                continue;
            }
            int k = i + 1;
            if (!tokens.get(k).isWord() || !tokens.get(k).capitalised() || words.isFirstName(tokens.get(k).text())
                    || words.isTussenvoegsel(tokens.get(k).lower())) {
                continue;
            }
            int end = k;
            while (end < n && end < i + 5 && tokens.get(end).isWord() && tokens.get(end).capitalised()
                    && cls[end] != WordClass.ROLE) {
                end++;
            }
            // leak review: a founding year after the run, or two or more words none of them a listed name ("Go Ahead
            // Eagles"); "voetbalt bij Hendriks in de tuin" is a person's garden
            boolean year = end < n && tokens.get(end).isNumber() && tokens.get(end).text().length() == 4;
            boolean noName = end - k >= 2;
            for (int m = k; m < end; m++) {
                noName &= !words.isName(NameClassifier.stripPossessive(tokens.get(m).text()));
            }
            if (!year && !noName) {
                continue;
            }
            for (int m = k; m < end; m++) {
                covered[m] = true;
                coveredOrganisation[m] = true;
            }
        }
    }

    static void cover(List<Token> tokens, WordClass[] cls, boolean[] covered, boolean[] coveredOrganisation) {
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || !PREFIXES.contains(t.lower()) || t.lower().length() <= 4 && !t.allCaps()) {
                continue;
            }
            int k = i + 1;
            int end = run(tokens, cls, k);
            if (end == k) {
                continue;
            }
            covered[i] = true;
            coveredOrganisation[i] = true;
            mark(covered, coveredOrganisation, k, end);
            // "SV Kampong en Elinkwijk": a further club that no list knows
            while (end + 1 < n && (tokens.get(end).is(',') || tokens.get(end).isWord()
                    && tokens.get(end).text().equals("en")) && tokens.get(end + 1).isWord()
                    && tokens.get(end + 1).capitalised() && cls[end + 1] == WordClass.UNKNOWN) {
                int next = run(tokens, cls, end + 1);
                mark(covered, coveredOrganisation, end + 1, next);
                end = next;
            }
        }
    }

    private static void mark(boolean[] covered, boolean[] coveredOrganisation, int from, int to) {
        for (int m = from; m < to; m++) {
            covered[m] = true;
            coveredOrganisation[m] = true;
        }
    }

    private static int run(List<Token> tokens, WordClass[] cls, int from) {
        int k = from;
        while (k < tokens.size() && k < from + 4) {
            Token t = tokens.get(k);
            if (t.isWord() && (t.capitalised() || t.hasDigit()) && cls[k] != WordClass.ROLE) {
                k++;
            } else if (k > from && (t.is('-') || t.is('\'')) && !t.spaceBefore() && k + 1 < tokens.size()
                    && tokens.get(k + 1).isWord()) {
                k++;
            } else {
                break;
            }
        }
        return k;
    }
}
