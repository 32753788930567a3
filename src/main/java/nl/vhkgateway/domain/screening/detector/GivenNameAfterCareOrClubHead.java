package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 23 (t23-items): a listed given name right after the noun of a childcare place or a sports club, which the
 * first pass reads as the start of the organisation's name ("stichting X", "basisschool De Regenboog"), is a child or
 * a member in a note when the clause says so:
 * <ul>
 * <li>after a childcare noun (peuterspeelzaal, peuteropvang, kinderopvang, kinderdagverblijf, kdv, bso, crèche): the
 * given name (with an optional surname) and a verb only a person does right after it ("Peuterspeelzaal Sanne huilt
 * veel", "kdv Mees slaapt slecht"); "Kinderdagverblijf Pim en Pom signaleert" (an organisation's verb) and
 * "Kinderopvang Fleur heeft gebeld" (an auxiliary or a verb of telling an organisation does too) stay the organisation;</li>
 * <li>after a club noun (vereniging, voetbalclub, any "-vereniging" or "-club"): a given name and a surname ("Opa
 * zit bij voetbalvereniging Jan Bos"), or a given name before a person's verb; clubs are not named by a person's
 * full name, and the review of round 22 found the same for the heads of a hobby ("scouting Bram").</li>
 * </ul>
 * Never a run that a list names as an organisation, never one with a kin or role word, never in a line in capitals.
 * Runs last, after the clearing steps, as the organisation's cover kept the word from being flagged. Stateless.
 */
final class GivenNameAfterCareOrClubHead {

    private static final Set<String> CHILDCARE = WordSets.of("peuterspeelzaal", "peuteropvang", "kinderopvang",
            "kinderdagverblijf", "kdv", "bso", "crèche", "creche", "peutergroep");
    private static final Set<String> CLUBS = WordSets.of("club", "vereniging");
    /** Verbs only a person (a child) does. */
    private static final Set<String> PERSON_ONLY_VERBS = WordSets.of("huilt", "huilde", "slaapt", "sliep", "speelt",
            "speelde", "lacht", "lachte", "zit", "zat", "eet", "at", "praat", "praatte", "schreeuwt", "schreeuwde",
            "durft", "durfde", "wil", "wilde", "voelt", "voelde", "bijt", "beet", "slaat", "sloeg", "duwt", "duwde",
            "schopt", "schopte", "plast", "kruipt", "loopt", "liep", "valt", "viel");
    private static final int MAX_WORDS = 3;

    private GivenNameAfterCareOrClubHead() {
    }

    static void flag(List<Token> tokens, int[] role, boolean shouted, WordLists words, boolean[] flag) {
        if (shouted) {
            return;
        }
        int n = tokens.size();
        for (int h = 0; h + 1 < n; h++) {
            Token head = tokens.get(h);
            if (!head.isWord() || head.allCaps() && head.text().length() > 3) {
                continue;
            }
            String lower = head.lower();
            boolean childcare = CHILDCARE.contains(lower);
            boolean club = !childcare && (CLUBS.contains(lower) || lower.length() > 8
                    && (lower.endsWith("vereniging") || lower.endsWith("club")));
            if (!childcare && !club) {
                continue;
            }
            int first = h + 1;
            Token given = tokens.get(first);
            if (flag[first] || !given.isWord() || !given.capitalised() || given.allCaps()
                    || !words.isFirstName(given.text()) || words.allowed().match(tokens, first).kind()
                    == PhraseIndex.Kind.ORGANISATION) {
                continue;
            }
            int last = first;
            while (last + 1 < n && last + 1 - first < MAX_WORDS && tokens.get(last + 1).isWord()
                    && (tokens.get(last + 1).capitalised() && !tokens.get(last + 1).allCaps()
                    || words.isTussenvoegsel(tokens.get(last + 1).lower()) && last + 2 < n
                    && tokens.get(last + 2).isWord() && tokens.get(last + 2).capitalised())) {
                last++;
            }
            if (!tokens.get(last).capitalised()) {
                continue;
            }
            boolean kin = false;
            for (int k = first; k <= last; k++) {
                kin |= (role[k] & (PersonNameDetector.KIN | PersonNameDetector.TITLE)) != 0;
            }
            boolean personVerb = last + 1 < n && tokens.get(last + 1).isWord()
                    && PERSON_ONLY_VERBS.contains(tokens.get(last + 1).lower());
            // round 24 (t24-inst): "vereniging Shri Ram Mandir" is a temple's name ({@link HinduTempleName})
            boolean fullName = last > first && !words.isFirstName(tokens.get(last).text())
                    && !HinduTempleName.isHead(tokens.get(last));
            if (kin || !(personVerb || club && fullName && closes(tokens, last))) {
                continue;
            }
            for (int k = first; k <= last; k++) {
                flag[k] = true;
            }
            h = last;
        }
    }

    /** The run closes its clause: the end, punctuation, or a place preposition after it. */
    private static boolean closes(List<Token> tokens, int last) {
        if (last + 1 >= tokens.size()) {
            return true;
        }
        Token after = tokens.get(last + 1);
        return !after.isWord() && !after.is('-') && !after.is('&') || after.isWord()
                && Set.of("in", "te", "uit", "op", "en", "bij", "want", "maar", "omdat").contains(after.lower());
    }
}
