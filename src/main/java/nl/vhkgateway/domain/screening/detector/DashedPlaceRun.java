package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 21 rule (t21-allow): places written as a run joined by dashes or slashes, as a heading or the opening of a
 * note ("HETEREN – RANDWIJK – HEMMEN: drie verhuizingen in één jaar", "GOUDERAK - BERKENWOUDE - VLIST: het netwerk is
 * verspreid", "Badhoevedorp – Zwanenburg, vader heeft geen auto", "Rhenen / Achterberg – woonwagenstandplaats").
 * {@link CoordinatedPlaces} reads runs joined by "en" and commas in a place context; a dash between capitals has no
 * context word, so the run itself must vouch:
 * <ul>
 * <li>The run opens its sentence (or the segment) and ends it, or stands before a colon, comma, semicolon, dash,
 * period, bracket or a number ("WORMERVEER - KROMMENIE 2X PER WEEK"); a word right after the last member ("Tiel -
 * Heukelum belt") keeps every flag.</li>
 * <li>Every member is one capitalised word or one in capitals (a hyphenated place such as "BERKEL-ENSCHOT" is one
 * word); two to six members.</li>
 * <li>At least one member is an anchor: a place of the context-free list or an OpenTaal village that no name list holds
 * (given name, surname, weak name, kin word or title) and the detector left unflagged ("Gouderak", "Badhoevedorp");
 * review (rev-allow): also a run of three ("Rutten – Horn – Kessel: drie broers", an attendance cell).</li>
 * <li>No word of persons in the three words after the run ("Gouda – Stolwijk: broers", "aanwezig", a kin word or
 * role).</li>
 * <li>Every flagged member is a word a place list holds (the context-free places, {@code places-also-names.txt}, the
 * villages, {@link VillageSurnames}) and no listed given name; a flagged word of no place list ("Tiel - Jansen") keeps
 * every flag: one person makes the run a run of persons.</li>
 * <li>No member has person evidence ({@link PlacesBySurroundings#personAround} before the end; a family word, role or
 * title before the first).</li>
 * </ul>
 * Stateless.
 */
final class DashedPlaceRun {

    private static final Set<String> DASHES = Set.of("-", "–", "—", "/");
    private static final Set<String> ENDERS = Set.of(":", ",", ";", "-", "–", "—", ".", "(", "|");
    private static final int MAX_MEMBERS = 6;
    private static final Set<String> PERSON_NOUNS = WordSets.of("broers", "zussen", "zusters", "aanwezig",
            "aanwezigen", "afwezig", "gezinnen", "families", "personen", "deelnemers", "kinderen", "ouders", "neven",
            "nichten", "ooms", "tantes", "buren", "vrienden", "mannen", "vrouwen", "jongens", "meisjes", "allemaal",
            "beiden", "samen", "contactverbod", "gesproken", "gebeld");

    private DashedPlaceRun() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            if (!member(tokens.get(i)) || !opensSentence(tokens, i)) {
                i++;
                continue;
            }
            int end = i;
            int count = 1;
            while (end + 2 < n && dash(tokens.get(end + 1)) && member(tokens.get(end + 2))) {
                end += 2;
                count++;
            }
            if (count >= 2 && count <= MAX_MEMBERS && closes(tokens, end)) {
                clearRun(tokens, role, flag, words, i, end);
            }
            i = end + 1;
        }
    }

    private static void clearRun(List<Token> tokens, int[] role, boolean[] flag, WordLists words, int start, int end) {
        if (RelativeGuard.kinBefore(tokens, role, words, start)) {
            return;
        }
        boolean anchor = false;
        boolean anyFlag = false;
        for (int k = start; k <= end; k += 2) {
            Token t = tokens.get(k);
            String lower = t.lower();
            if (words.isKinOrRole(lower) || words.isTitle(lower) || words.isFirstNameLower(lower)
                    || RelativeGuard.familyAfter(tokens, words, k)) {
                return;
            }
            if (flag[k]) {
                anyFlag = true;
                if (!(words.isPlaceInContext(lower) || words.isVillage(lower) || VillageSurnames.contains(lower))) {
                    return;
                }
            } else if ((words.isPlace(lower) || words.isVillage(lower)) && !words.isListedPersonWord(t.text())) {
                anchor = true;
            }
        }
        if (!anyFlag || !anchor || personsAfter(tokens, words, end)) {
            return;
        }
        for (int k = start; k <= end; k += 2) {
            flag[k] = false;
        }
    }

    /** Persons named by the words after the run: a kin word or role, or a noun of persons ("broers", "aanwezig"). */
    private static boolean personsAfter(List<Token> tokens, WordLists words, int end) {
        for (int k = end + 1; k < tokens.size() && k <= end + 4; k++) {
            Token t = tokens.get(k);
            if (t.isWord() && (words.isKinOrRole(t.lower()) || PERSON_NOUNS.contains(t.lower()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensSentence(List<Token> tokens, int i) {
        return i == 0 || tokens.get(i).sentenceStart() || tokens.get(i - 1).is('|');
    }

    /** After the last member: the end, a separator or a number; never a word. */
    private static boolean closes(List<Token> tokens, int end) {
        if (end + 1 >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(end + 1);
        return next.isNumber() || next.hasDigit() || !next.isWord() && ENDERS.contains(next.text());
    }

    private static boolean member(Token t) {
        return t.isWord() && t.text().length() > 1 && (t.capitalised() || t.allCaps());
    }

    private static boolean dash(Token t) {
        return !t.isWord() && DASHES.contains(t.text());
    }
}
