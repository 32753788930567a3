package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Round 16 rule (r16-allow): a place put first and taken up by "daar" after a colon or a dash ("Sommelsdijk — daar
 * woont de peetoom", "Luttenberg en Haarle: daar zit de familie", "Bosnië: daar is vader geboren"). "daar" points
 * back to a location, so the words before it are places when the clause after "daar" is about living or coming from
 * somewhere. An unflag rule:
 * <ul>
 * <li>Shape: one to four capitalised words joined by "en" or "," open the sentence; right after them a colon or a
 * dash and "daar"; right after "daar" a verb of living or staying (woont, wonen, zit, verblijft, logeert ...), or
 * a form of "zijn" with "geboren" / "opgegroeid" later in the clause, or a verb of coming with "vandaan" later.</li>
 * <li>Members: every one a word a place list holds (places, places in context, villages, places abroad), or a word
 * of no list with a Dutch place-name ending ("Sommelsdijk"); one member of no place list, a listed surname among them
 * ("Kooistra en Haarle: daar verblijven de kinderen": at the Kooistra family's), keeps every flag.</li>
 * <li>Round 19 (r19-allow): a member may be a village that is a surname too ({@link VillageSurnames}: "Luttenberg en
 * Haarle: daar zit de familie") when another member is a word of a place list (not one of no list with a place
 * ending, nor one a name list holds, review) and the verb after "daar" is no verb of staying with someone (logeert, verblijft); a member may be a name joined by
 * hyphens when it is a listed place as a whole ("Oud-Beijerland en Westmaas: daar woont ..."); and after "daar" a
 * verb of doing sport, or of going with "naar"/"heen" later in the clause, counts too ("daar gaat J. naar de manege";
 * not "daar gaat het mis").</li>
 * <li>Guards: never a listed given name or weak name (a chat line "Kees: daar woont mijn zus" names its speaker), a
 * single listed surname that no place list holds ("Jansen: daar woont hij"), a member with person evidence
 * around it ({@link PlacesBySurroundings#personAround}), a run after the period of an initial, title or kin word
 * ("Dhr. Rouveen: daar verblijft moeder").</li>
 * </ul>
 * Round 25 (t25-held): after the colon or dash also a lower-case kin word or role, a verb of living or working and
 * "daar" ("Gorinchem: oom werkt daar in de haven"), with the same members and guards, and (review rc) only members
 * that no name list holds ("Elst – tante werkt daar" may name a person Elst).
 * Stateless.
 */
final class PlaceBeforeDaar {

    private static final Set<String> LIVING = WordSets.of("woont", "wonen", "woonde", "woonden", "zit", "zitten",
            "zat", "zaten", "verblijft", "verblijven", "verbleef", "verbleven", "logeert", "logeren", "logeerde");
    /**
     * Round 19 (r19-allow): verbs of going somewhere, with "naar" or "heen" later in the clause ("Geervliet en
     * Heenvliet: daar gaat J. naar de manege"; not "daar gaat het mis", review), and of doing sport somewhere: "daar"
     * still points back to a location; every member must be a place all the same.
     */
    /** Round 19: verbs of staying with someone, which after a village that is a surname read as at that family's. */
    private static final Set<String> STAYING = WordSets.of("verblijft", "verblijven", "verbleef", "verbleven",
            "logeert", "logeren", "logeerde", "logeerden");
    private static final Set<String> GO = WordSets.of("gaat", "gaan", "ging", "gingen");
    private static final Set<String> SPORT = WordSets.of("sport", "sporten", "voetbalt", "voetballen", "traint",
            "trainen", "zwemt", "zwemmen");
    private static final Set<String> BE = WordSets.of("is", "was", "zijn", "waren", "werd", "werden");
    private static final Set<String> BORN = WordSets.of("geboren", "opgegroeid", "getogen");
    private static final Set<String> COME = WordSets.of("komt", "komen", "kwam", "kwamen");
    private static final Set<String> JOINERS = WordSets.of("en", ",");
    /** Endings of Dutch place names, as the word-list generator reads them ({@code TOPONYM_ENDING}), a short set. */
    private static final Pattern TOPONYM_ENDING = Pattern.compile(".{3,}(dijk|dorp|plaat|weer|wolde|woude|veen|"
            + "zijl|huizen|drecht|sluis|haven|kerk|kerke|broek|terp|wier|werd|weerd|oord|zande|vliet)$");
    private static final int MAX_MEMBERS = 4;

    private PlaceBeforeDaar() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int start = 0; start < n; start++) {
            if (!(start == 0 || tokens.get(start - 1).endsSentence() && !afterAbbreviation(tokens, start, words))) {
                continue;
            }
            List<int[]> run = run(tokens, start);
            if (run.isEmpty() || !daarClause(tokens, run.get(run.size() - 1)[1] + 1)
                    && !(relativeThereClause(tokens, run.get(run.size() - 1)[1] + 1, words) && noPersonWord(tokens, run, words))) {
                continue;
            }
            clearRun(tokens, role, flag, words, run);
        }
    }

    /**
     * The members (first and last token, inclusive) of the run of capitalised words joined by "en"/"," that starts
     * at {@code start}; a member may be a name joined by hyphens ("Oud-Beijerland", round 19); empty for none.
     */
    private static List<int[]> run(List<Token> tokens, int start) {
        List<int[]> members = new java.util.ArrayList<>();
        if (!member(tokens, start)) {
            return members;
        }
        int k = start;
        while (true) {
            int last = memberEnd(tokens, k);
            members.add(new int[] {k, last});
            if (last + 2 < tokens.size() && JOINERS.contains(tokens.get(last + 1).lower()) && member(tokens, last + 2)) {
                k = last + 2;
            } else {
                break;
            }
        }
        return members.size() <= MAX_MEMBERS ? members : List.of();
    }

    /** The last token of a member: the word itself, or the last word of a capitalised name joined by hyphens. */
    private static int memberEnd(List<Token> tokens, int k) {
        int last = k;
        while (last + 2 < tokens.size() && tokens.get(last + 1).is('-') && member(tokens, last + 2)) {
            last += 2;
        }
        return last;
    }

    /** Right after the run: ":" or a dash, "daar", and a verb of living, or of being born / coming from. */
    private static boolean daarClause(List<Token> tokens, int at) {
        int n = tokens.size();
        if (at + 2 >= n || !(tokens.get(at).is(':') || tokens.get(at).is('—') || tokens.get(at).is('–')
                || tokens.get(at).is('-')) || !tokens.get(at + 1).isWord()
                || !tokens.get(at + 1).lower().equals("daar") || !tokens.get(at + 2).isWord()) {
            return false;
        }
        String verb = tokens.get(at + 2).lower();
        if (LIVING.contains(verb) || SPORT.contains(verb)) {
            return true;
        }
        Set<String> later = BE.contains(verb) ? BORN : COME.contains(verb) ? Set.of("vandaan")
                : GO.contains(verb) ? Set.of("naar", "heen") : Set.of();
        for (int k = at + 3; k < n && !tokens.get(k).is(',') && !(tokens.get(k).endsSentence() && !initialPeriod(tokens, k));
                k++) {
            if (tokens.get(k).isWord() && later.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Round 25 (t25-held): verbs of working, which a relative does "there" as well as living. */
    private static final Set<String> WORK = WordSets.of("werkt", "werken", "werkte", "werkten");

    /**
     * Round 25 (t25-held): ":" or a dash, then a lower-case kin word or role as the subject, a verb of living or
     * working, and "daar" ("Gorinchem: oom werkt daar in de haven", "Bergen - oma woont daar"): the relative's
     * place, taken up by "daar" after the verb.
     */
    private static boolean relativeThereClause(List<Token> tokens, int at, WordLists words) {
        int n = tokens.size();
        if (at + 3 >= n || !(tokens.get(at).is(':') || tokens.get(at).is('—') || tokens.get(at).is('–')
                || tokens.get(at).is('-'))) {
            return false;
        }
        Token subject = tokens.get(at + 1);
        Token verb = tokens.get(at + 2);
        Token daar = tokens.get(at + 3);
        return subject.isWord() && !subject.capitalised() && words.isKinOrRole(subject.lower()) && verb.isWord()
                && (LIVING.contains(verb.lower()) || WORK.contains(verb.lower())) && daar.isWord()
                && daar.lower().equals("daar");
    }

    /**
     * Review rc (t25-held): the relative's clause clears only members that no name list holds ("Elst – tante werkt daar",
     * "Born: oma woont daar" may name a person Elst or Born before the colon).
     */
    private static boolean noPersonWord(List<Token> tokens, List<int[]> run, WordLists words) {
        for (int[] m : run) {
            for (int k = m[0]; k <= m[1]; k++) {
                if (tokens.get(k).isWord() && words.isListedPersonWord(tokens.get(k).text())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void clearRun(List<Token> tokens, int[] role, boolean[] flag, WordLists words, List<int[]> run) {
        boolean villageSurname = false;
        boolean otherPlace = false;
        for (int[] m : run) {
            if (m[1] > m[0]) {
                // round 19: "Oud-Beijerland": a hyphenated member counts only as a whole listed place
                String joined = WordLists.lower(joined(tokens, m));
                if (!(words.isPlace(joined) || words.isPlaceInContext(joined) || words.isVillage(joined))
                        || PlacesBySurroundings.personAround(tokens, role, words, m[0])
                        || PlacesBySurroundings.personAround(tokens, role, words, m[1])) {
                    return;
                }
                otherPlace |= !words.isListedPersonWord(joined(tokens, m));
                continue;
            }
            Token t = tokens.get(m[0]);
            if (givenName(t, words) || PlacesBySurroundings.personAround(tokens, role, words, m[0])) {
                return;
            }
            if (listedPlace(t, words)) {
                // review (rev-allow): "Bergen en Wamel: daar zitten de kinderen": Bergen is a surname too, no voucher
                otherPlace |= !words.isListedPersonWord(t.text());
            } else if (unlistedToponym(t, words)) {
                continue; // review (rev-allow): no vouching place for a village that is a surname ("Lammerdijk en Wamel")
            } else if (VillageSurnames.capitalisedVillage(t)) {
                villageSurname = true;
            } else {
                // "Jansen: daar woont hij", "Kooistra en Haarle: daar verblijven de kinderen" (leak review): a member
                // that no place list holds may be the family the others stay with
                return;
            }
        }
        if (villageSurname && (!otherPlace || staying(tokens, run))) {
            // round 19: "Boekelo: daar woont hij": a village that is a surname needs a listed place beside it; and
            // "Zwolle en Wamel: daar logeert J." (review) is a stay with a family, not a home in a village
            return;
        }
        for (int[] m : run) {
            for (int k = m[0]; k <= m[1]; k += 2) {
                flag[k] = false;
            }
        }
    }

    /** Round 19: the verb after "daar" is one of staying with someone (logeert, verblijft ...). */
    private static boolean staying(List<Token> tokens, List<int[]> run) {
        int verb = run.get(run.size() - 1)[1] + 3;
        return verb < tokens.size() && STAYING.contains(tokens.get(verb).lower());
    }

    private static String joined(List<Token> tokens, int[] m) {
        StringBuilder b = new StringBuilder();
        for (int k = m[0]; k <= m[1]; k++) {
            b.append(tokens.get(k).text());
        }
        return b.toString();
    }

    /**
     * "K. Vlist: daar woont ze", "Dhr. Rouveen: daar verblijft moeder" (leak review): the period closes an initial, a
     * title or a kin or role word, not a sentence.
     */
    private static boolean afterAbbreviation(List<Token> tokens, int start, WordLists words) {
        if (start < 2 || !tokens.get(start - 1).is('.')) {
            return false;
        }
        Token before = tokens.get(start - 2);
        if (!before.isWord()) {
            return false;
        }
        String lower = before.lower();
        return before.text().length() <= 3 || words.isTitle(lower) || words.isKinOrRole(lower)
                || words.isTitle(lower + ".");
    }

    /** Round 19: the period of an initial ("daar gaat J. naar de manege") ends no clause. */
    private static boolean initialPeriod(List<Token> tokens, int k) {
        return tokens.get(k).is('.') && k > 0 && tokens.get(k - 1).isWord() && tokens.get(k - 1).text().length() == 1
                && Character.isUpperCase(tokens.get(k - 1).text().charAt(0));
    }

    private static boolean member(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return t.isWord() && t.capitalised() && !t.allCaps() && t.text().length() > 1;
    }


    private static boolean listedPlace(Token t, WordLists words) {
        String lower = WordLists.lower(t.text());
        return words.isPlace(lower) || words.isPlaceInContext(lower) || words.isVillage(lower) || words.isAbroad(lower);
    }

    private static boolean unlistedToponym(Token t, WordLists words) {
        String lower = WordLists.lower(t.text());
        return !words.isName(t.text()) && !words.isWeakName(lower) && TOPONYM_ENDING.matcher(lower).matches();
    }

    private static boolean givenName(Token t, WordLists words) {
        String lower = WordLists.lower(t.text());
        return words.isFirstName(t.text()) || words.isFirstName(NameClassifier.capitalise(lower))
                || words.isFirstNameLower(lower) || words.isWeakName(lower);
    }
}
