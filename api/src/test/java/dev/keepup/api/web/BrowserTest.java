package dev.keepup.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.keepup.api.Application;
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
  static Application app;
  static HttpApi http;
  static ChromeDriver browser;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws IOException {
    assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
        "browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run does it)");
    app = Application.open(new ConfigLoader().load(null, Map.of()).withDataDir(dataDir));
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
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (http != null) {
      http.close();
    }
    if (app != null) {
      app.close();
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
}
