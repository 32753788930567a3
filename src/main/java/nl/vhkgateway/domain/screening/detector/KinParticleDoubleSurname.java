package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 14 (r14-misses): a kin word or title before a capitalised particle and a double-barrelled surname whose
 * second part is a place ("opa en oma Van der Plas-Zandvoort", "mevrouw De Boer-Ouderkerk") names a person: the
 * particle and the hyphen make the run a surname, whatever the second part also is. Without the particle
 * ("oma Nieuw-Vennep" may be where grandma lives) or without the kin word or title the rule stays silent.
 * Stateless.
 */
final class KinParticleDoubleSurname {

    private KinParticleDoubleSurname() {
    }

    /** Flags the particle(s), both surname parts and the hyphen after a kin word or title. */
    static void mark(List<Token> tokens, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i + 4 < n; i++) {
            Token kin = tokens.get(i);
            if (!kin.isWord() || !(words.isKinOrRole(kin.lower()) || words.isTitle(kin.lower()))) {
                continue;
            }
            PhraseIndex.Match place = words.allowed().match(tokens, i + 1);
            if (place.length() > 1 && place.kind() == PhraseIndex.Kind.PLACE) {
                continue; // "oma De Bilt-Zuid": a place with an article
            }
            int j = i + 1;
            Token first = tokens.get(j);
            if (!first.isWord() || !first.capitalised() || !words.isTussenvoegsel(first.lower())) {
                continue;
            }
            while (j < n && tokens.get(j).isWord() && words.isTussenvoegsel(tokens.get(j).lower()) && j < i + 4) {
                j++;
            }
            if (j + 2 >= n) {
                continue;
            }
            Token a = tokens.get(j);
            Token dash = tokens.get(j + 1);
            Token b = tokens.get(j + 2);
            if (a.isWord() && a.capitalised() && !a.allCaps() && dash.is('-') && !dash.spaceBefore()
                    && b.isWord() && b.capitalised() && !b.spaceBefore() && !b.allCaps()
                    && (words.isPlace(b.lower()) || words.allowed().wordKind(b.lower()).orElse(null)
                    == PhraseIndex.Kind.PLACE)) {
                for (int k = i + 1; k <= j + 2; k++) {
                    flag[k] = true;
                }
            }
        }
    }
}
