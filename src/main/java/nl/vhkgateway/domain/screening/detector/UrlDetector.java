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
 * marketplace and a personal blog on a blog host's subdomain, and a site named as a family member's ("blog moeder:").
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
                    + "tinder\\.com|badoo\\.com|snap\\.com|mastodon\\.[a-z]+|github\\.com)"
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
    private static final Pattern OWN_SITE = Pattern.compile("(?iu)\\b(?:(?:haar|zijn|hun|mijn|eigen)\\s+(?:eigen\\s+)?"
            + SITE_WORD + "|" + SITE_WORD + "\\s+(?:van\\s+)?(?:de\\s+|het\\s+)?(?:moeder|vader|ouders?|oma|opa|tante|oom|"
            + "broer|zus|stief\\p{L}+|pleeg\\p{L}+|jeugdige|gezin|familie|partner|vriend(?:in)?))\\b"
            + "[^.!?\\n]{0,30}?(?<![\\w.@/-])" + ADDRESS + "(?![\\w@-])");
    private static final String[] SITE_KEYS = {"facebook", "fb.", "instagr", "tiktok", "twitter", "x.com", "snapchat",
        "linkedin", "youtu", "t.me", "telegram", "wa.me", "whatsapp", "threads", "pinterest", "reddit", "twitch",
        "vk.com", "onlyfans", "discord", "tumblr", "soundcloud", "bsky", "linktr", "kik.me", "tinder", "badoo",
        "snap.com", "mastodon", "github"};
    private static final String[] APP_KEYS = {"insta", "snap", "tiktok", "facebook", "fb", "twitter", "telegram",
        "discord", "roblox", "fortnite", "playstation", "psn", "xbox", "gamertag"};

    private final WordLists words;

    public UrlDetector(WordLists words) {
        this.words = words;
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
        if (!slash && !at && !colon && !dot) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>(0);
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
