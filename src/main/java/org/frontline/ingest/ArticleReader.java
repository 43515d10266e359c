package org.frontline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Turns the bytes of one input file into article text and metadata, or into a reject reason. Plain
 * Java, so every format and failure is unit-tested without Spark; {@link ReadFiles} runs it on the
 * executors.
 */
public final class ArticleReader {

  /** Opens a file; the Spark side passes a Hadoop file system call. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  /**
   * What one file gave: either an article ({@code rejectReason == null}) or a reject.
   *
   * @param format {@code text}, {@code json} or {@code html}, with {@code +gzip} when compressed
   * @param charset the charset the text was decoded with
   * @param url the URL the file states (JSON field or HTML canonical link), else null
   * @param title the title the file states (JSON field or HTML title), else null
   * @param published the publication date as the file states it, unparsed, else null
   * @param source the outlet the file states (JSON field), else null
   * @param text the article text, lines separated by '\n'
   */
  public record Result(
      String format,
      String charset,
      String url,
      String title,
      String published,
      String source,
      String text,
      RejectReason rejectReason,
      String rejectDetail) {

    static Result reject(String format, RejectReason reason, String detail) {
      return new Result(format, null, null, null, null, null, null, reason, detail);
    }

    public boolean isReject() {
      return rejectReason != null;
    }

    Result withFormat(String newFormat) {
      return new Result(
          newFormat, charset, url, title, published, source, text, rejectReason, rejectDetail);
    }

    Result withCharset(String newCharset) {
      return new Result(
          format, newCharset, url, title, published, source, text, rejectReason, rejectDetail);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private ArticleReader() {}

  /** Reads one file of {@code size} bytes; never throws for a bad file, it rejects it. */
  public static Result read(String fileName, long size, Opener opener, IngestConfig config) {
    String name = fileName.toLowerCase(Locale.ROOT);
    boolean gzip = name.endsWith(".gz");
    String innerName = gzip ? name.substring(0, name.length() - 3) : name;
    if (size > config.maxFileBytes()) {
      return Result.reject(
          null, RejectReason.TOO_LARGE, size + " bytes over the cap of " + config.maxFileBytes());
    }
    byte[] bytes;
    try (InputStream raw = opener.open()) {
      InputStream in = gzip ? new GZIPInputStream(raw) : raw;
      bytes = readCapped(in, config.maxFileBytes());
    } catch (ZipException e) {
      return Result.reject(
          "gzip", RejectReason.UNDECODABLE, "not a valid gzip stream: " + e.getMessage());
    } catch (IOException e) {
      if (gzip && e instanceof EOFException) {
        return Result.reject("gzip", RejectReason.UNDECODABLE, "truncated gzip stream");
      }
      return Result.reject(
          null, RejectReason.UNREADABLE, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    if (bytes == null) {
      return Result.reject(
          "gzip",
          RejectReason.TOO_LARGE,
          "decompresses to more than the cap of " + config.maxFileBytes() + " bytes");
    }
    Result result = parse(innerName, bytes, config);
    if (!gzip) {
      return result;
    }
    return result.withFormat(result.format() == null ? "gzip" : result.format() + "+gzip");
  }

  /** Parses the (decompressed) bytes of a file named {@code name}. */
  static Result parse(String name, byte[] bytes, IngestConfig config) {
    if (bytes.length == 0) {
      return Result.reject(null, RejectReason.EMPTY, "0 bytes");
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, config.charsetMinConfidence());
    if (!decoded.ok()) {
      return Result.reject(null, RejectReason.fromCode(decoded.rejectReason()), decoded.detail());
    }
    String text = decoded.text();
    if (text.isBlank()) {
      return Result.reject(null, RejectReason.EMPTY, "only white space");
    }
    String format = formatOf(name, text, config);
    Result result =
        switch (format) {
          case "json" -> parseJson(text, config.jsonFields());
          case "html" -> parseHtml(text);
          default -> new Result("text", null, null, null, null, null, text, null, null);
        };
    if (result.isReject()) {
      return result;
    }
    if (result.text() == null || result.text().isBlank()) {
      return Result.reject(format, RejectReason.EMPTY, "no text in the " + format + " document");
    }
    return result.withCharset(decoded.charset());
  }

  /** By extension first; an unknown extension is sniffed from the content. */
  static String formatOf(String name, String text, IngestConfig config) {
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1);
    if (config.jsonExtensions().contains(extension)) {
      return "json";
    }
    if (config.htmlExtensions().contains(extension)) {
      return "html";
    }
    if (config.textExtensions().contains(extension)) {
      return "text";
    }
    String start = text.stripLeading();
    if (start.startsWith("{")) {
      return "json";
    }
    return HtmlExtractor.looksLikeHtml(text) ? "html" : "text";
  }

  private static Result parseJson(String text, IngestConfig.JsonFields fields) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return Result.reject(
          "json", RejectReason.MALFORMED_JSON, e.getOriginalMessage() + locationOf(e));
    }
    if (root == null || !root.isObject()) {
      String found = root == null ? "nothing" : root.getNodeType().name().toLowerCase(Locale.ROOT);
      return Result.reject(
          "json", RejectReason.MALFORMED_JSON, "expected one article object, found " + found);
    }
    String body = firstText(root, fields.text());
    if (body == null) {
      return Result.reject(
          "json",
          RejectReason.JSON_WITHOUT_TEXT,
          "none of the fields " + fields.text() + " holds text");
    }
    String url = firstText(root, fields.url());
    String title = firstText(root, fields.title());
    if (HtmlExtractor.looksLikeHtml(body)) {
      HtmlExtractor.HtmlArticle html = HtmlExtractor.extract(body);
      body = html.text();
      url = url != null ? url : html.url();
      title = title != null ? title : html.title();
    }
    return new Result(
        "json",
        null,
        url,
        title,
        firstText(root, fields.published()),
        firstText(root, fields.source()),
        body,
        null,
        null);
  }

  private static String locationOf(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
  }

  /**
   * The first field of {@code names} holding a non-blank string or number. An object value (as in
   * NewsAPI's {@code "source": {"name": ...}}) gives its {@code name} field.
   */
  private static String firstText(JsonNode object, List<String> names) {
    for (String name : names) {
      JsonNode value = object.get(name);
      if (value != null && value.isObject()) {
        value = value.get("name");
      }
      if (value != null && (value.isTextual() || value.isNumber())) {
        String text = value.asText().strip();
        if (!text.isEmpty()) {
          return text;
        }
      }
    }
    return null;
  }

  private static Result parseHtml(String text) {
    HtmlExtractor.HtmlArticle html = HtmlExtractor.extract(text);
    return new Result(
        "html", null, html.url(), html.title(), html.published(), null, html.text(), null, null);
  }

  /** Reads at most {@code cap} bytes; null when the stream holds more. */
  private static byte[] readCapped(InputStream in, long cap) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) != -1) {
      total += n;
      if (total > cap) {
        return null;
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}
