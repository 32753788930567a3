package nl.vhkgateway.domain.screening.detector;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 15: a reference of letter groups joined by slashes that ends in a serial number of three or four digits
 * ("Ref. Odion ODN/CL/1993", "kenmerk ziekenhuis AZ/PAT/4471 (zoon)"): a person's file at an organisation, as the
 * longer ones are ("SJB/2026/0661"), when the code itself says so — a letter group that abbreviates a client,
 * patient, dossier, pupil or case (CL, CLT, CLI, PAT, PT, DOS, DOSS, LL, LLN, ZK: the usual abbreviations of cliënt,
 * patiënt, dossier, leerling, zaak) — or a family word stands in its sentence ("van de zoon", "moeder", "van dit gezin"). Organisations
 * write the same shape for their own letters, decisions, contracts, policies and standards ("raadsbesluit met kenmerk
 * GEM/JZ/415", "Contract GR/JH/415", "circulaire VWS/JZ/1998", "NEN/ISO/9001"): a document word in the sentence keeps
 * it allowed, and without a client group a last number from 1900 to 2099 is a year. The caller requires a record
 * label in the sentence (ref., kenmerk, dossier ...). Stateless and thread-safe.
 */
final class SlashReferenceSerial {

    private static final Pattern SHAPE = Pattern.compile("([A-Za-z]{1,5}(?:/[A-Za-z]{1,5}){1,3})/(\\d{3,4})[A-Za-z]?");
    private static final Pattern PERSON_GROUP = Pattern.compile("(?i)(?:^|/)(?:cl|clt|cli|cln|client|pat|pt|dos|doss|ll|"
            + "lln|zk)(?:/|$)");
    /** Words of an organisation's own documents. */
    private static final Pattern DOCUMENT = Pattern.compile("(?iu)(?<![\\p{L}])(?:\\p{L}*besluit\\p{L}*|brief|brieven|"
            + "contract\\p{L}*|\\p{L}*nota|circulaire|protocol\\p{L}*|richtlijn\\p{L}*|norm|normen|tarie[fv]\\p{L}*|"
            + "regeling\\p{L}*|subsidie\\p{L}*|beleid\\p{L}*|website|publicatie|rapport|convenant|verordening|"
            + "aanbesteding\\p{L}*|raadsvoorstel\\p{L}*|wet|artikel|iso|nen|"
            // an organisation's offer and its units: courses, programmes, projects, desks, "for all clients"
            + "cursus\\p{L}*|\\p{L}*training\\p{L}*|programma\\p{L}*|aanbod|project\\p{L}*|product\\p{L}*|"
            + "\\p{L}*loket|catalogus|alle)(?![\\p{L}])");
    /** Plural family words name a target group, not whose file it is ("Training voor ouders"). */
    private static final java.util.Set<String> PLURALS = java.util.Set.of("ouders", "kinderen", "gezinnen", "jeugdigen",
            "cliënten", "clienten", "leerlingen", "families", "patiënten", "jongeren", "moeders", "vaders", "pleegouders");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

    private SlashReferenceSerial() {
    }

    /** Whether the code has the shape at all (letter groups, a slash and three or four digits). */
    static boolean shape(String code) {
        return SHAPE.matcher(code).matches();
    }

    /** Whether the code in the sentence from {@code from} to {@code to} is a person's file. */
    static boolean holds(String code, String text, int from, int to, int cardYear, WordLists words) {
        Matcher m = SHAPE.matcher(code);
        if (!m.matches() || DOCUMENT.matcher(text).region(from, to).find()) {
            return false;
        }
        String digits = m.group(2);
        if (PERSON_GROUP.matcher(m.group(1)).find()) {
            // the year of the organisation's own letter is no serial ("ODN/CL/2026" may be one, "ODN/CL/1993" is not)
            if (digits.length() == 4) {
                int year = Integer.parseInt(digits);
                return year < 2000 || year > cardYear + 1;
            }
            return true;
        }
        return !YEAR.matcher(digits).matches() && familyWord(text, from, to, words);
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** The family or child a file is about: "van dit gezin", "de jeugdige", "cliënt". */
    private static final java.util.Set<String> FAMILY = java.util.Set.of("gezin", "familie", "jeugdige",
            "cliënt", "client", "cliënte", "patiënt", "patient", "leerling", "kind");

    private static boolean familyWord(String text, int from, int to, WordLists words) {
        Matcher w = WORD.matcher(text).region(from, to);
        while (w.find()) {
            String lower = WordLists.lower(w.group());
            if ((words.isKinOrRole(lower) && !BirthDateDetector.PROFESSIONAL_ROLES.contains(lower)
                    || FAMILY.contains(lower)) && !PLURALS.contains(lower)) {
                return true;
            }
        }
        return false;
    }
}
