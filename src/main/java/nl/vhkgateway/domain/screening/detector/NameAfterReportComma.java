package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;
import nl.vhkgateway.domain.screening.detector.NameClassifier.WordClass;

/**
 * Round 15 (names): a name of the lists that is also a word (given name or surname: "Horst", "Roos", "Bakker") opening
 * the clause after a reporting verb and a comma, before a verb only a person does ("Die Mutter sagt, Horst schlägt das
 * Kind", "Moeder zegt, Bakker slaat de kinderen", "oma vertelt, Roos huilt veel"): the reported clause's subject. A
 * village of the same name does not hit, shout, cry or drink ("Vader zegt, Horst is te ver weg" stays: "is" is no act
 * of a person). Dutch and German reporting verbs and acts (cards of Limburg quote German-speaking parents). Stateless.
 */
final class NameAfterReportComma {

    private static final Set<String> REPORTING = WordSets.of("zegt", "zei", "zeggen", "vertelt", "vertelde", "meldt",
            "meldde", "geeft", "aan", "sagt", "sagte", "erzählt", "erzählte", "berichtet");
    private static final Set<String> PERSON_ACTS = WordSets.of("slaat", "sloeg", "schopt", "schopte", "duwt", "duwde",
            "drinkt", "dronk", "schreeuwt", "schreeuwde", "scheldt", "schold", "dreigt", "dreigde", "huilt", "huilde",
            "bedreigt", "bedreigde", "slaapt", "sliep", "lacht", "lachte", "blowt",
            "schlägt", "schlug", "trinkt", "trank", "schreit", "schrie", "weint", "weinte", "tritt", "trat", "droht",
            "drohte", "schimpft", "schimpfte", "lügt", "kifft");

    private NameAfterReportComma() {
    }

    static void flag(List<Token> tokens, WordClass[] cls, boolean[] covered, boolean[] flag) {
        int n = tokens.size();
        for (int i = 2; i + 1 < n; i++) {
            Token t = tokens.get(i);
            if (flag[i] || covered[i] || !t.isWord() || !t.capitalised() || t.allCaps()
                    || cls[i] != WordClass.AMBIGUOUS_FIRST_NAME && cls[i] != WordClass.AMBIGUOUS_SURNAME
                    && cls[i] != WordClass.NAME) {
                continue;
            }
            Token verb = tokens.get(i - 2);
            Token next = tokens.get(i + 1);
            if (tokens.get(i - 1).is(',') && verb.isWord() && REPORTING.contains(verb.lower()) && next.isWord()
                    && !next.capitalised() && PERSON_ACTS.contains(next.lower())) {
                flag[i] = true;
            }
        }
    }
}
