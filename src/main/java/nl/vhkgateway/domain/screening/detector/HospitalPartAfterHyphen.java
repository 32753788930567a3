package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 17 rule (r17-cards): the children's hospital of a university medical centre, written glued to the centre's
 * abbreviation with a hyphen ("Erasmus MC-Sophia", "Amsterdam UMC-Emma", "LUMC-Willem-Alexander"). A flagged
 * capitalised word right after "MC-", "UMC-", "AMC-", "LUMC-", "UMCG-" or "UMCU-" (the abbreviation in capitals, the
 * hyphen glued on both sides) is part of the hospital's name, also before a role in brackets ("(kinderarts)"). A name
 * after a spaced dash ("MC - Sophia (dochter)") or after any other word stays a name. Stateless.
 */
final class HospitalPartAfterHyphen {

    private static final Set<String> CENTRES = Set.of("MC", "UMC", "AMC", "LUMC", "UMCG", "UMCU", "VUmc", "MUMC");

    private HospitalPartAfterHyphen() {
    }

    static void unflag(List<Token> tokens, boolean[] flag) {
        int n = tokens.size();
        for (int i = 2; i < n; i++) {
            Token t = tokens.get(i);
            Token hyphen = tokens.get(i - 1);
            Token centre = tokens.get(i - 2);
            if (!flag[i] || !t.isWord() || !t.capitalised() || t.spaceBefore() || !hyphen.is('-')
                    || hyphen.spaceBefore() || !centre.isWord() || !CENTRES.contains(centre.text())) {
                continue;
            }
            flag[i] = false;
            for (int k = i + 2; k < n && tokens.get(k - 1).is('-') && !tokens.get(k - 1).spaceBefore()
                    && tokens.get(k).isWord() && tokens.get(k).capitalised() && !tokens.get(k).spaceBefore(); k += 2) {
                flag[k] = false; // "LUMC-Willem-Alexander"
            }
        }
    }
}
