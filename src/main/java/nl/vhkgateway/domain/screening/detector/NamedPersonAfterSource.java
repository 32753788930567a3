package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 18 rule (r18-names): "echte naam volgens school Bertus Dilling", "heet volgens politie Kevin Sluiter": after a
 * word of naming, "volgens" or "aldus" and a kind of organisation without an article ("school", "politie", "opvang")
 * name the source; the given name and surname after it are the person named, not the organisation's name (as in
 * "basisschool Jan Ligthart"). Read where the organisation words cover the capitalised run after "school" and the like:
 * this rule keeps that cover off. Needs all of:
 * <ul>
 * <li>a word of naming right before "volgens" (naam, heet, heette, genaamd, roepnaam, bijnaam, alias, achternaam,
 * voornaam): "Naam van de mentor is volgens school Anne Frank ..." names no one;</li>
 * <li>"volgens" or "aldus" right before the organisation word, which is in lower case;</li>
 * <li>a listed given name right after it, followed by a capitalised word.</li>
 * </ul>
 * Stateless.
 */
final class NamedPersonAfterSource {

    private static final Set<String> NAMING = Set.of("naam", "heet", "heette", "genaamd", "roepnaam", "bijnaam",
            "alias", "achternaam", "voornaam");
    private static final Set<String> SOURCES = Set.of("volgens", "aldus");

    private NamedPersonAfterSource() {
    }

    /** The organisation word at i names the source of a person's name that follows it. */
    static boolean at(List<Token> tokens, int i, WordLists words) {
        int n = tokens.size();
        if (i < 1 || i + 2 >= n || tokens.get(i).capitalised() || !tokens.get(i - 1).isWord()
                || !SOURCES.contains(tokens.get(i - 1).lower())) {
            return false;
        }
        Token given = tokens.get(i + 1);
        Token surname = tokens.get(i + 2);
        if (!given.isWord() || !given.capitalised() || given.allCaps() || !words.isFirstName(given.text())
                || !surname.isWord() || !surname.capitalised()) {
            return false;
        }
        // review of round 18: the naming word right before the source ("naam volgens school X Y"), not one about
        // someone else earlier ("Naam van de mentor is volgens school Anne Frank nog niet bekend")
        return i >= 2 && tokens.get(i - 2).isWord() && NAMING.contains(tokens.get(i - 2).lower());
    }
}
