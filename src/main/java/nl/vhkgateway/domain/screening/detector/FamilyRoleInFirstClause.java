package nl.vhkgateway.domain.screening.detector;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 12 (oldleaks): the first clause of a professionals' cover field (Inbrenger, Vaste deelnemer,
 * Gedragsdeskundige) is normally the professional's own name and function ("J. Smit, mentor van de jeugdige"). When
 * that clause gives a family role as the person's function instead ("Inbrenger: I. Hofstede, moeder van Sem",
 * "Vaste deelnemer: R. Kramer (tante van de jeugdige)", "Dewi Sap, zijn tante"), the named person is family and the
 * clause is screened like any text. The kin word must stand in the place of a function: right after the clause
 * start, a comma, an opening bracket, a slash, a dash or "is"/"als", optionally behind an article or a possessive
 * ("de", "zijn", "haar", "Sem's"); written in lower case (or followed by "van"), not the first half of a suspended
 * compound ("Ouder- en Kindteam"), and ending the role (the clause ends, a punctuation mark or "van"/"langs"
 * follows it; "vader heeft ingestemd" is a sentence about the father, no role). A kin word after a preposition ("gezinsvoogd van moeder", "contactpersoon voor
 * vader") is the professional's client, not the professional's role, and does not count. Professionals' roles of
 * {@code kin-roles.txt} (mentor, juf, huisarts ...) and words that name the child or a sex rather than a relative
 * (jeugdige, kind, meisje, man, vrouw, oudste ...) never count. Stateless.
 */
final class FamilyRoleInFirstClause {

    /** Kin-roles entries that are no relative of the child in a function's place. */
    private static final Set<String> NOT_RELATIVE = WordSets.of("jeugdige", "kind", "kindje", "jongen", "meisje",
            "biologische", "jongste", "oudste", "middelste", "kleinste", "tweeling", "baby", "man", "vrouw", "ex",
            "cliënt", "client", "cliënte", "kennis", "collega", "collegaatje", "huisbaas",
            // professionals' roles that kin-roles.txt holds and CoverClauses does not leave out
            "zorgcoördinator", "zorgcoordinator", "oppas", "gastouder");
    private static final Set<String> ROLE_LINKS = Set.of("van", "vd", "v.", "langs", "aan", "uit");
    private static final Set<String> BEFORE_ROLE = WordSets.of("is", "als");
    private static final Set<String> DETERMINERS = WordSets.of("de", "het", "zijn", "haar", "hun", "diens", "wiens",
            "z'n", "d'r", "m'n", "mijn", "onze");
    /** Kin words that are also a job ("zuster" a nurse, "partner" of a law firm): only with a determiner or "van". */
    private static final Set<String> JOB_SENSES = WordSets.of("zuster", "partner");
    /** A name alone: initials, capitalised words and name particles, "ja," in front (round 12, oldleaksfix). */
    private static final Pattern NAME_ONLY = Pattern.compile("(?:(?:[Jj]a|[Nn]ee)\\s*,\\s*)?"
            + "(?:(?:dhr|mevr|mw|mr|dr|drs|ir|ing)\\.?\\s+)?"
            + "(?:(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]*|van|de|der|den|ter|ten|te|'t|in|el|al|ben|von|du|la|le)[\\s.]*)+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");

    private FamilyRoleInFirstClause() {
    }

    /** Whether the clause names a family role in the place of the professional's function. */
    static boolean holds(String clause, WordLists words) {
        Matcher m = WORD.matcher(clause);
        int previousEnd = -1;
        String previous = null;
        String beforePrevious = null;
        int beforePreviousEnd = -1;
        while (m.find()) {
            String raw = m.group();
            String lower = raw.toLowerCase(Locale.ROOT);
            if (!raw.endsWith("-") && relative(lower, words) && !plural(lower) && roleEndsAfter(clause, m.end())
                    && (raw.equals(lower) || followedByVan(clause, m.end()))) {
                String gap = previous == null ? clause.substring(0, m.start()) : clause.substring(previousEnd, m.start());
                boolean determiner = previous != null && (DETERMINERS.contains(previous) || possessive(previous));
                boolean jobSense = JOB_SENSES.contains(lower) && !determiner && !vanChild(clause, m.end(), words);
                if (determiner && !jobSense) {
                    int detStart = m.start() - gap.length() - previous.length();
                    String gap2 = beforePrevious == null ? clause.substring(0, detStart)
                            : clause.substring(beforePreviousEnd, detStart);
                    if (rolePlace(gap2, beforePrevious) && nameBefore(clause.substring(0, detStart))) {
                        return true;
                    }
                }
                if (!jobSense && rolePlace(gap, previous) && nameBefore(clause.substring(0, m.start()))) {
                    return true;
                }
            }
            beforePrevious = previous;
            beforePreviousEnd = previousEnd;
            previous = lower;
            previousEnd = m.end();
        }
        return false;
    }

    /** The gap before the word (and the word before the gap) puts it where a function stands. */
    private static boolean rolePlace(String gap, String wordBefore) {
        String g = gap.strip();
        if (wordBefore == null) {
            return g.isEmpty() || g.equals(":");
        }
        if (g.isEmpty()) {
            return BEFORE_ROLE.contains(wordBefore);
        }
        return g.equals(",") || g.equals("(") || g.equals("/") || g.equals("-") || g.equals("–") || g.equals(":")
                || g.equals(", (") || g.equals("),");
    }

    /**
     * The role ends after the kin word: the clause ends, a punctuation mark follows, or "van"/"langs"/"aan" and the
     * relation ("moeder van Sem", "opa langs vaderskant"); a verb after it makes a sentence about the relative ("ja,
     * P. Smits (psycholoog), vader heeft ingestemd"), no role.
     */
    private static boolean roleEndsAfter(String clause, int end) {
        String rest = clause.substring(end).strip().toLowerCase(Locale.ROOT);
        if (rest.isEmpty() || ",;:)(.-–/".indexOf(rest.charAt(0)) >= 0) {
            return true;
        }
        for (String w : ROLE_LINKS) {
            if (rest.startsWith(w + " ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Round 12 (oldleaksfix): the kin word is THE function right after the name: the text before it is the name alone
     * (initials, capitalised words, particles; "ja," in front), then one separator or "is"/"als", or nothing (the
     * clause starts with the role). A role word or an organisation before it ("jeugdconsulent (moeder: ...)",
     * "begeleider van moeder - ...", "Petra Kok, ervaringsdeskundige (ouder)") makes the kin word the client.
     */
    private static boolean nameBefore(String before) {
        String b = before.strip();
        if (b.isEmpty()) {
            return true;
        }
        Matcher link = Pattern.compile("^(.*?)\\s+(?:is|als)$").matcher(b);
        if (link.matches()) {
            b = link.group(1).strip();
        } else if (!b.isEmpty() && ",(/-–:".indexOf(b.charAt(b.length() - 1)) >= 0) {
            b = b.substring(0, b.length() - 1).strip();
        } else {
            return false;
        }
        return NAME_ONLY.matcher(b).matches();
    }

    /** A plural kin word ("ouders", "pleegouders", "zussen", "opa's"): one named person is no plural. */
    private static boolean plural(String lower) {
        return lower.endsWith("'s") || lower.endsWith("’s") || lower.endsWith("en") && lower.length() > 4
                || lower.endsWith("s") && !lower.endsWith("zus");
    }

    private static boolean possessive(String lower) {
        return lower.length() > 3 && (lower.endsWith("'s") || lower.endsWith("’s"));
    }

    /**
     * "van" and the child or a relative after the kin word ("zuster van Sem", "partner van moeder", "zuster van de
     * jeugdige"), not a ward or a firm ("zuster van de kinderafdeling", round 16: "partner van Veilig Thuis").
     */
    private static boolean vanChild(String clause, int end, WordLists words) {
        Matcher w = WORD.matcher(clause.substring(end));
        if (!w.find() || !w.group().toLowerCase(Locale.ROOT).equals("van") || !w.find()) {
            return false;
        }
        String first = w.group();
        String lower = first.toLowerCase(Locale.ROOT);
        if (lower.equals("de") || lower.equals("het") || lower.equals("haar") || lower.equals("zijn")) {
            if (!w.find()) {
                return false;
            }
            lower = w.group().toLowerCase(Locale.ROOT);
        } else if (Character.isUpperCase(first.charAt(0))) {
            return !organisationOpening(first, lower, words); // round 16: "partner van Veilig Thuis" is a firm's
        }
        return NOT_RELATIVE.contains(lower) || CoverClauses.kinWord(lower, words);
    }

    /** A word that opens a listed organisation and is no listed given name ("Veilig" of "Veilig Thuis"). */
    private static boolean organisationOpening(String word, String lower, WordLists words) {
        boolean organisation = words.allowed().opensLongerPhrase(lower, PhraseIndex.Kind.ORGANISATION)
                || words.allowed().wordKind(lower).filter(k -> k == PhraseIndex.Kind.ORGANISATION).isPresent();
        return organisation && !words.isFirstName(word);
    }

    private static boolean followedByVan(String clause, int end) {
        return clause.substring(end).stripLeading().toLowerCase(Locale.ROOT).startsWith("van ");
    }

    private static boolean relative(String lower, WordLists words) {
        if (NOT_RELATIVE.contains(lower)) {
            return false;
        }
        return CoverClauses.kinWord(lower, words);
    }
}
