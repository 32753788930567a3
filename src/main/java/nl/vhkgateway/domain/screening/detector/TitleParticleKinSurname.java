package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 17 (r17-names): a title, a particle written with a capital and a surname that is also a kin or role word:
 * "De heer Van Buren", "mevrouw Van Zoon", "dhr. De Vriend". After a title, "Van"/"De"/"Van der" with a capital opens
 * a surname; the kin word after it ("buren", "vriend", "zoon") cannot be a relation there, so the name rule that stops
 * at kin words is overruled. Only for a word that a surname list holds. Stateless and thread-safe.
 */
final class TitleParticleKinSurname {

    private TitleParticleKinSurname() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 2 < n; i++) {
            Token title = tokens.get(i);
            if (!title.isWord() || !(words.isTitle(title.lower()) || title.lower().equals("heer") && i > 0
                    && tokens.get(i - 1).isWord() && tokens.get(i - 1).lower().equals("de"))) {
                continue;
            }
            int k = i + 1;
            if (k < n && tokens.get(k).is('.')) {
                k++; // "dhr. Van Buren"
            }
            int particles = k;
            while (k < n && k < particles + 3 && tokens.get(k).isWord() && words.isTussenvoegsel(tokens.get(k).lower())
                    && (k > particles || tokens.get(k).capitalised())) {
                k++;
            }
            if (k == particles || k >= n) {
                continue;
            }
            Token t = tokens.get(k);
            if (!t.isWord() || !t.capitalised() || !words.isKinOrRole(t.lower()) || !words.isSurname(t.text())) {
                continue;
            }
            for (int m = particles; m <= k; m++) {
                flag[m] = true;
            }
        }
    }
}
