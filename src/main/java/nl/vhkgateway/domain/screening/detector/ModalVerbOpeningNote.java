package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 18 rule (r18-names): notes drop the subject ("Wil zijn vader vaker zien.", "Wil haar broertje weer spreken."):
 * a modal verb that is a given name too ("Wil") opening a sentence, with only lower-case words after it up to the end
 * of the sentence and an infinitive as the last word, is the verb, not a name. A clearing rule:
 * <ul>
 * <li>the word is a modal verb of {@link #MODALS} and opens a sentence or follows a quotation mark;</li>
 * <li>every word up to the end of the sentence (".", "!", "?", ";" or the text's end) is in lower case, two to eight
 * words, and none is a finite verb of {@link #FINITE} ("Wil zijn vader is boos": Wil's father; "zijn" counts as the
 * possessive);</li>
 * <li>the last word is a dictionary verb in the infinitive (ends in -en, or is zien, gaan, doen, staan, slaan), and no
 * word before it may be a plural noun (-s, -en: "Wil zijn ouders scheiden" is Wil's parents).</li>
 * </ul>
 * A capital, a bracket, a comma or a number in the clause keeps the flag ("Wil zijn ouders wonen in Goor", "Wil (7)
 * wil zwemmen"). Stateless.
 */
final class ModalVerbOpeningNote {

    private static final Set<String> MODALS = Set.of("wil", "mag", "kan", "zal", "moet");
    private static final Set<String> FINITE = Set.of("is", "was", "waren", "heeft", "had", "hebben", "wil",
            "wilde", "kan", "kon", "mag", "mocht", "moet", "moest", "zal", "zou", "wordt", "werd", "gaat", "ging",
            "komt", "kwam", "zegt", "zei", "woont", "woonde", "zit", "zat", "doet", "deed", "blijft", "bleef", "krijgt",
            "kreeg", "vindt", "vond", "weet", "wist", "ziet", "zag", "heet", "heette", "speelt", "werkt", "slaapt",
            "staat", "stond", "ligt", "lag", "loopt", "liep", "belt", "belde");
    private static final Set<String> SHORT_INFINITIVES = Set.of("zien", "gaan", "doen", "staan", "slaan");

    private ModalVerbOpeningNote() {
    }

    static void unflag(List<Token> tokens, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i + 2 < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || !MODALS.contains(t.lower())
                    || !opensSentence(tokens, i)) {
                continue;
            }
            int last = -1;
            boolean ok = true;
            int k = i + 1;
            for (; k < n; k++) {
                Token w = tokens.get(k);
                if (w.is('.') || w.is('!') || w.is('?') || w.is(';') || w.is('"') || w.is('”')) {
                    break;
                }
                if (!w.isWord() || w.capitalised() || w.hasDigit() || FINITE.contains(w.lower())) {
                    ok = false;
                    break;
                }
                last = k;
            }
            int count = last - i;
            if (ok && last > 0 && count >= 2 && count <= 8 && infinitive(tokens.get(last).lower(), words)
                    && !pluralBefore(tokens, i + 1, last)) {
                flag[i] = false;
            }
        }
    }

    private static boolean infinitive(String lower, WordLists words) {
        return SHORT_INFINITIVES.contains(lower) || lower.length() > 4 && lower.endsWith("en") && words.isWord(lower)
                && !NOT_VERBS.contains(lower);
    }

    /** Words in -en that are no verb ("Wil zijn ouders wonen samen"). */
    private static final Set<String> NOT_VERBS = Set.of("samen", "boven", "beneden", "buiten", "binnen", "open",
            "even", "tegen", "zeven", "negen", "tussen", "volgen", "morgen", "alleen", "geen", "eten", "uren", "jaren",
            "weken", "dagen", "kinderen", "ouders", "broers", "zussen", "mensen", "meisjes", "jongens");

    /**
     * A word before the last that may be a plural noun (-s, -en): then the last word may be a plural verb with that
     * subject ("Wil zijn ouders scheiden": Wil's parents), so the rule stays out.
     */
    private static boolean pluralBefore(List<Token> tokens, int from, int last) {
        for (int k = from; k < last; k++) {
            String lower = tokens.get(k).lower();
            if (!lower.equals("zijn") && (lower.endsWith("s") || lower.endsWith("en") || lower.endsWith("eren"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensSentence(List<Token> tokens, int i) {
        if (i == 0 || tokens.get(i).sentenceStart()) {
            return true;
        }
        Token before = tokens.get(i - 1);
        return before.is('"') || before.is('“') || before.is('„');
    }
}
