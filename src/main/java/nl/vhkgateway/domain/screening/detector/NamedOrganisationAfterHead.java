package nl.vhkgateway.domain.screening.detector;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Round 22 rule (t22-inst): the head noun of an organisation and the organisation's own name right after it
 * ("Voedselbank Maasland: pakket wekelijks", "Woonschap Wieringermeer biedt een woning aan", "lid van de
 * Oranjevereniging Tienhoven", "Kinderdagverblijf Pim en Pom signaleert", "bij de bloemenwinkel De Tulp") name one
 * organisation, also when its words are given names, surnames or villages that are surnames. The heads are data
 * ({@code organisation-name-heads.txt}: voedselbank, woonbedrijf, hospice, moskee, -winkel, Montessori, Jugendamt
 * ...; the activity and team heads of the list are skipped, see below). An unflag rule:
 * <ul>
 * <li>The name: one to five capitalised words right after the head, joined only by "en", "aan", "van", "de", "der",
 * "den", "op" between two capitalised words ("Lek en Linge", "Thuis aan Zee") or by a hyphen ("Nieuw-West"); one of
 * them flagged. A head that a surname list holds too (Montessori, Dalton) counts written with a capital and is cleared
 * with the name.</li>
 * <li>A head written with a capital (a proper name's first word: "Hospice Dignitas", "de Zeeverkenners Willem
 * Barents") takes the name wherever it ends.</li>
 * <li>A head in lower case takes it only where a common noun cannot stand before a person: a bare head after a
 * preposition or at the start ("op kinderdagverblijf Pim en Pom.", "bij voedselbank Maasland") with the name
 * closing its clause (punctuation, the end, or a place preposition after it); or a name that opens with a capitalised
 * article and a Dutch word ("bij de bloemschikclub De Tulp").</li>
 * <li>Heads of places where young children are cared for ("child:" in the list: kinderdagverblijf, peuteropvang,
 * kinderpraktijk) also hold a child in a note ("Peuteropvang Sanne gaat goed"): the name must close its clause or
 * stand before a verb that an organisation does (meldt, signaleert, geeft, biedt, doet ...), and it is never one
 * listed given name alone.</li>
 * </ul>
 * Review fixes (reviewer rb, 2026-12-07): no listed given name anywhere in the name ("Scouting Daan stopt ermee",
 * "Buurtvereniging Kees Smit belde", "Overleg met OKT Noor": the child, the chairman or the team member as often as
 * the organisation); "en" never joins a listed given name or surname to the name ("Stichting MEE en Yusuf Öztürk",
 * "Voedselbank Oss en Fatima": a second party); a word in capitals ends the name after its first word; no name in a
 * line in capitals ("SCOUTING DAAN HEEFT ..."); and no clearing at all after heads of a leisure activity or a team
 * (scouting, -verkenners, -club, -vereniging, -team, okt, basisteam, bureau, judo, voetbal ...): in a list of
 * hobbies ("scouting Bram, judo Sem") or a referral ("naar basisteam Esra") the word after them is a person as often.
 * Stays a person: a kin word, role or title before the head or in the name ("bij buurvrouw Bakker", "de
 * voedselbank, oom Kees"), a family apposition, an age or a person in brackets after the name ({@link
 * RelativeGuard#familyAfter}), a possessive right before the head ("haar peuteropvang Sanne"), a lower-case head with
 * an article before a name without article ("bij de scouting Jan de Wit": the leader as often as the group), a
 * word that is no name flagged before the head inside one name (the head is then a person's apposition). Stateless.
 */
final class NamedOrganisationAfterHead {

    private static final class Holder {
        private static final Set<String> HEADS = new HashSet<>();
        private static final Set<String> CHILD_HEADS = new HashSet<>();
        private static final java.util.List<String> SUFFIXES = new java.util.ArrayList<>();
        /** Round 23: heads marked "acronym:" (obs, cbs, mfc ...), read in capitals only before "De/Het X". */
        private static final Set<String> ACRONYMS = new HashSet<>();

        static {
            WordLists.read("organisation-name-heads.txt", line -> {
                String entry = line.strip().toLowerCase(java.util.Locale.ROOT);
                if (entry.startsWith("acronym:")) {
                    entry = entry.substring("acronym:".length());
                    ACRONYMS.add(entry);
                }
                boolean child = entry.startsWith("child:");
                if (child) {
                    entry = entry.substring("child:".length());
                    CHILD_HEADS.add(entry);
                }
                if (entry.startsWith("-")) {
                    SUFFIXES.add(entry.substring(1));
                } else {
                    HEADS.add(entry);
                }
            });
        }
    }

    private static final Set<String> LINKS = WordSets.of("en", "aan", "van", "de", "der", "den", "op", "'t");
    private static final Set<String> ARTICLES = WordSets.of("de", "het", "'t");
    private static final Set<String> DETERMINERS = WordSets.of("de", "het", "een", "'t", "deze", "die", "dat");
    private static final Set<String> POSSESSIVES = WordSets.of("zijn", "haar", "hun", "z'n", "m'n", "mijn", "onze",
            "jouw");
    private static final Set<String> PLACE_PREPOSITIONS = WordSets.of("in", "te", "aan", "uit", "op", "bij");
    /** Verbs that an organisation does in a note ("Kinderpraktijk X geeft speltherapie"). */
    private static final Set<String> ORGANISATION_VERBS = WordSets.of("meldt", "meldde", "signaleert", "signaleerde",
            "geeft", "gaf", "biedt", "bood", "doet", "deed", "verzorgt");
    private static final int MAX_WORDS = 5;
    private static final Set<String> ACTIVITY_HEADS = WordSets.of("scouting", "okt", "basisteam", "bureau", "judo",
            "voetbal", "hockey", "korfbal", "zwemles", "turnen");

    private NamedOrganisationAfterHead() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words, boolean shouted) {
        if (shouted) {
            return; // in a line in capitals every word looks like a name's word ("SCOUTING DAAN HEEFT ...")
        }
        int n = tokens.size();
        for (int h = 0; h + 1 < n; h++) {
            Token head = tokens.get(h);
            if (!head.isWord() || !isHead(head.lower()) || activityHead(head.lower())
                    || flag[h] && !flaggedHeadAllowed(head, words) && !acronymHead(tokens, words, h)
                    || head.allCaps() && Holder.ACRONYMS.contains(head.lower()) && !acronymHead(tokens, words, h)) {
                continue;
            }
            int last = nameEnd(tokens, role, words, h + 1);
            if (last < 0) {
                continue;
            }
            boolean any = false;
            for (int k = h; k <= last; k++) {
                any |= flag[k];
            }
            if (!any || !accepted(tokens, role, words, h, last)) {
                continue;
            }
            for (int k = h; k <= last; k++) {
                flag[k] = false;
            }
            h = last;
        }
    }

    /**
     * Heads of a leisure activity (scouting, a club, an association, sea scouts) and of teams (OKT, basisteam, bureau):
     * in a list of a child's hobbies ("scouting Bram, judo Sem") or a referral ("naar basisteam Esra") the word after
     * them is the child or the team member as often as the group's name (review rb, Prb-032..036, -043..045).
     */
    private static boolean activityHead(String lower) {
        return ACTIVITY_HEADS.contains(lower) || lower.endsWith("scouting") || lower.endsWith("verkenners")
                || lower.endsWith("club") || lower.endsWith("vereniging") || lower.endsWith("team");
    }

    /** A listed given name or surname after "en": a second party, not the rest of the name ("MEE en Yusuf Öztürk"). */
    private static boolean personWord(Token t, WordLists words) {
        return words.isFirstName(t.text()) || words.isFirstNameLower(t.lower()) || words.isSurname(t.text());
    }

    /**
     * Round 23 (t23-inst): a river or a Dutch place after "en" that a surname list holds too ("Scholengemeenschap Lek
     * en Linge", "Maas en Waal"): schools and associations are named after the rivers and places of their area. Never
     * a listed given name ("Voedselbank Oss en Linde" stays a second party).
     */
    private static boolean riverOrPlace(Token t, WordLists words) {
        return !t.allCaps() && !words.isFirstName(t.text()) && !words.isFirstNameLower(t.lower())
                && (words.isWater(t.lower()) || words.isDomesticPlace(t.lower()));
    }

    /** A head of a place where young children are cared for ("child:" in the list). */
    static boolean isChildHead(String lower) {
        return Holder.CHILD_HEADS.contains(lower);
    }

    static boolean isHead(String lower) {
        if (Holder.HEADS.contains(lower)) {
            return true;
        }
        for (String suffix : Holder.SUFFIXES) {
            if (lower.endsWith(suffix) && lower.length() > suffix.length() + 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * A head that a name list holds too ("Montessori Zuid", "Dalton Noord": school types named after their founders)
     * counts only written with a capital and when it is no listed given name.
     */
    private static boolean flaggedHeadAllowed(Token head, WordLists words) {
        return head.capitalised() && !head.allCaps() && !words.isFirstName(head.text())
                && !words.isFirstNameLower(head.lower()) && Holder.HEADS.contains(head.lower());
    }

    /**
     * Round 23 (t23-inst): a school's or centre's acronym of the list written in capitals (OBS, CBS, RKBS, IKC, MFC:
     * "MFC De Skalm", "OBS Het Kompas") is a head only before a name that opens with a capitalised article and a word
     * that no given-name or surname list holds: three capitals before a surname are initials written without dots as
     * often ("MFC Jansen", "OBS De Vries" stay persons), as {@link AcronymRegionalBranch} reads them.
     */
    private static boolean acronymHead(List<Token> tokens, WordLists words, int h) {
        Token head = tokens.get(h);
        if (!head.allCaps() || !Holder.ACRONYMS.contains(head.lower()) || h + 2 >= tokens.size()) {
            return false;
        }
        Token article = tokens.get(h + 1);
        Token word = tokens.get(h + 2);
        return article.isWord() && article.capitalised() && ARTICLES.contains(article.lower()) && word.isWord()
                && word.capitalised() && !word.allCaps() && !words.isSurname(word.text())
                && !words.isFirstName(word.text()) && !words.isFirstNameLower(word.lower());
    }

    /** Last token of the capitalised name that starts at {@code from}, or -1. */
    private static int nameEnd(List<Token> tokens, int[] role, WordLists words, int from) {
        int n = tokens.size();
        int last = -1;
        int count = 0;
        for (int k = from; k < n && count < MAX_WORDS; k++) {
            Token t = tokens.get(k);
            if (t.is('-') && !t.spaceBefore() && last == k - 1 && k + 1 < n && tokens.get(k + 1).isWord()
                    && tokens.get(k + 1).capitalised() && !tokens.get(k + 1).spaceBefore()) {
                continue; // "OKT Nieuw-West", "Jeugdteam Oost-Betuwe"
            }
            if (!t.isWord()) {
                break;
            }
            if ((role[k] & (PersonNameDetector.KIN | PersonNameDetector.TITLE)) != 0) {
                return -1;
            }
            if (t.allCaps() && t.text().length() > 1 && last >= 0) {
                break; // "Stichting MEE" yes, a word in capitals after the name's first word no
            }
            if (t.capitalised()) {
                last = k;
                count++;
            } else if (last >= 0 && LINKS.contains(t.lower()) && k + 1 < n && tokens.get(k + 1).isWord()
                    && tokens.get(k + 1).capitalised() && !(t.lower().equals("en") && personWord(tokens.get(k + 1), words)
                    && !riverOrPlace(tokens.get(k + 1), words))) {
                continue;
            } else {
                break;
            }
        }
        return last;
    }

    private static boolean accepted(List<Token> tokens, int[] role, WordLists words, int h, int last) {
        Token head = tokens.get(h);
        for (int k = h + 1; k <= last; k++) {
            Token t = tokens.get(k);
            if (t.isWord() && (words.isFirstName(t.text()) || words.isFirstNameLower(t.lower()))) {
                return false; // a listed given name in the slot is a person of the organisation or a child at it
            }
        }
        if (RelativeGuard.kinBefore(tokens, role, words, h) || RelativeGuard.familyAfter(tokens, words, last)
                || h > 0 && tokens.get(h - 1).isWord() && POSSESSIVES.contains(tokens.get(h - 1).lower())) {
            return false;
        }
        for (int k = h + 1; k <= last; k++) {
            if (tokens.get(k).isWord() && words.isKinOrRole(tokens.get(k).lower())) {
                return false; // "Voedselbank Oom Kees" is never an organisation's name
            }
        }
        boolean closes = closesClause(tokens, last);
        String lower = head.lower();
        boolean single = h + 1 == last && (words.isFirstName(tokens.get(last).text())
                || words.isFirstNameLower(tokens.get(last).lower()));
        boolean slot = closes || last + 1 < tokens.size() && tokens.get(last + 1).isWord()
                && ORGANISATION_VERBS.contains(tokens.get(last + 1).lower());
        if (Holder.CHILD_HEADS.contains(lower)) {
            return !single && slot && (head.capitalised() || bare(tokens, h));
        }
        if (single && !slot) {
            return false; // "Scouting Daan stopt": a note on a child at the club as often as the club's name
        }
        if (head.capitalised()) {
            return true;
        }
        boolean articleName = h + 2 <= last && ARTICLES.contains(tokens.get(h + 1).lower())
                && words.isDutchWord(tokens.get(h + 2).lower());
        return articleName || bare(tokens, h) && closes;
    }

    /** No article, demonstrative or possessive right before the head: the head is used like a title. */
    private static boolean bare(List<Token> tokens, int h) {
        if (h == 0) {
            return true;
        }
        Token before = tokens.get(h - 1);
        return !before.isWord() || !DETERMINERS.contains(before.lower()) && !POSSESSIVES.contains(before.lower());
    }

    /** The name is followed by punctuation, the end of the text, or a place preposition. */
    private static boolean closesClause(List<Token> tokens, int last) {
        if (last + 1 >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(last + 1);
        if (!next.isWord()) {
            return !next.is('(');
        }
        return PLACE_PREPOSITIONS.contains(next.lower());
    }
}
