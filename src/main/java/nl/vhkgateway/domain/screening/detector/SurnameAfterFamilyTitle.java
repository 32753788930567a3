package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 14 (names): the surname with a particle after "fam." / "familie", also one that is a place too ("fam. van
 * Velsen", "familie Van der Lier", "fam. de Haarlem"). "fam." and a particle name one family. Places stay where the text
 * reads "family from": "familie van Groningen" (the written-out word, one "van", a place), a place joined to a second one
 * ("fam. van Zwolle en Deventer", "familie van Eindhoven tot Helmond"), "van" and a place whose name opens with an article
 * ("familie van Den Helder"); without a particle nothing new counts ("familie Utrecht en Amersfoort" is telegram for
 * "familie in"). In lower case only after a particle and when no dictionary holds the word ("fam. van
 * velsen"). Only a word that
 * a surname list holds counts (Velsen, Lier), so "familie van Marokkaanse afkomst", "familie van vaders kant" and
 * "familie van de Hulpverlening" (no surname) stay; kin words, titles and organisations after the particle stay too
 * ("familie van moeder", "familie van de GGD"). Round 22: a compound of "gezin" ("pleeggezin", "gastgezin",
 * "netwerkgezin") before a particle and a surname too ("Pleeggezin Van Dellen"). Stateless.
 */
final class SurnameAfterFamilyTitle {

    private static final Set<String> FAMILY_TITLES = WordSets.of("fam", "familie");

    private SurnameAfterFamilyTitle() {
    }

    /**
     * Round 22 (t22-names): a compound of "gezin" names one family as "familie" does ("Pleeggezin Van Dellen in
     * Zuidhorn", "gastgezin de Wit", "netwerkgezin van Dam"); only the particle path below reads it.
     */
    private static boolean familyCompound(String lower) {
        return lower.length() > "gezin".length() + 3 && lower.endsWith("gezin");
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 2 < n; i++) {
            Token title = tokens.get(i);
            if (!title.isWord() || !FAMILY_TITLES.contains(title.lower()) && !familyCompound(title.lower())) {
                continue;
            }
            int k = i + 1;
            if (title.lower().equals("fam") && k < n && tokens.get(k).is('.')) {
                k++;
            }
            int firstParticle = k;
            while (k < n && tokens.get(k).isWord() && words.isTussenvoegsel(tokens.get(k).lower()) && k - firstParticle < 3) {
                k++;
            }
            if (k == firstParticle && k < n && title.lower().equals("fam") && placeAsSurname(tokens, k, words)) {
                flag[k] = true; // round 16 (leak16-places): "Fam. Broekland, pleeggezin", "fam. Boerhaar past op"
                continue;
            }
            if (k == firstParticle && k < n && title.lower().equals("fam") && k == i + 2
                    && dictionaryWordAsSurname(tokens, k, words)) {
                flag[k] = true; // round 17 (fix17-allow51): "fam. Vlug wil geen bezoek", a word of the dictionary
                continue;
            }
            if (k == firstParticle || k >= n) {
                continue; // without a particle the detector's title rules decide ("fam. Jansen"; "familie Utrecht")
            }
            Token head = tokens.get(k);
            if (!head.isWord() || head.text().length() < 3) {
                continue;
            }
            String lower = head.lower();
            if (!head.capitalised() && (k == firstParticle || words.isWord(lower) || !TelegramWords.letters(lower))) {
                continue; // lower case only after a particle and when no dictionary holds it: "fam. van velsen"
            }
            if (!words.isSurname(NameClassifier.capitalise(lower)) || words.isKinOrRole(lower) || words.isTitle(lower)
                    || NameClassifier.isFunctionWord(lower) || words.isCommonWord(lower)) {
                continue;
            }
            if (k - firstParticle >= 2 && (words.isPlaceInContext(phrase(tokens, firstParticle + 1, k))
                    || words.allowed().match(tokens, firstParticle + 1).length() >= k - firstParticle)) {
                continue; // "familie van Den Helder": "van" and a place whose name opens with an article
            }
            if (words.allowed().match(tokens, k).length() > 1) {
                continue; // "fam. van Bergen op Zoom": the word opens a longer listed place or organisation
            }
            if (words.isPlaceInContext(lower) && ((title.lower().equals("familie") || familyCompound(title.lower()))
                    && k - firstParticle == 1 && !capitalisedParticle(tokens.get(firstParticle))
                    || placeFollows(tokens, k + 1, words))) {
                continue; // "familie van Groningen", "familie van Zwolle en Deventer", "van Eindhoven tot Helmond"
            }
            for (int m = firstParticle; m <= k; m++) {
                flag[m] = true;
            }
        }
    }

    /**
     * Round 17 (fix17-allow51): after the abbreviation "fam." (with its period) a capitalised word in the middle of a
     * clause is the family's surname also when a dictionary holds it ("fam. Vlug wil geen hulp", "de fam. Kort komt
     * niet"): the abbreviation is not written before anything else. Not a function word ("Fam. Zij ..."), a kin word
     * or title, a particle, a listed organisation, place abroad, a word in capitals, or a word at the start of a new
     * sentence after the period (the word after it is a verb-less continuation only when a lower-case word or a verb
     * follows: the next token must be a lower-case word).
     */
    private static boolean dictionaryWordAsSurname(List<Token> tokens, int k, WordLists words) {
        Token head = tokens.get(k);
        if (!head.isWord() || !head.capitalised() || head.allCaps() || head.text().length() < 3 || !head.spaceBefore()
                || k + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(k + 1);
        if (!next.isWord() || next.capitalised()) {
            return false;
        }
        String lower = head.lower();
        return !NameClassifier.isFunctionWord(lower) && !words.isKinOrRole(lower) && !words.isTitle(lower)
                && !words.isTussenvoegsel(lower) && !words.isAbroad(lower) && !words.isCommonWord(lower)
                && words.allowed().wordKind(lower).isEmpty();
    }

    /**
     * Round 16 (leak16-places): after the abbreviation "fam." a single capitalised word of a place list is the family's
     * surname ("Fam. Broekland, pleeggezin", "fam. Ommen: daar logeren"); the written-out "familie Utrecht" stays
     * telegram for "familie in". Not a region or a place abroad, an organisation, a kin word or title, a function word,
     * a word opening a longer listed place ("fam. Bergen op Zoom") or one joined to a second place ("fam. Zwolle en
     * Deventer").
     */
    private static boolean placeAsSurname(List<Token> tokens, int k, WordLists words) {
        Token head = tokens.get(k);
        if (!head.isWord() || !head.capitalised() || head.allCaps() || head.text().length() < 3 || !head.spaceBefore()) {
            return false;
        }
        String lower = head.lower();
        if (!(words.isPlace(lower) || words.isPlaceInContext(lower)) || words.isAbroad(lower)
                || words.isKinOrRole(lower) || words.isTitle(lower) || NameClassifier.isFunctionWord(lower)
                || words.isTussenvoegsel(lower)
                || words.allowed().wordKind(lower).orElse(null) == PhraseIndex.Kind.ORGANISATION) {
            return false;
        }
        return words.allowed().match(tokens, k).length() <= 1 && !placeFollows(tokens, k + 1, words);
    }

    /**
     * Round 25 (t25-items): "Gastgezin Van Wijngaarden in Zwanenburg", "familie Van Velsen": a particle written with a
     * capital inside the sentence, right after the family word, is the surname's own particle (the Belgian and the
     * written-out spelling "Van Dijk"); "from Groningen" is written "familie van Groningen". A particle in capitals
     * ("FAMILIE VAN GRONINGEN") tells nothing.
     */
    private static boolean capitalisedParticle(Token particle) {
        String text = particle.text();
        return particle.capitalised() && !particle.allCaps() && !particle.sentenceStart() && text.length() > 1
                && Character.isLowerCase(text.charAt(1));
    }

    private static String phrase(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int m = from; m <= to; m++) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(tokens.get(m).lower());
        }
        return b.toString();
    }

    /** "tot Maastricht", "en Deventer", ", Zwolle": a second place joined to the first. */
    private static boolean placeFollows(List<Token> tokens, int k, WordLists words) {
        if (k + 1 >= tokens.size()) {
            return false;
        }
        Token link = tokens.get(k);
        boolean joins = link.is(',') || link.is('/') || link.isWord() && (link.lower().equals("tot")
                || link.lower().equals("en") || link.lower().equals("of"));
        Token next = tokens.get(k + 1);
        return joins && next.isWord() && next.capitalised() && words.isPlaceInContext(next.lower());
    }
}
