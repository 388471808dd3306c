package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.serve.ServerConfig;
import org.newsgraph.store.Stores;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pages in a real browser: Debian's headless Chromium, driven by Selenium through Debian's
 * chromedriver (both given by path, so Selenium Manager never downloads anything), against the server on
 * loopback port 0 over the seed article. Opens North Korea's page, reads cytoscape's state, clicks through
 * to Russia, runs an example query from the query page, opens the timeline; screenshots go to
 * {@code target/screenshots/}. Skipped, saying why, when the browser or the driver is not installed
 * ({@code .ci/run} installs them).
 */
final class BrowserTest {
  private static final Logger LOG = LoggerFactory.getLogger(BrowserTest.class);
  /** Debian's browser and driver; the properties exist to try the skip. */
  private static final Path CHROMIUM = Path.of(System.getProperty("newsgraph.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER =
      Path.of(System.getProperty("newsgraph.chromedriver", "/usr/bin/chromedriver"));
  private static final String ID = ServerConfig.DEFAULT_ID_BASE;

  private static NewsgraphServer server;
  private static WebDriver driver;
  private static Path shots;
  private static Path profile; // one fresh --user-data-dir per browser under it, deleted at the end
  private static String skipReason;

  @BeforeAll
  static void start() throws IOException {
    String missing = !Files.isExecutable(CHROMIUM) ? CHROMIUM + " is not installed (Debian package chromium)"
        : !Files.isExecutable(CHROMEDRIVER) ? CHROMEDRIVER + " is not installed (Debian package chromium-driver)"
        : null;
    if (missing != null) {
      LOG.warn("BrowserTest skipped: {}", missing);
      skipReason = missing;
      return;
    }
    Dataset dataset = Stores.inMemory();
    Fixtures.build(List.of(Fixtures.seedArticle()), dataset, 1);
    server = NewsgraphServer.start(dataset, ServerConfig.defaults().toBuilder().port(0)
        .bindAddress("127.0.0.1").quiet(true).queriesDir(Fixtures.projectDir().resolve("queries")).build());
    shots = Files.createDirectories(Fixtures.projectDir().resolve("target/screenshots"));
    profile = Files.createTempDirectory("newsgraph-chromium-");
    driver = new ChromeDriver(service(), options());
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  private static ChromeDriverService service() {
    System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
    return new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
  }

  private static ChromeOptions options(String... more) throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--user-data-dir=" + Files.createTempDirectory(profile, "user-"),
        "--window-size=1280,1000", "--lang=en-GB");
    options.addArguments(more);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    return options;
  }

  /** Each test is skipped (counted, with the reason) when the browser is missing. */
  @BeforeEach
  void browserPresent() {
    assumeTrue(skipReason == null, skipReason);
  }

  @AfterAll
  static void stop() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.stop();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        for (Path f : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
          Files.deleteIfExists(f);
        }
      }
    }
  }

  @Test
  void northKoreaGraphShowsRussiaBySuppliesAndClicksThrough() throws IOException {
    severeConsoleMessages(); // drop what earlier pages logged (a text/plain result has no icon link)
    open("/id/entity/country/north-korea");
    waitForGraph();
    assertEquals("North Korea", driver.findElement(By.tagName("h1")).getText());
    @SuppressWarnings("unchecked")
    List<String> statuses = (List<String>) js("var cy = window.newsgraphGraph;"
        + "return cy.edges('[label = \"supplies\"]').filter(function (e) {"
        + "  return e.source().data('label') === 'North Korea' && e.target().data('label') === 'Russia';"
        + "}).map(function (e) { return e.data('status'); });");
    assertTrue(statuses.contains("asserted"), "supplies edges North Korea → Russia: " + statuses);
    assertEquals("dotted", js("return window.newsgraphGraph.edges('[status = \"unconfirmed\"]')[0]"
        + ".style('line-style');"), "unconfirmed claims are drawn dotted");
    assertEquals(List.of(), severeConsoleMessages(), "no script errors or CSP violations");
    screenshot("01-north-korea.png");
    save(driver.findElement(By.id("graph")).getScreenshotAs(OutputType.FILE), "02-north-korea-graph.png");
    long entities = visibleNodes();
    driver.findElement(By.id("graph-events")).click();
    assertTrue(visibleNodes() > entities, "the checkbox shows the events");
    js("arguments[0].scrollIntoView();", driver.findElement(By.id("graph")));
    save(driver.findElement(By.id("graph")).getScreenshotAs(OutputType.FILE),
        "02b-north-korea-graph-with-events.png");
    driver.findElement(By.id("graph-events")).click();
    assertEquals(entities, visibleNodes());

    String claim = (String) js("return window.newsgraphGraph.edges('[label = \"supplies\"]"
        + "[status = \"asserted\"]')[0].data('href');");
    click("edges('[label = \"supplies\"][status = \"asserted\"]')[0].renderedMidpoint()");
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url(claim)));
    assertTrue(claim.startsWith("/id/claim/"), claim);
    driver.navigate().back();
    waitForGraph();

    click("getElementById('" + ID + "entity/country/russia').renderedPosition()");
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.urlToBe(url("/id/entity/country/russia")));
    assertEquals("Russia", driver.findElement(By.tagName("h1")).getText());
    waitForGraph();
    screenshot("03-russia.png");
  }

  @Test
  void exampleQueryFromTheQueryPage() throws IOException {
    open("/");
    driver.findElement(By.linkText("01-who-supplies-russia")).click();
    WebElement box = driver.findElement(By.name("query"));
    assertTrue(box.getAttribute("value").contains("ng:supplies"), box.getAttribute("value"));
    screenshot("04-query-page.png");
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    WebElement result = new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.tagName("pre")));
    String text = result.getText();
    assertTrue(text.contains("\"North Korea\"@en"), text);
    assertTrue(text.contains("entity/country/north-korea"), text);
    screenshot("05-query-result.png");
  }

  @Test
  void timelineLinksToEvents() throws IOException {
    open("/timeline");
    List<WebElement> bars = driver.findElements(By.cssSelector("figure.timeline svg a"));
    assertFalse(bars.isEmpty(), "no bars on the timeline");
    assertTrue(driver.findElement(By.tagName("svg")).getText().contains("Briefing"),
        "the NIS briefing is on the timeline");
    screenshot("06-timeline.png");
    WebElement delegation = driver.findElements(By.cssSelector("figure.timeline svg a text")).stream()
        .filter(t -> t.getText().startsWith("Delegation")).findFirst().orElseThrow();
    delegation.click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.urlContains("/id/event/"));
    assertTrue(driver.findElement(By.tagName("body")).getText().contains("Delegation"));
  }

  @Test
  void entityPageWithoutJavaScriptIsTheTables() throws IOException {
    ChromeOptions options = options("--blink-settings=scriptEnabled=false");
    WebDriver plain = new ChromeDriver(service(), options);
    try {
      plain.get(url("/id/entity/country/north-korea"));
      assertFalse(plain.findElement(By.id("graph-panel")).isDisplayed(), "no empty graph panel");
      // an entity's relations are listed as its claims (each with who says it), a page at a time
      assertTrue(plain.findElement(By.tagName("body")).getText().contains("Claims 1–"));
      assertTrue(plain.findElements(By.linkText("Russia")).size() > 0, "Russia is linked in the tables");
      save(((TakesScreenshot) plain).getScreenshotAs(OutputType.FILE), "07-north-korea-without-script.png");
    } finally {
      plain.quit();
    }
  }

  private static void open(String path) {
    driver.get(url(path));
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private static void waitForGraph() {
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d ->
        "true".equals(d.findElement(By.id("graph")).getAttribute("data-ready")));
  }

  private static long visibleNodes() {
    return (Long) js("return window.newsgraphGraph.nodes(':visible').length;");
  }

  /** A real mouse click where {@code window.newsgraphGraph.EXPRESSION} (a rendered position) is. */
  private static void click(String expression) {
    WebElement box = driver.findElement(By.id("graph"));
    @SuppressWarnings("unchecked")
    Map<String, Number> p = (Map<String, Number>) js("var r = window.newsgraphGraph." + expression
        + "; return {x: r.x, y: r.y};");
    int dx = (int) Math.round(p.get("x").doubleValue() - box.getSize().getWidth() / 2.0);
    int dy = (int) Math.round(p.get("y").doubleValue() - box.getSize().getHeight() / 2.0);
    new Actions(driver).scrollToElement(box).moveToElement(box, dx, dy).click().perform();
  }

  private static List<String> severeConsoleMessages() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
        .toList();
  }

  private static void screenshot(String name) throws IOException {
    save(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE), name);
  }

  private static void save(java.io.File file, String name) throws IOException {
    Files.copy(file.toPath(), shots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
