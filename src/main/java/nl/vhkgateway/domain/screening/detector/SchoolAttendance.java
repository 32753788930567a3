package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;
import nl.vhkgateway.domain.screening.detector.NameClassifier.WordClass;

/**
 * Round 8 rule: a child "zit op" a school. After a form of "zitten" and "op" (optionally "de" or "het") the
 * capitalised run names a school, also when its words are a person's name ("zit op de Don Bosco", "zitten op de
 * Guido de Brès", "zit op Calvijn", "zat op de Maria Goretti"); a lower-case title with the word after it too ("op de
 * dr schaepman"). A further member joined by "en" or a comma and its own "de"/"het" is a school as well ("op de Don
 * Bosco en de Prinses Margrietschool"). Nobody "zit op" a person.
 */
final class SchoolAttendance {

    private static final Set<String> SIT = WordSets.of("zit", "zitten", "zat", "zaten", "gezeten");
    /** Titles in the names of Catholic and other schools, also written in lower case ("dr schaepman"). */
    private static final Set<String> SCHOOL_TITLES = Set.of("dr", "mgr", "st", "sint", "pater", "koningin", "prinses",
            "prins", "koning", "kardinaal", "paus", "ds", "pastoor", "broeder", "zuster", "meester", "juffrouw");

    private SchoolAttendance() {
    }

    static void cover(List<Token> tokens, WordClass[] cls, boolean[] covered, boolean[] coveredOrganisation) {
        int n = tokens.size();
        for (int i = 0; i + 2 < n; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || t.capitalised() || !SIT.contains(t.lower())) {
                continue;
            }
            int k = i + 1;
            if (!tokens.get(k).isWord() || !tokens.get(k).text().equals("op")) {
                continue;
            }
            k++;
            boolean first = true;
            while (k < n) {
                if (!first) {
                    // "... en de Prinses Margrietschool", ", de Wereldwijzer"
                    if (!(tokens.get(k).is(',') || tokens.get(k).isWord() && tokens.get(k).text().equals("en"))
                            || k + 1 >= n || !tokens.get(k + 1).isWord() || !article(tokens.get(k + 1))) {
                        break;
                    }
                    k++;
                }
                if (tokens.get(k).isWord() && article(tokens.get(k))) {
                    k++;
                }
                int end = member(tokens, cls, k);
                if (end == k) {
                    break;
                }
                for (int m = k; m < end; m++) {
                    covered[m] = true;
                    coveredOrganisation[m] = true;
                }
                k = end;
                first = false;
            }
        }
    }

    private static boolean article(Token t) {
        return t.text().equals("de") || t.text().equals("het") || t.text().equals("'t");
    }

    /** The end (exclusive) of a school's name from {@code from}: capitalised words, particles and titles. */
    private static int member(List<Token> tokens, WordClass[] cls, int from) {
        int n = tokens.size();
        int k = from;
        boolean any = false;
        while (k < n && k < from + 6) {
            Token t = tokens.get(k);
            if (t.isWord() && !t.capitalised() && SCHOOL_TITLES.contains(t.lower()) && k + 1 < n
                    && tokens.get(k + 1).isWord() && !tokens.get(k + 1).hasDigit()) {
                k += 2; // "dr schaepman", "mgr. Zwijsen"
                any = true;
            } else if (t.is('.') && any && !t.spaceBefore() && k + 1 < n && tokens.get(k + 1).isWord()
                    && tokens.get(k + 1).capitalised()) {
                k++; // "St. Jozef"
            } else if (t.isWord() && t.capitalised() && cls[k] != WordClass.ROLE) {
                k++;
                any = true;
            } else if (any && t.isWord() && cls[k] == WordClass.TUSSENVOEGSEL && k + 1 < n
                    && tokens.get(k + 1).isWord() && tokens.get(k + 1).capitalised()) {
                k++; // "Guido de Brès"
            } else if (any && t.is('-') && !t.spaceBefore() && k + 1 < n && tokens.get(k + 1).isWord()) {
                k++;
            } else {
                break;
            }
        }
        return any ? k : from;
    }
}
