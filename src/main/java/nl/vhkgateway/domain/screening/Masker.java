package nl.vhkgateway.domain.screening;

/**
 * Masks personal data for reports and logs: the first character of each word (after white space) stays, every
 * further letter or digit becomes '*', punctuation and spaces stay ("Sanne Jansen" becomes "S**** J*****", "06-12345678" becomes
 * "0*-********"). Long values are cut so that the length says little.
 */
public final class Masker {

    private static final int MAX_LENGTH = 40;

    private Masker() {
    }

    public static String mask(String text) {
        StringBuilder masked = new StringBuilder(Math.min(text.length(), MAX_LENGTH + 1));
        boolean wordStart = true;
        int count = 0;
        for (int i = 0; i < text.length() && count < MAX_LENGTH; i++, count++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                masked.append(wordStart ? c : '*');
                wordStart = false;
            } else {
                boolean space = Character.isWhitespace(c);
                masked.append(space ? ' ' : c);
                wordStart = space; // "06-12345678" -> "0*-********": punctuation does not start a new word
            }
        }
        if (text.length() > MAX_LENGTH) {
            masked.append('…');
        }
        return masked.toString();
    }
}
