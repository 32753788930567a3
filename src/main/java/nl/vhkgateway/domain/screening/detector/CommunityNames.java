package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 10 rules for the names of churches, communities and schools that a card gives without a Dutch institution
 * word before them:
 * <ul>
 *   <li>an English name of the shape "Church of X", "House of X", "Ministries of X" ("de Church of Pentecost",
 *   "Assemblies of God"): the capitalised words after "of" (and "the") belong to the name, except a listed given
 *   name ("Friends of Sanne");</li>
 *   <li>a community, church or club word followed by capitalised words alone in brackets: the community's own name,
 *   often in its language ("de Braziliaanse kerkgemeenschap (Igreja)", "de Eritrese kerk (Medhane Alem)"); a listed
 *   given name, surname or weak name there stays a name ("de kerk (Marta)");</li>
 *   <li>a word for church, mosque or congregation in another language and the capitalised words after it
 *   ("de Iglesia Evangélica", "Igreja de Cristo", "Masjid Al-Fath"); a listed given name after it stays a name;</li>
 *   <li>a professional's role, a capitalised word and a capitalised kind of school ("zorgcoördinator Bredero Mavo",
 *   "mentor Ichthus College"): the school where the professional works; a listed given name stays a name.</li>
 * </ul>
 * Stateless; the word lists are passed in.
 */
final class CommunityNames {

    private static final Set<String> ENGLISH_HEADS = WordSets.of("church", "churches", "assembly", "assemblies", "ministry",
            "ministries", "congregation", "temple", "fellowship", "mission", "chapel", "tabernacle", "gospel");
    private static final Set<String> COMMUNITY_WORDS = WordSets.of("kerk", "kerkgemeenschap", "kerkgenootschap",
            "gemeenschap", "geloofsgemeenschap", "moskee", "moskeevereniging", "parochie", "gemeente", "kerkgemeente",
            "migrantenkerk", "tempel", "synagoge", "koor", "gospelkoor", "vereniging", "club", "voetbalclub",
            "sportclub", "stichting", "zelforganisatie", "migrantenorganisatie", "buurthuis", "wijkcentrum",
            "jongerencentrum", "jeugdvereniging", "scouting", "bond");
    /** Church, mosque and congregation in the languages of the cards ("Iglesia Evangélica", "Igreja Batista"). */
    private static final Set<String> FOREIGN_HEADS = WordSets.of("iglesia", "igreja", "église", "eglise", "chiesa",
            "kirche", "gemeinde", "kościół", "kosciol", "parafia", "camii", "masjid", "mesquita",
            "comunidade", "comunidad", "communauté", "congregação", "congregación", "assembleia", "asamblea",
            "ministério", "ministerio", "missão", "misión", "capela");
    private static final Set<String> SCHOOL_HEADS = Set.of("mavo", "havo", "vwo", "vmbo", "college", "lyceum",
            "gymnasium", "school", "basisschool", "academie", "campus", "scholengemeenschap", "atheneum",
            "praktijkschool");

    /** Particles inside such names ("Igreja de Cristo", "Iglesia de Dios"). */
    private static final Set<String> FOREIGN_LINKS = Set.of("de", "da", "do", "del", "di", "des", "du", "la");

    private CommunityNames() {
    }

    static void unflag(List<Token> tokens, NameClassifier.WordClass[] cls, int[] role, boolean[] flag,
                       WordLists words) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                continue;
            }
            if (t.capitalised() && ENGLISH_HEADS.contains(t.lower()) && i + 2 < n && tokens.get(i + 1).isWord()
                    && tokens.get(i + 1).text().equals("of")) {
                int k = i + 2;
                if (k < n && tokens.get(k).isWord() && tokens.get(k).text().equals("the")) {
                    k++;
                }
                int first = k;
                while (k < n && tokens.get(k).isWord() && tokens.get(k).capitalised()
                        && (!RelativeGuard.listedName(tokens.get(k), words)
                        || k == first && words.isWord(tokens.get(k).lower())) // "Mission of Hope"
                        && !(k + 1 < n && tokens.get(k + 1).isWord() && words.isKinOrRole(tokens.get(k + 1).lower()))) {
                    flag[k] = false; // "Church of Sanne" keeps Sanne, "of God Asante familie" keeps Asante
                    k++;
                }
            }
            if (t.capitalised() && FOREIGN_HEADS.contains(t.lower()) && !words.isName(t.text())
                    && !words.isFirstNameLower(t.lower())
                    && !RelativeGuard.around(tokens, role, words, i)) {
                flag[i] = false;
                for (int k = i + 1; k < n && k <= i + 4 && tokens.get(k).isWord() && (tokens.get(k).capitalised()
                        && !RelativeGuard.listedName(tokens.get(k), words)
                        && !RelativeGuard.around(tokens, role, words, k)
                        || FOREIGN_LINKS.contains(tokens.get(k).lower())); k++) {
                    flag[k] = false; // "Igreja de Cristo"; "Camii Yilmaz" keeps Yilmaz
                }
            }
            if (COMMUNITY_WORDS.contains(t.lower()) && i + 3 < n && tokens.get(i + 1).is('(')) {
                int k = i + 2;
                boolean names = false;
                while (k < n && k <= i + 5 && tokens.get(k).isWord() && tokens.get(k).capitalised()
                        && !RelativeGuard.listedName(tokens.get(k), words)) {
                    k++;
                    names = true;
                }
                if (names && k < n && tokens.get(k).is(')')) {
                    for (int m = i + 2; m < k; m++) {
                        flag[m] = false;
                    }
                }
            }
            if (flag[i] && t.capitalised() && !t.allCaps() && i > 0 && i + 1 < n
                    && (cls[i - 1] == NameClassifier.WordClass.ROLE || tokens.get(i - 1).isWord()
                    && words.isKinOrRole(tokens.get(i - 1).lower())) && !RelativeGuard.listedName(t, words)
                    && tokens.get(i + 1).isWord() && tokens.get(i + 1).capitalised()
                    && SCHOOL_HEADS.contains(tokens.get(i + 1).lower())) {
                flag[i] = false;
            }
            if (t.text().equals("school")) {
                namedSchool(tokens, flag, words, i);
            }
        }
    }

    /** Titles a school named after a person keeps: "de Dr. Nassau school", "de Koning Willem school". */
    private static final Set<String> SCHOOL_TITLES = Set.of("dr", "prof", "ds", "mr", "st", "sint", "koning",
            "koningin", "prins", "prinses", "pater", "mgr", "pastoor");
    private static final Set<String> NAME_PARTICLES = Set.of("da", "de", "van", "der", "den", "ter", "ten", "la", "le");

    /**
     * Round 19 (fix19-cards): a school named after a person with the lower-case word "school" written apart, where the
     * phrase ends at "school" (a comma, bracket, stop or the end follows): after "de"/"het" and a title ("op de Dr.
     * Nassau school (zorgteam)"), or as an item of a comma list whose words are no listed given name ("wijkteam, Da
     * Costa school, wijkagent"). "weigert Noah school.", "oom Jansen school" and ", Sanne school," stay names.
     */
    private static void namedSchool(List<Token> tokens, boolean[] flag, WordLists words, int i) {
        int n = tokens.size();
        if (i + 1 < n && !(tokens.get(i + 1).is(',') || tokens.get(i + 1).is(')') || tokens.get(i + 1).is('(')
                || tokens.get(i + 1).is('.') || tokens.get(i + 1).is(';'))) {
            return;
        }
        int k = i - 1;
        int capitals = 0;
        while (k >= 0 && i - k <= 4 && tokens.get(k).isWord() && (tokens.get(k).capitalised()
                && !tokens.get(k).allCaps() || NAME_PARTICLES.contains(tokens.get(k).text()) && capitals > 0)) {
            if (tokens.get(k).capitalised()) {
                capitals++;
            }
            k--;
        }
        int start = k + 1;
        while (start < i && !tokens.get(start).capitalised()) {
            start++; // a particle opens no name
        }
        if (capitals == 0 || start >= i) {
            return;
        }
        int before = start - 1;
        boolean titled = false;
        if (before >= 1 && tokens.get(before).is('.') && tokens.get(before - 1).isWord()
                && SCHOOL_TITLES.contains(tokens.get(before - 1).lower())) {
            before -= 2;
            titled = true;
        } else if (before >= 0 && tokens.get(before).isWord() && SCHOOL_TITLES.contains(tokens.get(before).lower())
                && tokens.get(before).capitalised()) {
            before -= 1;
            titled = true;
        }
        boolean clear;
        if (titled) {
            clear = before >= 0 && tokens.get(before).isWord()
                    && (tokens.get(before).text().equals("de") || tokens.get(before).text().equals("het"));
        } else {
            clear = before >= 0 && tokens.get(before).is(',') && start == before + 1;
            for (int m = start; clear && m < i; m++) {
                Token w = tokens.get(m);
                clear = !words.isFirstNameLower(w.lower()) && !words.isKinOrRole(w.lower());
            }
            if (clear && before >= 1 && tokens.get(before - 1).isWord()
                    && words.isKinOrRole(tokens.get(before - 1).lower())) {
                clear = false;
            }
        }
        if (!clear) {
            return;
        }
        for (int m = start; m < i; m++) {
            flag[m] = false;
        }
    }
}
