package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Round 26 (t26-held): an organisation's acronym in mixed case, two or more capitals and then a lower-case letter and
 * another capital or a short lower-case tail ("Behandelaar GGzE (psychiater)", "de GGzBreburg", "GGz Centraal",
 * "VGz"). A person's name opens with one capital ("McDonald", "DeShawn", "LaToya") or with the Dutch digraph "IJ"
 * ("IJsbrand", "IJzerman"), so this shape is no name. Stays: "IJsbrand", "McKenzie", names in capitals ("JANSEN"),
 * a listed name typed with Shift held too long ("DIrk", "EMma").
 * Stateless.
 */
final class MixedCaseAcronym {

    private static final Pattern SHAPE = Pattern.compile("\\p{Lu}{2,}(?:\\p{Ll}{1,2}|\\p{Ll}+\\p{Lu}\\p{L}*)");

    private MixedCaseAcronym() {
    }

    static void unflag(List<Token> tokens, boolean[] flag, WordLists words) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || t.allCaps() || t.text().startsWith("IJ")
                    || !SHAPE.matcher(t.text()).matches()
                    // review rb: a name typed with Shift held too long ("DIrk", "JAn", "EMma") stays a name
                    || words.isName(NameClassifier.capitalise(t.lower())) || words.isWeakName(t.lower())) {
                continue;
            }
            flag[i] = false;
        }
    }
}
