package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vhkgateway.domain.screening.Category;

/**
 * Round 21 (t21-items): a handle named after an app without a colon: "Haar Snapchat naam is sanne_2011", "zijn insta is
 * lotte.vd.berg", "Op TikTok heet ze mila.x_", "Zijn gamertag is DarkWolf12", "staat op Discord als kev_04". Round 20
 * dropped a first draft that read the sentence period as part of the handle and refused ordinary words ("TikTok als
 * dagboek."); here the handle must have a handle's shape after the sentence's period is left off: a digit beside a
 * letter, an underscore, a dot inside, or a capital inside a lower-case word ("DarkWolf"). A plain word or name after
 * "is" ("Zijn insta is privé", "Haar Snapchat naam is Sanne" — a name, read by the name detectors) and a number ("Zijn
 * Steam-account is 3.5 jaar oud") stay out here. Review round 21: a bare "is" names a handle only after a naming noun
 * ("Snapchat naam", "TikTok-account") or a possessive ("zijn insta is ..."), not in "Op Instagram is o.a. ..."; and
 * abbreviations, counts, ranks, game titles and websites are no handles. Stateless and thread-safe.
 */
final class AppHandleWithoutColon {

    private static final Pattern HANDLE = Pattern.compile("(?iu)(?<owner>(?:zijn|haar|hun|mijn|z'n|d'r|m'n)\\s+)?"
            + "(?<![\\p{L}])(?:insta(?:gram)?|snap(?:chat)?|tiktok|"
            + "facebook|fb|twitter|telegram|discord|roblox|fortnite|playstation|psn|xbox|gamertag|youtube|twitch|steam|"
            + "threads|bereal|kik|minecraft)(?<noun>[\\s-]?(?:naam|name|account|accountnaam|gebruikersnaam|username|"
            + "profiel|handle|id|tag|kanaal|channel))?(?![\\p{L}])[^.:=!?\\n]{0,20}?(?<![\\p{L}])(?:(?<bare>is|was)|heet|"
            + "heette|luidt|als|onder\\s+de\\s+naam|met\\s+de\\s+naam|noemt\\s+(?:ze|hij|zij)\\s+zich|=)"
            + "(?:\\s+(?:ze|hij|zij|hem|haar|hun|het))?\\s+@?"
            + "(?-i:(?<handle>[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?))(?![\\w@])");
    private static final Pattern SHAPE = Pattern.compile(
            "(?u).*(?:_|\\p{L}\\d|\\d\\p{L}|[\\p{L}\\d]\\.[\\p{L}\\d]|\\p{Ll}\\p{Lu}).*");
    private static final Pattern NUMBER = Pattern.compile("[\\d.,]+");
    /**
     * Review round 21: abbreviations ("o.a.", "i.o.m.", "v.a."), counts and ranks ("2x", "nr1"), a game's or console's
     * title ("FC25", "PS5", "GTA5") and a website (judged by the URL rules: "www.veiligthuis.nl") are no handles.
     */
    private static final Pattern NOT_HANDLE = Pattern.compile("(?iu)(?:\\p{L}{1,2}\\.)+\\p{L}{1,2}|\\d+x|nr\\.?\\d+|"
            + "(?-i:[A-Z]{1,4}\\d{1,2})|www\\..*|.*\\.(?:nl|com|be|org|net|eu|de|info|nu)");

    private AppHandleWithoutColon() {
    }

    static void find(String text, List<Span> spans) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!(lower.contains("insta") || lower.contains("snap") || lower.contains("tiktok") || lower.contains("face")
                || lower.contains("fb") || lower.contains("twit") || lower.contains("tele") || lower.contains("disc")
                || lower.contains("roblox") || lower.contains("fortnite") || lower.contains("playstation")
                || lower.contains("psn") || lower.contains("xbox") || lower.contains("gamertag")
                || lower.contains("youtube") || lower.contains("steam") || lower.contains("threads")
                || lower.contains("bereal") || lower.contains("kik") || lower.contains("minecraft"))) {
            return;
        }
        Matcher m = HANDLE.matcher(text);
        while (m.find()) {
            String handle = m.group("handle");
            boolean named = m.group("bare") == null || m.group("owner") != null || m.group("noun") != null
                    || m.group().toLowerCase(Locale.ROOT).startsWith("gamertag");
            if (named && SHAPE.matcher(handle).matches() && !NUMBER.matcher(handle).matches()
                    && !NOT_HANDLE.matcher(handle).matches()) {
                spans.add(new Span(m.start("handle"), m.end("handle"), Category.URL, UrlDetector.NAME));
            }
        }
    }
}
