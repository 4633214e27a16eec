package dev.chit.bootstrap.e2e;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A real Chromium for the web apps' end-to-end tests: Debian's {@code /usr/bin/chromium} driven
 * through its {@code /usr/bin/chromedriver} (nothing is downloaded), headless, with a fresh
 * profile. Finds controls as a person does, by their labels and names. When the browser is not
 * installed the tests are skipped loudly, unless {@code CHIT_REQUIRE_BROWSER=true} (as in CI).
 */
final class Browser implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Browser.class.getName());
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path AXE = Path.of("..", "adapters-web", "src", "main", "web", "node_modules", "axe-core",
            "axe.min.js");

    enum Viewport {
        PHONE(390, 844, true), DESKTOP(1280, 800, false);

        final int width;
        final int height;
        final boolean mobile;

        Viewport(int width, int height, boolean mobile) {
            this.width = width;
            this.height = height;
            this.mobile = mobile;
        }

        String label() {
            return width + "x" + height;
        }
    }

    private final ChromeDriver driver;
    private final Path profile;
    private Viewport viewport = Viewport.PHONE;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser start() {
        return start("en-US");
    }

    /** A browser whose languages are {@code languages} ({@code "de-DE,de"}): what {@code navigator.languages} says. */
    static Browser start(String languages) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed) {
            String message = "chromium and chromedriver are not installed (apt-get install chromium chromium-driver)";
            if (required()) {
                throw new IllegalStateException(message + "; CHIT_REQUIRE_BROWSER=true");
            }
            LOG.warning("event=browser-tests-skipped reason=\"" + message + "\"");
            Assumptions.abort(message);
        }
        try {
            Path profile = Files.createTempDirectory("chit-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--hide-scrollbars", "--lang=" + languages.split(",")[0], "--window-size=1280,900",
                    "--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", languages));
            // The page's console, to catch anything the content security policy blocked.
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ZERO);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            Browser browser = new Browser(driver, profile);
            browser.resize(Viewport.PHONE);
            return browser;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean required() {
        return Optional.ofNullable(System.getenv("CHIT_REQUIRE_BROWSER"))
                .map(value -> value.strip().toLowerCase(Locale.ROOT)).filter("true"::equals).isPresent();
    }

    void open(String url) {
        driver.get(url);
    }

    /** The viewport the page is laid out for (device metrics, so it is exact in headless mode). */
    void resize(Viewport size) {
        this.viewport = size;
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", size.width, "height", size.height, "deviceScaleFactor", 1, "mobile", size.mobile));
    }

    /** Screenshots of the page as it is, at the phone and the desktop size, into target/screenshots. */
    void screenshots(String name) {
        Viewport was = viewport;
        for (Viewport size : Viewport.values()) {
            resize(size);
            pause(Duration.ofMillis(300));
            save(name + "-" + size.label() + ".png", driver.getScreenshotAs(OutputType.BYTES));
        }
        resize(was);
        pause(Duration.ofMillis(200));
    }

    private static void save(String file, byte[] png) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(file), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A screenshot at an exact size (the portal's tablet, 1024x768), into target/screenshots. */
    void screenshotAt(String file, int width, int height, boolean mobile) {
        Viewport was = viewport;
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
        pause(Duration.ofMillis(400));
        save(file, driver.getScreenshotAs(OutputType.BYTES));
        resize(was);
    }

    /** Lays the page out at an exact size until the next resize. */
    void layOut(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** Runs script in the page; {@code arguments} are passed on, the last one is the callback for async. */
    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    Object asyncScript(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(javascript, arguments);
    }

    /** The visible element whose accessible name ({@code aria-label}) starts with {@code label}: a card, a region. */
    WebElement labelled(String label) {
        return firstVisible(By.xpath("//*[starts-with(@aria-label, " + literal(label) + ")]"), "element labelled \"" + label + "\"");
    }

    /** Whether a visible element labelled so is on the page now (no waiting). */
    boolean hasLabelled(String label) {
        return !visible(By.xpath("//*[starts-with(@aria-label, " + literal(label) + ")]")).isEmpty();
    }

    /** Clicks the button named {@code name} inside {@code scope} (a card, a dialog). */
    void clickIn(WebElement scope, String name) {
        WebElement button = waiting(Duration.ofSeconds(15)).withMessage("button \"" + name + "\" inside " + scope.getAccessibleName())
                .until(d -> scope.findElements(By.cssSelector("button, a.button")).stream()
                        .filter(WebElement::isDisplayed).filter(b -> named(b, name)).filter(WebElement::isEnabled)
                        .findFirst().orElse(null));
        scrollTo(button);
        button.click();
    }

    // A page that re-renders while it is looked through (a refetch) detaches what was found: look again.
    WebDriverWait waiting(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Waits until some visible element's text contains {@code text}; answers it. */
    WebElement waitForText(String text) {
        return waiting(Duration.ofSeconds(15)).withMessage("text \"" + text + "\" on " + driver.getCurrentUrl())
                .until(d -> visible(By.xpath("//*[contains(normalize-space(.), " + literal(text) + ")]"))
                        .stream().reduce((outer, inner) -> inner).orElse(null));
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The button whose accessible name is {@code name}, or starts with it. */
    WebElement button(String name) {
        return waiting(Duration.ofSeconds(15)).withMessage("button \"" + name + "\"")
                .until(d -> visible(By.cssSelector("button, a.button")).stream()
                        .filter(b -> named(b, name)).findFirst().orElse(null));
    }

    void click(String buttonName) {
        WebElement button = button(buttonName);
        waiting(Duration.ofSeconds(15)).withMessage("button \"" + buttonName + "\" enabled").until(d -> button.isEnabled());
        scrollTo(button);
        button.click();
    }

    /**
     * Clicks the button whose text reads {@code text}: for pages in another origin's frame, where
     * chromedriver cannot compute accessible names.
     */
    void clickButtonReading(String text) {
        WebElement button = firstVisible(By.xpath("//button[normalize-space(.)=" + literal(text) + "]"),
                "button reading \"" + text + "\"");
        button.click();
    }

    /** Clicks the label that reads {@code text} (radio buttons, checkboxes). */
    void choose(String text) {
        WebElement label = firstVisible(By.xpath("//label[starts-with(normalize-space(.), " + literal(text) + ")]"),
                "choice \"" + text + "\"");
        scrollTo(label);
        label.click();
    }

    /** The input that the label reading {@code label} is for. */
    WebElement field(String label) {
        WebElement labelElement = firstVisible(By.xpath("//label[normalize-space(.)=" + literal(label) + "]"),
                "field \"" + label + "\"");
        return driver.findElement(By.id(labelElement.getAttribute("for")));
    }

    private WebElement firstVisible(By by, String what) {
        return waiting(Duration.ofSeconds(15)).withMessage(what)
                .until(d -> visible(by).stream().findFirst().orElse(null));
    }

    /** Picks the option reading {@code option} in the select labelled {@code label}. */
    void select(String label, String option) {
        WebElement select = field(label);
        scrollTo(select);
        new org.openqa.selenium.support.ui.Select(select).selectByVisibleText(option);
    }

    /** Gives the file input labelled {@code label} (by the label that wraps it) the file {@code file}. */
    void upload(String label, Path file) {
        WebElement input = firstVisible(By.xpath("//label[starts-with(normalize-space(.), " + literal(label) + ")]"),
                "upload \"" + label + "\"").findElement(By.cssSelector("input[type=file]"));
        input.sendKeys(file.toAbsolutePath().toString());
    }

    void type(String label, String text) {
        WebElement input = field(label);
        scrollTo(input);
        input.sendKeys(text);
    }

    /** Does {@code work} inside the visible frame titled {@code title} (a bank's challenge), then returns to the page. */
    void insideFrame(String title, Runnable work) {
        WebElement frame = firstVisible(By.xpath("//iframe[@title=" + literal(title) + "]"), "frame \"" + title + "\"");
        driver.switchTo().frame(frame);
        try {
            // The frame starts as about:blank; its page is there once it has loaded.
            waiting(Duration.ofSeconds(15)).withMessage("frame \"" + title + "\" loaded").until(d -> Boolean.TRUE.equals(
                    script("return document.readyState === 'complete' && location.href !== 'about:blank'")));
            work.run();
        } finally {
            driver.switchTo().defaultContent();
        }
    }

    WebElement dialog() {
        return waiting(Duration.ofSeconds(15)).withMessage("a dialog")
                .until(d -> visible(By.cssSelector("[role=dialog]")).stream().findFirst().orElse(null));
    }

    WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    /** The element that has the keyboard's focus. */
    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** What the content security policy blocked since the last call (the console's reports). */
    List<String> policyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    /**
     * What axe-core (the web build's copy, from npm) finds against WCAG 2 A and AA on the page as
     * it is: each serious or critical violation as "rule: the elements". Run through the driver,
     * so the page's content security policy does not stop it.
     */
    List<String> accessibilityViolations() {
        try {
            driver.executeScript(Files.readString(AXE));
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is installed by the web build (npm ci): " + AXE, e);
        }
        Object result = driver.executeAsyncScript(String.join("\n",
                "const done = arguments[arguments.length - 1];",
                "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})",
                "  .then(r => done(r.violations",
                "      .filter(v => v.impact === 'serious' || v.impact === 'critical')",
                "      .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))",
                "  .catch(e => done(['axe failed: ' + e]));"));
        return ((List<?>) result).stream().map(String::valueOf).toList();
    }

    /** Presses keys on whatever has the focus, as a keyboard-only guest does. */
    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    private List<WebElement> visible(By by) {
        return driver.findElements(by).stream().filter(WebElement::isDisplayed).toList();
    }

    private static boolean named(WebElement element, String name) {
        String accessible = Optional.ofNullable(element.getAccessibleName()).orElse("").strip();
        return accessible.equals(name) || accessible.startsWith(name);
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    private static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        driver.quit();
        deleteQuietly(profile.toFile());
    }

    private static void deleteQuietly(File file) {
        File[] children = file.listFiles();
        if (children != null) {
            for (File child : children) {
                deleteQuietly(child);
            }
        }
        file.delete();
    }
}
