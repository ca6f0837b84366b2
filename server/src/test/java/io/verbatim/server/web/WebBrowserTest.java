package io.verbatim.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

/**
 * The web UI in a real headless Chromium (Selenium, {@code /usr/bin/chromium} and {@code
 * /usr/bin/chromedriver}): search with advanced settings, facets, a statement and its other
 * language version, the concordance and its sorting, the timeline chart, a hostile statement shown
 * as text without running script, and a 360 px wide screen without horizontal scrolling. Each page
 * is saved as a screenshot under {@code target/screenshots/}.
 *
 * <p>Without Chromium the tests are skipped with a loud message, except in CI ({@code CI=true}),
 * where they fail.
 */
class WebBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir static Path temp;
  static WebFixture web;
  static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present) {
      String message =
          "Chromium or chromedriver is missing ("
              + CHROMIUM
              + ", "
              + CHROMEDRIVER
              + "): install them with 'apt-get install -y chromium chromium-driver'";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException(message + " (CI=true: the browser tests must run)");
      }
      System.err.println("\n!!! SKIPPING THE BROWSER TESTS: " + message + " !!!\n");
      Assumptions.abort(message);
    }
    web = new WebFixture(temp.resolve("archive"));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000",
        "--user-data-dir=" + Files.createDirectories(temp.resolve("chromium-profile")));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (web != null) {
      web.close();
    }
  }

  @BeforeEach
  void desktop() {
    browser.manage().window().setSize(new Dimension(1280, 1000));
  }

  @AfterEach
  void noAlertWasRaised() {
    assertThatThrownBy(() -> browser.switchTo().alert())
        .as("no page may raise an alert")
        .isInstanceOf(NoAlertPresentException.class);
  }

  private static void open(String path) {
    browser.get(web.url(path));
  }

  private static void screenshot(String name) throws IOException {
    Path file = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(file, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private static long total() {
    return Long.parseLong(browser.findElement(By.id("total")).getDomAttribute("data-total"));
  }

  private static Object script(String js) {
    return ((JavascriptExecutor) browser).executeScript(js);
  }

  @Test
  void searchWithAdvancedSettings() throws Exception {
    open("/");
    long all = total();
    browser.findElement(By.id("q")).sendKeys("measures");
    WebElement advanced = browser.findElement(By.cssSelector("details.advanced"));
    assertThat(advanced.findElement(By.name("speaker")).isDisplayed()).isFalse();
    advanced.findElement(By.tagName("summary")).click();
    advanced.findElement(By.name("speaker")).sendKeys("Anna Petrova");
    new Select(advanced.findElement(By.name("lang"))).selectByValue("en");
    new Select(advanced.findElement(By.name("sort"))).selectByValue("date");
    screenshot("search-advanced-settings");
    advanced.findElement(By.cssSelector("button[type=submit]")).click();

    assertThat(browser.getCurrentUrl())
        .contains("q=measures")
        .contains("speaker=Anna+Petrova")
        .contains("lang=en")
        .contains("sort=date")
        .doesNotContain("role=")
        .doesNotContain("from=");
    long found = total();
    assertThat(found).isPositive().isLessThan(all);
    List<WebElement> hits = browser.findElements(By.cssSelector("li.hit"));
    assertThat(hits).hasSize((int) found);
    for (WebElement hit : hits) {
      assertThat(hit.findElement(By.cssSelector(".meta")).getText()).contains("Anna Petrova");
      assertThat(hit.findElements(By.cssSelector(".snippet mark"))).isNotEmpty();
    }
    assertThat(browser.findElements(By.cssSelector("ul.chips li.chip"))).hasSize(2);
    screenshot("search-results");
  }

  @Test
  void clickingAFacetFilters() throws Exception {
    open("/");
    long all = total();
    WebElement russian =
        browser.findElement(By.cssSelector("section.facet[data-facet=language] a[data-value=ru]"));
    long count = Long.parseLong(russian.findElement(By.cssSelector(".count")).getText());
    russian.click();
    assertThat(browser.getCurrentUrl()).contains("lang=ru");
    assertThat(total()).isEqualTo(count).isLessThan(all);
    assertThat(
            browser
                .findElement(By.cssSelector("section.facet[data-facet=language] li.selected"))
                .getText())
        .startsWith("ru");
    screenshot("search-facet-clicked");
  }

  @Test
  void openAStatementAndSwitchItsLanguageVersion() throws Exception {
    open("/?q=%22confidence-building%20measures%22&lang=en");
    browser.findElement(By.cssSelector("li.hit h3 a")).click();
    assertThat(browser.getCurrentUrl()).contains("/statements/");
    WebElement article = browser.findElement(By.cssSelector("article.statement"));
    assertThat(article.getDomAttribute("lang")).isEqualTo("en");
    String englishTitle = browser.findElement(By.tagName("h1")).getText();
    assertThat(browser.findElements(By.cssSelector("#body p")).size()).isGreaterThan(3);
    // the script file ran under the Content-Security-Policy: it shows the copy button
    assertThat(browser.findElement(By.cssSelector("button.copy")).isDisplayed()).isTrue();
    screenshot("statement");
    browser.findElement(By.cssSelector("nav.languages a.version[hreflang=ru]")).click();
    assertThat(browser.findElement(By.cssSelector("article.statement")).getDomAttribute("lang"))
        .isEqualTo("ru");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isNotEqualTo(englishTitle);
    assertThat(browser.findElement(By.cssSelector("nav.languages .current")).getText())
        .isEqualTo("ru-RU");
    screenshot("statement-russian");
    browser.findElement(By.cssSelector("nav.languages a.side-by-side")).click();
    List<WebElement> columns = browser.findElements(By.cssSelector("#side-by-side .pair .column"));
    assertThat(columns.size()).isGreaterThanOrEqualTo(8);
    // side by side on a desktop: the two columns of a pair share a row
    assertThat(columns.get(2).getLocation().getY()).isEqualTo(columns.get(3).getLocation().getY());
    screenshot("side-by-side");
  }

  @Test
  void concordanceTabSortsByAColumn() throws Exception {
    open("/?q=terror*");
    browser.findElement(By.id("tab-kwic")).click();
    assertThat(browser.getCurrentUrl()).contains("tab=kwic");
    List<WebElement> rows = browser.findElements(By.cssSelector("table.kwic tbody tr"));
    assertThat(rows).hasSizeGreaterThanOrEqualTo(3);
    browser.findElement(By.cssSelector("table.kwic th.right a")).click();
    assertThat(browser.getCurrentUrl()).contains("ksort=right1");
    assertThat(
            browser.findElement(By.cssSelector("table.kwic th.right")).getDomAttribute("aria-sort"))
        .isEqualTo("ascending");
    browser.findElement(By.cssSelector("table.kwic th.date a")).click();
    List<String> dates =
        browser.findElements(By.cssSelector("table.kwic td.date")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(dates).isSorted();
    screenshot("concordance");
  }

  @Test
  void timelineTabShowsABarChart() throws Exception {
    open("/");
    browser.findElement(By.id("tab-timeline")).click();
    WebElement svg = browser.findElement(By.cssSelector("#timeline svg.bar-chart"));
    assertThat(svg.isDisplayed()).isTrue();
    assertThat(svg.getSize().getWidth()).isGreaterThan(300);
    List<WebElement> bars = svg.findElements(By.cssSelector("rect.bar"));
    assertThat(bars).isNotEmpty();
    assertThat(bars.stream().filter(b -> b.getSize().getHeight() > 0).count()).isPositive();
    screenshot("timeline");
    // a bar is a link to that period's statements
    browser.get(
        svg.findElement(By.cssSelector("a.bar-link")).getDomAttribute("href").startsWith("/")
            ? web.url(svg.findElement(By.cssSelector("a.bar-link")).getDomAttribute("href"))
            : svg.findElement(By.cssSelector("a.bar-link")).getDomAttribute("href"));
    assertThat(browser.getCurrentUrl()).contains("from=").contains("to=");
    assertThat(total()).isPositive();
  }

  @Test
  void hostileMarkupIsShownAsTextAndNeverRuns() throws Exception {
    open("/statements/" + web.xssId);
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(WebFixture.XSS_TITLE);
    assertThat(browser.findElement(By.cssSelector("#body p")).getText())
        .isEqualTo(WebFixture.XSS_BODY);
    assertThat(script("return document.scripts.length")).isEqualTo(1L);
    assertThat(script("return document.images.length")).isEqualTo(0L);
    screenshot("hostile-statement");
    open("/?q=ministry%20notes");
    assertThat(browser.findElements(By.cssSelector("li.hit h3")).stream().map(WebElement::getText))
        .contains(WebFixture.XSS_TITLE);
    assertThat(script("return document.scripts.length")).isEqualTo(1L);
  }

  @Test
  void narrowScreenHasNoHorizontalScroll() throws Exception {
    browser.manage().window().setSize(new Dimension(360, 800));
    for (String path :
        List.of("/?q=security", "/?q=terror*&tab=kwic", "/?tab=timeline", "/entities/org%3Aosce")) {
      open(path);
      long inner = (Long) script("return window.innerWidth");
      long scroll = (Long) script("return document.documentElement.scrollWidth");
      assertThat(inner).as("window width").isLessThanOrEqualTo(360);
      assertThat(scroll).as("page width at 360 px: " + path).isLessThanOrEqualTo(inner);
    }
    open("/?q=security");
    screenshot("search-360px");
    open("/statements/" + web.xssId);
    assertThat((Long) script("return document.documentElement.scrollWidth"))
        .isLessThanOrEqualTo((Long) script("return window.innerWidth"));
  }
}
