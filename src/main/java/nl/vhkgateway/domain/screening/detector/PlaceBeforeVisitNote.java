package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 22 rule (t22-places): the place of a visit written first in a contact log, as a label ("Ovezande: huisbezoek
 * gedaan, moeder was thuis", "Driewegen;huisbezoek;moeder"), the mirror of {@link VisitPlace} ("huisbezoek
 * Lingewijk"). A clearing rule:
 * <ul>
 * <li>shape: the word opens its line or sentence, a colon or semicolon follows it, and then a lower-case visit or
 * meeting noun (a word ending in bezoek, gesprek or overleg: huisbezoek, schoolbezoek, netwerkoverleg);</li>
 * <li>the word is one a place list holds (the context-free places, {@code places-also-names.txt}, the villages) that no
 * name list holds: no given name, surname or weak name ({@link PlacesBySurroundings#personListed}); as in
 * {@link VisitPlace}, "Jansen: huisbezoek" and a village that is a surname too ("Herpen: huisbezoek") stay names, as a
 * family visited is written the same way.</li>
 * </ul>
 * Stateless.
 */
final class PlaceBeforeVisitNote {

    private PlaceBeforeVisitNote() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i + 2 < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || !(i == 0 || t.sentenceStart())
                    || !(tokens.get(i + 1).is(':') || tokens.get(i + 1).is(';'))
                    || !VisitPlace.visitNoun(tokens.get(i + 2))) {
                continue;
            }
            String lower = WordLists.lower(t.text());
            boolean place = words.isPlace(lower) || words.isPlaceInContext(lower) || words.isVillage(lower);
            if (place && !PlacesBySurroundings.personListed(t, words)
                    && !RelativeGuard.kinBefore(tokens, role, words, i)) {
                flag[i] = false;
            }
        }
    }
}
