package org.frontline.ingest;

import com.typesafe.config.Config;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.frontline.config.Settings;

/**
 * Settings of the ingest stage, validated when the run starts (see {@code conf/frontline.conf}).
 *
 * @param maxFileBytes files (and decompressed .gz contents) above this size are rejected unread
 * @param textExtensions extensions read as plain text, lowercase, without the dot
 * @param jsonExtensions extensions read as one JSON article object
 * @param htmlExtensions extensions read as an HTML page
 * @param manifestNames file names of manifests (metadata, not articles)
 * @param charsetMinConfidence ICU confidence needed to accept a legacy charset
 * @param jsonFields field names tried in order for each article field
 * @param filesPerTask most files one read task gets
 * @param bytesPerTask most bytes one read task gets
 * @param sourceFromFolder whether the first folder below the input root names the source
 */
public record IngestConfig(
    long maxFileBytes,
    List<String> textExtensions,
    List<String> jsonExtensions,
    List<String> htmlExtensions,
    List<String> manifestNames,
    int charsetMinConfidence,
    JsonFields jsonFields,
    int filesPerTask,
    long bytesPerTask,
    boolean sourceFromFolder)
    implements Serializable {

  /** Names tried, in order, for each field of a JSON article. */
  public record JsonFields(
      List<String> url,
      List<String> title,
      List<String> published,
      List<String> text,
      List<String> source)
      implements Serializable {}

  public static IngestConfig from(Config config) {
    Settings s = new Settings(config);
    return new IngestConfig(
        s.longIn("ingest.max-file-bytes", 1, Integer.MAX_VALUE - 8),
        lower(s.nonBlankList("ingest.text-extensions")),
        lower(s.nonBlankList("ingest.json-extensions")),
        lower(s.nonBlankList("ingest.html-extensions")),
        lower(s.nonBlankList("ingest.manifest-names")),
        s.intIn("ingest.charset-min-confidence", 0, 100),
        new JsonFields(
            s.nonBlankList("ingest.json-fields.url"),
            s.nonBlankList("ingest.json-fields.title"),
            s.nonBlankList("ingest.json-fields.published"),
            s.nonBlankList("ingest.json-fields.text"),
            s.nonBlankList("ingest.json-fields.source")),
        s.intIn("ingest.files-per-task", 1, 1_000_000),
        s.longIn("ingest.bytes-per-task", 1_000_000, Long.MAX_VALUE),
        s.bool("ingest.source-from-folder"));
  }

  private static List<String> lower(List<String> values) {
    return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
  }
}
