package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vhkgateway.domain.card.TextSegment;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.ScreeningContext;

/**
 * EMAIL: e-mail addresses, also obfuscated ({@code naam [at] gmail.com}, {@code naam(at)hotmail.com}).
 *
 * <p>Decided: in the professionals' cover fields (Inbrenger, Vaste deelnemer, Gedragsdeskundige) every address is
 * allowed (their own work address). Elsewhere only an organisation's function address is allowed: a local part
 * such as info, intake, contact, secretariaat, aanmelden, veiligheidsteam, at a domain that is not a free-mail
 * provider (gmail, hotmail, outlook, live, icloud, ziggo, kpnmail ...). Any other address — a private one, or a
 * named person's work address — is flagged. Thread-safe.
 */
public final class EmailDetector extends SpanDetector {

    public static final String NAME = "EMAIL";

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.+-])([A-Za-z0-9][A-Za-z0-9._%+'-]{0,63})(?:@|\\s?(?:\\[at\\]|\\(at\\)|\\{at\\})\\s?|\\s\\[?at\\]?\\s(?=\\S+\\.[a-z]{2,}))"
                    + "((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\s?(?:\\.|\\[dot\\]|\\(dot\\))\\s?){1,8}[A-Za-z]{2,24})(?![\\w-])");
    /**
     * Round 15: an address read out or written around spam filters: "jansen at hotmail dot com", "pietjansen
     * apenstaartje gmail punt com", "de.vries(a)kpn.nl", "yilmaz @ hotmail . com". A word for "@" ("at",
     * "apenstaartje", "(a)", "[a]", "@" with spaces only before a free-mail provider's domain) and a domain whose parts are joined by a dot without spaces or by
     * a spoken "dot"/"punt", ending in a common top-level domain in lower case (a full stop and a capital is a new
     * sentence: "Zij at brood. De ...").
     */
    private static final Pattern SPOKEN = Pattern.compile(
            "(?<![\\w.+-])([A-Za-z0-9][A-Za-z0-9._%+'-]{0,63})(?:\\s(?i:at|apenstaartje|apestaartje)\\s|\\s?[(\\[][a@][)\\]]\\s?"
                    + "|(?<spacedat>\\s@\\s?|@\\s))"
                    + "(?<domain>(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.|\\s\\.\\s|\\s(?i:dot|punt)\\s|[(\\[](?i:dot|punt)[)\\]])){1,4}"
                    + "(?:com|nl|be|de|net|org|eu|fr|tr|ma|pl|ro|info|me|uk|es|it|pt))(?![\\w-])");
    private static final Set<String> DEFAULT_FUNCTION_PARTS = Set.of("info", "intake", "contact", "secretariaat",
            "aanmelden", "aanmelding", "aanmeldingen", "veiligheidsteam", "vht", "servicedesk", "helpdesk",
            "klantcontact", "post", "postbus", "administratie", "noreply", "no-reply", "team", "jeugd", "jeugdteam",
            "wijkteam", "toegang", "overdracht", "voorzitter", "beheer", "beheerder", "privacy", "klachten",
            "receptie", "planning", "zorg", "meldpunt", "advies", "adviesenmelding", "bureau", "kantoor", "mail",
            "communicatie", "gemeente", "rvdk", "raad", "veiligthuis", "vt", "deelnemer", "algemeen");
    private static final Set<String> DEFAULT_FREE_MAIL = Set.of("gmail.com", "googlemail.com", "hotmail.com",
            "hotmail.nl", "outlook.com", "outlook.nl", "live.nl", "live.com", "msn.com", "yahoo.com", "yahoo.nl",
            "icloud.com", "me.com", "mac.com", "ziggo.nl", "kpnmail.nl", "kpnplanet.nl", "planet.nl", "home.nl",
            "hetnet.nl", "xs4all.nl", "chello.nl", "casema.nl", "upcmail.nl", "zonnet.nl", "telfort.nl", "tele2.nl",
            "online.nl", "quicknet.nl", "protonmail.com", "proton.me", "gmx.com", "gmx.net", "gmx.de", "web.de",
            "aol.com", "mail.com", "yandex.ru", "mail.ru", "wanadoo.fr", "orange.fr", "skynet.be", "telenet.be");

    private final Set<String> functionParts;
    private final Set<String> freeMailDomains;
    private final boolean allowInProfessionalFields;

    public EmailDetector() {
        this(DEFAULT_FUNCTION_PARTS, DEFAULT_FREE_MAIL, true);
    }

    public EmailDetector(Set<String> functionParts, Set<String> freeMailDomains, boolean allowInProfessionalFields) {
        this.functionParts = Set.copyOf(functionParts);
        this.freeMailDomains = Set.copyOf(freeMailDomains);
        this.allowInProfessionalFields = allowInProfessionalFields;
    }

    /** A free-mail provider's domain of the default list ("gmail.com", "ziggo.nl"): no organisation's address. */
    public static boolean isFreeMailDomain(String domain) {
        return DEFAULT_FREE_MAIL.contains(domain.toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Span> spans(TextSegment segment, ScreeningContext context) {
        String text = segment.text();
        if (text.length() < 6) {
            return List.of();
        }
        if (text.indexOf('@') < 0 && !text.contains("[at]") && !text.contains("(at)") && !text.contains("{at}")
                && !text.contains(" at ") && !text.contains("staartje") && !text.contains("(a)") && !text.contains("[a]")) {
            return List.of();
        }
        // a professional's cover field allows work addresses, except in a clause about the family (CoverClauses)
        List<int[]> family = List.of();
        boolean cover = allowInProfessionalFields && CardSections.in(segment, CardSections.PROFESSIONAL);
        if (cover) {
            family = CoverClauses.familyClauses(text, WordLists.defaults());
            if (family.isEmpty()) {
                return List.of();
            }
        }
        List<Span> spans = new ArrayList<>(0);
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            String local = m.group(1).toLowerCase(Locale.ROOT);
            String domain = m.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s|\\[dot\\]|\\(dot\\)", ".")
                    .replaceAll("\\.+", ".");
            if (!domain.contains(".")) {
                continue;
            }
            if (isFunctionAddress(local) && !freeMailDomains.contains(domain)) {
                continue;
            }
            if (!cover || CoverClauses.inside(family, m.start(), m.end())) {
                spans.add(new Span(m.start(), m.end(), Category.EMAIL, NAME));
            }
        }
        Matcher spoken = SPOKEN.matcher(text);
        while (spoken.find()) {
            String local = spoken.group(1).toLowerCase(Locale.ROOT);
            String domain = spoken.group("domain").toLowerCase(Locale.ROOT)
                    .replaceAll("\\s?(?:\\s\\.\\s|\\s(?:dot|punt)\\s|[(\\[](?:dot|punt)[)\\]])\\s?", ".");
            // a spaced "@" before a site is how news and tips sites are cited ("het nieuws @ nu.nl"): only a free-mail
            // provider's domain makes it an address there
            boolean spacedAt = spoken.group("spacedat") != null;
            if (overlaps(spans, spoken.start(), spoken.end())
                    || isFunctionAddress(local) && !freeMailDomains.contains(domain)
                    || spacedAt && !freeMailDomains.contains(domain)) {
                continue;
            }
            if (!cover || CoverClauses.inside(family, spoken.start(), spoken.end())) {
                spans.add(new Span(spoken.start(), spoken.end(), Category.EMAIL, NAME));
            }
        }
        return spans;
    }

    private static boolean overlaps(List<Span> spans, int start, int end) {
        for (Span s : spans) {
            if (s.start() < end && start < s.end()) {
                return true;
            }
        }
        return false;
    }

    private boolean isFunctionAddress(String local) {
        if (functionParts.contains(local)) {
            return true;
        }
        int dot = local.indexOf('.');
        int dash = local.indexOf('-');
        int cut = dot < 0 ? dash : dash < 0 ? dot : Math.min(dot, dash);
        if (cut > 0 && functionParts.contains(local.substring(0, cut))) {
            return true;
        }
        for (String part : functionParts) {
            if (part.length() >= 5 && local.contains(part)) {
                return true; // "regionaalveiligheidsteam-wbw", "intake.jeugd"
            }
        }
        return false;
    }
}
