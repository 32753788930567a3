package nl.vhkgateway.domain.screening.detector;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Round 14 (r14-numbers): labels of a person's own records and contracts, right before the number. "huurcontract nr
 * WON-55190-3", "Huurcontract: HV-2231874", "huurovereenkomst HUUR/2025/00913", "lidmaatschap nr 5512098734", "klant nr
 * 77120934", "order nr BST-448120", "recept nr RX-18-55210", "ov-chipkaart nr 912883410AB", "zorgpas nr ZP-0093312-X":
 * the label word stands right before the number, with only "nr"/"nummer"/"no." and a colon between; "lid", "klant",
 * "order", "bestelling", "abonnement" only with "nr"/"nummer" (an organisation's order: "Order 2026-04417 ... door de
 * gemeente"). The number must look like a record code: a letter in it, or six or more digits that are no thousands
 * ("Bestelling: 15.000 folders"), month-year ("Ingangsdatum huurcontract: 03-2026"), compact date ("20260301") or
 * public service number ("huurcontract: 0800-488 72 43"); an organisation register before the label wins (the caller:
 * "KvK-nummer leverancier energiecontract: 33292246"). Review rv-numbers-fp (updates 2 and 5) gave these guards: also
 * month-year with a dot or space ("03.2026"), halves/quarters/weeks ("H1-2026", "K1 2026", "W52-2026"), time ranges
 * ("08.00-20.00") and a figure before a unit ("Recept: 250000 IE"). A positive list, not any word before "nr":
 * "Raadsvoorstel nr", "Subsidie nr", "certificaat nr", "kamer nr", "Wijk nr 3 ... 104.000 inwoners" stay allowed (a
 * bare "nr" is not a person's label, as before), and a label word elsewhere in the sentence counts for nothing
 * ("120.000 huurwoningen", "Het huurcontract is ingegaan op 20260301"). Also: a label abbreviated with "nr"
 * ("vestigingsnr.") is checked in its written-out form ("vestigingsnummer") against the labels of organisations.
 * Round 24 (t24-items): the organisation's name of up to three capitalised words may stand between the record word and
 * "nr"/"nummer" ("huurcontract Pré Wonen nr PW-0098127"), then "nr"/"nummer" is required.
 * Stateless.
 */
final class PersonRecordLabel {

    /**
     * The label right before the number: a person's record word (no compound prefix: "verhuurder", "Inkooporder",
     * "Schoolabonnement" are organisations' words), optionally "nr"/"nummer"/"no.", optionally ":".
     */
    private static final Pattern RIGHT_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}-])(?:huurcontract|energiecontract|"
            + "huurovereenkomst|lidmaatschap|zorgpas|stadspas|bankpas|ooievaarspas|ov-chipkaart|chipkaart|recept|huurder|"
            + "leerling|verzekerde)(?:\\s*(?:nr\\.?|nummer|no\\.?)|s?nummer|s?nr\\.?)?\\s*[:#]?\\s*$"
            // words that name an organisation's record as often: only with "nr"/"nummer" ("order nr BST-448120")
            + "|(?iu)(?<![\\p{L}-])(?:lid|klant|order|bestel|bestelling|abonnement|abonnee)"
            + "(?:\\s*(?:nr\\.?|nummer|no\\.?)|s?nummer|s?nr\\.?)\\s*[:#]?\\s*$");
    /**
     * Round 24 (t24-items): the organisation's name between the record word and "nr" ("huurcontract Pré Wonen nr
     * PW-0098127", "zorgpas bij De Linie nummer ..."), read in the text's own case.
     */
    private static final Pattern ORGANISATION_BETWEEN = Pattern.compile("(?<![\\p{L}-])(?i:huurcontract|"
            + "energiecontract|huurovereenkomst|lidmaatschap|zorgpas|stadspas|ooievaarspas|recept|huurder|leerling|"
            + "verzekerde)\\s+(?:(?:bij|van|via)\\s+)?(?:(?:de|het|De|Het)\\s+)?\\p{Lu}[\\p{L}'’&-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}'’&-]*){0,2}\\s+(?i:nr\\.?|nummer|no\\.?)\\s*[:#]?\\s*$");
    /** Figures that are no record code: thousands ("15.000"), month-year ("03-2026"), a compact date ("20260301"). */
    private static final Pattern NO_CODE = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+|\\d{1,2}[-/.\\s](?:19|20)\\d{2}|"
            + "(?:19|20)\\d{2}[01]\\d[0-3]\\d|0(?:800|900|909|88)\\D.*|0(?:800|900|909|88)|"
            // halves, quarters and weeks of a year ("Q1-2026", "K1 2026", "H1-2026", "W52-2026", "wk52-2026")
            + "(?i:[qkh][1-4]|w\\d{1,2}|wk\\d{1,2}|week\\d{1,2})[\\s/-]?(?:19|20)\\d{2}|"
            // a range of months ("03/2026-02/2027")
            + "\\d{1,2}[-/.](?:19|20)\\d{2}\\s*-\\s*\\d{1,2}[-/.](?:19|20)\\d{2}|"
            // a time range ("08.00-20.00")
            + "[0-2]?\\d[.:][0-5]\\d\\s*-\\s*[0-2]?\\d[.:][0-5]\\d");
    /** A unit right after the figure makes it a dose or an amount ("Recept: 250000 IE vitamine A"), no record code. */
    private static final Pattern UNIT_AFTER = Pattern.compile("(?iu)\\s*(?:ie|e|mg|mcg|µg|ml|g|gram|eenheden|stuks|"
            + "tabletten|capsules|druppels|euro|eur)(?![\\p{L}\\d])");
    private static final int REACH = 45;

    private PersonRecordLabel() {
    }

    /**
     * A person's record label stands right before the number starting at {@code start}, and the number has the shape
     * of a record code (a letter in it, or six or more digits that are no thousands, month-year, compact date or public
     * service number).
     */
    static boolean rightBefore(String text, int start, String value) {
        if (NO_CODE.matcher(value).matches()
                || UNIT_AFTER.matcher(text).region(Math.min(text.length(), start + value.length()), text.length())
                        .lookingAt()) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < value.length() && !letter; i++) {
            letter = Character.isLetter(value.charAt(i));
        }
        if (!letter && TextWindow.digitCount(value) < 6) {
            return false;
        }
        if (RIGHT_BEFORE.matcher(TextWindow.before(text, start, REACH)).find()) {
            return true;
        }
        int from = Math.max(0, start - REACH);
        int line = text.lastIndexOf('\n', start - 1);
        return ORGANISATION_BETWEEN.matcher(text.substring(Math.max(from, line + 1), start)).find();
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
