package org.frontline.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Pulls the article metadata and the readable body text out of a scraped news page.
 *
 * <p>The text keeps the page's block structure, one paragraph, heading or list item per block and
 * blocks separated by a blank line, because sentence splitting and paragraph-level deduplication
 * downstream depend on it; jsoup's own {@link Element#text()} would run everything into one line.
 * Site chrome (menus, headers, footers, sidebars, forms, embeds) is dropped before the walk so that
 * the same boilerplate on every page of a site does not dominate topic and duplicate detection.
 */
public final class HtmlExtractor {

  /**
   * Elements that never hold article text: code, embeds and site chrome. Headers inside an article
   * go too; they carry the headline (already in the title) and bylines or share buttons.
   */
  private static final String BOILERPLATE =
      "script, style, noscript, template, svg, iframe, nav, header, footer, aside, form,"
          + " [role=navigation], [role=banner], [role=contentinfo]";

  /** Publication-date sources in order of trust: explicit article metadata first. */
  private static final List<String> PUBLISHED_META =
      List.of(
          "meta[property=article:published_time]",
          "meta[name=date]",
          "meta[name=pubdate]",
          "meta[name=publish-date]",
          "meta[name=dc.date]");

  /** Elements that start and end a block of text. */
  private static final Set<String> BLOCKS =
      Set.of(
          "address",
          "article",
          "blockquote",
          "caption",
          "dd",
          "details",
          "dialog",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "hgroup",
          "hr",
          "li",
          "main",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tr",
          "ul");

  /** Table cells: not blocks (a row stays one line), but their contents must not run together. */
  private static final Set<String> CELLS = Set.of("td", "th");

  /** Tags that, near the start of a text, show it is HTML even without a doctype. */
  private static final List<String> HTML_HINTS = List.of("<div", "<body", "<article", "<br");

  private static final int SNIFF_CHARS = 1024;

  private HtmlExtractor() {}

  /**
   * What a page says about its article; metadata fields are null when the page lacks them.
   *
   * @param title og:title, else the document title, else the first h1 outside site chrome
   * @param url the canonical link, else og:url, as written in the page
   * @param published the raw publication date string, not parsed here
   * @param text the main content as lines, blocks separated by a blank line; empty if none
   */
  public record HtmlArticle(String title, String url, String published, String text) {}

  /** Parses {@code html} and extracts title, canonical URL, publication date and body text. */
  public static HtmlArticle extract(String html) {
    Document doc = Jsoup.parse(Objects.requireNonNull(html, "html"));
    String url = firstNonNull(attr(doc, "link[rel=canonical]", "href"), meta(doc, "og:url"));
    String published = published(doc);
    String title = firstNonNull(meta(doc, "og:title"), blankToNull(doc.title()));

    doc.select(BOILERPLATE).remove();
    if (title == null) {
      // Taken after the chrome is removed so a site logo marked up as h1 is not the title.
      Element h1 = doc.selectFirst("h1");
      title = h1 == null ? null : blankToNull(h1.text());
    }
    return new HtmlArticle(title, url, published, text(contentRoot(doc)));
  }

  /**
   * Whether {@code text} looks like an HTML document or fragment. Used to route files with an
   * unknown extension, and JSON bodies, to {@link #extract}; a couple of structural tags is enough
   * evidence while a lone {@code <br>} in plain text is not.
   */
  public static boolean looksLikeHtml(String text) {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    String head =
        text.substring(start, Math.min(text.length(), start + SNIFF_CHARS))
            .toLowerCase(Locale.ROOT);
    if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
      return true;
    }
    int hints = head.contains("<p>") || head.contains("<p ") ? 1 : 0;
    for (String hint : HTML_HINTS) {
      if (head.contains(hint)) {
        hints++;
      }
    }
    return hints >= 2;
  }

  private static String published(Document doc) {
    for (String selector : PUBLISHED_META) {
      String value = attr(doc, selector, "content");
      if (value != null) {
        return value;
      }
    }
    // schema.org microdata: the value sits in content (meta), datetime (time) or the text.
    Element item = doc.selectFirst("[itemprop=datePublished]");
    if (item != null) {
      String value =
          firstNonNull(
              blankToNull(item.attr("content")),
              blankToNull(item.attr("datetime")),
              blankToNull(item.text()));
      if (value != null) {
        return value;
      }
    }
    return attr(doc, "time[datetime]", "datetime");
  }

  /**
   * The element holding the article: a single {@code <article>} (several usually means a list of
   * teasers, not one story), else {@code <main>}, else the body.
   */
  private static Element contentRoot(Document doc) {
    Elements articles = doc.select("article");
    if (articles.size() == 1) {
      return articles.first();
    }
    Element main = doc.selectFirst("main");
    return main != null ? main : doc.body();
  }

  private static String text(Element root) {
    TextCollector collector = new TextCollector();
    NodeTraversor.traverse(collector, root);
    return collector.result();
  }

  /** The og: property, also accepted with name= as some sites write it. */
  private static String meta(Document doc, String property) {
    return attr(doc, "meta[property=" + property + "], meta[name=" + property + "]", "content");
  }

  private static String attr(Document doc, String selector, String attribute) {
    Element element = doc.selectFirst(selector);
    return element == null ? null : blankToNull(element.attr(attribute));
  }

  private static String firstNonNull(String... values) {
    for (String value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static String blankToNull(String value) {
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }

  /**
   * Collects text as lines: whitespace runs collapse to one space, {@code <br>} and newlines inside
   * {@code <pre>} end a line, block elements end a block (a blank line in the output).
   */
  private static final class TextCollector implements NodeVisitor {
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder line = new StringBuilder();
    private boolean pendingSpace;
    private boolean pendingBlockBreak;
    private int preDepth;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode textNode) {
        append(textNode.getWholeText());
      } else if (node instanceof Element element) {
        String tag = element.normalName();
        if (tag.equals("br")) {
          endLine(false);
        } else if (BLOCKS.contains(tag)) {
          endLine(true);
        } else if (CELLS.contains(tag)) {
          pendingSpace = true;
        }
        if (tag.equals("pre")) {
          preDepth++;
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element) {
        String tag = element.normalName();
        if (BLOCKS.contains(tag)) {
          endLine(true);
        } else if (CELLS.contains(tag)) {
          pendingSpace = true;
        }
        if (tag.equals("pre")) {
          preDepth--;
        }
      }
    }

    private void append(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' && preDepth > 0) {
          endLine(false);
        } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
          // isSpaceChar adds the no-break and other Unicode spaces that isWhitespace leaves out.
          pendingSpace = true;
        } else {
          if (pendingSpace && line.length() > 0) {
            line.append(' ');
          }
          pendingSpace = false;
          line.append(c);
        }
      }
    }

    /** Commits the current line, if any; a block break makes the next separator a blank line. */
    private void endLine(boolean blockBreak) {
      if (line.length() > 0) {
        if (out.length() > 0) {
          out.append(pendingBlockBreak ? "\n\n" : "\n");
        }
        out.append(line);
        line.setLength(0);
        pendingBlockBreak = false;
      }
      pendingSpace = false;
      pendingBlockBreak |= blockBreak;
    }

    String result() {
      endLine(true);
      return out.toString();
    }
  }
}
