package nl.vhkgateway.domain.screening.detector;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Round 14 (r14-numbers): labels of a person's own records and contracts, right before the number. "huurcontract nr
 * WON-55190-3", "Huurcontract: HV-2231874", "huurovereenkomst HUUR/2025/00913", "lidmaatschap nr 5512098734", "klant nr
 * 77120934", "order nr BST-448120", "recept nr RX-18-55210", "ov-chipkaart nr 912883410AB", "zorgpas nr ZP-0093312-X":
 * the label word (also as the first part of "&lt;word&gt; nr", "&lt;word&gt;nummer", "&lt;word&gt;:") stands right
 * before the number, with only "nr"/"nummer"/"no." and a colon between. A positive list, not any word before "nr":
 * "Raadsvoorstel nr", "Subsidie nr", "certificaat nr", "kamer nr", "Wijk nr 3 ... 104.000 inwoners" stay allowed (a
 * bare "nr" is not a person's label, as before), and a label word elsewhere in the sentence counts for nothing
 * ("120.000 huurwoningen", "Het huurcontract is ingegaan op 20260301"). Also: a label abbreviated with "nr"
 * ("vestigingsnr.") is checked in its written-out form ("vestigingsnummer") against the labels of organisations.
 * Stateless.
 */
final class PersonRecordLabel {

    /** The label right before the number: a person's record word, optionally "nr"/"nummer"/"no.", optionally ":". */
    private static final Pattern RIGHT_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(?:[\\p{L}-]*(?:huurcontract|"
            + "energiecontract|huurovereenkomst|lidmaatschap|klant|order|bestelling|abonnement|abonnee|zorgpas|stadspas|"
            + "bankpas|ooievaarspas|chipkaart|recept|huurder|leerling|verzekerde|aansluiting)|lid)"
            + "(?:\\s*(?:nr\\.?|nummer|no\\.?)|s?nummer|s?nr\\.?)?\\s*[:#]?\\s*$");
    private static final int REACH = 45;

    private PersonRecordLabel() {
    }

    /** A person's record label stands right before the number starting at {@code start}. */
    static boolean rightBefore(String text, int start) {
        return RIGHT_BEFORE.matcher(TextWindow.before(text, start, REACH)).find();
    }

    /** "vestigingsnr." as "vestigingsnummer", "kvk-nr" as "kvk-nummer"; any other label unchanged. */
    static String writtenOut(String label) {
        String l = label.strip();
        String lower = l.toLowerCase(Locale.ROOT);
        if (lower.length() > 3 && (lower.endsWith("nr") || lower.endsWith("nr."))) {
            return l.substring(0, lower.lastIndexOf("nr")) + "nummer";
        }
        return l;
    }
}
