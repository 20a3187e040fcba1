package org.selving.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Debian's Chromium, headless, driven by Selenium against the application under test. Register it
 * once per test class, so the browser starts once for all its tests:
 *
 * <pre>{@code @RegisterExtension static final Browser browser = new Browser();}</pre>
 *
 * The browser and its driver are taken from their Debian paths, never downloaded; when they are
 * missing the tests fail (install them with {@code apt-get install chromium chromium-driver}, as
 * {@code .ci/run} does). Each start uses a fresh profile, deleted afterwards.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** The axe-core rule sets checked: WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
    private static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final List<String> BLOCKING_IMPACTS = List.of("serious", "critical");

    private Path profile;
    private ChromeDriverService service;
    private ChromeDriver driver;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        for (Path executable : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(executable)) {
                throw new IllegalStateException(executable + " is missing: the browser tests need Debian's Chromium"
                        + " (apt-get install chromium chromium-driver)");
            }
        }
        profile = Files.createTempDirectory("selving-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile);
        // pages pick their language from the browser's: make it the same on every machine
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en"));
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        // a client address of its own (the test profile trusts X-Forwarded-For), so the code-entry
        // throttle counts this browser's bad codes apart from every other test's
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("X-Forwarded-For", Api.newClientAddress())));
        resize(1280, 900);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            if (service != null) {
                service.stop();
            }
            deleteProfile();
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the application under test, e.g. {@code /respond/thanks}. */
    public void open(String path) {
        String root = ConfigProvider.getConfig().getValue("test.url", String.class);
        driver.get(root.replaceFirst("/$", "") + path);
    }

    /** The path and query of the page shown, e.g. {@code /respond/thanks?lang=en}. */
    public String path() {
        return driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
    }

    /**
     * Opens a path in a window of a new browser context, with cookies of its own (another phone, as far
     * as the application can tell), and switches to it; {@link #switchTo} comes back. Contexts are made
     * by the browser itself, over its DevTools connection (a page's own session may not make them).
     *
     * @return the new window's handle
     */
    public String openInNewContext(String path) {
        String root = ConfigProvider.getConfig().getValue("test.url", String.class).replaceFirst("/$", "");
        Map<?, ?> context = browserCommand("Target.createBrowserContext", Map.of());
        Map<?, ?> target = browserCommand("Target.createTarget",
                Map.of("url", root + path, "browserContextId", context.get("browserContextId")));
        String id = String.valueOf(target.get("targetId"));
        patience().until(browser -> browser.getWindowHandles().contains(id));
        switchTo(id);
        patience().until(browser -> "complete".equals(script("return document.readyState;")));
        return id;
    }

    /** A DevTools command sent to the browser as a whole; its result. */
    private Map<?, ?> browserCommand(String method, Map<String, Object> parameters) {
        try {
            Map<?, ?> options = (Map<?, ?>) driver.getCapabilities().getCapability("goog:chromeOptions");
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            String version = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://"
                    + options.get("debuggerAddress") + "/json/version")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            String socket = json.readTree(version).get("webSocketDebuggerUrl").asText();
            java.util.concurrent.CompletableFuture<String> reply = new java.util.concurrent.CompletableFuture<>();
            StringBuilder received = new StringBuilder();
            java.net.http.WebSocket webSocket = http.newWebSocketBuilder().buildAsync(java.net.URI.create(socket),
                    new java.net.http.WebSocket.Listener() {
                        @Override
                        public java.util.concurrent.CompletionStage<?> onText(java.net.http.WebSocket ws, CharSequence data,
                                boolean last) {
                            received.append(data);
                            if (last) {
                                reply.complete(received.toString());
                            }
                            ws.request(1);
                            return null;
                        }
                    }).join();
            webSocket.sendText(json.writeValueAsString(Map.of("id", 1, "method", method, "params", parameters)), true);
            Map<?, ?> answer = json.readValue(reply.get(10, java.util.concurrent.TimeUnit.SECONDS), Map.class);
            webSocket.sendClose(java.net.http.WebSocket.NORMAL_CLOSURE, "").join();
            if (answer.get("error") != null) {
                throw new IllegalStateException(method + ": " + answer.get("error"));
            }
            return (Map<?, ?>) answer.get("result");
        } catch (IOException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(method + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Switches to a window, as {@link #openInNewContext} gave its handle. */
    public void switchTo(String window) {
        driver.switchTo().window(window);
        // a window in the background is not laid out: what it shows could not be read
        driver.executeCdpCommand("Page.bringToFront", Map.of());
    }

    /** The current window's handle. */
    public String window() {
        return driver.getWindowHandle();
    }

    /** Runs a script in the page and returns its value. */
    public Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }

    /**
     * Waits until the condition holds, as {@link #find} waits for an element; an element replaced while
     * the condition read it (a page that updates itself) is read again.
     */
    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        patience().ignoring(StaleElementReferenceException.class).until(condition::apply);
    }

    /** The text of the first element matching the selector, read in one step (the page may replace it meanwhile). */
    public String text(String cssSelector) {
        find(cssSelector);
        Object text = ((JavascriptExecutor) driver).executeScript(
                "var e = document.querySelector(arguments[0]); return e ? e.innerText : null;", cssSelector);
        return text == null ? "" : text.toString().strip();
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** The element that has the keyboard focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** The first element matching the selector, waiting a little for a page that is still loading. */
    public WebElement find(String cssSelector) {
        return patience().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(cssSelector)));
    }

    /**
     * Clicks what submits a form or follows a link and waits until the next page has replaced this
     * one: a click returns before the navigation it starts, so what follows would see the old page.
     */
    public void clickAndWait(String cssSelector) {
        navigate(() -> find(cssSelector).click());
    }

    /** Runs an action that leaves the page (a click, Enter on a form) and waits for the next page. */
    public void navigate(Runnable action) {
        WebElement page = driver.findElement(By.tagName("html"));
        action.run();
        patience().until(browser -> isGone(page));
    }

    /**
     * Whether an element of the previous page is gone. Caught in the middle of the navigation, Chrome
     * may say that the node no longer belongs to the document instead of calling it stale (which is all
     * {@link ExpectedConditions#stalenessOf} knows): the same news.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException stale) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    private WebDriverWait patience() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    /** Signs in on the sign-in page, as a person does, after forgetting any earlier session. */
    public void signIn(String email, String password) {
        open("/login");
        driver.manage().deleteAllCookies();
        open("/login");
        find("#email").sendKeys(email);
        find("#password").sendKeys(password);
        clickAndWait("form[action='/login'] button[type=submit]");
    }

    /** How many pixels the page is wider than the window: anything above 0 scrolls sideways. */
    public long horizontalOverflow() {
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        return ((Number) overflow).longValue();
    }

    /**
     * Runs the axe-core WCAG 2.x A and AA rules on the page shown.
     *
     * @return the serious and critical violations, one line each with the elements at fault; empty when none
     */
    public String accessibilityViolations() {
        Results results = new AxeBuilder().withTags(WCAG_A_AA).analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core failed on " + path() + ": " + results.getErrorMessage());
        }
        return results.getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .map(Browser::describe)
                .collect(Collectors.joining("\n"));
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + "): "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", "));
    }

    private void deleteProfile() throws IOException {
        if (profile == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
