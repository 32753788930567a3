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
 * <li>two names joined by "en" and a plural kin word or two kin words: "Anna en Piet Kuipers (grootouders)",
 * "Karin Mol en Frits Bos (ouders)", "... (opa en oma)" (one name and a plural is a target group);</li>
 * <li>"fam." or "familie" and a surname: "fam. Kuipers", "familie van Dalen (grootouders)"; "fam." and a
 * lower-case "familie" anywhere in the value ("fam. Wouters, Deventer"), a capitalised "Familie" only as the whole
 * clause (it opens organisations: "Familie Centrum Oost").</li>
 * <li>a kin word and the names in a bracket after it: "moeder (Fatma Yilmaz)", "ouders (Anna en Piet Kuipers)".</li>
 * </ul>
 * Each such item starts at a clause's start (clauses split at ";" and line ends) or after a separator (",", "/",
 * "en", "met"), behind an optional opener ("Ja, gesprek met", "Aanwezig:", "samen met"), and ends at the clause's end
 * (an age or a date may follow) or before a separator: "Ans Post (gezinscoach), samen met Rik Maas (vader)" refuses
 * the father only. A name followed by anything else is the professional with a role, organisation or title:
 * "Lieke Prins, opvoedondersteuner (vader)" (works with the father), "dr. Petra Kok (kinderen)", "Joost Mulder
 * (gezin)", "Ellen Vos (pleegouders en netwerk)" (target groups, plural or with "en"),
 * "Bart de Vries, partner, Advocatenkantoor De Vries", "Hans Bos, partner van Veilig Thuis" (partner and nurse in
 * their work sense need a determiner or "van" a relative; "collega" a relative: "collega van M." is a professional's),
 * "Jeroen Stam, MA" (a relation word in capitals after a name in ordinary case is a degree). The ranges returned
 * are those of the names; the caller refuses only words there that it reads as names. Stateless and thread-safe.
 *
 * <p>Round 17 (r17-cover): after a separator a name no list holds counts when it is two or more capitalised words
 * none of which is a dictionary word, place, kin/role word, acronym or organisation word ("<prof>, gezinscoach,
 * Quorra Delmatt (moeder)"; "Levvel Jeugdhulp (moeder)" and "Timon (moeder)" stay the organisation and its client);
 * a name in lower case ("fatma yilmaz (moeder)", "roos (tante)": it opens with a listed given name and holds no role)
 * or in capitals inside ordinary text ("KEES DE GROOT (OPA)") is returned marked {@link #LOWER_CASE}, for the caller
 * to refuse as written; a kin word may follow the relation without "van" ("(ex-partner moeder)", "(vriend vader)"),
 * "(ex-partner)" alone is a relative, and two names with "(moeders)" or "(vaders)" are the parents.
 */
final class RelativeNamedInCover {

    private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’]*(?:-\\p{Lu}[\\p{L}'’]*)*";
    private static final String PARTICLE = "(?:(?i:van|de|der|den|ter|ten|te|'t|el|al|ben|von|du|la|le|da|dos|di"
            + "|bin|abu|op|het|in)\\s+)";
    /** A name alone: a courtesy title, initials, particles and capitalised words; no dr./drs./mr. (professionals). */
    private static final String PERSON = "(?:dhr\\.\\s*|mevr\\.\\s*|mw\\.\\s*|hr\\.\\s*|meneer\\s+|mevrouw\\s+"
            + "|de heer\\s+)?(?:\\p{Lu}\\.\\s*)*" + PARTICLE + "*" + NAME_WORD + "(?:\\s+" + PARTICLE + "*" + NAME_WORD
            + "){0,3}";
    /**
     * Round 17 (r17-cover): a name written in lower case ("fatma yilmaz", "anne de graaf", "roos"): the caller checks
     * that it opens with a listed given name and holds no role, kin or organisation word.
     */
    private static final String LOWER_PERSON = "\\p{Ll}[\\p{L}'’]*(?:-\\p{Ll}[\\p{L}'’]*)*(?:\\s+" + PARTICLE
            + "*\\p{Ll}[\\p{L}'’]*(?:-\\p{Ll}[\\p{L}'’]*)*){0,3}";
    /** An adjective before a relation word: "nieuwe partner", "oudste zus". */
    private static final String ADJECTIVE = "(?:(?:nieuwe|oude|oudste|jongste|oudere|jongere|huidige|vorige|eigen"
            + "|grote|kleine|tweede|eerste|beste|andere|biologische|aangetrouwde)\\s+)?";
    /** The relation: an optional determiner, one relation word (or two joined by "en"), "van" and its object. */
    private static final String RELATION = "(?<det>(?:de|het|zijn|haar|hun|z'n|d'r)\\s+)?" + ADJECTIVE
            // round 18 (r18-cover): "ex partner", "oud buurman" written apart are read as "ex-partner", "oud-buurman"
            + "(?<rel>(?:(?i:ex|oud)\\s+(?!(?i:van|v\\.)\\s)(?=\\p{L}))?[\\p{L}'’-]+(?:\\s+en\\s+[\\p{L}'’-]+)?)"
            + "(?:\\s+(?:van|v\\.)\\s+(?<target>(?:(?:de|het|zijn|haar|hun)\\s+)?[\\p{L}'’-]+\\.?)"
            // round 17 (r17-cover): a kin word right after the relation, without "van": "(ex-partner moeder)"
            + "|\\s+(?<bare>\\p{Ll}[\\p{L}'’-]*|\\p{Lu}{2}[\\p{Lu}'’-]*)(?=\\s*[)\\],;]|\\s*$))?";
    private static final Pattern OPENER = Pattern.compile("\\s*(?:(?i:ja|nee)\\b\\s*[,.:–-]?\\s*)?"
            + "(?:(?i:aanwezig|afwezig|verder|ook)\\b\\s*:?\\s*)?(?:(?i:wel|geen|ook)\\s+)?"
            + "(?:(?i:(?:telefonisch\\s+)?(?:gesprek|gesproken|overleg|overlegd|contact|afstemming|afgestemd|gebeld))"
            + "(?:\\s+(?i:gehad|gevoerd))?\\s+met\\s+|(?i:samen\\s+met|met)\\s+)?");
    private static final Pattern NAMED = Pattern.compile("(?<persons>(?<first>" + PERSON + ")(?:\\s+(?:en|&)\\s+"
            + "(?<second>" + PERSON + "))?)\\s*(?<open>[(\\[]|,|\\s[-–—→])\\s*" + RELATION + "\\s*(?<close>[)\\]])?");
    /** Round 17 (r17-cover): the same item with a lower-case name: "fatma yilmaz (moeder)", "roos, tante". */
    private static final Pattern NAMED_LOWER = Pattern.compile("(?<persons>(?<first>" + LOWER_PERSON + ")(?:\\s+(?:en|&)"
            + "\\s+(?<second>" + LOWER_PERSON + "))?)\\s*(?<open>[(\\[]|,|\\s[-–—→])\\s*" + RELATION
            + "\\s*(?<close>[)\\]])?");
    private static final Pattern FAMILY_NAME = Pattern.compile("(?:(?i:de)\\s+)?(?i:fam\\.|fam|familie)\\s+"
            + "(?<persons>" + PARTICLE + "*" + NAME_WORD + ")(?:\\s*\\(\\s*" + RELATION + "\\s*\\))?");
    /** A kin word and the names in a bracket after it: "moeder (Fatma Yilmaz)", "ouders (Anna en Piet Kuipers)". */
    private static final Pattern KIN_THEN_NAMES = Pattern.compile("(?<det>(?:de|het|zijn|haar|hun)\\s+)?" + ADJECTIVE
            + "(?<rel>[\\p{L}'’-]+)\\s*\\(\\s*(?<persons>(?<first>" + PERSON + ")(?:\\s+(?:en|&)\\s+(?<second>"
            + PERSON + "))?)\\s*\\)");
    /**
     * Round 19 (r19-cover): the relation and "van" whom before the name, a comma or colon between: "oom van S., Kees
     * Verhagen", "de vriendin van moeder, Sandra Kools", "buurvrouw van het gezin: Ans Mol".
     */
    private static final Pattern RELATION_THEN_NAME = Pattern.compile("(?<det>(?:de|het|zijn|haar|hun)\\s+)?"
            + ADJECTIVE + "(?<rel>(?:(?i:ex|oud)-)?\\p{Ll}[\\p{L}'’-]*)\\s+(?:van|v\\.)\\s+(?<target>(?:(?:de|het|zijn"
            + "|haar|hun)\\s+)?[\\p{L}'’-]+\\.?)\\s*[,:]\\s*(?<persons>" + PERSON + ")");
    /** Round 19 (r19-cover): a kin word and the side of the family after the name, no bracket: "<naam> opa mz". */
    private static final Pattern NAME_KIN_SIDE = Pattern.compile("(?<persons>" + PERSON + ")\\s+(?<rel>\\p{Ll}[\\p{L}'’-]*)"
            + "\\s+(?i:mz|vz|m\\.z\\.|v\\.z\\.)(?![\\p{L}])");
    /**
     * Round 19 (r19-cover): a kin word that a relative clause follows: "mw. Vermeer, de tante bij wie S. nu slaapt",
     * "<naam>, oom die vaak oppast".
     */
    private static final Pattern NAME_KIN_CLAUSE = Pattern.compile("(?<persons>" + PERSON + ")\\s*,\\s*(?:(?:de|het|zijn"
            + "|haar|hun)\\s+)?" + ADJECTIVE + "(?<rel>\\p{Ll}[\\p{L}'’-]*)\\s+(?:(?:bij|met|van|voor|aan)\\s+wie|die|waar)"
            + "\\s[^,;()\\[\\]\\n]*");
    /**
     * Round 20 (t20-cards): the name as the subject of "is"/"was" and a kin word: "K. Verbeek is de oom", "<naam> is
     * de nieuwe partner van moeder" ("<naam> is de orthopedagoog" names no relative).
     */
    private static final Pattern NAME_IS_KIN = Pattern.compile("(?<persons>" + PERSON + ")\\s+(?:is|was)\\s+(?:(?:de|het"
            + "|zijn|haar|hun)\\s+)?" + ADJECTIVE + "(?<rel>\\p{Ll}[\\p{L}'’-]*)(?![\\p{L}])(?:\\s+van\\s+(?<of>\\p{L}+))?"
            + "[^,;()\\[\\]\\n]*");
    /** "fam." or a lower-case "familie" before a surname anywhere in the value ("fam. Wouters, Deventer"). */
    private static final Pattern FAMILY_ANYWHERE = Pattern.compile("(?<![\\p{L}])(?:fam\\.?|Fam\\.|familie)\\s+"
            + "(?<persons>" + PARTICLE + "*" + NAME_WORD + ")");
    /** Where a new item may start: after a comma, a slash, "&", "+", "en", "met" or ", en" (outside brackets). */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,\\s*(?:en|met)\\b|,|/|&|\\+|\\ben\\b"
            + "|\\bmet\\b|(?<=\\s)[-–—](?=\\s))\\s*"); // round 18 (r18-cover): "<prof> - WSS - <naam> (opa)"
    /** What may end an item: the separators above but "&" and "+", which also join the words of an organisation's
     * name ("Ans Post - Moeder & Kind Centrum"). */
    private static final Pattern END_SEPARATOR = Pattern.compile("\\s*(?:,|/|\\ben\\b|\\bmet\\b|[-–—](?=\\s))\\s*");
    /** What may follow an item: an age in a bracket, then the clause's end (a date) or a separator. */
    private static final Pattern AGE = Pattern.compile("\\s*\\(\\s*\\d{1,2}(?:\\s*jaar)?\\s*\\)");
    private static final Pattern TAIL = Pattern.compile("\\s*(?:,?\\s*(?:op\\s+)?\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4})?"
            + "\\s*\\.?\\s*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}'’-]+");
    /** Round 17 (fix17-cover): a second part in the bracket after the kin word: ", tolk Swahili)", "; tolk)". */
    private static final Pattern BRACKET_REST = Pattern.compile("\\s*[,;]\\s*[^()\\[\\]]{1,40}?[)\\]]");
    private static final Set<String> COURTESY = WordSets.of("dhr", "mevr", "mw", "hr", "meneer", "mevrouw", "de");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?");

    /** Kin-roles entries that name no relative of the child (the child itself, a sex, an order, a professional). */
    private static final Set<String> NOT_RELATIVE = WordSets.of("jeugdige", "kind", "kindje", "jongen", "meisje",
            "biologische", "jongste", "oudste", "middelste", "kleinste", "tweeling", "baby", "cliënt", "client",
            "cliënte", "huisbaas", "zorgcoördinator", "zorgcoordinator", "gastouder", "pleegkind");
    /** Relations of the family's own circle that {@link CoverClauses} leaves out of its kin words. */
    private static final Set<String> CIRCLE = WordSets.of("klasgenoot", "klasgenote", "klasgenootje", "huisgenoot",
            "huisgenote", "oppas", "achterneef", "achternicht");
    /** English and German kin words (Turkish "anne" is left out: "Anne" is a given name). */
    private static final Set<String> FOREIGN_KIN = WordSets.of("mother", "father", "grandmother", "grandfather",
            "mutter", "vater");
    /**
     * Round 18 (r18-cover): kin words of other languages and dialects ({@code foreign-kin-words.txt}: "pake", "hooyo",
     * "khali", "wujek", "nonkel", "tio") and the grandparent words that are given names too ({@code
     * grandparent-words.txt}: "nana", "nani", "dede"): after a name in a cover field they are the relation.
     */
    private static final class Abroad {
        private static final Set<String> KIN = union(WordLists.lowerCaseSet("foreign-kin-words.txt"),
                WordLists.lowerCaseSet("grandparent-words.txt"));

        private static Set<String> union(Set<String> a, Set<String> b) {
            Set<String> all = new java.util.HashSet<>(a);
            all.addAll(b);
            return Set.copyOf(all);
        }
    }

    /** A prefix for a former relation: "oud-buurman", "ex-buurvrouw". */
    private static final Pattern FORMER = Pattern.compile("^(?:oud|ex)-(?=\\p{L})");
    /** Words with a sense outside the family (a firm's partner, a nurse, a colleague): only with a determiner or
     * "van" a relative ("partner van moeder", "haar partner"). */
    private static final Set<String> ONLY_WITH_RELATIVE = WordSets.of("partner", "zuster", "kennis", "collega",
            "man", "vrouw", "ex", "meter", "peter");
    /** Of these, words whose "van" must name a relative or the family, not an initial or a given name: "collega
     * van vader" is the family's circle, "collega van M." a professional's colleague. */
    private static final Set<String> ONLY_WITH_KIN = WordSets.of("collega");
    /** Round 19 (r19-cover): friends of a relative ("de vriendin van moeder"): of the family's circle after "van". */
    private static final Set<String> FRIENDS = WordSets.of("vriend", "vriendin", "vriendje", "vriendinnetje",
            "buurman", "buurvrouw", "buurjongen", "buurmeisje", "kennis", "huisvriend");
    /** Plural kin words for two named people. */
    private static final Set<String> PLURAL = WordSets.of("ouders", "grootouders", "pleegouders", "buren",
            "broers", "zussen", "opa's", "oma's", "stiefouders", "adoptieouders", "schoonouders",
            // round 17 (r17-cover): two mothers or fathers of one family ("<naam> en <naam> (moeders)")
            "moeders", "vaders", "pleegmoeders", "pleegvaders", "stiefmoeders", "stiefvaders", "tantes", "ooms");
    /** Round 17 (r17-cover): former partners have no sense outside the family: "(ex-partner)", "(ex-vriend)". */
    private static final Set<String> FORMER_PARTNERS = WordSets.of("ex-partner", "ex-vriend", "ex-vriendin", "ex-man",
            "ex-vrouw", "expartner", "ex-echtgenoot", "ex-echtgenote");
    /** Objects of "van" that make the relation one of the family's circle. */
    private static final Set<String> FAMILY_OBJECTS = WordSets.of("jeugdige", "kind", "kinderen", "gezin", "familie",
            "jongen", "meisje", "baby", "moederszijde", "vaderszijde", "moederskant", "vaderskant", "pleegkind",
            // round 18 (r18-cover): "grootvader mz", the mother's or father's side abbreviated
            "mz", "vz");

    /**
     * A third element of a returned range: a name in lower case, which the caller refuses as it stands (its name
     * finder reads no lower-case word as a name here).
     */
    static final int LOWER_CASE = 1;

    private RelativeNamedInCover() {
    }

    /** The [start, end) ranges of the names of relatives in the value of a professionals' cover field. */
    static List<int[]> names(String text, WordLists words) {
        if (text.indexOf('(') < 0 && text.indexOf(',') < 0 && text.indexOf('-') < 0 && text.indexOf('–') < 0
                && text.indexOf('—') < 0 && text.indexOf('→') < 0 && text.indexOf(':') < 0 && !text.toLowerCase(Locale.ROOT).contains("fam")
                && !text.contains(" mz") && !text.contains(" vz")) {
            return List.of();
        }
        List<int[]> out = new ArrayList<>(0);
        Matcher fam = FAMILY_ANYWHERE.matcher(text);
        while (fam.find()) {
            out.add(new int[] {fam.start("persons"), fam.end("persons")});
        }
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ';' || text.charAt(i) == '\n' && !relationOnNextLine(text, i)) {
                clause(text, start, i, words, out);
                start = i + 1;
            }
        }
        return out;
    }

    /**
     * The items of a clause that name a relative, each starting at the clause's start or after a separator (behind an
     * opener such as "Ja, gesprek met" or "samen met") and ending at the clause's end (a date may follow) or before a
     * separator; other items (a professional's name, role or organisation) are left alone and do not stop the search.
     */
    private static void clause(String text, int from, int to, WordLists words, List<int[]> out) {
        int p = from;
        while (p < to) {
            Matcher opener = OPENER.matcher(text).region(p, to);
            int at = opener.lookingAt() ? opener.end() : p;
            int[] item = item(text, at, to, words, p > from);
            if (item != null && (item[3] == 1 ? clauseEnd(text, item[2], to) : boundary(text, item[2], to))) {
                out.add(item.length > 4 && item[4] == 1 ? new int[] {item[0], item[1], LOWER_CASE}
                        : new int[] {item[0], item[1]});
            }
            p = nextStart(text, p, to);
        }
    }

    /**
     * Round 18 (r18-cover): a line that opens with a bracket, a comma or a dash continues the name on the line before
     * it ("Kees Vos" + line break + "(opa)" in one cell): the line break does not end the clause.
     */
    private static boolean relationOnNextLine(String text, int newline) {
        int p = newline + 1;
        while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p++;
        }
        return p < text.length() && "([,-–—".indexOf(text.charAt(p)) >= 0;
    }

    /** After the item: an optional age, then the clause's end (a date and a full stop may close it) or a separator. */
    private static boolean boundary(String text, int end, int to) {
        Matcher age = AGE.matcher(text).region(end, to);
        int p = age.lookingAt() ? age.end() : end;
        return TAIL.matcher(text).region(p, to).matches() || END_SEPARATOR.matcher(text).region(p, to).lookingAt();
    }

    /**
     * After two named people and a plural relation: only an age and the clause's end (a date may close it). Two
     * professionals and the group they work with are written the same way but go on with their organisation: "Sanne
     * Bos en Tim de Jong (ouders), Ouder- en Kindteam".
     */
    private static boolean clauseEnd(String text, int end, int to) {
        Matcher age = AGE.matcher(text).region(end, to);
        int p = age.lookingAt() ? age.end() : end;
        return TAIL.matcher(text).region(p, to).matches();
    }

    /** The start of the next item: after the next separator outside brackets, or the clause's end. */
    private static int nextStart(String text, int p, int to) {
        int depth = 0;
        for (int i = p; i < to; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && i > p && (c == ',' || c == '/' || c == ' ' || c == '&' || c == '+')) {
                // round 26 (t26-speed): the matcher is made only where the character test lets it be asked
                Matcher sep = SEPARATOR.matcher(text).region(i, to);
                if (sep.lookingAt()) {
                    return sep.end();
                }
            }
        }
        return to;
    }

    /**
     * One relative named at {@code p}: {start, end} of the names, the item's end and 1 when two names are read as
     * relatives only by a plural relation (then the clause must end after it), or null.
     */
    private static int[] item(String text, int p, int to, WordLists words, boolean later) {
        Matcher fam = FAMILY_NAME.matcher(text).region(p, to);
        if (fam.lookingAt()) {
            return new int[] {fam.start("persons"), fam.end("persons"), fam.end(), 0};
        }
        Matcher kinFirst = KIN_THEN_NAMES.matcher(text).region(p, to);
        if (kinFirst.lookingAt()) {
            String rel = lower(kinFirst.group("rel"));
            boolean ok = kinFirst.group("second") != null ? PLURAL.contains(rel) : singular(rel, words);
            return ok ? new int[] {kinFirst.start("persons"), kinFirst.end("persons"), kinFirst.end(), 0} : null;
        }
        Matcher relFirst = RELATION_THEN_NAME.matcher(text).region(p, to);
        if (relFirst.lookingAt() && relationBeforeName(relFirst, words)) {
            return new int[] {relFirst.start("persons"), relFirst.end("persons"), relFirst.end(), 0};
        }
        Matcher isKin = NAME_IS_KIN.matcher(text).region(p, to);
        if (isKin.lookingAt() && (singular(relationWord(isKin.group("rel")), words)
                || ONLY_WITH_RELATIVE.contains(relationWord(isKin.group("rel"))) && isKin.group("of") != null
                && CoverClauses.kinWord(lower(isKin.group("of")), words))
                && (personLike(isKin.group("persons"), later, words) || later && unlistedName(isKin.group("persons"), words))) {
            // round 20: "K. Verbeek is de oom", "<naam> is de nieuwe partner van moeder"
            return new int[] {isKin.start("persons"), isKin.end("persons"), isKin.end(), 0};
        }
        for (Pattern shape : List.of(NAME_KIN_SIDE, NAME_KIN_CLAUSE)) {
            Matcher m = shape.matcher(text).region(p, to);
            if (m.lookingAt() && singular(relationWord(m.group("rel")), words)
                    && (personLike(m.group("persons"), later, words) || later && unlistedName(m.group("persons"), words))) {
                return new int[] {m.start("persons"), m.end("persons"), m.end(), 0};
            }
        }
        Matcher named = NAMED.matcher(text).region(p, to);
        boolean lowerCase = false;
        if (!named.lookingAt()) {
            named = NAMED_LOWER.matcher(text).region(p, to);
            if (!named.lookingAt() || !lowerCaseName(named.group("first"), words)
                    || named.group("second") != null && !lowerCaseName(named.group("second"), words)) {
                return null;
            }
            lowerCase = true;
        } else if (!personLike(named.group("persons"), later, words)
                && !(later && unlistedName(named.group("persons"), words))) {
            return null;
        } else if (capitals(named.group("persons")) && lowerCaseName(lower(named.group("first")), words)
                && (named.group("second") == null || lowerCaseName(lower(named.group("second")), words))) {
            lowerCase = true; // "KEES DE GROOT (OPA)": read as written, like a name in lower case
        }
        boolean two = named.group("second") != null;
        boolean bracket = named.group("open").equals("(") || named.group("open").equals("[");
        int end = named.end();
        if (bracket && named.group("close") == null && !two && named.group("target") == null
                && named.group("bare") == null && singular(relationWord(named.group("rel")), words)) {
            // fix17-cover: "(moeder, tolk Swahili)": a kin word opens the bracket, a second part closes it
            Matcher more = BRACKET_REST.matcher(text).region(named.end(), to);
            if (!more.lookingAt()) {
                return null;
            }
            end = more.end();
        } else if (bracket != (named.group("close") != null)) {
            return null;
        }
        if (!relation(named, two, words)) {
            return null;
        }
        String rawRelation = named.group("rel").strip();
        if (abroadOnly(relationWord(rawRelation), words)
                && (!bracket || !rawRelation.equals(rawRelation.toLowerCase(Locale.ROOT)))) {
            return null; // round 18 (r18-cover): "(pake)", "(hooyo)" name a relative; "Bern", ", Nana", "(Sister)" may not
        }
        boolean bothByPlural = two && PLURAL.contains(lower(named.group("rel")));
        return new int[] {named.start("persons"), named.end("persons"), end, bothByPlural ? 1 : 0,
            lowerCase ? 1 : 0};
    }

    /**
     * The relation names a relative: one singular relation word for one person (plural or two joined words for two),
     * the words of another sense only with a determiner or "van" a relative, and "van" followed by a relative, the
     * youth, the family, an initial or a given name.
     */
    private static boolean relation(Matcher m, boolean two, WordLists words) {
        String raw = m.group("rel").strip();
        String rel = relationWord(raw);
        String target = m.group("target");
        String bare = m.group("bare");
        if (bare != null) {
            if (!kinObject(bare, words)) {
                return false; // "(tolk moeder)" is checked below as "tolk"; "(oom thuis)" names no relation
            }
            target = bare; // "(ex-partner moeder)": the ex-partner of mother
        }
        if (target != null && !familyObject(target, words)) {
            return false;
        }
        if (ONLY_WITH_KIN.contains(rel) && (target == null || !kinObject(target, words))) {
            return false;
        }
        if (raw.equals(raw.toUpperCase(Locale.ROOT)) && !m.group("persons").equals(m.group("persons")
                .toUpperCase(Locale.ROOT)) && !kinInCapitals(rel, words)) {
            return false; // a degree or acronym after a name in ordinary case: "Jeroen Stam, MA"
        }
        if (rel.contains(" en ")) {
            String[] both = rel.split("\\s+en\\s+");
            return two && target == null && singular(both[0], words) && singular(both[1], words);
        }
        if (two) {
            return target == null && PLURAL.contains(rel); // two named people and "(ouders)": the parents
        }
        if (ONLY_WITH_RELATIVE.contains(rel)) {
            return target != null || m.group("det") != null;
        }
        if (FORMER_PARTNERS.contains(rel)) {
            return true; // "(ex-partner)": no work sense
        }
        Matcher former = FORMER.matcher(rel);
        if (former.find() && ONLY_WITH_RELATIVE.contains(rel.substring(former.end()))) {
            return target != null; // "oud-collega" is a professional's; "ex-partner moeder" a relative
        }
        return singular(rel, words);
    }

    /**
     * Round 19 (r19-cover): "oom van S., Kees Verhagen": a relative's relation (one singular relation word, or a word of
     * another sense such as "vriendin", "partner" now that "van" names whom) of the family, the youth, an initial or
     * a given name; "collega" only of a relative. A professional's role ("de mentor van R., Kees Mol") names no
     * relation.
     */
    private static boolean relationBeforeName(Matcher m, WordLists words) {
        String rel = relationWord(m.group("rel"));
        String target = m.group("target");
        if (!familyObject(target, words)) {
            return false;
        }
        if (ONLY_WITH_KIN.contains(rel)) {
            return kinObject(target, words);
        }
        return singular(rel, words) || FORMER_PARTNERS.contains(rel) || ONLY_WITH_RELATIVE.contains(rel)
                || FRIENDS.contains(rel);
    }

    private static boolean singular(String rel, WordLists words) {
        Matcher former = FORMER.matcher(rel);
        if (former.find()) {
            return singular(rel.substring(former.end()), words);
        }
        if (CIRCLE.contains(rel) || FOREIGN_KIN.contains(rel) || Abroad.KIN.contains(turkishFolded(rel))) {
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

    /**
     * After a separator, where a professional's role or organisation may stand ("Lieke Prins, Opvoedondersteuner
     * (vader)", "Joost Kok, Van Montfoort (vader)", "Joost Kok, Timon (moeder)": the organisation and its client),
     * the words read as a person must open with a listed given name, an initial or a courtesy title, and hold no word
     * that opens a listed organisation. At the clause's start any name shape counts.
     */
    private static boolean personLike(String persons, boolean later, WordLists words) {
        if (!later) {
            return true;
        }
        Matcher w = WORD.matcher(persons);
        boolean first = true;
        while (w.find()) {
            String word = w.group();
            String lower = lower(word);
            boolean opening = first;
            if (first) {
                boolean opens = word.length() == 1 || COURTESY.contains(lower) || words.isFirstNameLower(lower);
                if (!opens) {
                    return false;
                }
                first = false;
            }
            if (!opening && words.isTussenvoegsel(lower)) {
                continue; // "Kees de Groot": a particle opens organisations too ("De Bascule")
            }
            if (organisationWord(lower, words)) {
                return false;
            }
        }
        return true;
    }

    private static boolean organisationWord(String lower, WordLists words) {
        return words.allowed().opensLongerPhrase(lower, PhraseIndex.Kind.ORGANISATION)
                || words.allowed().wordKind(lower).filter(k -> k == PhraseIndex.Kind.ORGANISATION).isPresent();
    }

    /**
     * Round 17 (r17-cover): after a separator, a name no list holds ("<prof>, gezinscoach, Quorra Delmatt (moeder)"):
     * two or more capitalised words, none of them a particle first, a word of the dictionary, a place, a kin or role
     * word, an acronym or a word of a listed organisation. A role or an organisation and its client stand in the same
     * slot ("Opvoedondersteuner (vader)", "Levvel Jeugdhulp (moeder)", "Timon (moeder)"): one word of the dictionary or
     * an organisation, or a single word, keeps the item the professional's.
     */
    private static boolean unlistedName(String persons, WordLists words) {
        Matcher w = WORD.matcher(persons);
        int count = 0;
        while (w.find()) {
            String word = w.group();
            String lower = lower(word);
            if (count > 0 && words.isTussenvoegsel(lower)) {
                continue;
            }
            if (!Character.isUpperCase(word.charAt(0)) || word.length() < 2 || word.equals(word.toUpperCase(Locale.ROOT))
                    || words.isWord(lower) || words.isPlace(lower) || words.isKinOrRole(lower)
                    || words.isTussenvoegsel(lower) || words.isTitle(lower) || organisationWord(lower, words)) {
                return false;
            }
            count++;
        }
        return count >= 2;
    }

    /**
     * Round 17 (r17-cover): a name in lower case ("fatma yilmaz", "anne de graaf", "roos"): it opens with a listed given
     * name (also one that is a Dutch word: "roos", "anne") and holds no kin, role, title or organisation word; other
     * words are particles, listed names or no word of the dictionary. Roles in lower case stand in the same slot
     * ("opvoedondersteuner (vader)", "tolk (moeder)") and open with no given name.
     */
    private static boolean lowerCaseName(String person, WordLists words) {
        Matcher w = WORD.matcher(person);
        boolean first = true;
        while (w.find()) {
            String lower = w.group();
            if (!first && words.isTussenvoegsel(lower)) {
                continue;
            }
            if (words.isKinOrRole(lower) || words.isTitle(lower) || organisationWord(lower, words)) {
                return false;
            }
            if (first ? !words.isFirstNameLower(lower)
                    : !(words.isFirstNameLower(lower) || words.isSurname(capitalised(lower)) || words.isWeakName(lower)
                    || !words.isWord(lower))) {
                return false;
            }
            first = false;
        }
        return !first;
    }

    /** Every letter a capital, two or more letters in a word: "KEES DE GROOT". */
    private static boolean capitals(String persons) {
        return persons.equals(persons.toUpperCase(Locale.ROOT)) && persons.codePoints().filter(Character::isLetter)
                .count() >= 4;
    }

    private static String capitalised(String lower) {
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** "van" a relative or the family, not an initial or a name. */
    private static boolean kinObject(String target, WordLists words) {
        String word = lower(target.replaceFirst("^(?:de|het|zijn|haar|hun)\\s+", "").replace(".", ""));
        return FAMILY_OBJECTS.contains(word) || CoverClauses.kinWord(word, words);
    }

    private static String lower(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    /** The relation in lower case, "ex partner" and "oud buurman" written apart joined as "ex-partner". */
    private static String relationWord(String raw) {
        return lower(raw).replaceFirst("^(ex|oud)\\s+", "$1-");
    }

    /**
     * Round 18 (r18-cover): a kin word in capitals after a name in ordinary case ("Henk Brouwers (OPA)") is the
     * relation, not a degree: three letters or more (degrees and acronyms: "MA", "BA", "GI", "OM" are no kin words),
     * and no word of other languages ("(MEM)", "(MAMA)", "(OMI)" read as acronyms as well).
     */
    private static boolean kinInCapitals(String rel, WordLists words) {
        return rel.length() >= 3 && !Abroad.KIN.contains(turkishFolded(rel))
                && (singular(rel, words) || FORMER_PARTNERS.contains(rel) || PLURAL.contains(rel));
    }

    /**
     * A kin word of another language or dialect only ({@link Abroad}), no Dutch one: many are given names, places,
     * titles or acronyms as well ("Bern", "Nana", "Sister", "MAMA"), so only written in lower case in a bracket.
     */
    private static boolean abroadOnly(String rel, WordLists words) {
        Matcher former = FORMER.matcher(rel);
        String word = former.find() ? rel.substring(former.end()) : rel;
        return Abroad.KIN.contains(turkishFolded(word)) && !CIRCLE.contains(word) && !FOREIGN_KIN.contains(word)
                && !CoverClauses.kinWord(word, words);
    }

    /** Turkish letters folded as the word list writes them: "dayı" is listed as "dayi". */
    private static String turkishFolded(String lower) {
        return lower.replace('ı', 'i').replace('ş', 's').replace('ğ', 'g').replace('ç', 'c');
    }
}
