package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 22 rule (t22-inst): a care provider named as the subject that carries out a care service ("Zorgmaat doet de
 * forensische behandeling van vader", "De Hoeve doet het beschermd wonen", "Van Ark heeft de dagbesteding van opa
 * overgenomen") is an organisation, also when its name is a given name or looks like a surname: a service with an
 * article is what a provider does, not what a person does. An unflag rule:
 * <ul>
 * <li>Shape: the sentence opens with a capitalised name of one to three words (particles allowed: "Van Ark"),
 * optionally followed by "in" and one or two capitalised words of its place ("De Hoeve in Wolvega biedt
 * dagbehandeling"), then "doet/deed de/het" and a service, "biedt/levert/verzorgt" and a service (with or without an
 * article), or "heeft/had de/het" a service and, later in the clause, a participle of taking on work
 * ("overgenomen", "opgestart", "gestart", "ingezet").</li>
 * <li>The service: at most two lower-case adjectives and a noun of organised care (behandeling, dagbehandeling,
 * dagbesteding, diagnostiek, wijkverpleging, thuiszorg, kraamzorg, jongerenwerk, "beschermd wonen", a compound
 * ending in -begeleiding, -behandeling or -hulpverlening ...). Not "zorg", "opvang", "verzorging" or bare
 * "begeleiding": a relative does those too ("Sanne doet de verzorging van opa").</li>
 * </ul>
 * Stays a person: a form of address, title or kin word before the name ("meneer Van Ark heeft de dagbesteding
 * overgenomen" does not open the sentence with the name), a person verb ("Idris belde" is no service), an apposition
 * or brackets after the name, a personal pronoun or possessive anywhere in the sentence ("Sanne doet de behandeling
 * van haar vader"), a kin word or role anywhere except as the client right after "van/voor" behind the service. The
 * price: a professional named by one word alone as the subject of such a service passes (a professional named outside
 * the cover fields is a NAME); a role before the name keeps it ("psycholoog Idris doet de behandeling"). Stateless.
 */
final class ProviderDoesService {

    private static final Set<String> SERVICES = WordSets.of("behandeling", "dagbehandeling", "dagbesteding",
            "diagnostiek", "wijkverpleging", "thuiszorg", "kraamzorg", "jongerenwerk", "pleegzorg",
            "verslavingszorg", "schuldhulpverlening", "schuldhulp", "revalidatie", "thuisbegeleiding",
            "woonbegeleiding", "gezinsbegeleiding", "gezinsbehandeling", "traumabehandeling", "jeugdhulp",
            "hulpverlening", "psychotherapie", "speltherapie", "dagopvang", "nachtopvang", "logeeropvang",
            "kamertraining", "ambulante");
    private static final List<String> SERVICE_ENDINGS = List.of("begeleiding", "behandeling", "hulpverlening",
            "therapie", "diagnostiek");
    private static final Set<String> TAKING_ON = WordSets.of("overgenomen", "opgestart", "gestart", "ingezet",
            "opgepakt", "overgedragen");
    private static final Set<String> ARTICLES = WordSets.of("de", "het");
    /** Verbs of offering a service, with or without an article ("biedt dagbesteding", "levert de thuiszorg"). */
    private static final Set<String> OFFERING = WordSets.of("biedt", "bood", "levert", "leverde", "verzorgt",
            "verzorgde");
    private static final Set<String> PARTICLES = WordSets.of("van", "de", "der", "den", "ter", "ten", "'t", "het");
    private static final Set<String> PRONOUNS = WordSets.of("hij", "zij", "ze", "hem", "ik", "jij", "je", "wij", "we",
            "zijn", "haar", "hun", "z'n", "m'n", "mijn", "zich", "zelf");
    private static final Set<String> CLIENT_LINKS = WordSets.of("van", "voor", "aan");

    private ProviderDoesService() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int s = 0; s < n; s++) {
            Token first = tokens.get(s);
            if (!first.isWord() || !first.capitalised() || s > 0 && !first.sentenceStart()) {
                continue;
            }
            int last = subjectEnd(tokens, s);
            if (last < 0 || last + 2 >= n) {
                continue;
            }
            boolean any = false;
            for (int k = s; k <= last; k++) {
                any |= flag[k];
            }
            if (!any) {
                continue;
            }
            int verb = afterPlace(tokens, last + 1);
            int end = verb < 0 ? -1 : serviceClause(tokens, verb);
            if (end < 0 || RelativeGuard.kinBefore(tokens, role, words, s) || addressedInName(tokens, role, words, s, last)
                    || personInSentence(tokens, role, words, s, last)) {
                continue;
            }
            for (int k = s; k <= last; k++) {
                flag[k] = false;
            }
        }
    }

    /** Last token of a name of one to three capitalised words (particles between) opening at {@code s}, or -1. */
    private static int subjectEnd(List<Token> tokens, int s) {
        int last = -1;
        int count = 0;
        for (int k = s; k < tokens.size() && count < 3; k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                break;
            }
            if (t.capitalised()) {
                last = k;
                count++;
            } else if (PARTICLES.contains(t.lower()) && k + 1 < tokens.size() && tokens.get(k + 1).isWord()
                    && tokens.get(k + 1).capitalised()) {
                continue;
            } else {
                break;
            }
        }
        return last;
    }

    /** Index of the verb after "in" and one or two capitalised words of a place ("Zorgmaat in Uden biedt"), or {@code v}. */
    private static int afterPlace(List<Token> tokens, int v) {
        int n = tokens.size();
        if (v + 2 >= n || !tokens.get(v).isWord() || !tokens.get(v).lower().equals("in")) {
            return v;
        }
        int k = v + 1;
        while (k < n && k <= v + 2 && tokens.get(k).isWord() && tokens.get(k).capitalised()) {
            k++;
        }
        return k == v + 1 || k >= n ? -1 : k;
    }

    /** Index after the service if "doet de X" or "heeft de X ... overgenomen" starts at {@code v}, else -1. */
    private static int serviceClause(List<Token> tokens, int v) {
        int n = tokens.size();
        Token verb = tokens.get(v);
        if (!verb.isWord() || v + 2 >= n) {
            return -1;
        }
        String lower = verb.lower();
        boolean doing = lower.equals("doet") || lower.equals("deed");
        boolean having = lower.equals("heeft") || lower.equals("had");
        boolean offering = OFFERING.contains(lower);
        boolean article = tokens.get(v + 1).isWord() && ARTICLES.contains(tokens.get(v + 1).lower());
        if (!doing && !having && !offering || !article && !offering) {
            return -1;
        }
        int from = article ? v + 2 : v + 1;
        int noun = -1;
        for (int k = from; k < n && k <= from + 2; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || t.capitalised()) {
                break;
            }
            if (service(t.lower(), k + 1 < n ? tokens.get(k + 1) : null)) {
                noun = t.lower().equals("beschermd") || t.lower().equals("ambulante") ? k + 1 : k;
                break;
            }
        }
        if (noun < 0) {
            return -1;
        }
        if (doing || offering) {
            return noun + 1;
        }
        for (int k = noun + 1; k < n && k <= noun + 6; k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                return -1;
            }
            if (TAKING_ON.contains(t.lower())) {
                return k + 1;
            }
        }
        return -1;
    }

    private static boolean service(String lower, Token next) {
        if (lower.equals("beschermd")) {
            return next != null && next.isWord() && next.lower().equals("wonen");
        }
        if (lower.equals("ambulante")) {
            return next != null && next.isWord() && endsWithAny(next.lower());
        }
        return SERVICES.contains(lower) || lower.length() > 11 && endsWithAny(lower);
    }

    private static boolean endsWithAny(String lower) {
        for (String ending : SERVICE_ENDINGS) {
            if (lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** A title, form of address, kin word or role among the name's words ("Meneer Van Ark", "Psycholoog Idris"). */
    private static boolean addressedInName(List<Token> tokens, int[] role, WordLists words, int s, int last) {
        for (int k = s; k <= last; k++) {
            String lower = tokens.get(k).lower();
            if ((role[k] & (PersonNameDetector.KIN | PersonNameDetector.TITLE)) != 0 || words.isTitle(lower)
                    || words.isKinOrRole(lower)) {
                return true;
            }
        }
        return false;
    }

    /** "van vader", "voor de jongste", "aan opa": the client of the service. */
    private static boolean clientAfterLink(List<Token> tokens, int k) {
        int b = k - 1;
        if (b > 0 && tokens.get(b).isWord() && ARTICLES.contains(tokens.get(b).lower())) {
            b--;
        }
        return b > 0 && tokens.get(b).isWord() && CLIENT_LINKS.contains(tokens.get(b).lower());
    }

    /**
     * A pronoun or possessive anywhere in the sentence, an apposition or brackets after the name, or a kin word or role
     * that is not the client right after "van/voor/aan".
     */
    private static boolean personInSentence(List<Token> tokens, int[] role, WordLists words, int s, int last) {
        if (RelativeGuard.familyAfter(tokens, words, last)) {
            return true;
        }
        for (int k = last + 1; k < tokens.size(); k++) {
            Token w = tokens.get(k);
            if (w.is('.') || w.is('!') || w.is('?') || w.is(';')) {
                break;
            }
            if (!w.isWord()) {
                continue;
            }
            String lower = w.lower();
            if (PRONOUNS.contains(lower)) {
                return true;
            }
            boolean kin = words.isKinOrRole(lower) || (role[k] & (PersonNameDetector.KIN | PersonNameDetector.TITLE)) != 0;
            if (kin && !clientAfterLink(tokens, k)) {
                return true;
            }
        }
        return false;
    }
}
