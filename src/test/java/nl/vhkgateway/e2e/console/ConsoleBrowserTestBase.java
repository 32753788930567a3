package nl.vhkgateway.e2e.console;

import nl.vhkgateway.e2e.RunningGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What every console browser test shares: the one Payara boot of the end-to-end tests ({@link RunningGateway}) and a
 * headless Chromium per test class, opened before its first test and closed after its last. Test classes run one
 * after another (the browser field is shared).
 */
abstract class ConsoleBrowserTestBase {

    @RegisterExtension
    static final RunningGateway.Extension GATEWAY = new RunningGateway.Extension();

    static ConsoleBrowser browser;

    @BeforeAll
    static void openBrowser() {
        ConsoleBrowser.requireChromium();
        browser = ConsoleBrowser.open(GATEWAY.gateway().payara().baseUri().toString());
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
