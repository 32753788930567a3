package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 25 rule (t25-cards): a street-language word of address ("bro", "mattie", "sis") capitalised at
 * the start of a quoted sentence and set off by a comma or an exclamation mark ("ze zoeken mij. Bro, ik wil gewoon
 * rust."): the speaker addresses someone by a word of address, not by a name. The word must stand inside a quote (an
 * odd number of double quotes before it in the text), open the quote or a sentence of it, and be held by no given-name
 * or surname list (a weak name of the humannames list may be cleared: "bro"). A name as the vocative ("Kees, ik wil
 * rust"), an address word outside a quote, and one with a capitalised word right after it stay. Stateless.
 */
final class AddressWordInQuote {

    /**
     * Review rb (Rrb-104): only the street-language words of {@code address-words.txt} that are nobody's name or
     * nickname ("Nene", "Dede", "Abi", "Angel" are given names in some language: "over haar zusje: \"Nene, pak je
     * tas\"" stays a name).
     */
    private static final Set<String> STREET_ADDRESS_WORDS = WordSets.of("bro", "bruh", "mattie", "matties", "sis");

    private AddressWordInQuote() {
    }

    static void unflag(List<Token> tokens, boolean[] flag, WordLists words) {
        int n = tokens.size();
        int quotes = 0;
        for (int k = 0; k < n; k++) {
            Token t = tokens.get(k);
            if (t.is('"') || t.is('“') || t.is('”')) {
                quotes++;
                continue;
            }
            if (!flag[k] || quotes % 2 == 0 || k == 0 || k + 1 >= n || !t.isWord() || !t.capitalised()
                    || !STREET_ADDRESS_WORDS.contains(t.lower()) || words.isFirstName(t.text())
                    || words.isSurname(t.text()) || words.isFirstNameLower(t.lower())) {
                continue;
            }
            Token before = tokens.get(k - 1);
            boolean opens = before.is('"') || before.is('“') || before.is('.') || before.is('!') || before.is('?');
            Token after = tokens.get(k + 1);
            if (opens && (after.is(',') || after.is('!'))) {
                flag[k] = false;
            }
        }
    }
}
