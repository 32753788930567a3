package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 14 rule (r14-places): a school or museum written with its capitalised head next to a name that no list knows:
 * "Gymnasium Felisenum heeft zorgen geuit", "Teylers Museum: schoolreisje". Only the capitalised heads "Gymnasium",
 * "Atheneum", "Lyceum" and "Museum" count (the lower-case noun before a word is a place of an event, and the word may
 * be a child: "na het gymnasium Daan opgehaald", leak review), and only one capitalised word right after the head or
 * right before "Museum" is cleared; "X Museum" only at the start of a sentence or after an article and with no
 * capitalised word after "Museum" ("met Kiplagat Museum Boijmans in" stays a name, leak review). Guards: the word is of no name list (given names, surnames, weak names: "Gymnasium
 * Sanne", "Museum Yilmaz", "Roos Museum" stay names), no title, kin word or role stands before it or before the head
 * ("Meneer Jansen Museum"), no verb of a person follows a museum's name ("Museum Kiplagat belde"; a school "heeft zorgen geuit" as a person would), and no family word, age in brackets
 * or person apposition follows. Stateless.
 */
final class InstitutionHeadName {

    private static final Set<String> HEADS_BEFORE = Set.of("Gymnasium", "Atheneum", "Lyceum", "Museum");
    private static final String MUSEUM = "Museum";
    /** Before "X Museum" only the start of the sentence or an article ("het Teylers Museum"). */
    private static final Set<String> ARTICLES = Set.of("het", "de", "'t");

    private InstitutionHeadName() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || words.isListedPersonWord(t.text())) {
                continue;
            }
            boolean headBefore = i > 0 && tokens.get(i - 1).isWord() && HEADS_BEFORE.contains(tokens.get(i - 1).text())
                    && !RelativeGuard.kinBefore(tokens, role, words, i - 1);
            boolean museumAfter = i + 1 < n && tokens.get(i + 1).text().equals(MUSEUM)
                    && (i == 0 || t.sentenceStart() || ARTICLES.contains(tokens.get(i - 1).lower()))
                    && !(i + 2 < n && tokens.get(i + 2).isWord() && tokens.get(i + 2).capitalised());
            int last = museumAfter ? i + 1 : i;
            boolean museum = museumAfter || i > 0 && tokens.get(i - 1).text().equals(MUSEUM);
            boolean personVerb = museum && last + 1 < n && tokens.get(last + 1).isWord()
                    && PersonNameDetector.isPersonVerb(tokens.get(last + 1).lower());
            if ((headBefore || museumAfter) && !personVerb && !RelativeGuard.familyAfter(tokens, words, last)) {
                flag[i] = false;
            }
        }
    }
}
