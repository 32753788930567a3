package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 12 (telegram): a given name typed in lower case with a possessive 's before a word ("jürgen's kamer",
 * "bashar's fiets"). The stem must be a listed name of {@link TelegramWords#listedName} (no dictionary word): plurals
 * with 's ("foto's", "oma's", "baby's", "mama's") and words that are also names stay. The word after it must be a
 * family word or a thing of a person's own daily life (room, bed, bike, phone, things, school bag): a brand, a
 * theorist or a character with 's before other nouns stays ("maslow's piramide", "elsa's jurk", "bart's fietsenwinkel",
 * "wendy's op het station"). Stateless.
 */
final class LowerCasePossessive {

    /** Things of a person's own daily life that a note names by their owner. */
    static final Set<String> OWN = WordSets.of("kamer", "slaapkamer", "bed", "bedje", "fiets", "telefoon", "mobiel",
            "spullen", "tas", "schooltas", "rugzak", "dagboek", "kast", "huiswerk", "rapport",
            "schoolrapport", "cijfers", "gedrag", "verhaal", "kamerdeur", "laptop", "tablet", "account", "gezicht",
            "arm", "armen", "rug", "lichaam", "hoofd", "been", "benen", "huid", "verjaardag", "medicatie", "dossier",
            "school", "klas", "mentor", "juf", "meester", "vriend", "vriendin", "vrienden", "vriendje", "vriendinnetje",
            "vriendinnen", "plek", "huis", "woning", "opvang", "logeeradres");

    private LowerCasePossessive() {
    }

    /** A word of at least {@code min} characters ending in "'s" or "’s" (checked before any word list). */
    static boolean genitive(String text, int min) {
        int len = text.length();
        return len >= min && text.charAt(len - 1) == 's' && (text.charAt(len - 2) == '\'' || text.charAt(len - 2) == '’');
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            Token t = tokens.get(i);
            Token next = tokens.get(i + 1);
            if (flag[i] || !t.isWord() || t.capitalised() || !genitive(t.text(), 5) || !next.isWord()
                    || !OWN.contains(next.lower()) && !CoverClauses.familyWord(next.lower(), words)) {
                continue;
            }
            String text = t.text();
            int len = text.length();
            String stem = WordLists.lower(text.substring(0, len - 2));
            if (TelegramWords.listedName(words, stem)) {
                flag[i] = true;
            }
        }
    }
}
