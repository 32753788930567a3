package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 20 (t20-names): a surname that is also a Dutch word, in the call slot of a telegram note at a clause start:
 * <ul>
 * <li>the surname and a participle of contact ("Vink gebeld, geen gehoor", "Bakker gesproken over de planning");</li>
 * <li>the surname and a verb of telling with its particle ("Kroon gaf aan dat ...", "Stam liet weten ...");</li>
 * <li>a message noun, "van" and the surname, then a verb of receiving ("Mail van Stam ontvangen", "Bericht van Vink
 * gekregen").</li>
 * </ul>
 * Only a bounded list counts: the most frequent surnames that are words ({@code frequent-word-surnames.txt}) and a few
 * nouns more ({@code call-slot-surnames.txt}); adverbs and adjectives that open such notes ("Thuis gebeld", "Snel
 * gebeld", "Opnieuw gesproken"), roles ("Huisarts gebeld") and organisations stay. Stateless and thread-safe.
 */
final class SurnameInCallSlot {

    private static final Set<String> CONTACT_PARTICIPLES = WordSets.of("gebeld", "teruggebeld", "nagebeld",
            "gesproken", "gemaild", "geappt", "gesmst", "ge-sms't", "ge-appt", "benaderd", "gevraagd");
    /** Verbs of telling whose particle or second verb follows later in the clause ("gaf ... aan"). */
    private static final Set<String> TELLING = WordSets.of("gaf", "geeft", "liet", "laat");
    private static final Set<String> TELLING_ENDS = WordSets.of("aan", "weten");
    private static final Set<String> MESSAGES = WordSets.of("mail", "e-mail", "email", "bericht", "appje",
            "berichtje", "sms", "sms'je", "brief", "telefoontje", "voicemail", "whatsapp", "whatsappje");
    private static final Set<String> RECEIVING = WordSets.of("ontvangen", "gekregen", "binnen", "gelezen");
    private static final int REACH = 6;

    private SurnameInCallSlot() {
    }

    static void flag(List<Token> tokens, boolean[] covered, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            Token t = tokens.get(i);
            if (flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || covered[i] || !listed(t)) {
                continue;
            }
            Token next = tokens.get(i + 1);
            if (SurnameBeforeHomeAndCare.clauseStart(tokens, i) && next.isWord() && !next.capitalised()
                    && (CONTACT_PARTICIPLES.contains(next.lower())
                    || TELLING.contains(next.lower()) && endsLater(tokens, i + 2))) {
                flag[i] = true; // "Vink gebeld", "Kroon gaf aan dat"
            } else if (i >= 2 && tokens.get(i - 1).isWord() && tokens.get(i - 1).text().equals("van")
                    && MESSAGES.contains(tokens.get(i - 2).lower())
                    && SurnameBeforeHomeAndCare.clauseStart(tokens, i - 2)
                    && next.isWord() && RECEIVING.contains(next.lower())) {
                flag[i] = true; // "Mail van Stam ontvangen"
            }
        }
    }

    private static boolean listed(Token t) {
        String lower = t.lower();
        // "Boer gebeld: J. kan weer op de zorgboerderij komen": the farmer of a care farm, not the surname
        return (SurnameBeforeOrganisationCall.frequentWordSurname(lower) || Holder.CALL_SLOT.contains(lower))
                && !lower.equals("boer");
    }

    /** Round 21: a word of the call-slot list ("groen", "vink", "kroon"), for the other slots of a word surname. */
    static boolean callSlotSurname(String lower) {
        return Holder.CALL_SLOT.contains(lower);
    }

    private static boolean endsLater(List<Token> tokens, int from) {
        for (int j = from; j < tokens.size() && j < from + REACH; j++) {
            Token t = tokens.get(j);
            if (!t.isWord()) {
                return false;
            }
            if (TELLING_ENDS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }


    /** The call-slot list, read once (the frequent word surnames: {@link SurnameBeforeOrganisationCall}). */
    private static final class Holder {
        private static final Set<String> CALL_SLOT = WordLists.lowerCaseSet("call-slot-surnames.txt");
    }
}
