package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 16 (r16-cover): a clause of a professionals' cover field (Inbrenger, Vaste deelnemer, Gedragsdeskundige) that
 * says the named person IS a relative or someone of the family's own circle, with the relation AFTER the name. The
 * cover fields allow the professionals' own names; these clauses name no professional:
 * <ul>
 * <li>a name and one singular relation word, in a bracket or after a comma or dash: "Fatma Yilmaz (moeder)",
 * "J. de Boer (opa)", "Yusuf (klasgenoot)", "Joke Meijer, buurvrouw";</li>
 * <li>a name and a relation "van" a relative, the youth, an initial or a given name: "Tom Bakker, klasgenoot van
 * T.", "Sandra Visser, ex van vader", "Els Mulder, buurvrouw van het gezin", "Henk Post (oom van moederszijde)";</li>
 * <li>two given names joined by "en" with one surname and a plural kin word: "Anna en Piet Kuipers
 * (grootouders)"; two names and two kin words: "... (opa en oma)";</li>
 * <li>"fam." or "familie" and a surname: "fam. Kuipers", "familie van Dalen (grootouders)"; "fam." and a
 * lower-case "familie" anywhere in the value ("fam. Wouters, Deventer"), a capitalised "Familie" only as the whole
 * clause (it opens organisations: "Familie Centrum Oost").</li>
 * </ul>
 * The clause (split at ";" and line ends) must hold nothing else: an opening "Ja," / "Gesprek met", such items
 * joined by "," or "en", and a closing date. Anything more is the professional's role, organisation or title and
 * leaves the clause alone: "Lieke Prins, opvoedondersteuner (vader)" (works with the father), "dr. Petra Kok
 * (kinderen)", "Joost Mulder (gezin)", "Ellen Vos (pleegouders en netwerk)" (target groups, plural or with "en"),
 * "Bart de Vries, partner, Advocatenkantoor De Vries", "Hans Bos, partner van Veilig Thuis" (partner and nurse in
 * their work sense need a determiner or "van" a relative). The ranges returned are those of the names; the caller
 * refuses only words there that it reads as names. Stateless and thread-safe.
 */
final class RelativeNamedInCover {

    private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’]*(?:-\\p{Lu}[\\p{L}'’]*)*";
    private static final String PARTICLE = "(?:(?i:van|de|der|den|ter|ten|te|'t|el|al|ben|von|du|la|le|da|dos|di"
            + "|bin|abu|op|het|in)\\s+)";
    /** A name alone: a courtesy title, initials, particles and capitalised words; no dr./drs./mr. (professionals). */
    private static final String PERSON = "(?:dhr\\.\\s*|mevr\\.\\s*|mw\\.\\s*|hr\\.\\s*|meneer\\s+|mevrouw\\s+"
            + "|de heer\\s+)?(?:\\p{Lu}\\.\\s*)*" + PARTICLE + "*" + NAME_WORD + "(?:\\s+" + PARTICLE + "*" + NAME_WORD
            + "){0,3}";
    /** The relation: an optional determiner, one relation word (or two joined by "en"), "van" and its object. */
    private static final String RELATION = "(?<det>(?:de|het|zijn|haar|hun|z'n|d'r)\\s+)?"
            + "(?<rel>[\\p{L}'’-]+(?:\\s+en\\s+[\\p{L}'’-]+)?)"
            + "(?:\\s+(?:van|v\\.)\\s+(?<target>(?:(?:de|het|zijn|haar|hun)\\s+)?[\\p{L}'’-]+\\.?))?";
    private static final Pattern OPENER = Pattern.compile("\\s*(?:(?i:ja|nee)\\b\\s*[,.:–-]?\\s*)?"
            + "(?:(?i:(?:telefonisch\\s+)?(?:gesprek|gesproken|overleg|contact|afstemming|afgestemd|gebeld))"
            + "\\s+met\\s+)?");
    private static final Pattern NAMED = Pattern.compile("(?<persons>(?<first>" + PERSON + ")(?:\\s+(?:en|&)\\s+"
            + "(?<second>" + PERSON + "))?)\\s*(?<open>\\(|,|\\s[-–])\\s*" + RELATION + "\\s*(?<close>\\))?");
    private static final Pattern FAMILY_NAME = Pattern.compile("(?:(?i:de)\\s+)?(?i:fam\\.|fam|familie)\\s+"
            + "(?<persons>" + PARTICLE + "*" + NAME_WORD + ")(?:\\s*\\(\\s*" + RELATION + "\\s*\\))?");
    /** "fam." or a lower-case "familie" before a surname anywhere in the value ("fam. Wouters, Deventer"). */
    private static final Pattern FAMILY_ANYWHERE = Pattern.compile("(?<![\\p{L}])(?:fam\\.?|Fam\\.|familie)\\s+"
            + "(?<persons>" + PARTICLE + "*" + NAME_WORD + ")");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,|;|/|&|\\ben\\b)\\s*");
    private static final Pattern TAIL = Pattern.compile("\\s*(?:,?\\s*(?:op\\s+)?\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4})?"
            + "\\s*\\.?\\s*");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?");

    /** Kin-roles entries that name no relative of the child (the child itself, a sex, an order, a professional). */
    private static final Set<String> NOT_RELATIVE = WordSets.of("jeugdige", "kind", "kindje", "jongen", "meisje",
            "biologische", "jongste", "oudste", "middelste", "kleinste", "tweeling", "baby", "cliënt", "client",
            "cliënte", "huisbaas", "zorgcoördinator", "zorgcoordinator", "gastouder", "pleegkind");
    /** Relations of the family's own circle that {@link CoverClauses} leaves out of its kin words. */
    private static final Set<String> CIRCLE = WordSets.of("klasgenoot", "klasgenote", "klasgenootje", "huisgenoot",
            "huisgenote");
    /** Words with a sense outside the family (a firm's partner, a nurse, a colleague): only with a determiner or
     * "van" a relative ("partner van moeder", "haar partner"). */
    private static final Set<String> ONLY_WITH_RELATIVE = WordSets.of("partner", "zuster", "kennis", "collega",
            "oppas", "man", "vrouw", "ex");
    /** Plural kin words for two named people. */
    private static final Set<String> PLURAL = WordSets.of("ouders", "grootouders", "pleegouders", "buren",
            "broers", "zussen", "opa's", "oma's", "stiefouders", "adoptieouders", "schoonouders");
    /** Objects of "van" that make the relation one of the family's circle. */
    private static final Set<String> FAMILY_OBJECTS = WordSets.of("jeugdige", "kind", "kinderen", "gezin", "familie",
            "jongen", "meisje", "baby", "moederszijde", "vaderszijde", "moederskant", "vaderskant", "pleegkind");

    private RelativeNamedInCover() {
    }

    /** The [start, end) ranges of the names of relatives in the value of a professionals' cover field. */
    static List<int[]> names(String text, WordLists words) {
        if (text.indexOf('(') < 0 && text.indexOf(',') < 0 && text.indexOf('-') < 0 && text.indexOf('–') < 0
                && !text.toLowerCase(Locale.ROOT).contains("fam")) {
            return List.of();
        }
        List<int[]> out = new ArrayList<>(0);
        Matcher fam = FAMILY_ANYWHERE.matcher(text);
        while (fam.find()) {
            out.add(new int[] {fam.start("persons"), fam.end("persons")});
        }
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ';' || text.charAt(i) == '\n') {
                clause(text, start, i, words, out);
                start = i + 1;
            }
        }
        return out;
    }

    /** A clause made only of relatives' names (after an opener, before a date) adds their ranges. */
    private static void clause(String text, int from, int to, WordLists words, List<int[]> out) {
        Matcher opener = OPENER.matcher(text).region(from, to);
        int p = opener.lookingAt() ? opener.end() : from;
        List<int[]> found = new ArrayList<>(2);
        while (true) {
            int[] item = item(text, p, to, words);
            if (item == null) {
                return;
            }
            found.add(new int[] {item[0], item[1]});
            p = item[2];
            Matcher tail = TAIL.matcher(text).region(p, to);
            if (tail.matches()) {
                out.addAll(found);
                return;
            }
            Matcher sep = SEPARATOR.matcher(text).region(p, to);
            if (!sep.lookingAt()) {
                return;
            }
            p = sep.end();
        }
    }

    /** One relative named at {@code p}: {start, end} of the names and the item's end, or null. */
    private static int[] item(String text, int p, int to, WordLists words) {
        Matcher fam = FAMILY_NAME.matcher(text).region(p, to);
        if (fam.lookingAt()) {
            return new int[] {fam.start("persons"), fam.end("persons"), fam.end()};
        }
        Matcher named = NAMED.matcher(text).region(p, to);
        if (!named.lookingAt()) {
            return null;
        }
        boolean two = named.group("second") != null;
        boolean bracket = named.group("open").equals("(");
        if (bracket != (named.group("close") != null) || !relation(named, two, words)) {
            return null;
        }
        if (two && PLURAL.contains(lower(named.group("rel"))) && !sharedSurname(named)) {
            return null; // two professionals and their target group: "Sanne Bos en Tim de Jong (ouders)"
        }
        return new int[] {named.start("persons"), named.end("persons"), named.end()};
    }

    /**
     * The relation names a relative: one singular relation word for one person (plural or two joined words for two),
     * the words of another sense only with a determiner or "van" a relative, and "van" followed by a relative, the
     * youth, the family, an initial or a given name.
     */
    private static boolean relation(Matcher m, boolean two, WordLists words) {
        String rel = lower(m.group("rel"));
        String target = m.group("target");
        if (target != null && !familyObject(target, words)) {
            return false;
        }
        if (rel.contains(" en ")) {
            String[] both = rel.split("\\s+en\\s+");
            return two && target == null && singular(both[0], words) && singular(both[1], words);
        }
        if (two) {
            return target == null && PLURAL.contains(rel);
        }
        if (ONLY_WITH_RELATIVE.contains(rel)) {
            return target != null || m.group("det") != null;
        }
        return singular(rel, words);
    }

    private static boolean singular(String rel, WordLists words) {
        if (CIRCLE.contains(rel)) {
            return true;
        }
        return CoverClauses.kinWord(rel, words) && !NOT_RELATIVE.contains(rel) && !ONLY_WITH_RELATIVE.contains(rel)
                && !plural(rel);
    }

    /** A plural kin word ("ouders", "zussen", "opa's", "vrienden"). */
    private static boolean plural(String lower) {
        return lower.endsWith("'s") || lower.endsWith("’s") || lower.endsWith("en") && lower.length() > 4
                || lower.endsWith("s") && !lower.endsWith("zus");
    }

    /** "van" what: a relative, the youth or family ("het gezin"), an initial ("T."), a listed given name ("Sem"). */
    private static boolean familyObject(String target, WordLists words) {
        String word = target.replaceFirst("^(?:de|het|zijn|haar|hun)\\s+", "");
        if (INITIAL.matcher(word).matches()) {
            return true;
        }
        String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        String lower = lower(bare);
        if (FAMILY_OBJECTS.contains(lower) || CoverClauses.kinWord(lower, words)) {
            return true;
        }
        return Character.isUpperCase(bare.charAt(0)) && words.isFirstName(bare) && !words.isDutchWord(lower)
                && !words.isPlace(lower);
    }

    /** Two given names and one surname: "Anna en Piet Kuipers". */
    private static boolean sharedSurname(Matcher m) {
        return m.group("first").matches(NAME_WORD) && m.group("second").trim().split("\\s+").length >= 2;
    }

    private static String lower(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
