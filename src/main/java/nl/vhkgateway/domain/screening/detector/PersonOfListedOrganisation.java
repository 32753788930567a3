package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 12 (telegram): "Femke Raaijmakers van Sterk Huis": when the capitalised run before an institution head ends in
 * a listed organisation of the allow index ("Sterk Huis", "Het Hooghuis") and a lower-case "van" or "bij" stands right
 * before that organisation, the capitalised words before "van" are a person of that organisation, not part of an
 * institution named after a person ("Dr. Leo Kannerhuis", "Reinier de Graaf Gasthuis" have no listed organisation after
 * a particle). Only a listed given name or surname before "van" counts. Stateless.
 */
final class PersonOfListedOrganisation {

    private static final int MAX_PHRASE = 5;

    private PersonOfListedOrganisation() {
    }

    /**
     * The index of the lower-case "van"/"bij" before a listed organisation phrase that ends at {@code head}, after a
     * capitalised listed name; -1 when there is none.
     */
    static int linkBefore(List<Token> tokens, WordLists words, int head) {
        for (int s = Math.max(2, head - MAX_PHRASE + 1); s <= head; s++) {
            PhraseIndex.Match m = words.allowed().match(tokens, s);
            if (m.length() == 0 || m.kind() != PhraseIndex.Kind.ORGANISATION || s + m.length() - 1 != head) {
                continue;
            }
            Token link = tokens.get(s - 1);
            Token name = tokens.get(s - 2);
            if (link.isWord() && !link.capitalised() && (link.lower().equals("van") || link.lower().equals("bij"))
                    && name.isWord() && name.capitalised() && !name.allCaps() && words.isName(NameClassifier.stripPossessive(name.text()))) {
                return s - 1;
            }
        }
        return -1;
    }
}
