package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 12 (oldleaks): a relative called by a place ("bij oom Venlo", "tante Zwolle belt", "opa Breda komt"). Dutch
 * families tell relatives apart by where they live, and a surname is often a place name too; either way a place
 * written right after a kin word of the wider family, with nothing between them, names the person. A place context
 * keeps the place: a preposition or a comma between ("oom in Venlo", "bij oom, in Venlo"), a bracket or colon ("oma
 * (Venlo)", "oma: Venlo"). Only kin words of the wider family (oom, tante, opa, oma, neef, nicht ...): after a parent
 * word a place is telegram style for where the parent lives ("vader Utrecht, moeder Amersfoort"). A place of several
 * words ("oma Den Haag") and a word in capitals inside ordinary text (an acronym) are left alone. Stateless.
 */
final class PlaceNicknameAfterKin {

    /** Kin words of the wider family that name a relative by the place ("oma Venlo"). */
    private static final Set<String> WIDER_FAMILY = WordSets.of("oom", "ome", "tante", "tant", "opa", "oma", "opi", "omi",
            "opoe", "grootvader", "grootmoeder", "overgrootvader", "overgrootmoeder", "oudoom", "oudtante", "neef",
            "nicht", "stiefopa", "stiefoma", "peetoom", "peettante", "pake", "beppe", "omke", "muoike", "nonkel",
            "bompa", "bomma", "oompje", "omaatje", "opaatje", "moemoe");

    /** Countries, provinces and islands ({@code places-regions.txt}): where a relative lives, no nickname. */
    private static final Set<String> REGIONS = WordLists.lowerCaseSet("places-regions.txt");
    /** Lower-case words inside a place of several words ("Bergen op Zoom", "Alphen aan den Rijn"). */
    private static final Set<String> PLACE_PARTICLES = WordSets.of("op", "aan", "den", "de", "bij", "in", "ter", "ten",
            "te", "en", "onder", "over", "sur", "am", "an", "der");

    private PlaceNicknameAfterKin() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean shouted, boolean[] flag) {
        int n = tokens.size();
        for (int i = 1; i < n; i++) {
            Token t = tokens.get(i);
            Token kin = tokens.get(i - 1);
            if (flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() && !shouted || !t.spaceBefore()
                    || !kin.isWord() || !WIDER_FAMILY.contains(kin.lower())
                    || kin.capitalised() && !kin.sentenceStart() && !shouted) {
                continue;
            }
            String lower = t.lower();
            if (!(words.isPlace(lower) || words.isPlaceInContext(lower)) || words.isKinOrRole(lower)
                    || words.isTussenvoegsel(lower) || NameClassifier.isFunctionWord(lower)
                    || words.allowed().wordKind(lower).orElse(null) == PhraseIndex.Kind.ORGANISATION) {
                continue;
            }
            if (i + 1 < n && tokens.get(i + 1).isWord() && tokens.get(i + 1).capitalised()
                    && tokens.get(i + 1).spaceBefore() && !shouted) {
                continue; // "oma Bergen Op Zoom", "opa Den Haag": a place of several words
            }
            if (i + 1 < n && tokens.get(i + 1).is('-') && !tokens.get(i + 1).spaceBefore()) {
                continue; // "oma Tiel-Noord"? a compound with a hyphen: left to the other rules
            }
            if (REGIONS.contains(lower) || words.isAbroad(lower)) {
                continue; // round 12 (oldleaksfix): "oma Marokko", "tante Friesland", "naar oom Curaçao"
            }
            boolean relativeClause = i + 2 < n && tokens.get(i + 1).is(',') && tokens.get(i + 2).isWord()
                    && (tokens.get(i + 2).lower().equals("die") || tokens.get(i + 2).lower().equals("wie"));
            if (i + 1 < n && !relativeClause && listOrPhraseAfter(tokens.get(i + 1), shouted)) {
                continue; // "oma Venlo, tante Breda", "oma Tiel (wekelijks)", "oom Groningen en tante ...", "oma Bergen op Zoom"
            }
            if (i >= 2 && !relativeClause && listItemBefore(tokens.get(i - 2)) && !kinPairBefore(tokens, i)) {
                continue; // "Wonen: moeder Tilburg, oma Oss": one of a list of residences
            }
            flag[i] = true;
        }
    }

    /** A list separator, a conjunction or a lower-case particle of a place of several words follows the place. */
    private static boolean listOrPhraseAfter(Token next, boolean shouted) {
        if (next.is(',') || next.is(';') || next.is('(') || next.is('/') || next.is('&')) {
            return true;
        }
        if (!next.isWord()) {
            return false;
        }
        String l = next.lower();
        if (l.equals("en") || l.equals("of")) {
            return true;
        }
        return PLACE_PARTICLES.contains(l) && (shouted || !next.capitalised());
    }

    /**
     * Round 16 (leak16-places): "Opa en oma Ommen wonen in Zwolle": two kin words joined by "en"/"of" share the name
     * after the second, which is then no item of a list of residences; only when the pair opens its clause (no
     * separator, label colon or conjunction before the first kin word: "Wonen: moeder Tilburg, opa en oma Oss" stays a
     * list).
     */
    private static boolean kinPairBefore(List<Token> tokens, int i) {
        if (i < 3 || !tokens.get(i - 2).isWord() || !tokens.get(i - 3).isWord()
                || !WIDER_FAMILY.contains(tokens.get(i - 3).lower())) {
            return false;
        }
        return i < 4 || !listItemBefore(tokens.get(i - 4));
    }

    /** The kin word is an item of a list (a separator or a label colon before it). */
    private static boolean listItemBefore(Token before) {
        return before.is(',') || before.is(';') || before.is(':') || before.is('/')
                || before.isWord() && (before.lower().equals("en") || before.lower().equals("of"));
    }
}
