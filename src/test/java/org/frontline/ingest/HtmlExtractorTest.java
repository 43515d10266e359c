package org.frontline.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.frontline.ingest.HtmlExtractor.HtmlArticle;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

  private static HtmlArticle extract(String head, String body) {
    return HtmlExtractor.extract(
        "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>");
  }

  @Test
  void titlePrefersOpenGraphThenTitleThenH1() {
    String og = "<meta property=\"og:title\" content=\" Strikes on Odesa port \">";
    String title = "<title>Odesa port | Example News</title>";
    String h1 = "<h1>Port attacked overnight</h1>";

    assertThat(extract(og + title, h1).title()).isEqualTo("Strikes on Odesa port");
    assertThat(extract(title, h1).title()).isEqualTo("Odesa port | Example News");
    assertThat(extract("<title>  </title>", h1).title()).isEqualTo("Port attacked overnight");
    assertThat(extract("", "<p>No headline</p>").title()).isNull();
  }

  @Test
  void titleFallbackIgnoresH1InSiteHeader() {
    HtmlArticle article =
        extract("", "<header><h1>Example News</h1></header><article><h1>Story</h1></article>");

    assertThat(article.title()).isEqualTo("Story");
  }

  @Test
  void urlPrefersCanonicalThenOpenGraph() {
    String canonical = "<link rel=\"canonical\" href=\"https://news.example.org/a\">";
    String og = "<meta property=\"og:url\" content=\"https://news.example.org/a?utm=x\">";

    assertThat(extract(og + canonical, "").url()).isEqualTo("https://news.example.org/a");
    assertThat(extract(og, "").url()).isEqualTo("https://news.example.org/a?utm=x");
    assertThat(extract("", "<p>text</p>").url()).isNull();
  }

  @Test
  void publishedFollowsMetadataPrecedence() {
    String articleMeta =
        "<meta property=\"article:published_time\" content=\"2024-11-23T08:15:00+02:00\">";
    String dateMeta = "<meta name=\"date\" content=\"2024-11-22\">";
    String dcDate = "<meta name=\"DC.date\" content=\"2024-11-21\">";
    String itemprop = "<span itemprop=\"datePublished\" content=\"2024-11-20\">20 Nov</span>";
    String time = "<time datetime=\"2024-11-19T10:00\">19 November</time>";

    assertThat(extract(dateMeta + articleMeta, time).published())
        .isEqualTo("2024-11-23T08:15:00+02:00");
    assertThat(extract(dcDate + dateMeta, time).published()).isEqualTo("2024-11-22");
    assertThat(extract(dcDate, itemprop + time).published()).isEqualTo("2024-11-21");
    assertThat(extract("", time + itemprop).published()).isEqualTo("2024-11-20");
    assertThat(extract("", "<time itemprop=\"datePublished\">21 November 2024</time>").published())
        .isEqualTo("21 November 2024");
    assertThat(extract("", time).published()).isEqualTo("2024-11-19T10:00");
    assertThat(extract("", "<time>yesterday</time>").published()).isNull();
  }

  @Test
  void removesScriptsAndSiteChrome() {
    HtmlArticle article =
        extract(
            "<script>var tracking = 1;</script><style>p { color: red }</style>",
            "<nav>Home | World</nav><header>Example News</header>"
                + "<div role=\"navigation\">Menu</div><div role=\"banner\">Banner</div>"
                + "<p>Grain exports rose in October.</p><script>alert(1)</script>"
                + "<aside>Most read</aside><form>Subscribe</form><noscript>Enable JS</noscript>"
                + "<iframe src=\"x\"></iframe><svg><text>logo</text></svg>"
                + "<footer>All rights reserved</footer><div role=\"contentinfo\">Contact</div>");

    assertThat(article.text()).isEqualTo("Grain exports rose in October.");
  }

  @Test
  void paragraphsAndListItemsAreSeparateBlocks() {
    HtmlArticle article =
        extract(
            "",
            "<h2>Key points</h2><p>Officials said:</p><ul><li>Power is back</li>"
                + "<li>Schools reopen <em>on Monday</em></li></ul><div>Updated at 10:00</div>");

    assertThat(article.text())
        .isEqualTo(
            "Key points\n\nOfficials said:\n\nPower is back\n\nSchools reopen on Monday\n\n"
                + "Updated at 10:00");
  }

  @Test
  void inlineElementsDoNotBreakLines() {
    HtmlArticle article =
        extract(
            "",
            "<p>The <a href=\"/x\">regional</a> governor <span>said</span> <em>three</em>"
                + " <strong>drones</strong> were <b>shot</b> <i>down</i>.</p>");

    assertThat(article.text()).isEqualTo("The regional governor said three drones were shot down.");
  }

  @Test
  void inlineElementsWithoutSpacesStayJoined() {
    assertThat(extract("", "<p>Zapor<b>izhzh</b>ia</p>").text()).isEqualTo("Zaporizhzhia");
  }

  @Test
  void brBreaksLineWithinBlock() {
    HtmlArticle article =
        extract("", "<p>Kyiv<br>23 November<br/><br></p><p>The council met on Friday.</p>");

    assertThat(article.text()).isEqualTo("Kyiv\n23 November\n\nThe council met on Friday.");
  }

  @Test
  void collapsesWhitespaceAndTrimsLines() {
    HtmlArticle article =
        extract(
            "", "<p>\n   Air   raid\t\talert&nbsp;&nbsp;lifted \n</p>\n\n<p> </p>  <p>Next</p>");

    assertThat(article.text()).isEqualTo("Air raid alert lifted\n\nNext");
  }

  @Test
  void tableCellsAreSeparatedAndRowsAreBlocks() {
    HtmlArticle article =
        extract(
            "",
            "<table><tr><th>Region</th><th>Alerts</th></tr>"
                + "<tr><td>Kharkiv</td><td>12</td></tr></table>");

    assertThat(article.text()).isEqualTo("Region Alerts\n\nKharkiv 12");
  }

  @Test
  void preKeepsItsLineBreaks() {
    HtmlArticle article = extract("", "<pre>08:00  sirens\n08:40  all clear</pre>");

    assertThat(article.text()).isEqualTo("08:00 sirens\n08:40 all clear");
  }

  @Test
  void prefersSingleArticleOverBody() {
    HtmlArticle article =
        extract(
            "",
            "<div>Breaking: markets open</div><article><p>Story text.</p></article>"
                + "<div>Related stories</div>");

    assertThat(article.text()).isEqualTo("Story text.");
  }

  @Test
  void usesMainWhenThereAreSeveralArticles() {
    HtmlArticle article =
        extract(
            "",
            "<div>Top banner</div><main><article><p>Teaser one</p></article>"
                + "<article><p>Teaser two</p></article></main>");

    assertThat(article.text()).isEqualTo("Teaser one\n\nTeaser two");
  }

  @Test
  void usesBodyWithoutArticleOrMain() {
    assertThat(extract("", "Loose text <div>and a block</div>").text())
        .isEqualTo("Loose text\n\nand a block");
  }

  @Test
  void extractsFixturePage() throws IOException {
    String html;
    try (InputStream in = getClass().getResourceAsStream("/bad-input/good-page.html")) {
      html = new String(in.readAllBytes(), UTF_8);
    }

    HtmlArticle article = HtmlExtractor.extract(html);

    assertThat(article.title()).isEqualTo("Ferry service resumes on the Dnipro | Example News");
    assertThat(article.url()).isEqualTo("https://news.example.org/2024/11/23/dnipro-ferry");
    assertThat(article.published()).isEqualTo("2024-11-23T08:15:00+02:00");
    assertThat(article.text().split("\n\n"))
        .hasSize(4)
        .startsWith("Ferry service resumes on the Dnipro");
    assertThat(article.text())
        .contains("resumed service on Saturday, local authorities said")
        .doesNotContain("Europe", "All rights reserved", "analytics", "sans-serif");
  }

  @Test
  void looksLikeHtmlRecognisesDocumentsAndFragments() {
    assertThat(HtmlExtractor.looksLikeHtml("<!DOCTYPE html><html><body>x</body></html>")).isTrue();
    assertThat(HtmlExtractor.looksLikeHtml("\n\n  <HTML lang=\"uk\">")).isTrue();
    assertThat(HtmlExtractor.looksLikeHtml("<p>First paragraph.</p><p>Second.<br>")).isTrue();
    assertThat(HtmlExtractor.looksLikeHtml("Intro <DIV class=\"x\">a</DIV><Article>")).isTrue();
    assertThat(HtmlExtractor.looksLikeHtml("<p class=\"lead\">Lead</p><div>more</div>")).isTrue();
  }

  @Test
  void looksLikeHtmlRejectsPlainText() {
    assertThat(HtmlExtractor.looksLikeHtml("Kyiv, 23 November. Officials said...")).isFalse();
    assertThat(HtmlExtractor.looksLikeHtml("")).isFalse();
    assertThat(HtmlExtractor.looksLikeHtml("Line one<br>line two")).isFalse();
    assertThat(HtmlExtractor.looksLikeHtml("Use <pre> and <path> in examples")).isFalse();
    assertThat(HtmlExtractor.looksLikeHtml("x".repeat(1100) + "<p>late</p><div>late</div>"))
        .isFalse();
    assertThat(HtmlExtractor.looksLikeHtml("{\"text\": \"plain\"}")).isFalse();
  }
}
