package nl.vhkgateway.domain.screening.detector;

/**
 * The 11-check ("elfproef") of the Dutch burgerservicenummer (BSN).
 *
 * <p>A BSN has nine digits d1..d9 (an eight-digit BSN is the same number with a leading zero). It is valid when
 * {@code 9*d1 + 8*d2 + 7*d3 + 6*d4 + 5*d5 + 4*d6 + 3*d7 + 2*d8 - 1*d9} is divisible by 11 (and the number is not
 * 000000000). Note the weight -1 for the last digit: this is what distinguishes the BSN check from the older
 * bank-account 11-check (weight +1).
 *
 * <p>Source: Rijksdienst voor Identiteitsgegevens (RvIG), "Logisch Ontwerp BSN" (version 1.4, annex on the
 * "11-proef"), and Wikipedia NL, "Burgerservicenummer", section "11-proef". Stateless and thread-safe.
 */
public final class Elfproef {

    private Elfproef() {
    }

    /** @param digits eight or nine digits, nothing else */
    public static boolean isValidBsn(String digits) {
        String d = digits.length() == 8 ? "0" + digits : digits;
        if (d.length() != 9) {
            return false;
        }
        int sum = 0;
        boolean allZero = true;
        for (int i = 0; i < 9; i++) {
            char c = d.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int v = c - '0';
            allZero &= v == 0;
            sum += (i < 8 ? 9 - i : -1) * v;
        }
        return !allZero && sum % 11 == 0;
    }
}
