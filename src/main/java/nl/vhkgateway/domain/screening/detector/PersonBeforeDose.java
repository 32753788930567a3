package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;
import nl.vhkgateway.domain.screening.detector.NameClassifier.WordClass;

/**
 * Round 15 (names): a person's name before a number and a frequency is not a medicine where a person stands: right
 * after a family member's or neighbour's word ("Buurman Okonkwo 2 keer per week", "oma Jansen 1 keer per maand") or
 * right after a title in its written form ("Mevrouw Mbeki 2x per week", "dhr. Kiplagat 3 keer"). Before this rule a
 * capitalised word before "5 ml" or "2 keer" was covered as a medicine whatever stood before it, so such a name got
 * through. After a family word the word must be a name of the lists or a weak name (humannames) that is no Dutch or
 * English word, and the unit a frequency (keer, x, maal): the review showed products that share a name of the lists
 * before a dose in care notes ("oma Rennie 2 tabletten", "Moeder: Yasmin 1 tablet per dag", "Baby: Hero 120 ml"); a
 * label with a colon, a professional or a child word ("Advies kinderarts: Foster 2 puf", "Jongste: Foster") and a verb
 * of giving ("Oma geeft Rennie 2 tabletten") do not count, and a title must not be a diagnosis in capitals ("MS.
 * Tecfidera 240 mg"). Stateless.
 */
final class PersonBeforeDose {

    /** Titles in their written form (not "MS", "zuster"): a medicine never follows one. */
    private static final Set<String> TITLES = Set.of("mevrouw", "meneer", "mevr", "mw", "dhr", "heer", "mr", "dr");
    /** Family members and neighbours (not professionals, not the child words "baby", "jongste", "jeugdige"). */
    private static final Set<String> FAMILY = Set.of("vader", "moeder", "opa", "oma", "oom", "tante", "broer", "zus",
            "buurman", "buurvrouw", "buren", "neef", "nicht", "stiefvader", "stiefmoeder", "pleegvader", "pleegmoeder",
            "schoonvader", "schoonmoeder", "zwager", "schoonzus", "vriend", "vriendin", "overbuurman", "overbuurvrouw",
            "grootvader", "grootmoeder", "papa", "mama", "opa's", "oma's");
    private static final Set<String> FREQUENCY = Set.of("keer", "x", "maal");

    private PersonBeforeDose() {
    }

    /** The word at {@code i} is a name in a person's slot, so a dose after it does not make it a medicine. */
    static boolean personSlot(List<Token> tokens, WordClass[] cls, WordLists words, int i) {
        if (i == 0 || !tokens.get(i).isWord()) {
            return false;
        }
        Token prev = tokens.get(i - 1);
        int k = i - 1;
        if (k > 0 && prev.is('.') && !prev.spaceBefore()) {
            k--; // "dhr. Mbeki 2x per week"
        }
        Token before = tokens.get(k);
        if (!before.isWord() || before.allCaps()) {
            return false; // "MS. Tecfidera 240 mg": a diagnosis in capitals is no title
        }
        String lower = before.lower();
        if (TITLES.contains(lower)) {
            return cls[i] == WordClass.UNKNOWN || nameOfLists(tokens.get(i), cls[i], words);
        }
        return k == i - 1 && FAMILY.contains(lower) && nameOfLists(tokens.get(i), cls[i], words)
                && frequencyAfter(tokens, i);
    }

    /** "2 keer", "3x", "1 maal": how often, not how much (a dose of a medicine is mg, ml, tabletten). */
    private static boolean frequencyAfter(List<Token> tokens, int i) {
        int j = i + 1;
        if (j + 1 >= tokens.size() || !tokens.get(j).isNumber()) {
            return false;
        }
        Token unit = tokens.get(j + 1);
        return unit.isWord() && FREQUENCY.contains(unit.lower());
    }

    /** A name the lists hold that is no Dutch or English word ("Jansen", "Okonkwo"; not "Foster", "Hero", "Melk"). */
    private static boolean nameOfLists(Token t, WordClass c, WordLists words) {
        String lower = t.lower();
        return (c == WordClass.NAME || c == WordClass.UNKNOWN && words.isWeakName(lower)) && !words.isWord(lower);
    }
}
