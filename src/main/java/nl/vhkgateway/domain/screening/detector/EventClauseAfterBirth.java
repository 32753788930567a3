package nl.vhkgateway.domain.screening.detector;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 20 (t20-items): a recent date in a later clause of a sentence about a birth, when that clause names its own
 * event, dates the event: "Geboren in week 40, eerste controle bij JGZ op 01-12-2026". The clause starts after a comma
 * or semicolon that follows the birth word, ends in a preposition of time right before the date ("op", "per", "sinds",
 * "vanaf", "d.d.") and holds a noun of a later event of a closed list before it ({@link #EVENT_NOUNS}: a check-up,
 * visit, talk, vaccination, discharge, incident). Nouns of the birth itself and of what starts with it (inleiding,
 * ontsluiting, verlossing, kraamzorg, opname, the registration) are not on it: such a date dates the birth. "Geboren in
 * het ziekenhuis, dat was op 16-03-2026" and "geboren, op 16-03-2026" name no other event either. The caller asks only
 * for dates of the card's year or the year before. Stateless.
 */
final class EventClauseAfterBirth {

    /** Nouns of the events that follow a birth in youth care notes (a closed list: review of round 20). */
    private static final Set<String> EVENT_NOUNS = Set.of("controle", "nacontrole", "bezoek", "huisbezoek",
            "kraamvisite", "afspraak", "consult", "gesprek", "onderzoek", "hielprik", "prik", "vaccinatie", "ontslag",
            "intake", "overleg", "zitting", "melding", "incident", "ruzie", "inval", "overdracht", "evaluatie",
            "verhuizing", "bespreking", "overplaatsing");
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
        Matcher w = WORD.matcher(clause.substring(0, end.start()).toLowerCase(Locale.ROOT));
        while (w.find()) {
            if (EVENT_NOUNS.contains(w.group())) {
                return true;
            }
        }
        return false;
    }
}
