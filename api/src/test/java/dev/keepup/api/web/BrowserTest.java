package dev.keepup.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.keepup.api.Application;
import dev.keepup.api.TestSources;
import dev.keepup.api.config.ConfigLoader;
import dev.keepup.api.http.HttpApi;
import dev.keepup.api.ingest.SampleData;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real browser: Debian's headless Chromium, driven through Debian's chromedriver,
 * against the real server with the sample papers. {@code .ci/run} installs both packages; without
 * them these tests are skipped with a message saying so.
 */
@Tag("browser")
class BrowserTest {

  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir static Path dataDir;
  @TempDir static Path profile;
  static MockWebServer blog;
  static Application app;
  static HttpApi http;
  static ChromeDriver browser;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws IOException {
    assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
        "browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run does it)");
    blog = new MockWebServer();
    blog.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return request.getUrl().encodedPath().equals("/lil/index.xml")
            ? new MockResponse.Builder().addHeader("Content-Type", "application/rss+xml").body(LIL_LOG).build()
            : new MockResponse.Builder().code(404).build();
      }
    });
    blog.start();
    Path sources = TestSources.write(Files.createDirectories(dataDir.resolve("config")), blog.url("/").toString());
    app = Application.open(new ConfigLoader().load(null, Map.of("KEEPUP_CRAWL_SOURCES", sources.toString())).withDataDir(dataDir.resolve("data")));
    app.ingest().ingest(SampleData.papers().papers());
    http = HttpApi.start(app, "127.0.0.1", 0);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(List.of(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1280,900", "--user-data-dir=" + profile));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (http != null) {
      http.close();
    }
    if (app != null) {
      app.close();
    }
    if (blog != null) {
      blog.close();
    }
  }

  private static String base() {
    return "http://127.0.0.1:" + http.port() + "/";
  }

  private static void screenshot(String name) throws IOException {
    Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void searchThenOpenAPaperThenItsSimilarPapers() throws IOException {
    browser.get(base());
    WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
    assertThat(browser.findElement(By.cssSelector("label[for=q]")).getAttribute("textContent")).isEqualTo("Search papers");

    box.sendKeys("heat-bath random walks", Keys.ENTER);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#total")));
    List<WebElement> hits = browser.findElements(By.cssSelector(".hit h2 a"));
    screenshot("search");

    assertThat(hits).isNotEmpty();
    assertThat(hits.getFirst().getText()).isEqualTo("Heat-bath random walks with Markov bases");
    assertThat(browser.findElements(By.cssSelector(".hit mark"))).isNotEmpty();

    hits.getFirst().click();
    WebElement title = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.paper h1")));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//h2[text()='Similar papers']/following-sibling::*[1]")));
    screenshot("paper");

    assertThat(title.getText()).isEqualTo("Heat-bath random walks with Markov bases");
    assertThat(browser.getCurrentUrl()).endsWith("#/paper/1605.08386");
    assertThat(browser.findElement(By.linkText("PDF")).getAttribute("href")).isEqualTo("https://arxiv.org/pdf/1605.08386v1");
    assertThat(browser.findElements(By.cssSelector(".meta a[href^='#/researcher/']"))).isNotEmpty();
  }

  @Test
  void fromAPaperToItsAuthorThenTheGraphWhichExpandsOnClick() throws IOException {
    browser.get(base() + "#/paper/1605.08386");
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Caprice Stanley"))).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Caprice Stanley"));
    assertThat(browser.findElement(By.id("coauthors")).getText()).contains("Tobias Windisch");
    screenshot("researcher");

    browser.findElement(By.linkText("Explore in the graph")).click();
    WebElement graph = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph[data-nodes]")));
    int before = Integer.parseInt(graph.getAttribute("data-nodes"));
    screenshot("graph");
    // Cytoscape draws on a canvas: fire its tap on the paper node, as a click on it would.
    Object clicked = browser.executeScript(
        "const box = document.querySelector('#graph').getBoundingClientRect();"
            + "const cy = window.keepupGraph; const node = cy.getElementById('Paper:1605.08386');"
            + "node.emit('tap'); return node.length;");
    wait.until(d -> Integer.parseInt(graph.getAttribute("data-nodes")) > before);

    assertThat(clicked).isEqualTo(1L);
    assertThat(before).isEqualTo(2); // the researcher and their one paper
    assertThat(browser.findElement(By.id("graph")).getAttribute("data-nodes")).isNotEqualTo("2");
  }

  @Test
  void subscribeToASearchThenFollowItsAtomFeed() throws Exception {
    browser.get(base() + "#/?q=testing");
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Subscribe to this search"))).click();
    WebElement name = wait.until(ExpectedConditions.elementToBeClickable(By.id("name")));
    assertThat(name.getAttribute("value")).isEqualTo("testing");
    browser.findElement(By.cssSelector("#subscribe button")).click();
    WebElement feedLink = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("feed-link")));
    screenshot("subscriptions");
    String feedUrl = feedLink.getAttribute("href");

    okhttp3.OkHttpClient client = new okhttp3.OkHttpClient();
    try (okhttp3.Response digest = client.newCall(new okhttp3.Request.Builder()
        .url(base() + "api/subscriptions/testing/digest").post(okhttp3.RequestBody.create(new byte[0])).build()).execute()) {
      assertThat(digest.code()).isEqualTo(200);
    }
    com.rometools.rome.feed.synd.SyndFeed feed;
    try (okhttp3.Response atom = client.newCall(new okhttp3.Request.Builder().url(feedUrl).build()).execute()) {
      assertThat(atom.header("Content-Type")).startsWith("application/atom+xml");
      feed = new com.rometools.rome.io.SyndFeedInput().build(new java.io.StringReader(atom.body().string()));
    }

    assertThat(feedUrl).endsWith("/feeds/testing.atom");
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getEntries()).isNotEmpty();
    assertThat(feed.getEntries()).allSatisfy(e -> assertThat(e.getUri()).isNotBlank());
  }

  @Test
  void aBadQueryShowsTheServersMessageInsteadOfResults() {
    browser.get(base() + "#/?q=" + "title%3A(unclosed");

    WebElement error = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=alert]")));

    assertThat(error.getText()).startsWith("bad query");
  }

  static final String LIL_LOG = resource("/feeds/lilianweng-index.xml");
  private static final String AXE = resource("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js");

  private static String resource(String name) {
    try (java.io.InputStream in = BrowserTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("test resource missing: " + name, e);
    }
  }

  /** Every page of the UI, by name, with the address that shows it and what tells it has loaded. */
  private static Map<String, String[]> pages() throws IOException {
    String topic;
    try (okhttp3.Response r = new okhttp3.OkHttpClient().newCall(new okhttp3.Request.Builder()
        .url(base() + "api/topics?days=36500").build()).execute()) {
      topic = dev.keepup.api.Json.MAPPER.readTree(r.body().string()).get("topics").get(0).get("id").asText();
    }
    Map<String, String[]> pages = new java.util.LinkedHashMap<>();
    pages.put("search", new String[] {"#/?q=testing", "#total"});
    pages.put("paper", new String[] {"#/paper/1605.08386", "article.paper h1"});
    pages.put("researcher", new String[] {"#/researcher/Caprice%20Stanley", "#coauthors"});
    pages.put("topic", new String[] {"#/topic/" + topic + "", "main h1"});
    pages.put("skill", new String[] {"#/skill/python", "#learning-path"});
    pages.put("graph", new String[] {"#/graph?center=researcher%3ACaprice%20Stanley", "#graph[data-nodes]"});
    pages.put("subscriptions", new String[] {"#/subscriptions", "#subscribe"});
    pages.put("sources", new String[] {"#/sources", "#add-source"});
    return pages;
  }

  /** Loads a page afresh (a new document, so its resource timings are its own) and waits until it shows. */
  private static void open(String hash, String loaded) {
    browser.get("about:blank");
    browser.get(base() + hash);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(loaded)));
    wait.until(d -> browser.findElements(By.cssSelector("main .loading")).isEmpty());
  }

  /** The serious and critical axe-core violations of the page shown, one line each. */
  @SuppressWarnings("unchecked")
  private static List<String> seriousViolations() {
    if (!Boolean.TRUE.equals(browser.executeScript("return typeof window.axe !== 'undefined'"))) {
      browser.executeScript(AXE);
    }
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    Object found = browser.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        axe.run(document)
          .then((r) => done(r.passes.length === 0 ? ['axe checked no rule'] : r.violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)))
          .catch((e) => done(['axe failed: ' + e]));
        """);
    return (List<String>) found;
  }

  /** Every resource the page loaded, by URL. */
  @SuppressWarnings("unchecked")
  private static List<String> resourcesLoaded() {
    return (List<String>) browser.executeScript("return performance.getEntriesByType('resource').map((e) => e.name)");
  }

  @Test
  void everyPageIsAccessibleAndLoadsNothingFromElsewhere() throws IOException {
    Map<String, List<String>> violations = new java.util.LinkedHashMap<>();
    Map<String, List<String>> foreign = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, String[]> page : pages().entrySet()) {
      open(page.getValue()[0], page.getValue()[1]);
      screenshot(page.getKey());
      violations.put(page.getKey(), seriousViolations());
      foreign.put(page.getKey(), resourcesLoaded().stream().filter(url -> !url.startsWith(base())).toList());
    }

    assertThat(violations).allSatisfy((page, list) -> assertThat(list).as(page).isEmpty());
    assertThat(foreign).allSatisfy((page, list) -> assertThat(list).as(page).isEmpty());
    assertThat(violations).hasSize(8);
  }

  @Test
  void onAPhoneEveryPageFitsTheScreenWidth() throws IOException {
    org.openqa.selenium.Dimension desktop = browser.manage().window().getSize();
    Map<String, Long> overflow = new java.util.LinkedHashMap<>();
    try {
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
      for (Map.Entry<String, String[]> page : pages().entrySet()) {
        open(page.getValue()[0], page.getValue()[1]);
        screenshot("phone-" + page.getKey());
        overflow.put(page.getKey(), (Long) browser.executeScript(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth"));
      }
    } finally {
      browser.manage().window().setSize(desktop);
    }

    assertThat(overflow).hasSize(8).allSatisfy((page, pixels) -> assertThat(pixels).as(page + ": pixels wider than the screen").isLessThanOrEqualTo(0L));
  }

  @Test
  void theKeyboardAloneFindsAndOpensAPaper() {
    browser.get("about:blank");
    browser.get(base());
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("q")));
    org.openqa.selenium.interactions.Actions keys = new org.openqa.selenium.interactions.Actions(browser);
    for (int i = 0; i < 12 && !"q".equals(browser.switchTo().activeElement().getAttribute("id")); i++) {
      keys.sendKeys(Keys.TAB).perform();
    }
    assertThat(browser.switchTo().activeElement().getAttribute("id")).as("the search box is reached with Tab").isEqualTo("q");

    keys.sendKeys("heat-bath random walks").sendKeys(Keys.ENTER).perform();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#total")));
    for (int i = 0; i < 60 && !isFirstHit(); i++) {
      keys.sendKeys(Keys.TAB).perform();
    }
    assertThat(isFirstHit()).as("the first result is reached with Tab").isTrue();
    keys.sendKeys(Keys.ENTER).perform();
    WebElement title = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.paper h1")));

    assertThat(title.getText()).isEqualTo("Heat-bath random walks with Markov bases");
  }

  private static boolean isFirstHit() {
    return Boolean.TRUE.equals(browser.executeScript(
        "return document.activeElement === document.querySelector('.hit h2 a')"));
  }

  @Test
  void theSourcesPageFollowsABlogAndStopsFollowingItWithClearFeedback() {
    open("#/sources", "#add-source");
    browser.findElement(By.id("source-url")).sendKeys("http://10.0.0.1/feed");
    browser.findElement(By.cssSelector("#add-source button")).click();
    WebElement refused = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#source-result .error")));
    assertThat(refused.getText()).contains("10.0.0.1").contains("private");

    WebElement url = browser.findElement(By.id("source-url"));
    url.clear();
    url.sendKeys(blog.url("/lil/index.xml").toString());
    browser.findElement(By.id("source-name")).sendKeys("Lil'Log");
    browser.findElement(By.cssSelector("#add-source button")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("source-result"), "Following Lil'Log"));
    WebElement remove = browser.findElement(By.cssSelector("button[aria-label=\"Stop following Lil'Log\"]"));
    assertThat(browser.findElement(By.tagName("tbody")).getText()).contains("Lil'Log");

    remove.click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("source-result"), "No longer following"));
    assertThat(browser.findElement(By.tagName("tbody")).getText()).doesNotContain("Lil'Log");
    assertThat(app.sourceStates().addedBlogs()).isEmpty();
  }
}
