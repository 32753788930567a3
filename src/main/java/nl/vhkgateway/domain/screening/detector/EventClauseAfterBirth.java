package nl.vhkgateway.domain.screening.detector;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 20 (t20-items): a recent date in a later clause of a sentence about a birth, when that clause names its own
 * event, dates the event: "Geboren in week 40, eerste controle bij JGZ op 01-12-2026", "De geboortedag was een feest,
 * maar op 15-11-2026 ging het mis". The clause starts after a comma or semicolon that follows the birth word, and it
 * ends in a preposition of time right before the date ("op", "per", "sinds", "vanaf", "d.d."); it opens with "maar"
 * (the date is set against the birth) or holds a noun of an event before the preposition (a check-up, visit,
 * admission, talk: {@link #EVENT_NOUNS}, or a dictionary word in -ing that is no birth noun). "Geboren in het
 * ziekenhuis, dat was op 16-03-2026" and "geboren, op 16-03-2026" name no other event: the date stays the birth's. The
 * caller asks only for dates of the card's year or the year before. Stateless.
 */
final class EventClauseAfterBirth {

    /** Nouns of the events that follow a birth in youth care notes. */
    private static final Set<String> EVENT_NOUNS = Set.of("controle", "nacontrole", "bezoek", "huisbezoek",
            "kraamvisite", "afspraak", "consult", "gesprek", "onderzoek", "hielprik", "prik", "vaccinatie", "echo",
            "opname", "ontslag", "intake", "overleg", "zitting", "melding", "incident", "ruzie", "inval", "overdracht",
            "evaluatie", "verhuizing", "aangifte", "bespreking");
    private static final Set<String> BIRTH_NOUNS = Set.of("bevalling", "geboorte", "doop");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;]");
    private static final Pattern TIME_PREPOSITION_AT_END = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:op|per|sinds|vanaf|d\\.d\\.?)\\s*$");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private EventClauseAfterBirth() {
    }

    /** The clause between the birth word (ending at {@code birthEnd}) and the date (at {@code dateStart}) names an event. */
    static boolean holds(String text, int birthEnd, int dateStart) {
        String between = text.substring(birthEnd, dateStart);
        int clauseStart = -1;
        Matcher b = CLAUSE_BREAK.matcher(between);
        while (b.find()) {
            clauseStart = b.end();
        }
        if (clauseStart < 0) {
            return false;
        }
        String clause = between.substring(clauseStart);
        Matcher end = TIME_PREPOSITION_AT_END.matcher(clause);
        if (!end.find()) {
            return false;
        }
        String head = clause.substring(0, end.start()).toLowerCase(Locale.ROOT);
        Matcher w = WORD.matcher(head);
        boolean first = true;
        while (w.find()) {
            String word = w.group();
            if (first && word.equals("maar") && head.substring(w.end()).isBlank()) {
                return true; // "..., maar op 15-11-2026 ging het mis"
            }
            first = false;
            if (EVENT_NOUNS.contains(word) || word.length() > 6 && word.endsWith("ing") && !BIRTH_NOUNS.contains(word)
                    && !word.endsWith("bevalling") && WordLists.defaults().isWord(word)) {
                return true;
            }
        }
        return false;
    }
}
