package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 14 (names): an Arabic surname with its article joined by a hyphen, in any case ("al-khatib weigert", "El-Amrani",
 * "abu-bakr"): "al-", "el-", "abu-", "abou-", "bin-", "ibn-", "ben-" before a name that a surname, given-name or weak-name
 * list holds and no Dutch dictionary does. Dutch writes no word with these parts; movements, media and organisations
 * ("al-Qaida", "al-Shabaab", "Al-Jazeera") are no listed name and stay, as do listed organisations. Mosques, schools,
 * prayers and clubs stay too: an article before the name ("de Al-Nour moskee"), an institution noun after it ("Ibn-Sina
 * school", "al-fajr gebed"), or a short curated list of such names written alone ("al-hilal", "al-nassr"). Only where a
 * person stands: opening a sentence or note, after a kin word, a title or "volgens"/"met"/"namens" ("kijkt al-manar",
 * "bij al-baraka", "soera al-ikhlas" stay). Stateless.
 */
final class ArabicArticleSurname {

    private static final Set<String> ARTICLES = WordSets.of("al", "el", "abu", "abou", "bin", "ibn", "ben");

    /** Mosques, schools, prayers, clubs and media with an Arabic article, named without a head noun as often. */
    private static final Set<String> KNOWN = WordSets.of("al-aqsa", "al-azhar", "al-nour", "al-noer", "al-fajr",
            "al-furqan", "al-amin", "al-andalus", "al-hilal", "al-nassr", "al-ahly", "al-ahli", "al-ittihad", "al-ain",
            "al-sadd", "al-arabiya", "al-jazeera", "al-qaida", "al-qaeda", "al-shabaab", "al-hikmah", "al-hijra",
            "al-islam", "al-mustaqbal", "al-quds", "ibn-sina", "ibn-khaldoun", "ibn-rushd", "el-feth", "el-fath");
    /** Nouns after the name that make it an institution or a thing ("Al-Nour moskee", "al-fajr gebed"). */
    private static final Set<String> HEADS = WordSets.of("moskee", "moskeeën", "school", "basisschool", "gebed",
            "stichting", "vereniging", "centrum", "club", "kliniek", "ziekenhuis", "winkel", "supermarkt", "slagerij",
            "bakkerij", "restaurant", "zender", "kanaal", "universiteit", "college", "academie", "instituut");
    /** Articles and place prepositions before the name: "de Al-Nour moskee", "in Al-Khalil" (a person takes none). */
    private static final Set<String> ARTICLES_BEFORE = WordSets.of("de", "het", "een",
            // place prepositions: "woont in Al-Khalil", "vluchtte uit Al-Raqqa"
            "in", "uit", "naar", "te", "vanuit", "nabij", "via");

    private ArabicArticleSurname() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 2 < n; i++) {
            Token article = tokens.get(i);
            Token hyphen = tokens.get(i + 1);
            Token name = tokens.get(i + 2);
            if (!article.isWord() || !ARTICLES.contains(article.lower()) || !hyphen.is('-') || hyphen.spaceBefore()
                    || !name.isWord() || name.spaceBefore() || flag[i + 2]) {
                continue;
            }
            if (i > 0 && tokens.get(i - 1).is('-') && !tokens.get(i).spaceBefore()) {
                continue; // part of a longer compound ("Abdel-el-...")
            }
            if (organisationAround(tokens, i, words) || !personPosition(tokens, i, words)) {
                continue;
            }
            String rest = name.lower();
            if (rest.length() < 3 || !TelegramWords.letters(rest) || words.allowed().containsWord(rest)
                    || words.isDutchWord(rest) || words.allowed().containsWord(article.lower() + "-" + rest)) {
                continue;
            }
            String cap = NameClassifier.capitalise(rest);
            if (words.isSurname(cap) || words.isFirstName(cap) || words.isWeakName(rest)) {
                flag[i] = true;
                flag[i + 1] = true; // the hyphen: one span "al-khatib"
                flag[i + 2] = true;
            }
        }
    }

    /** A known name of a mosque, club or medium, an article before it or an institution noun after it. */
    private static boolean organisationAround(List<Token> tokens, int i, WordLists words) {
        String whole = tokens.get(i).lower() + "-" + tokens.get(i + 2).lower();
        if (KNOWN.contains(whole)) {
            return true;
        }
        if (i > 0 && tokens.get(i - 1).isWord() && ARTICLES_BEFORE.contains(tokens.get(i - 1).lower())) {
            return true;
        }
        int k = i + 3;
        return k < tokens.size() && tokens.get(k).isWord() && (HEADS.contains(tokens.get(k).lower())
                || words.allowed().containsWord(tokens.get(k).lower()) && !tokens.get(k).capitalised());
    }

    /** Words after which a person is named: "volgens el-amrani", "met al-khatib", "namens". */
    private static final Set<String> PERSON_BEFORE = WordSets.of("volgens", "met", "namens", "door", "heer", "mevrouw",
            "mw", "dhr", "fam", "familie");

    /**
     * Where a person stands: the first word of a sentence or note, or after a kin word, title or "volgens"/"met"; in running
     * text an "al-" word is a club, mosque, shop, channel or sura as often ("kijkt al-manar", "bij al-baraka", "soera
     * al-ikhlas").
     */
    private static boolean personPosition(List<Token> tokens, int i, WordLists words) {
        if (i == 0 || tokens.get(i).sentenceStart()) {
            return true;
        }
        int p = i - 1;
        if (tokens.get(p).is('.') && p > 0) {
            p--; // "dhr. al-khatib"
        }
        Token before = tokens.get(p);
        if (!before.isWord()) {
            return (before.is('-') || before.is('*') || before.is('•')) && before.sentenceStart();
        }
        String lower = before.lower();
        return PERSON_BEFORE.contains(lower) || CoverClauses.kinWord(lower, words) && words.isKinOrRole(lower);
    }
}
