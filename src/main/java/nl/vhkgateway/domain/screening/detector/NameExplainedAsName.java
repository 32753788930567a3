package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 11 rule: a word that the text explains as a name is a name, even when a place list or the dictionary holds it.
 * A capitalised word right before brackets or a dash that open with a name noun ("Wijk (achternaam vader)", "Zon
 * (roepnaam)", "Dijk - achternaam van de vader -", "Akker (meisjesnaam oma)"). Not when the explanation says the name is
 * unknown ("Vader (achternaam onbekend)", "De buurman (naam niet bekend)"), nor for kin and role words, function words
 * and particles. Plain "naam" is no evidence ("School (naam bij ons bekend)"). Round 19 (r19-names): brackets that
 * say a person is called so ("Het meisje Zwaluw (ze heet echt zo)", "Storm (hij heet zo)") explain a dictionary word
 * as a name too: "heet"/"heette" inside the brackets with a personal pronoun (ze, zij, hij) right before or after it
 * as its subject and no "het" (review: "zo noemen ze het", "zo heet het, zegt zij" name a thing), and before the word a
 * family or person noun or nothing (the sentence start). A school, group or house called so has no person pronoun
 * ("De Kikker (zo heet de groep)"), and a pet's name keeps its animal noun before it ("de hond Storm (hij heet zo)").
 * Stateless.
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
    /** Round 19: the pronouns of a person that a bracket calls so. */
    private static final Set<String> PERSON_PRONOUNS = Set.of("ze", "zij", "hij");
    private static final Set<String> HETEN = Set.of("heet", "heette");
    /** Round 19: nouns of a person (besides the kin and role words) before a word a bracket calls a name. */
    private static final Set<String> PERSON_NOUNS = Set.of("meisje", "meid", "jongen", "jongetje", "kind", "baby",
            "dochter", "zoon", "kleuter", "peuter", "tiener", "puber");

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
                    || !nameLike(t.text(), lower, words) && !(tokens.get(i + 1).is('(') && calledSo(tokens, i + 1)
                    && personBefore(tokens, i, words))) {
                continue;
            }
            Token noun = tokens.get(i + 2);
            boolean calledSo = tokens.get(i + 1).is('(') && calledSo(tokens, i + 1) && personBefore(tokens, i, words)
                    && !words.isPlace(lower); // review: "oma Heerlen (zo heet ze bij ons)", grandparents by their town
            if (!calledSo && (!noun.isWord() || !NAME_NOUNS.contains(noun.lower()) || saysUnknown(tokens, i + 3)
                    || formLabel(tokens, i + 1))) {
                continue;
            }
            flag[i] = true;
            for (int k = i - 1; k >= 0 && tokens.get(k).isWord() && words.isTussenvoegsel(tokens.get(k).lower()); k--) {
                flag[k] = true; // "Van Wijk (achternaam vader)"
            }
        }
    }

    /** Round 19: the brackets opened at {@code open} hold a form of "heten" and a person's pronoun, before ")". */
    private static boolean calledSo(List<Token> tokens, int open) {
        boolean subject = false;
        for (int k = open + 1; k < tokens.size() && k < open + MAX_INSIDE; k++) {
            Token t = tokens.get(k);
            if (t.is(')')) {
                return subject;
            }
            if (!t.isWord()) {
                continue;
            }
            if (t.lower().equals("het")) {
                return false; // "zo heet het", "(hij noemt het zijn school)": a thing
            }
            if (HETEN.contains(t.lower())) {
                // the pronoun is the verb's subject, right before or after it: "ze heet echt zo", "zo heet ze"
                subject |= PERSON_PRONOUNS.contains(tokens.get(k - 1).lower()) || k + 1 < tokens.size()
                        && tokens.get(k + 1).isWord() && PERSON_PRONOUNS.contains(tokens.get(k + 1).lower());
            }
        }
        return false;
    }

    /** Round 19: the word at {@code i} opens its sentence or follows a family or person noun ("het meisje X"). */
    private static boolean personBefore(List<Token> tokens, int i, WordLists words) {
        if (i == 0 || tokens.get(i).sentenceStart()) {
            return true;
        }
        Token prev = tokens.get(i - 1);
        return prev.isWord() && (PERSON_NOUNS.contains(prev.lower()) || CoverClauses.familyWord(prev.lower(), words));
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
