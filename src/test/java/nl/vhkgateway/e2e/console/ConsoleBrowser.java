package nl.vhkgateway.e2e.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.TimeoutException;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * A headless Chromium (Debian's chromium and chromium-driver) driven by Selenium for the console's browser tests,
 * with the checks every page gets: axe-core finds no WCAG 2.1 A/AA violation, and a screenshot at desktop and at
 * phone width under {@code target/console-screenshots/}. Keyboard helpers move the focus with Tab only, so a test
 * that uses them proves a task can be done without a mouse.
 * <p>
 * Without Chromium the tests are skipped with a message, except in CI ({@code CI=true}), where they fail.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    private static final int MAX_TABS = 80;
    /**
     * Room Chromium keeps for a select's arrow inside its padding (measured at 17 px type: text up to 20 px short
     * of the content box is shown whole, text 10 px short of it is cut).
     */
    private static final int SELECT_ARROW_PX = 24;

    private final WebDriver driver;
    private final String baseUri;

    private ConsoleBrowser(WebDriver driver, String baseUri) {
        this.driver = driver;
        this.baseUri = baseUri.endsWith("/") ? baseUri.substring(0, baseUri.length() - 1) : baseUri;
    }

    /** Skips the calling test (or fails in CI) when Chromium is not installed. */
    static void requireChromium() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true but " + CHROMIUM + " / " + CHROMEDRIVER + " are missing: .ci/run installs chromium and"
                    + " chromium-driver");
        }
        Assumptions.assumeTrue(installed, "Browser tests skipped: no Chromium at " + CHROMIUM + " and "
                + CHROMEDRIVER + " (apt-get install -y chromium chromium-driver)");
    }

    static ConsoleBrowser open(String baseUri) {
        requireChromium();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900",
                "--lang=nl-NL", "--disable-gpu");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new ConsoleBrowser(driver, baseUri);
    }

    WebDriver driver() {
        return driver;
    }

    /** Forgets the session (each test starts logged out, whatever the previous one left). */
    void forgetSession() {
        get("/console/inloggen");
        driver.manage().deleteAllCookies();
    }

    void get(String path) {
        driver.get(baseUri + path);
    }

    String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(baseUri) ? url.substring(baseUri.length()) : url;
    }

    String title() {
        return driver.getTitle();
    }

    String h1() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    // ---- keyboard ------------------------------------------------------------------------------------------

    /** Presses Tab (from the current focus) until the element is focused; fails when it is never reached. */
    WebElement tabTo(By target) {
        WebElement wanted = driver.findElement(target);
        for (int i = 0; i < MAX_TABS; i++) {
            if (wanted.equals(driver.switchTo().activeElement())) {
                return wanted;
            }
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        fail("the keyboard never reached " + target + " on " + path());
        return wanted;
    }

    /** Tabs to a field and types into it. */
    void type(By field, String text) {
        WebElement element = tabTo(field);
        element.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        element.sendKeys(text);
    }

    /**
     * Tabs to a button or link, presses Enter and waits for the next page: first until the current document is gone
     * (right after Enter the old page still reads "complete", and reading it while the browser replaces it fails),
     * then until the new one has loaded. A press that loads no new page (a download) waits out the first step.
     */
    void press(By target) {
        WebElement current = driver.findElement(By.tagName("html"));
        tabTo(target).sendKeys(Keys.ENTER);
        try {
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.stalenessOf(current));
        } catch (TimeoutException noNewPage) {
            // a download or a same-page link: the document stays
        }
        waitForLoad();
    }

    /** Tabs to a checkbox and presses Space. */
    void toggle(By checkbox) {
        tabTo(checkbox).sendKeys(Keys.SPACE);
    }

    /** Tabs to a select and chooses the option with this visible text by typing it. */
    void choose(By select, String visibleText) {
        WebElement element = tabTo(select);
        new org.openqa.selenium.support.ui.Select(element).getOptions().stream()
                .filter(o -> o.getText().equals(visibleText)).findFirst()
                .orElseThrow(() -> new AssertionError("no option " + visibleText));
        element.sendKeys(visibleText);
        assertEquals(visibleText, new org.openqa.selenium.support.ui.Select(element).getFirstSelectedOption().getText());
    }

    /** Logs in with the keyboard only (focus starts at the top of the login page). */
    void login(String user, String password) {
        get("/console/inloggen");
        driver.manage().deleteAllCookies();
        get("/console/inloggen");
        type(By.id("gebruikersnaam"), user);
        type(By.id("wachtwoord"), password);
        press(By.cssSelector("main button[type=submit]"));
    }

    void logout() {
        press(By.cssSelector(".page-header__user button"));
        assertTrue(text().contains("U bent uitgelogd"), text());
    }

    void waitForLoad() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    // ---- checks on every page ------------------------------------------------------------------------------

    /** axe-core: no WCAG 2.0/2.1 A or AA violation on the current page; then screenshots at desktop and phone width. */
    void checkPage(String name) {
        assertAccessible(name);
        screenshot(name);
    }

    void assertAccessible(String name) {
        // Legacy mode: axe runs in the page itself instead of opening about:blank windows, which failed now and
        // then on a loaded machine ("switchToWindow failed"); the rules and tags are the same.
        Results results = new AxeBuilder().setLegacyMode(true)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        List<Rule> violations = results.getViolations();
        assertTrue(violations.isEmpty(), () -> "WCAG violations on " + name + " (" + path() + "): "
                + violations.stream().map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream()
                        .map(n -> n.getTarget().toString()).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")));
        assertTrue(results.getPasses().size() > 5, "axe actually ran on " + name);
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Dimension desktop = new Dimension(1280, 900);
            driver.manage().window().setSize(desktop);
            write(name + "-desktop.png");
            driver.manage().window().setSize(new Dimension(390, 844));
            write(name + "-telefoon.png");
            assertAccessibleAtPhoneWidth(name);
            assertSelectsReadableAtPhoneWidth(name);
            driver.manage().window().setSize(desktop);
        } catch (IOException e) {
            throw new IllegalStateException("screenshot " + name, e);
        }
    }

    /**
     * A screenshot of the whole page at phone width ({@code <name>-telefoon-pagina.png}: the window made as tall as
     * the page), for the docs; the window is back at desktop size afterwards.
     */
    void wholePageAtPhoneWidth(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            driver.manage().window().setSize(new Dimension(390, 844));
            Long height = (Long) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollHeight;");
            driver.manage().window().setSize(new Dimension(390, (int) Math.min(height + 120, 5000)));
            write(name + "-telefoon-pagina.png");
            driver.manage().window().setSize(new Dimension(1280, 900));
        } catch (IOException e) {
            throw new IllegalStateException("screenshot " + name, e);
        }
    }

    private void assertAccessibleAtPhoneWidth(String name) {
        Long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow <= 1, name + " scrolls sideways at phone width by " + overflow + " px");
    }

    /**
     * A closed select shows its chosen option on one line and cuts off what does not fit (Chromium, Firefox and
     * Safari alike; none wraps it), so every option of every select must fit in the select at phone width: its
     * text, measured in the select's own font, no wider than the select's content box less the room of the arrow.
     */
    private void assertSelectsReadableAtPhoneWidth(String name) {
        String clipped = (String) ((JavascriptExecutor) driver).executeScript("""
                const arrow = arguments[0];
                const canvas = document.createElement('canvas').getContext('2d');
                const clipped = [];
                for (const select of document.querySelectorAll('select')) {
                  const style = getComputedStyle(select);
                  canvas.font = style.fontStyle + ' ' + style.fontWeight + ' ' + style.fontSize + ' '
                      + style.fontFamily;
                  const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
                      - arrow;
                  for (const option of select.options) {
                    const width = canvas.measureText(option.text).width;
                    if (width > room) {
                      clipped.push('#' + select.id + ' "' + option.text + '" needs ' + Math.ceil(width)
                          + ' px, has ' + Math.floor(room));
                    }
                  }
                }
                return clipped.join('; ');""", SELECT_ARROW_PX);
        assertTrue(clipped.isEmpty(), name + ": select text cut off at phone width: " + clipped);
    }

    private void write(String file) throws IOException {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(file), png);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
