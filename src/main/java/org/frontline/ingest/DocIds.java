package org.frontline.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.frontline.util.Hashes;

/**
 * Stable document ids: the same article gets the same id on every rerun and machine. From the URL
 * when known (so a page scraped again into another file keeps its id), else from the path below the
 * input root, prefixed with the root folder's name.
 */
public final class DocIds {
  /** Hex digits kept of the SHA-256: 80 bits, collision-free for any realistic corpus. */
  private static final int LENGTH = 20;

  private DocIds() {}

  public static String of(String url, String rootName, String relativePath) {
    String key =
        url != null && !url.isBlank()
            ? "url:" + normaliseUrl(url)
            : "path:" + rootName + "/" + relativePath;
    return Hashes.sha256Hex(key).substring(0, LENGTH);
  }

  /**
   * Lowercases scheme and host and drops the fragment and a trailing slash, which name the same
   * page; everything else (query included) is kept, since it may select the article.
   */
  static String normaliseUrl(String url) {
    String trimmed = url.strip();
    try {
      URI uri = new URI(trimmed);
      if (uri.getScheme() == null || uri.getHost() == null) {
        return trimmed;
      }
      String path = uri.getRawPath() == null ? "" : uri.getRawPath();
      if (path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
      String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
      return uri.getScheme().toLowerCase(Locale.ROOT)
          + "://"
          + uri.getHost().toLowerCase(Locale.ROOT)
          + port
          + path
          + query;
    } catch (URISyntaxException e) {
      return trimmed;
    }
  }
}
