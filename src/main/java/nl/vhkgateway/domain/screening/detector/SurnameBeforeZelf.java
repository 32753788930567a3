package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 26 (t26-items): "volgens X zelf" with a listed surname that a place list holds too ("Volgens Heerenveen zelf
 * gaat het goed" of a person named Heerenveen, "volgens Hollander zelf"): "zelf" after the one whose view is given
 * stresses that person's own word. The detector leaves a surname that is also a place as the place after "volgens"
 * (a municipality's view, "volgens Emmen"), but a place has no "zelf" view of its own in a care note. Counter-shapes
 * that stay: the place without "zelf" ("volgens Doetinchem is de aanvraag te laat"), an organisation ("volgens
 * Humanitas zelf"), a family word, role or job noun written with a capital as the person's label ("Volgens Vader
 * zelf", "Volgens Meester zelf": review ra, Rra-210..214). A municipality that a surname list holds too ("volgens Emmen
 * zelf") is refused: a municipality's own view is written "volgens de gemeente". Stateless.
 */
final class SurnameBeforeZelf {

    private SurnameBeforeZelf() {
    }

    static void flag(List<Token> tokens, boolean[] coveredOrganisation, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 1; i + 1 < n; i++) {
            Token t = tokens.get(i);
            Token before = tokens.get(i - 1);
            Token after = tokens.get(i + 1);
            if (flag[i] || coveredOrganisation[i] || !t.isWord() || !t.capitalised() || t.allCaps()
                    || !before.isWord() || !before.lower().equals("volgens") || !after.isWord()
                    || !after.text().equals("zelf") || !words.isSurname(t.text())
                    || ShoutedNameInPersonSlot.personNoun(t.lower(), words)) {
                continue;
            }
            flag[i] = true;
        }
    }
}
