package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 25 rule (t25-cards): a housing corporation of no list, named by a compound of "woon" and a Dutch word
 * (Woonbron, Woonwaard, Woonkracht and their like: "Woontij heeft op 29-10 een inspectie gedaan") or of a Dutch word
 * or place and "wonen" ("BrabantWonen"), in a note about the dwelling. The word must be capitalised (not in capitals),
 * held by no given-name, surname or weak-name list, the part beside "woon"/"wonen" a word of the Dutch dictionary (or
 * a place) of three letters or more that ends like no Dutch surname ("Woonink", "Woonman" stay), and the same
 * text must speak of the dwelling or its letting (woning, huur, verhuurder, corporatie, inspectie, ontruiming ...).
 * Guards: no kin word, role or title right before it, no family bracket or apposition after it ("Woonhof (oom)").
 * Stateless.
 */
final class HousingCompoundInHousingNote {

    /** Words of a dwelling and its letting, lower case. */
    private static final Set<String> HOUSING_WORDS = WordSets.of("woning", "woningen", "huurwoning", "huurhuis",
            "huur", "huurder", "huurders", "verhuurder", "corporatie", "woningcorporatie", "woningbouwvereniging",
            "woningbouw", "inspectie", "huurachterstand", "ontruiming", "ontruimen", "huurcontract", "woonconsulent",
            "woonconsulente", "vervuild", "vervuiling", "schimmel", "woonoverlast", "woonfraude");
    private static final int MIN_REST = 3;
    /** Endings of Dutch surnames ("Woonink", "Woonman", "Woonings"): such a word stays a name. */
    private static final List<String> SURNAME_ENDINGS = List.of("ink", "ing", "man", "mans", "sen", "s", "er", "en",
            "el", "ck", "kx");

    private HousingCompoundInHousingNote() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        Boolean housing = null;
        for (int k = 0; k < n; k++) {
            Token t = tokens.get(k);
            if (!flag[k] || !t.isWord() || !t.capitalised() || t.allCaps() || !housingCompound(t.lower(), words)
                    || RelativeGuard.listedName(t, words) || RelativeGuard.kinBefore(tokens, role, words, k)
                    || RelativeGuard.familyAfter(tokens, words, k)) {
                continue;
            }
            if (housing == null) {
                housing = housingNote(tokens, k);
            }
            if (housing) {
                flag[k] = false;
            }
        }
    }

    /** "woon" and a Dutch word ("tij", "bron", "kracht"), or a Dutch word or place and "wonen" ("brabantwonen"). */
    private static boolean housingCompound(String lower, WordLists words) {
        if (lower.startsWith("woon") && lower.length() >= "woon".length() + MIN_REST) {
            String rest = lower.substring("woon".length());
            return words.isDutchWord(rest) && SURNAME_ENDINGS.stream().noneMatch(rest::endsWith);
        }
        if (lower.endsWith("wonen") && lower.length() >= "wonen".length() + MIN_REST) {
            String head = lower.substring(0, lower.length() - "wonen".length());
            return words.isDutchWord(head) || words.isPlace(head);
        }
        return false;
    }

    private static boolean housingNote(List<Token> tokens, int self) {
        for (int k = 0; k < tokens.size(); k++) {
            if (k != self && tokens.get(k).isWord() && HOUSING_WORDS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }
}
