package nl.vhkgateway.application.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void keepsVisibleTextWithParagraphsAndDropsScriptsStylesAndComments() {
        HtmlText html = HtmlText.of("<html><head><title>Titel</title><style>p{color:red}</style></head><body>"
                + "<p>Beste voorzitter,</p><!-- verborgen opmerking --><div>Hierbij de kaart van "
                + "J.&nbsp;(2011).<br>Groet</div><script>alert('x')</script><table><tr><td>a</td><td>b</td></tr>"
                + "</table></body></html>");
        assertEquals("Beste voorzitter,\n\nHierbij de kaart van J. (2011).\nGroet\n\na b", html.visible());
        assertFalse(html.visible().contains("verborgen"));
        assertFalse(html.visible().contains("alert"));
        assertFalse(html.visible().contains("Titel"));
    }

    @Test
    void collectsLinkTargetsAndAltTextsButNotInlineImageReferences() {
        HtmlText html = HtmlText.of("<a href=\"mailto:iemand@example.nl\">mail</a> <img src=\"cid:logo\" "
                + "alt=\"Foto van de familie\"><a href='https://www.facebook.com/iemand.anders'>x</a>"
                + "<a href=\"#boven\">boven</a><img src=\"cid:x\" alt=cid:y>");
        assertEquals(List.of("mailto:iemand@example.nl", "Foto van de familie", "https://www.facebook.com/iemand.anders"),
                html.hidden());
    }

    @Test
    void decodesEntities() {
        assertEquals("Zoë & \"Daan\" — 5 €", HtmlText.of("Zo&euml; &amp; &quot;Daan&quot; &mdash; 5 &#8364;")
                .visible());
        assertEquals("&onbekend; ok", HtmlText.of("&onbekend; ok").visible());
    }

    @Test
    void hostileMarkupStaysLinear() {
        String unclosedTags = "<".repeat(2_000_000);
        String unclosedComments = "<!--".repeat(500_000);
        String unclosedScripts = "<script>".repeat(300_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertTrue(HtmlText.of(unclosedTags).visible().length() > 0);
            assertEquals("", HtmlText.of(unclosedComments).visible());
            assertEquals("", HtmlText.of(unclosedScripts).visible());
            HtmlText.of("<a href=\"" + "x".repeat(1_000_000));
        });
    }
}
