package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vhkgateway.domain.card.TextSegment;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.ScreeningContext;

/**
 * URL: links and handles that point at a person — social-media and messaging profiles
 * ({@code facebook.com/naam}, {@code instagram.com/naam}, {@code tiktok.com/@naam}, {@code wa.me/316...},
 * {@code linkedin.com/in/naam}, {@code t.me/naam}, {@code snapchat.com/add/naam}, {@code youtube.com/@naam} ...),
 * an {@code @handle}, a handle after the name of an app ("insta: sanne_2011", "snap: xyz"), a seller's profile on a
 * marketplace and a personal blog on a blog host's subdomain, and a site named as a family member's ("blog moeder:";
 * round 18: "Vaders webshop:", "oma's blog"; round 20: a family page on a family business's site, a short link a
 * family member shares).
 * Plain organisation websites ({@code www.veiligthuis.nl}) are allowed. Thread-safe.
 */
public final class UrlDetector extends SpanDetector {

    public static final String NAME = "URL";

    private static final Pattern PROFILE = Pattern.compile(
            "(?i)(?<![\\w.@-])(?:https?://)?(?:(?:www|m|mobile|web|nl-nl|nl)\\.)?"
                    + "(?:facebook\\.com|fb\\.com|fb\\.me|instagram\\.com|instagr\\.am|(?:vm\\.)?tiktok\\.com|"
                    + "twitter\\.com|x\\.com|snapchat\\.com|linkedin\\.com|youtube\\.com|youtu\\.be|t\\.me|"
                    + "telegram\\.me|wa\\.me|api\\.whatsapp\\.com|chat\\.whatsapp\\.com|threads\\.net|"
                    + "pinterest\\.(?:com|nl)|reddit\\.com|twitch\\.tv|vk\\.com|onlyfans\\.com|discord\\.gg|"
                    + "discord\\.com|tumblr\\.com|soundcloud\\.com|bsky\\.app|linktr\\.ee|kik\\.me|"
                    + "tinder\\.com|badoo\\.com|snap\\.com|mastodon\\.[a-z]+|github\\.com|"
                    // fundraising, payment and link-in-bio pages are a person's or a family's own
                    + "gofundme\\.com|gofund\\.me|doneeractie\\.nl|whydonate\\.(?:com|nl|eu)|justgiving\\.com|"
                    + "kickstarter\\.com|leetchi\\.com|backme\\.org|paypal\\.me|paypal\\.com/paypalme|tikkie\\.me|"
                    + "bunq\\.me|patreon\\.com|ko-fi\\.com|buymeacoffee\\.com|beacons\\.ai|lnk\\.bio|"
                    + "allmylinks\\.com|venmo\\.com|cash\\.app|fansly\\.com|"
                    // round 26 (t26-held): social networks of China, Russia, Japan and Korea
                    + "weibo\\.com|weibo\\.cn|douyin\\.com|xiaohongshu\\.com|bilibili\\.com|ok\\.ru|vk\\.ru|"
                    + "line\\.me|open\\.kakao\\.com)"
                    + "/[^\\s<>\"')\\]]*[\\w@/=%-]");
    /**
     * A person's page on a marketplace or a blog host: a seller's profile ({@code vinted.nl/member/…},
     * {@code marktplaats.nl/u/…}, {@code 2dehands.be/u/…}, {@code ebay.nl/usr/…}, {@code etsy.com/shop/…}) or a
     * personal blog or home page on a host's subdomain ({@code naam.blogspot.com}, {@code naam.wordpress.com},
     * {@code naam.wixsite.com}, {@code naam.jouwweb.nl}).
     */
    private static final Pattern PERSONAL_PAGE = Pattern.compile(
            "(?i)(?<![\\w.@-])(?:https?://)?(?:(?:www|m|nl)\\.)?(?:(?:vinted\\.[a-z.]{2,6}/member|marktplaats\\.nl/u|"
                    + "2dehands\\.be/u|ebay\\.[a-z.]{2,6}/(?:usr|str)|etsy\\.com/(?:shop|people)|medium\\.com/@?)"
                    + "/?[^\\s<>\"')\\]]*[\\w@/=%-]|(?!www\\.)[\\w-]+\\.(?:blogspot\\.[a-z.]{2,6}|wordpress\\.com|wixsite\\.com|"
                    + "jouwweb\\.nl|weebly\\.com|substack\\.com)(?:/[^\\s<>\"')\\]]*[\\w/=%-])?)");
    private static final String[] PAGE_KEYS = {"vinted", "marktplaats", "2dehands", "ebay", "etsy", "medium.com",
        "blogspot", "wordpress", "wixsite", "jouwweb", "weebly", "substack"};
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w.@/-])@[A-Za-z0-9_][A-Za-z0-9_.]{2,29}(?![\\w@])");
    private static final Pattern APP_HANDLE = Pattern.compile(
            "(?i)\\b(?:insta(?:gram)?|snap(?:chat)?|tiktok|facebook|fb|twitter|telegram|discord|roblox|"
                    + "fortnite|playstation|psn|xbox|gamertag)\\b[^:=\\n]{0,25}"
                    + "[:=]\\s?@?([A-Za-z0-9_][A-Za-z0-9_.]{2,29})");

    /** A website of the family's own: "haar eigen site www.x.nl", "zijn webshop x.com", "de blog van moeder: x.nl". */
    private static final String SITE_WORD = "(?:web)?(?:site|shop|winkel|webwinkel|blog|vlog|pagina|kanaal|account)s?";
    private static final String ADDRESS = "((?:https?://)?(?:www\\.)?[\\w-]+(?:\\.[\\w-]+)*\\."
            + "(?:nl|com|be|net|org|eu|shop|store|info|de|online|site|nu)(?:/[^\\s<>\"')\\]]*[\\w/=%-])?)";
    private static final String FAMILY_MEMBER = "(?:moeder|vader|ouders?|oma|opa|tante|oom|broer|zus|stief\\p{L}+|pleeg\\p{L}+|"
            + "jeugdige|gezin|familie|partner|vriend(?:in)?)";
    private static final Pattern OWN_SITE = Pattern.compile("(?iu)\\b(?:(?:haar|zijn|hun|mijn|eigen)\\s+(?:eigen\\s+)?"
            + SITE_WORD + "|" + SITE_WORD + "\\s+(?:van\\s+)?(?:de\\s+|het\\s+)?" + FAMILY_MEMBER
            // round 18 (r18-cards): the family member's genitive before the site word, "Moeders blog:", "oma's webshop"
            + "|" + FAMILY_MEMBER + "(?:s|'s|’s)\\s+(?:eigen\\s+)?" + SITE_WORD + ")\\b"
            + "[^.!?\\n]{0,30}?(?<![\\w.@/-])" + ADDRESS + "(?![\\w@-])");
    private static final String[] SITE_KEYS = {"facebook", "fb.", "instagr", "tiktok", "twitter", "x.com", "snapchat",
        "linkedin", "youtu", "t.me", "telegram", "wa.me", "whatsapp", "threads", "pinterest", "reddit", "twitch",
        "vk.com", "onlyfans", "discord", "tumblr", "soundcloud", "bsky", "linktr", "kik.me", "tinder", "badoo",
        "snap.com", "mastodon", "github", "gofund", "doneeractie", "whydonate", "justgiving", "kickstarter", "leetchi",
        "backme", "paypal", "tikkie", "bunq.me", "patreon", "ko-fi", "buymeacoffee", "beacons.ai", "lnk.bio",
        "allmylinks", "venmo", "cash.app", "fansly", "weibo", "douyin", "xiaohongshu", "bilibili", "ok.ru", "vk.ru",
        "line.me", "kakao"};
    private static final String[] APP_KEYS = {"insta", "snap", "tiktok", "facebook", "fb", "twitter", "telegram",
        "discord", "roblox", "fortnite", "playstation", "psn", "xbox", "gamertag"};

    /** Any web address: its first label and an optional path. */
    private static final Pattern ANY_SITE = Pattern.compile(
            "(?i)(?<![\\w.@/-])(?:https?://)?(?:www\\.)?((?:[a-z0-9-]{1,63}\\.){0,3}([a-z0-9][a-z0-9-]{2,62}))\\."
                    + "(?:nl|com|be|net|org|eu|shop|store|info|de|online|site|nu|me|io|app|blog|website|frl|amsterdam)"
                    + "(/[^\\s<>\"')\\]]*[\\w/=%-])?(?![\\w@-])");
    /**
     * A path that says the page is a person's own: "over-mij", "about-me", "mijn-verhaal", "wie-ben-ik"; round 26
     * (t26-items): "my diary" as the path's last part ("/mijn-dagboek", "/my-diary"). An organisation's page about a
     * diary has more words in its path ("/dagboek-van-een-pleegmoeder") and stays allowed.
     */
    private static final Pattern PERSONAL_PATH = Pattern.compile(
            "(?i)/(?:over-?mij|about-?me|mijn-?verhaal|wie-?ben-?ik|in-?memoriam|steun-|help-\\p{L}+-(?:en|met)-"
            + "|(?:mijn-?|my-?)(?:dagboek|diary)/?$)");
    /**
     * Round 26 (t26-items): a diary as the whole path ("site.nl/dagboek") on a site that is no organisation's,
     * practice's or institution's: a person's own page. A deeper path ("thuisarts.nl/hoofdpijn/dagboek",
     * "annefrank.org/nl/dagboek") or a professional's domain ("kenniscentrum-kjp.nl/dagboek") is an organisation's
     * diary tool or page (review ra, Rra-305..307).
     */
    private static final Pattern DIARY_PATH = Pattern.compile("(?i)^/(?:dagboek|diary)/?$");
    /**
     * Round 26 (t26-held): a member's profile on any site, in a sentence about a family member ("moeder deelt foto's op
     * forum.example.com/u/551882", "vader zijn profiel: x.nl/user/bas2010", "/members/…", "/people/…", "/@naam"): the
     * path opens with a profile word and an id or name. An organisation's page in a sentence about no relative stays.
     */
    private static final Pattern PROFILE_PATH = Pattern.compile(
            "(?i)/(?:u|user|users|profile|profiles|profiel|people|member|members|leden|lid|@)/?([\\w.@-]{2,})");

    /**
     * The path opens with a profile word and an id or a handle: no dictionary word in it (a number, "5518827713", or a
     * handle, "xmoonlightx"), or a dictionary word with a birth year ("snoek1979"). A site's own pages stay (review rb:
     * "/leden/inschrijven", "/people/vacatures", "/profiel/wijzigen", "/leden/contributie-2026", "/leden/rooster2026").
     */
    private boolean profile(String path) {
        Matcher p = PROFILE_PATH.matcher(path);
        if (!p.lookingAt()) {
            return false;
        }
        String id = p.group(1).toLowerCase(java.util.Locale.ROOT);
        // review rb: "/leden/contributie-2026", "/leden/rooster2026" are a club's pages: a dictionary word in the id
        // makes it a page, unless its number is a birth year of a handle ("snoek1979", "jan_2009")
        boolean word = false;
        for (String part : id.split("[._\\d-]+")) {
            if (part.length() > 1 && words.isWord(part)) {
                word = true;
            }
        }
        if (!word) {
            return true;
        }
        Matcher year = HANDLE_YEAR.matcher(id);
        return year.find() && Integer.parseInt(year.group(1)) <= 2015;
    }

    /** A year of birth in a handle, 1950-2015, not followed by more digits. */
    private static final Pattern HANDLE_YEAR = Pattern.compile("(?<!\\d)((?:19[5-9]|20[01])\\d)(?!\\d)");

    /**
     * Round 20 (t20-items): a page about a family ("/familie", "/ons-gezin", "/onze-kinderen", "/family"; not a bare
     * "/kinderen" or "/gezin", a business's offer for children and families) on a family business's site
     * ({@link #familyBusiness}: "bakkerijjansen.nl/familie"), in a sentence about the family's photos or about a
     * relative who owns or runs it, is the family's own page.
     */
    private static final Pattern FAMILY_PATH = Pattern.compile(
            "(?i)/(?:(?:onze-?|ons-?|our-?)(?:familie|family|gezin|kinderen|kids)|familie|family|familiealbum)"
                    + "(?![\\p{L}])");
    /**
     * The sentence speaks of the family's photos ("familiefoto's", "foto's van de kinderen", "fotoalbum"): a family
     * day or ticket of a business ("Familiedag op de manege: zie .../familie") is no family's own page.
     */
    private static final Pattern FAMILY_PHOTOS = Pattern.compile("(?iu)(?<![\\p{L}])\\p{L}*foto\\p{L}*");
    /** Institutions named after people have pages for children and families too: "sophiakinderziekenhuis.nl/kinderen". */
    private static final Pattern INSTITUTION_LABEL = Pattern.compile(
            "(?i)ziekenhuis|gasthuis|huis|kliniek|umc|museum|kind|zorg|jeugd|school|college|stichting|gemeente");
    /**
     * Round 20 (t20-items): a link shortener hides where it points ({@code bit.ly/…}, {@code tinyurl.com/…}); shared
     * by a relative named as the subject right before the verb, as its object in the same clause ("moeder deelde
     * bit.ly/…"), it is theirs. A short link sent to the family ("School stuurde ouders de link bit.ly/…", "Pleegzorg
     * stuurde ...") or in another clause stays allowed.
     */
    private static final Pattern SHORT_LINK = Pattern.compile(
            "(?i)(?<![\\w.@/-])(?:https?://)?(?:bit\\.ly|tinyurl\\.com|t\\.ly|rebrand\\.ly|goo\\.gl|ow\\.ly|"
                    + "shorturl\\.at|is\\.gd|cutt\\.ly|tiny\\.cc)/[\\w-]{3,}");
    private static final Pattern FAMILY_SHARES = Pattern.compile("(?iu)(?<![\\p{L}])(?:moeder|vader|ouders?|oma|opa|"
            + "tante|oom|broer|zus|stiefmoeder|stiefvader|pleegmoeder|pleegvader|pleegouders|mama|papa)"
            // round 21 (t21-items): "de moeder van J. deelde ...", the relative of someone named
            + "(?:\\s+van\\s+(?:\\p{L}{1,2}\\.|\\p{L}+))?"
            + "\\s+(?:deelt|deelde|deelden|delen|stuurt|stuurde|stuurden|plaatst|plaatste|plaatsten|post|postte|"
            + "postten|zet|zette|zetten|appt|appte|appten)(?![\\p{L}])");
    /**
     * Round 21 (t21-items): the same in the perfect tense, the link between the auxiliary and the participle: "Moeder
     * heeft bit.ly/… gedeeld", "oma had de link tinyurl.com/… in de groep gezet"; "School heeft ouders bit.ly/…
     * gestuurd" has no relative as the subject and "Moeder heeft bit.ly/… gekregen" no verb of sharing.
     */
    private static final Pattern FAMILY_SHARES_PERFECT = Pattern.compile("(?iu)(?<![\\p{L}])(?:moeder|vader|ouders?|"
            + "oma|opa|tante|oom|broer|zus|stiefmoeder|stiefvader|pleegmoeder|pleegvader|pleegouders|mama|papa)"
            + "(?:\\s+van\\s+(?:\\p{L}{1,2}\\.|\\p{L}+))?\\s+(?:heeft|had|hebben|hadden)(?![\\p{L}])");
    private static final Pattern SHARED_PARTICIPLE = Pattern.compile("(?iu)(?<![\\p{L}])(?:gedeeld|gestuurd|"
            + "doorgestuurd|verstuurd|geplaatst|gepost|gezet|neergezet|geappt|gedeeld)(?![\\p{L}])");
    /** An organisation's link passed on: "stuurde de link van de school door", "deelde de link van het CJG". */
    private static final Pattern FORWARDED = Pattern.compile("(?iu)(?<![\\p{L}])(?:(?:van\\s+(?:de|het)|door)(?![\\p{L}])"
            // review round 21: an organisation's leaflet or page, "de folder van Veilig Thuis (bit.ly/...)"
            + "|(?:folder|brochure|flyer|link|website|site|pagina|informatie|info|filmpje|formulier|uitnodiging|"
            + "nieuwsbrief|campagne|vacature|enquête|poster)\\s+van\\s+(?!(?:haar|zijn|hun|mijn|zichzelf)(?![\\p{L}])))");
    /** The end of the sharing clause: a semicolon, "!", "?", a line break or a period before a space. */
    private static final Pattern CLAUSE_END = Pattern.compile("[;!?\\n]|\\.(?=\\s|$)");

    /** Family words: a site in a sentence about one of them, named after a person, is theirs. */
    private static final java.util.Set<String> FAMILY = java.util.Set.of("moeder", "vader", "ouders", "ouder", "oma",
            "opa", "stiefvader", "stiefmoeder", "broer", "zus", "zoon", "dochter", "oudste", "jongste", "tante", "oom",
            "neef", "nicht", "partner", "vriend", "vriendin", "ex", "pleegmoeder", "pleegvader", "pleegouders",
            "grootouders", "jeugdige", "gezin", "familie", "mama", "papa", "stiefzoon", "stiefdochter", "broertje",
            "zusje", "halfbroer", "halfzus", "schoonmoeder", "schoonvader", "peetoom", "peettante", "buurman",
            "buurvrouw", "zwager", "schoonzus", "mother", "father", "family", "haar", "zijn", "hun");
    /** Label parts of professionals' and organisations' sites: a practice named after its therapist is allowed. */
    private static final Pattern PROFESSIONAL_LABEL = Pattern.compile(
            "(?i)praktijk|therap|psycholo|advoca|notaris|huisarts|zorg|coach|kliniek|centrum|stichting|school|gemeente|"
            + "jeugd|opvoed|hulp|groep|kinderopvang|kdv|bso|fysio|logoped|dietist|verloskund|tandarts|orthodont");
    /**
     * The family member owns or runs the site: sells, runs, writes or posts through it, or "heeft een (eigen)
     * site/webshop/bedrijf/actie" ("werkt bij", "volgt de cursus van", "zoekt via" are no such cue).
     */
    private static final Pattern OWNER_CUE = Pattern.compile("(?iu)(?<![\\p{L}])(?:verkoopt|verkopen|verkocht|runt|"
            + "beheert|adverteert|blogt|vlogt|schrijft|post|plaatst|deelt|promoot|eigen|"
            + "(?:zijn|haar|hun)\\s+\\p{L}*(?:site|shop|bedrijf|zaak|winkel|blog|pagina)|"
            + "(?:heeft|hebben|had|begon|startte|opende)\\s+(?:een|zijn|haar|hun)\\s+(?:eigen\\s+)?(?:nieuwe\\s+)?"
            + "\\p{L}*(?:site|shop|bedrijf|zaak|winkel|blog|pagina|actie|inzameling|fundraiser|crowdfunding))");
    private static final Pattern LABEL_PARTS = Pattern.compile("[a-z]+");
    /** Round 26 (t26-new): putting things on a site ("zet filmpjes op", "uploadt"), for {@link #KIN_NAMED_SITE}. */
    private static final Pattern PUTS_ON = Pattern.compile("(?iu)(?<![\\p{L}])(?:zet|zette|zetten|uploadt|uploadde)"
            + "(?![\\p{L}])");
    /**
     * Round 26 (t26-new): a site's first label that names a parent or grandparent as its owner: the singular kin word,
     * then a count or "van"/"en" and more ("mamavan5", "papavan3", "mamsvan2", "mama-en-co"), or a blog word
     * ("papablogt", "omavlog"). A site FOR parents ("mamaplaats", "mamaliefde", "ouderschap") or named by a plural kin
     * word ("omasvoorelkaar", review rb) has none of these after the kin word.
     */
    private static final Pattern KIN_NAMED_SITE = Pattern.compile("(?:mama|mamma|mam|mams|papa|pappa|paps|oma|opa|"
            + "moeder|vader|mom|mum|dad|mommy|daddy)-?(?:van-?(?:\\d+|de|het|\\p{L}+)|en-?\\p{L}+|\\d+|"
            + "(?:b|v)log(?:t|s|je)?)(?:-?[a-z0-9]*)");

    private final WordLists words;

    public UrlDetector(WordLists words) {
        this.words = words;
    }

    /**
     * A family's own website: a path that says so ("/over-mij", "/steun-..."), or a domain named after a person
     * ("rikusbogaard.nl", "koolhovenklusbedrijf.nl", "bloemenvanpetra.nl": a listed given name or surname that is no
     * word at the start or the end of the domain's first label) in a sentence about a family member. Organisations'
     * and practices' sites ("thuisarts.nl", "veiligthuis.nl", "praktijkjanssen.nl") are allowed.
     */
    private void personalSites(String text, String lower, List<Span> spans) {
        Matcher m = ANY_SITE.matcher(text);
        while (m.find()) {
            String label = m.group(2).toLowerCase(java.util.Locale.ROOT);
            String path = m.group(3);
            if (TextWindow.containsAny(label, SITE_KEYS) || TextWindow.containsAny(label, PAGE_KEYS)) {
                continue; // social and marketplace pages have their own rules
            }
            if (path != null && (PERSONAL_PATH.matcher(path).find()
                    || profile(path) && aboutFamily(lower, m.start(), m.end())
                    || DIARY_PATH.matcher(path).find()
                    && !words.allowed().containsWord(label) && !PROFESSIONAL_LABEL.matcher(label).find()
                    && !INSTITUTION_LABEL.matcher(label).find())) {
                spans.add(new Span(m.start(), m.end(), Category.URL, NAME));
                continue;
            }
            if (path != null && FAMILY_PATH.matcher(path).find() && !words.allowed().containsWord(label)
                    && !PROFESSIONAL_LABEL.matcher(label).find() && !INSTITUTION_LABEL.matcher(label).find()
                    && familyBusiness(label) && (FAMILY_PHOTOS.matcher(lower).find()
                    || OWNER_CUE.matcher(lower).find() && aboutFamily(lower, m.start(), m.end()))) {
                spans.add(new Span(m.start(), m.end(), Category.URL, NAME));
                continue;
            }
            // round 26 (t26-new): a site named as a parent's own ("mamavan5.nl", "papa-blogt.nl", "omaannie.nl")
            if (!words.allowed().containsWord(label) && !words.isWord(label) && !PROFESSIONAL_LABEL.matcher(label).find()
                    && !INSTITUTION_LABEL.matcher(label).find() && KIN_NAMED_SITE.matcher(label).matches()
                    && aboutFamily(lower, m.start(), m.end())
                    && (OWNER_CUE.matcher(lower).find() || PUTS_ON.matcher(lower).find())) {
                spans.add(new Span(m.start(), m.end(), Category.URL, NAME));
                continue;
            }
            if (words.allowed().containsWord(label) || PROFESSIONAL_LABEL.matcher(label).find()
                    || !namedAfterPerson(label) || !aboutFamily(lower, m.start(), m.end())
                    || !OWNER_CUE.matcher(lower).find()) {
                continue;
            }
            spans.add(new Span(m.start(), m.end(), Category.URL, NAME));
        }
    }

    private boolean aboutFamily(String lower, int start, int end) {
        int from = Math.max(0, start - 120);
        int to = Math.min(lower.length(), end + 60);
        Matcher w = LABEL_PARTS.matcher(lower).region(from, to);
        while (w.find()) {
            if (FAMILY.contains(w.group()) || w.group().startsWith("stief") || w.group().startsWith("pleeg")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Round 20 (t20-items): a family business's site name: a surname that is no given name, word or place, joined to a
     * word (a trade) before or after it ("scheepstra-binnenvaart", "bakkerijkoopmans"); an institution named after a
     * saint, a royal or a person by a given name ("franciscus", "timon") is not one.
     */
    private boolean familyBusiness(String label) {
        String joined = label.replace("-", "");
        for (int i = 4; i + 4 <= joined.length(); i++) {
            String head = joined.substring(0, i);
            String tail = joined.substring(i);
            if (words.isWord(head) && surnameOnly(tail) || surnameOnly(head) && words.isWord(tail)) {
                return true;
            }
        }
        return false;
    }

    private boolean surnameOnly(String lower) {
        String cap = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        return words.isSurname(cap) && !words.isFirstNameLower(lower) && !words.isWord(lower) && !words.isPlace(lower);
    }

    /** A listed name (no word) of four or more letters that starts or ends a part of the label. */
    private boolean namedAfterPerson(String label) {
        Matcher parts = LABEL_PARTS.matcher(label);
        while (parts.find()) {
            String p = parts.group();
            if (p.length() < 4 || words.isWord(p) && p.length() < 9) {
                if (p.length() >= 4 && isPersonName(p)) {
                    continue;
                }
                if (p.length() < 4) {
                    continue;
                }
            }
            for (int i = 4; i <= p.length(); i++) {
                String head = p.substring(0, i);
                String tail = p.substring(p.length() - i);
                if (isPersonName(head) || isPersonName(tail)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isPersonName(String lower) {
        if (lower.length() < 4 || words.isWord(lower) || words.isPlace(lower)) {
            return false;
        }
        String cap = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        return words.isFirstNameLower(lower) || words.isSurname(cap) || lower.length() >= 6 && words.isWeakName(lower);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Span> spans(TextSegment segment, ScreeningContext context) {
        String text = segment.text();
        boolean slash = text.indexOf('/') >= 0;
        boolean at = text.indexOf('@') >= 0;
        boolean colon = text.indexOf(':') >= 0 || text.indexOf('=') >= 0;
        boolean dot = text.indexOf('.') >= 0;
        List<Span> spans = new ArrayList<>(0);
        if (text.length() > 10) {
            // round 21 (t21-items): "Haar Snapchat naam is sanne_2011", "zijn insta is lotte.vd.berg"
            AppHandleWithoutColon.find(text, spans);
        }
        if (!slash && !at && !colon && !dot) {
            return spans;
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (dot && (lower.contains("site") || lower.contains("shop") || lower.contains("winkel")
                || lower.contains("blog") || lower.contains("pagina") || lower.contains("kanaal")
                || lower.contains("account"))) {
            Matcher m = OWN_SITE.matcher(text);
            while (m.find()) {
                spans.add(new Span(m.start(1), m.end(1), Category.URL, NAME)); // a family member's own website
            }
        }
        if (dot && TextWindow.containsAny(lower, PAGE_KEYS)) {
            Matcher m = PERSONAL_PAGE.matcher(text);
            while (m.find()) {
                spans.add(new Span(m.start(), m.end(), Category.URL, NAME));
            }
        }
        if (dot && (slash || lower.contains("www") || lower.contains(".nl") || lower.contains(".com")
                || lower.contains(".be"))) {
            personalSites(text, lower, spans);
        }
        if (slash && dot) {
            Matcher share = FAMILY_SHARES.matcher(lower);
            while (share.find()) {
                // the link is the verb's object: in the same clause, within a few words after the verb
                Matcher end = CLAUSE_END.matcher(text).region(share.end(), text.length());
                int clauseEnd = Math.min(end.find() ? end.start() : text.length(), share.end() + 50);
                Matcher m = SHORT_LINK.matcher(text).region(share.end(), clauseEnd);
                while (m.find()) {
                    if (!FORWARDED.matcher(lower.substring(share.end(), m.start())).find()) {
                        spans.add(new Span(m.start(), m.end(), Category.URL, NAME));
                    }
                }
            }
            Matcher perfect = FAMILY_SHARES_PERFECT.matcher(lower);
            while (perfect.find()) {
                Matcher end = CLAUSE_END.matcher(text).region(perfect.end(), text.length());
                int clauseEnd = Math.min(end.find() ? end.start() : text.length(), perfect.end() + 80);
                Matcher m = SHORT_LINK.matcher(text).region(perfect.end(), clauseEnd);
                while (m.find()) {
                    if (!FORWARDED.matcher(lower.substring(perfect.end(), m.start())).find()
                            && SHARED_PARTICIPLE.matcher(text).region(m.end(), clauseEnd).find()) {
                        spans.add(new Span(m.start(), m.end(), Category.URL, NAME));
                    }
                }
            }
        }
        if (!slash && !at && !colon) {
            return spans;
        }
        slash = slash && TextWindow.containsAny(lower, SITE_KEYS);
        colon = colon && TextWindow.containsAny(lower, APP_KEYS);
        if (slash) {
            Matcher m = PROFILE.matcher(text);
            while (m.find()) {
                spans.add(new Span(m.start(), m.end(), Category.URL, NAME));
            }
        }
        if (at) {
            Matcher m = HANDLE.matcher(text);
            while (m.find()) {
                spans.add(new Span(m.start(), m.end(), Category.URL, NAME));
            }
        }
        if (colon) {
            Matcher m = APP_HANDLE.matcher(text);
            while (m.find()) {
                String handle = m.group(1);
                String handleLower = WordLists.lower(handle);
                boolean word = words.isWord(handleLower) || words.allowed().containsWord(handleLower);
                if (!word || handle.contains("_") || handle.matches(".*\\d.*")) {
                    spans.add(new Span(m.start(1), m.end(1), Category.URL, NAME));
                }
            }
        }
        return spans;
    }
}
