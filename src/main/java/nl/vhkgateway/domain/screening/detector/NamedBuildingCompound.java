package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.List;

/**
 * Round 24 (t24-new): a building or site named after a person, written as the person's name joined to the building's
 * noun ({@code named-building-nouns.txt}: kazerne, legerplaats, haven, sluis, brug ...): "Vader werkt op de Willem
 * Alexanderkazerne", "gelegerd in de Dirk Prins van Orangekazerne", "de Johan Frisokazerne in Assen". The compound
 * word and the capitalised words and particles right before it (up to five) are the building's name, not a person's.
 * Read: a capitalised word ending in a noun of the list and longer than it by three letters or more (the compound;
 * the bare noun "Kazerne" is none), and no listed surname itself; the run before it of capitalised words (no kin,
 * role, title or function word) and particles, trimmed to start at a capital. Stays a name: a person beside a
 * building without the compound ("Willem Alexander werkt bij de kazerne", "vader De Haven belt"), a name after the
 * compound ("Alexanderkazerne, Jan Smit belde"). Stateless; the list is read once.
 */
final class NamedBuildingCompound {

    private static final class Holder {
        private static final List<String> NOUNS = new ArrayList<>();

        static {
            WordLists.read("named-building-nouns.txt", w -> NOUNS.add(WordLists.lower(w)));
            if (NOUNS.isEmpty()) {
                throw new IllegalStateException("named-building-nouns.txt is empty");
            }
        }
    }

    private static final int MAX_WORDS = 5;

    private NamedBuildingCompound() {
    }

    static void unflag(List<Token> tokens, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int k = 1; k < n; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || !t.capitalised() || t.allCaps() || !compound(t.lower()) || words.isSurname(t.text())) {
                continue;
            }
            if (genericPrefix(t.lower(), words)) {
                continue; // review rc: "Brandweerkazerne", "Politiekazerne" name no person
            }
            int start = k;
            int named = 0;
            for (int j = k - 1; j >= 0 && k - j <= MAX_WORDS; j--) {
                Token w = tokens.get(j);
                if (!w.isWord() || w.allCaps()) {
                    break;
                }
                String lower = w.lower();
                boolean particle = words.isTussenvoegsel(lower);
                boolean nameWord = w.capitalised() && !words.isKinOrRole(lower) && !words.isTitle(lower)
                        && !NameClassifier.isFunctionWord(lower);
                if (!particle && !nameWord) {
                    break;
                }
                start = j;
                if (nameWord) {
                    named++;
                }
            }
            while (start < k && !tokens.get(start).capitalised()) {
                start++; // the name starts with a capital ("Prins van Oranje", not "van ...")
            }
            if (named == 0 && !flag[k]) {
                continue;
            }
            for (int j = start; j <= k; j++) {
                flag[j] = false;
            }
        }
    }

    /** The compound's part before the building noun is a plain Dutch word ("brandweer", "politie", "marine"). */
    private static boolean genericPrefix(String lower, WordLists words) {
        for (String noun : Holder.NOUNS) {
            if (lower.endsWith(noun) && lower.length() > noun.length() + 2) {
                String prefix = lower.substring(0, lower.length() - noun.length());
                if (words.isListedPersonWord(NameClassifier.capitalise(prefix)) || words.isPlace(prefix)) {
                    return false; // "Orangekazerne", "Alexanderkazerne": named after a person or a place
                }
                if (words.isWord(prefix) || prefix.endsWith("s") && words.isWord(prefix.substring(0, prefix.length() - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean compound(String lower) {
        for (String noun : Holder.NOUNS) {
            if (lower.endsWith(noun) && lower.length() > noun.length() + 2) {
                return true;
            }
        }
        return false;
    }
}
