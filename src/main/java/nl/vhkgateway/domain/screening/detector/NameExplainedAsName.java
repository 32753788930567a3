package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 11 rule: a word that the text explains as a name is a name, even when a place list or the dictionary holds it.
 * A capitalised word right before brackets or a dash that open with a name noun ("Wijk (achternaam vader)", "Zon
 * (roepnaam)", "Dijk - achternaam van de vader -", "Akker (meisjesnaam oma)"). Not when the explanation says the name is
 * unknown ("Vader (achternaam onbekend)", "De buurman (naam niet bekend)"), nor for kin and role words, function words
 * and particles. Plain "naam" is no evidence ("School (naam bij ons bekend)"). Stateless.
 */
final class NameExplainedAsName {

    /** Nouns that say the word before them is a name. */
    private static final Set<String> NAME_NOUNS = Set.of("achternaam", "voornaam", "roepnaam", "meisjesnaam",
            "bijnaam", "familienaam", "geboortenaam", "achternamen", "voornamen", "doopnaam", "koosnaam");
    /** Words that say the name is not known: then nothing before the brackets is a name. */
    private static final Set<String> UNKNOWN = Set.of("onbekend", "bekend", "onduidelijk", "niet", "geen", "nog",
            "volgt", "?", "weggelaten", "geanonimiseerd", "afgeschermd", "n.v.t", "nvt", "verwijderd", "anoniem");
    /** Nouns for a group of people or a form field: the explanation is about their names, not theirs as a name. */
    private static final Set<String> GROUP_NOUNS = Set.of("familie", "gezin", "kinderen", "buurtbewoners", "privacy",
            "opmerking", "opmerkingen", "bewoners", "ouders", "broers", "zussen", "pleegouders", "leden", "naam",
            "namen", "toelichting", "let");
    /** Endings of name nouns and group nouns in compounds ("Geslachtsnaam", "Netwerkgezin", "Naamswijziging"). */
    private static final String[] GROUP_ENDINGS = {"naam", "namen", "gezin", "gezinnen", "familie", "families",
        "bewoners", "ouders", "kinderen"};
    private static final int MAX_INSIDE = 8;

    private NameExplainedAsName() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 2 < n; i++) {
            Token t = tokens.get(i);
            if (flag[i] || !t.isWord() || !t.capitalised() || !opens(tokens.get(i + 1))) {
                continue;
            }
            String lower = WordLists.lower(t.text());
            if (lower.length() < 2 || NameClassifier.isFunctionWord(lower) || words.isKinOrRole(lower)
                    || words.isTussenvoegsel(lower) || words.isTitle(lower) || groupOrNameNoun(lower)
                    || !nameLike(t.text(), lower, words)) {
                continue;
            }
            Token noun = tokens.get(i + 2);
            if (!noun.isWord() || !NAME_NOUNS.contains(noun.lower()) || saysUnknown(tokens, i + 3)
                    || formLabel(tokens, i + 1)) {
                continue;
            }
            flag[i] = true;
            for (int k = i - 1; k >= 0 && tokens.get(k).isWord() && words.isTussenvoegsel(tokens.get(k).lower()); k--) {
                flag[k] = true; // "Van Wijk (achternaam vader)"
            }
        }
    }

    /** Only a listed name, or a word that no dictionary holds, can be explained as a name. */
    private static boolean nameLike(String word, String lower, WordLists words) {
        return words.isName(word) || words.isFirstNameLower(lower) || words.isWeakName(lower) || !words.isWord(lower);
    }

    private static boolean groupOrNameNoun(String lower) {
        if (GROUP_NOUNS.contains(lower) || lower.startsWith("naam")) {
            return true;
        }
        for (String ending : GROUP_ENDINGS) {
            if (lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** "Voornaam (roepnaam):" - brackets closed by a colon make a form label, not an explained name. */
    private static boolean formLabel(List<Token> tokens, int open) {
        if (!tokens.get(open).is('(')) {
            return false;
        }
        for (int k = open + 1; k + 1 < tokens.size() && k < open + MAX_INSIDE; k++) {
            if (tokens.get(k).is(')')) {
                return tokens.get(k + 1).is(':');
            }
        }
        return false;
    }

    private static boolean opens(Token t) {
        return t.is('(') || (t.is('-') || t.is('–') || t.is('—')) && t.spaceBefore();
    }

    private static boolean saysUnknown(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size() && k < from + MAX_INSIDE; k++) {
            Token t = tokens.get(k);
            if (t.is(')') || t.is('-') || t.is('–') || t.is('—')) {
                return false;
            }
            if (t.is('?') || t.isWord() && UNKNOWN.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }
}
