package vn.govca.dist.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium through Debian's chromedriver, pointed at the RA
 * web UI (DESIGN: real clients, no mocks). The test server's TLS certificate comes from the
 * bootstrap's management CA, which the browser does not know: {@code --ignore-certificate-errors}.
 * Running as root in a container needs {@code --no-sandbox}; {@code /dev/shm} may be small, hence
 * {@code --disable-dev-shm-usage}. Downloads land in {@code downloads}, screenshots in
 * {@code screenshots}. Waits are conditions (page elements, URLs, files), never sleeps.
 */
public final class RaBrowser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final URI base;
    private final Path downloads;
    private final Path screenshots;

    private RaBrowser(ChromeDriver driver, URI base, Path downloads, Path screenshots) {
        this.driver = driver;
        this.base = base;
        this.downloads = downloads;
        this.screenshots = screenshots;
    }

    /** Starts Chromium (laptop window, 1366×900). */
    public static RaBrowser start(URI httpsBase, Path downloads, Path screenshots) throws IOException {
        Files.createDirectories(downloads);
        Files.createDirectories(screenshots);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--ignore-certificate-errors", "--window-size=1366,900", "--lang=vi");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "safebrowsing.enabled", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new RaBrowser(new ChromeDriver(service, options), httpsBase, downloads, screenshots);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens {@code path} (e.g. {@code /ra/login.xhtml}) on the server. */
    public void open(String path) {
        driver.get(base.resolve(path).toString());
    }

    /** A browser without the server's cookies: a new visitor. */
    public void forgetSession() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /** Waits until {@code by} matches exactly {@code n} elements (e.g. table rows after an Ajax update). */
    public void awaitCount(By by, int n) {
        new WebDriverWait(driver, WAIT).until(d -> d.findElements(by).size() == n);
    }

    /**
     * Waits until the texts of the elements {@code by} matches satisfy {@code condition}, and
     * returns them. An Ajax update may replace the elements while they are read (stale): they
     * are read again.
     */
    public List<String> awaitTexts(By by, Predicate<List<String>> condition) {
        return new WebDriverWait(driver, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    List<String> texts = d.findElements(by).stream().map(WebElement::getText).toList();
                    return condition.test(texts) ? texts : null;
                });
    }

    /** The path of the page shown. */
    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    public WebElement await(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void awaitPath(String path) {
        new WebDriverWait(driver, WAIT).until(d -> path.equals(path()));
    }

    /** Clicks a button that submits the whole page, and waits until the next page replaced this one. */
    public void submit(By button) {
        WebElement b = await(button);
        b.click();
        new WebDriverWait(driver, WAIT).until(d -> gone(b));
    }

    /**
     * Whether {@code e} left the document. Chromium reports a replaced node either as stale or,
     * when the page is swapped while it is asked, as "Node with given id does not belong to the
     * document" (a plain WebDriverException): both mean the next page is there.
     */
    private static boolean gone(WebElement e) {
        try {
            e.isEnabled();
            return false;
        } catch (WebDriverException replaced) {
            return true;
        }
    }

    /** Signs in with a password on the sign-in page. */
    public void signIn(String username, String password) {
        open("/ra/login.xhtml");
        await(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        submit(By.id("login:sign-in"));
    }

    /** Picks the option with value {@code value} of a native select. */
    public void choose(String selectId, String value) {
        new Select(await(By.id(selectId))).selectByValue(value);
    }

    /** Saves a PNG of the page as {@code <name>.png}. */
    public Path screenshot(String name) {
        try {
            Path target = screenshots.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save screenshot " + name, e);
        }
    }

    /** Screenshot at a tablet's size (820×1180), then back to the laptop window. */
    public Path tabletScreenshot(String name) {
        driver.manage().window().setSize(new Dimension(820, 1180));
        try {
            return screenshot(name);
        } finally {
            driver.manage().window().setSize(new Dimension(1366, 900));
        }
    }

    /** The downloaded file, once complete. */
    public Path awaitDownload(String fileName) {
        Path file = downloads.resolve(fileName);
        new WebDriverWait(driver, WAIT).until(d -> Files.isRegularFile(file)
                && !Files.exists(downloads.resolve(fileName + ".crdownload")));
        return file;
    }

    /** Console messages since the last call that report a Content-Security-Policy violation. */
    public List<String> cspViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
