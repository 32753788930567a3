package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vhkgateway.domain.screening.Category;

/**
 * Round 13: a client or record code after "bekend bij <organisation>" when no list holds the organisation ("bekend bij
 * Zorgkracht, ZK-2231907", "in zorg bij de Hoeve: HV 448210", "ingeschreven bij Kwadrant onder 2231907"). Being known
 * at, in care or treatment at, a client or patient of, or registered at an organisation says that a code right after its name (one to four
 * words, then an optional comma or colon and "onder (nummer)", "met nummer", "nr") is the person's record there.
 * Safe shape: six or more digits, alone or after one to five capitals ("ZK2231907", "ZK-2231907", "HV 448210"), in
 * one to four parts joined by "-" or "/". The words between "bij" and the code hold no time or phone word ("bekend
 * bij Zorgkracht sinds 20190312") and no digit. Guards of {@link OrganisationClientCode}: registers, phone and
 * service numbers, dates, years, amounts, counts and the gateway's own numbers; and an organisation as the subject
 * ("Het kinderdagverblijf is ingeschreven bij de gemeente onder 123456789": its own registration). Stateless and
 * thread-safe.
 */
final class KnownAtOrganisationCode {

    private static final Pattern KNOWN_AT = Pattern.compile("(?iu)(?<![\\p{L}])(?:bekend|in\\s+zorg|in\\s+behandeling|"
            + "onder\\s+behandeling|ingeschreven|cli[eë]nt|pati[eë]nt)\\s+bij\\s+"
            + "((?:[\\p{L}&'’][\\p{L}&'’.-]*\\s+){0,3}[\\p{L}&'’][\\p{L}&'’.-]*?)\\s*[,:]?\\s*"
            + "(?:(?:onder|met)\\s+(?:(?:het\\s+)?(?:nummer|nr\\.?)\\s+)?|(?:nummer|nr\\.?)\\s*:?\\s*)?"
            + "(?-i:(\\p{Lu}{1,5})[\\s/-]?)?(\\d{2,}(?:[/-]\\d{2,}){0,3})(?![\\p{L}\\d]|[.,:/-]\\d)");
    /** Words of time, phones and registers between "bij" and the code: the number is something else. */
    private static final Set<String> NOT_BETWEEN = Set.of("sinds", "vanaf", "tot", "per", "op", "in", "om", "rond",
            "voor", "na", "tel", "tel.", "telefoon", "telefonisch", "bel", "bellen", "via", "en", "of", "dus", "al", "nog",
            "wel", "niet", "ook", "is", "was", "zijn", "heeft", "had", "jaar", "jaren", "maanden", "weken", "kvk",
            "agb", "lrk", "btw", "big", "postbus", "t/m", "tussen", "van");

    private KnownAtOrganisationCode() {
    }

    static List<Span> find(String text) {
        List<Span> out = new ArrayList<>(0);
        if (TextWindow.digitCount(text) < 6 || text.indexOf("bij") < 0 && text.indexOf("BIJ") < 0) {
            return out;
        }
        Matcher m = KNOWN_AT.matcher(text);
        while (m.find()) {
            String digits = m.group(3);
            if (TextWindow.digitCount(digits) < 6 || betweenHoldsOther(m.group(1)) || organisationSubject(text, m.start())) {
                continue;
            }
            String prefix = m.group(2);
            if (prefix != null && OrganisationClientCode.otherPrefix(prefix)) {
                continue;
            }
            int start = prefix != null ? m.start(2) : m.start(3);
            if (OrganisationClientCode.publicOrRegistered(text, prefix, digits, start, m.start(3), m.end())
                    || compactDate(digits)) {
                continue;
            }
            out.add(new Span(start, m.end(), Category.CLIENT_NUMBER, ClientNumberDetector.NAME));
        }
        return out;
    }

    /** Eight digits that are a date without separators ("20190312", "12032019"). */
    private static boolean compactDate(String digits) {
        if (digits.length() != 8 || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int a = Integer.parseInt(digits.substring(0, 2));
        int b = Integer.parseInt(digits.substring(2, 4));
        int y = Integer.parseInt(digits.substring(4));
        int iy = Integer.parseInt(digits.substring(0, 4));
        int im = Integer.parseInt(digits.substring(4, 6));
        int id = Integer.parseInt(digits.substring(6));
        return a >= 1 && a <= 31 && b >= 1 && b <= 12 && y >= 1900 && y <= 2100
                || iy >= 1900 && iy <= 2100 && im >= 1 && im <= 12 && id >= 1 && id <= 31;
    }

    /** Organisation nouns: "Het kinderdagverblijf is ingeschreven bij ... onder 123456789" names its own register. */
    private static final Pattern ORGANISATION_SUBJECT = Pattern.compile("(?iu)(?:bureau|school|praktijk|opvang|"
            + "kinderdagverblijf|kdv|bso|stichting|vereniging|club|aanbieder|organisatie|instelling|gastouder\\p{L}*|"
            + "bedrijf|zorgaanbieder|locatie|vestiging|team|afdeling|ziekenhuis|kliniek|centrum|gemeente)(?![\\p{L}])");

    /** An organisation noun in the clause before the verb ("De school is ingeschreven bij ..."). */
    private static boolean organisationSubject(String text, int verbStart) {
        int from = verbStart;
        while (from > 0 && ".;!?\n,".indexOf(text.charAt(from - 1)) < 0 && verbStart - from < 80) {
            from--;
        }
        return ORGANISATION_SUBJECT.matcher(text).region(from, verbStart).find();
    }

    private static boolean betweenHoldsOther(String between) {
        for (String w : between.split("\\s+")) {
            if (NOT_BETWEEN.contains(WordLists.lower(w))) {
                return true;
            }
        }
        return false;
    }
}
