package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 26 (t26-items): a person named with the organisation she or he works for, after a preposition of contact or
 * source: "met Wendelien van Lumens Groep", "kwam van Visser van de woningbouw", "door Kuiper van het wijkteam". (1) A
 * listed given name that is no word, "van" and an organisation the lists name on its own: the organisation phrase
 * that starts at the given name ("Marieke van X" read as one name of an organisation) is a person of it. (2) A listed
 * surname that is also a word, capitalised inside the sentence, then "van de/het" and an organisation word: the
 * capital in the middle of the sentence says name. Counter-shapes that stay: a given name after "van" in an
 * organisation's name ("Jeugdhulp van Timon"), a person's name before a place ("Willem van Oranje"), a place or an
 * organisation in the surname's slot ("van Groningen van de gemeente", "met Humanitas van de kerk"), the word in
 * lower case ("van de molenaar van de woningbouw"), a common noun that is also a surname ("Huis van de wijk"), a royal
 * given name before a hospital ("Juliana van HagaZiekenhuis"). Stateless.
 */
final class NameOfOrganisationMember {

    private static final Set<String> PREPOSITIONS = WordSets.of("met", "van", "door", "bij", "aan", "via", "namens");
    private static final Set<String> ARTICLES = WordSets.of("de", "het");
    /**
     * The housing corporation as care notes call it ("van de woningbouw"): read here only, after "van de"; not an
     * organisation's intro word (review ra, Rra-310..315: "met woningbouw Karin" stays a person).
     */
    private static final Set<String> HOUSING = WordSets.of("woningbouw");
    /** Areas and groupings among the organisation words: "Huis van de wijk" is a building (review ra, Rra-280). */
    private static final Set<String> AREAS = WordSets.of("wijk", "buurt", "dorp", "stad", "regio", "provincie", "land",
            "klas", "groep", "project", "programma", "methode", "training", "cursus", "locatie", "afdeling", "camping",
            "hotel", "restaurant", "app", "merk");
    /** Royal given names ({@code namesakes.txt}): "Juliana van HagaZiekenhuis" is the hospital's part (Rra-279). */
    private static final Set<String> ROYAL_NAMES = WordSets.of(WordLists.lowerCaseSet("namesakes.txt").stream()
            .filter(e -> e.indexOf(' ') < 0).toArray(String[]::new));

    private NameOfOrganisationMember() {
    }

    static void flag(List<Token> tokens, int[] role, boolean[] coveredOrganisation, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 1; i + 2 < n; i++) {
            Token t = tokens.get(i);
            Token before = tokens.get(i - 1);
            if (flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || t.sentenceStart() || !before.isWord()
                    || !PREPOSITIONS.contains(before.text()) || !tokens.get(i + 1).isWord()
                    || !tokens.get(i + 1).text().equals("van") || words.isPlace(t.lower())) {
                continue;
            }
            String lower = t.lower();
            if (words.isFirstName(t.text()) && !words.isWord(lower) && !words.allowed().containsWord(lower)
                    && !ROYAL_NAMES.contains(lower)) {
                PhraseIndex.Match own = words.allowed().match(tokens, i + 2);
                if (own.length() > 0 && own.kind() == PhraseIndex.Kind.ORGANISATION) {
                    flag[i] = true;
                }
                continue;
            }
            if (coveredOrganisation[i] || !words.isSurname(t.text()) || !words.isException(t.text())
                    || words.isCommonWord(lower) || ShoutedNameInPersonSlot.personNoun(lower, words)
                    || i + 3 >= n || !ARTICLES.contains(tokens.get(i + 2).text())) {
                continue;
            }
            Token head = tokens.get(i + 3);
            if (head.isWord() && !head.capitalised() && !AREAS.contains(head.lower())
                    && ((role[i + 3] & PersonNameDetector.ORG) != 0 || coveredOrganisation[i + 3]
                    || HOUSING.contains(head.lower()))) {
                flag[i] = true;
            }
        }
    }
}
