package nl.vhkgateway.domain.screening.detector;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Round 11 (colonhole): the professionals' cover fields (Inbrenger, Vaste deelnemer, Gedragsdeskundige) allow their
 * own names and work contact details, but only per clause. The value is split into clauses at ";", at sentence ends
 * and at ", " before a part with a finite verb; a clause that holds a family word ("moeder", "stiefvader",
 * "kinderen", "partner van moeder") or a verb of family life ("slaat", "woont", "belt") is screened like any text.
 * "Vaste deelnemer: P. Smit, WSS; J. Bos, Jeugdbescherming" stays relaxed; "Inbrenger: M. Smit; moeder is
 * bereikbaar op 06-..." is not. The words are data ({@code cover-clauses.txt}, plus the kin words of
 * {@code kin-roles.txt} that are no professional's role). Stateless and thread-safe.
 */
public final class CoverClauses {

    private static final String RESOURCE = "/nl/vhkgateway/screening/wordlists/cover-clauses.txt";

    /** Kin-roles entries that name a professional or are too general: never a family word here. */
    private static final Set<String> NOT_FAMILY = WordSets.of("juf", "juffrouw", "meester", "mentor", "mentrix",
            "leerkracht", "docent", "docente", "leraar", "lerares", "trainer", "trainster", "coach", "gastouder",
            "huisarts", "dokter", "arts", "jeugdarts", "kinderarts", "psycholoog", "psychiater", "therapeut",
            "orthopedagoog", "behandelaar", "hulpverlener", "casemanager", "gezinsvoogd", "jeugdbeschermer",
            "jeugdzorgwerker", "consulent", "wijkagent", "agent", "advocaat", "voogd", "ib'er", "intern",
            "begeleider", "begeleidster", "woonbegeleider", "ambulant", "maatschappelijk", "werker", "directeur",
            "conciërge", "imam", "pastoor", "dominee", "collega", "collegaatje", "cliënt", "client", "cliënte",
            "kennis", "huisbaas", "klasgenoot", "klasgenote", "huisgenoot");

    private CoverClauses() {
    }

    /** The [start, end) ranges of the clauses of a cover field's value that speak of the family. */
    public static List<int[]> familyClauses(String text, WordLists words) {
        List<int[]> out = new ArrayList<>(0);
        for (int[] c : clauses(text)) {
            if (family(text.substring(c[0], c[1]), words)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The family clauses for names: those after the field's first clause, and the first clause only when it gives a
     * family role in the place of the professional's function ({@link FamilyRoleInFirstClause}, round 12: "I.
     * Hofstede, moeder van Sem"). The first clause is normally the professional's own ("J. Smit, mentor van de
     * jeugdige", "ja, Eva Bos, over de hechting van het kind"), whose role may name the family.
     */
    public static List<int[]> laterFamilyClauses(String text, WordLists words) {
        List<int[]> out = new ArrayList<>(familyClauses(text, words));
        out.removeIf(c -> text.substring(0, c[0]).isBlank());
        int end = familyRoleEnd(text, words);
        if (end > 0) {
            out.add(new int[] {0, end});
        }
        return out;
    }

    /**
     * The end of the first clause when it gives a family role as the function, else -1; a comma before a verb part
     * splits a clause, so the role may stand in the second one (", zijn tante"; "zijn" is a verb too) and the two are
     * read together.
     */
    private static int familyRoleEnd(String text, WordLists words) {
        List<int[]> all = clauses(text);
        int end = all.get(0)[1];
        if (all.size() > 1 && end < text.length() && text.charAt(end) == ',') {
            end = all.get(1)[1];
        }
        return FamilyRoleInFirstClause.holds(text.substring(0, end), words) ? end : -1;
    }

    /** Whether [start, end) lies in one of the ranges. */
    public static boolean inside(List<int[]> ranges, int start, int end) {
        for (int[] r : ranges) {
            if (start < r[1] && r[0] < end) {
                return true;
            }
        }
        return false;
    }

    /** Clauses: split at ";", at sentence ends, and at ", " before a part that holds a finite verb. */
    static List<int[]> clauses(String text) {
        List<int[]> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == ';' || c == '\n' || (c == '!' || c == '?')
                    || c == '.' && sentenceEnd(text, i)
                    || c == ',' && verbPartAfter(text, i + 1);
            if (end) {
                parts.add(new int[] {start, i});
                start = i + 1;
            }
        }
        parts.add(new int[] {start, text.length()});
        return parts;
    }

    /** A full stop followed by a space and a word, not after an initial ("M. Smit") or a short abbreviation. */
    private static boolean sentenceEnd(String text, int dot) {
        if (dot + 1 < text.length() && !Character.isWhitespace(text.charAt(dot + 1))) {
            return false;
        }
        int w = dot;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        return dot - w > 3;
    }

    /** The part after a comma (to the next comma or clause end) holds a finite verb. */
    private static boolean verbPartAfter(String text, int from) {
        int to = from;
        while (to < text.length() && ",;.!?\n".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        for (String w : words(text.substring(from, to))) {
            if (Holder.VERBS.contains(w) || Holder.LIFE_VERBS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean family(String clause, WordLists words) {
        for (String w : words(clause)) {
            if (Holder.FAMILY.contains(w) || Holder.LIFE_VERBS.contains(w) || kin(w, words)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A family word: a kin word of {@code kin-roles.txt} that is no professional's role, its stief-/ex-/pleeg-/schoon-/
     * half- forms, or a family or household word of {@code cover-clauses.txt} ("broertjes", "kinderen"); lower case.
     */
    static boolean familyWord(String w, WordLists words) {
        return Holder.FAMILY.contains(w) || kin(w, words);
    }

    /** A kin word of the family (not a professional's role), also a stief-/ex-/pleeg-/schoon-/half- form. */
    static boolean kinWord(String w, WordLists words) {
        return kin(w, words);
    }

    private static boolean kin(String w, WordLists words) {
        if (NOT_FAMILY.contains(w)) {
            return false;
        }
        if (words.isKinOrRole(w)) {
            return true;
        }
        for (String prefix : List.of("stief", "ex-", "ex", "pleeg", "schoon", "half")) {
            if (w.startsWith(prefix) && w.length() > prefix.length() + 1) {
                String rest = w.substring(prefix.length());
                if (!NOT_FAMILY.contains(rest) && (words.isKinOrRole(rest) || Holder.FAMILY.contains(rest))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What separates words: anything but letters, apostrophes and hyphens. */
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}'-]+");
    /** Apostrophes and hyphens at the start or end of a word. */
    private static final Pattern EDGE_MARKS = Pattern.compile("^[-']+|[-']+$");

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : NON_WORD.split(s.toLowerCase(Locale.ROOT))) {
            String t = edgeMark(w) ? EDGE_MARKS.matcher(w).replaceAll("") : w;
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean edgeMark(String w) {
        return !w.isEmpty() && ("-'".indexOf(w.charAt(0)) >= 0 || "-'".indexOf(w.charAt(w.length() - 1)) >= 0);
    }

    private static final class Holder {
        private static final Set<String> FAMILY = new HashSet<>();
        private static final Set<String> VERBS = new HashSet<>();
        private static final Set<String> LIFE_VERBS = new HashSet<>();

        static {
            try (InputStream in = CoverClauses.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("word list missing from the class path: " + RESOURCE);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    String[] kv = line.strip().toLowerCase(Locale.ROOT).split("\\s+", 2);
                    if (kv.length < 2 || kv[0].startsWith("#")) {
                        continue;
                    }
                    switch (kv[0]) {
                        case "family" -> FAMILY.add(kv[1]);
                        case "verb" -> VERBS.add(kv[1]);
                        case "verb!" -> LIFE_VERBS.add(kv[1]);
                        default -> throw new IllegalStateException("unknown line kind in " + RESOURCE);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
