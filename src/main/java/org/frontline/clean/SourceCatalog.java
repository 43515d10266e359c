package org.frontline.clean;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigObject;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names the outlet of a document with a short, normalised, low-cardinality id (see {@code
 * conf/sources.conf} for the order of evidence). Plain Java and serializable, so executors use it
 * directly.
 */
public final class SourceCatalog implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The source of a document nothing names. */
  public static final String UNKNOWN = "unknown";

  private static final int MAX_ID_LENGTH = 64;
  private static final Pattern NOT_ID = Pattern.compile("[^a-z0-9.]+");
  private static final Set<String> ENTRY_KEYS = Set.of("id", "names", "hosts", "signatures");

  /** One configured outlet. */
  public record Outlet(String id, List<String> names, List<String> hosts, List<String> signatures)
      implements Serializable {}

  private final List<Outlet> outlets;

  /** Lowercase names and hosts to outlet ids. */
  private final Map<String, String> aliases = new HashMap<>();

  /** A lowercase signature phrase and the outlet id it names. */
  private record Signature(String phrase, String id) implements Serializable {}

  /** Signatures, longest first so the most specific wins. */
  private final List<Signature> signatures = new ArrayList<>();

  public SourceCatalog(List<Outlet> outlets) {
    this.outlets = List.copyOf(outlets);
    for (Outlet outlet : outlets) {
      aliases.put(outlet.id(), outlet.id());
      outlet.names().forEach(n -> aliases.put(n.toLowerCase(Locale.ROOT).strip(), outlet.id()));
      outlet.hosts().forEach(h -> aliases.put(stripWww(h.toLowerCase(Locale.ROOT)), outlet.id()));
      outlet
          .signatures()
          .forEach(
              s -> signatures.add(new Signature(s.toLowerCase(Locale.ROOT).strip(), outlet.id())));
    }
    signatures.sort((a, b) -> Integer.compare(b.phrase().length(), a.phrase().length()));
  }

  /** Reads the {@code sources} list of a sources.conf, rejecting unknown keys and bad ids. */
  public static SourceCatalog fromConfig(Config config) {
    List<Outlet> outlets = new ArrayList<>();
    List<? extends ConfigObject> entries;
    try {
      entries = config.getObjectList("sources");
    } catch (ConfigException e) {
      throw new IllegalArgumentException("Cannot read sources: " + e.getMessage());
    }
    for (int i = 0; i < entries.size(); i++) {
      Config entry = entries.get(i).toConfig();
      String where = "sources[" + i + "]";
      for (String key : entries.get(i).keySet()) {
        if (!ENTRY_KEYS.contains(key)) {
          throw new IllegalArgumentException(
              "Unknown key " + where + "." + key + ": an outlet has only " + ENTRY_KEYS);
        }
      }
      String id = entry.hasPath("id") ? entry.getString("id") : "";
      if (!id.equals(normalise(id))) {
        throw new IllegalArgumentException(
            "Cannot set "
                + where
                + ".id to '"
                + id
                + "': must be lowercase [a-z0-9.-], as "
                + normalise(id));
      }
      outlets.add(
          new Outlet(id, list(entry, "names"), list(entry, "hosts"), list(entry, "signatures")));
    }
    return new SourceCatalog(outlets);
  }

  private static List<String> list(Config entry, String key) {
    return entry.hasPath(key) ? List.copyOf(entry.getStringList(key)) : List.of();
  }

  public List<Outlet> outlets() {
    return outlets;
  }

  /**
   * The source id of a document.
   *
   * @param stated the source a manifest or the file itself states, or null
   * @param url the document's URL, or null
   * @param lines the document's lines, searched for signatures
   * @param folder the folder naming the source when inputs are laid out per source, or null
   */
  public String resolve(String stated, String url, List<String> lines, String folder) {
    if (stated != null && !stated.isBlank()) {
      return canonical(stated);
    }
    String host = hostOf(url);
    if (host != null) {
      return canonical(host);
    }
    String signed = signatureIn(lines);
    if (signed != null) {
      return signed;
    }
    if (folder != null && !folder.isBlank()) {
      return canonical(folder);
    }
    return UNKNOWN;
  }

  /** The outlet whose signature one of the lines holds, else null. */
  public String signatureIn(List<String> lines) {
    for (String line : lines) {
      String lower = line.toLowerCase(Locale.ROOT);
      for (Signature signature : signatures) {
        if (lower.contains(signature.phrase())) {
          return signature.id();
        }
      }
    }
    return null;
  }

  /** A configured outlet id when the value names one, else the value normalised to an id. */
  String canonical(String value) {
    String lower = value.toLowerCase(Locale.ROOT).strip();
    String host = hostOf(lower);
    String key = host != null ? host : stripWww(lower);
    String known = aliases.get(key);
    if (known != null) {
      return known;
    }
    String id = normalise(key);
    return id.isEmpty() ? UNKNOWN : id;
  }

  /** Lowercase, runs of other characters to '-', at most 64 characters. */
  static String normalise(String value) {
    String id = NOT_ID.matcher(value.toLowerCase(Locale.ROOT)).replaceAll("-");
    id = id.replaceAll("^[-.]+|[-.]+$", "");
    return id.length() > MAX_ID_LENGTH ? id.substring(0, MAX_ID_LENGTH) : id;
  }

  /** The host of an http(s) URL without {@code www.}, else null. */
  static String hostOf(String url) {
    if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
      return null;
    }
    try {
      String host = new URI(url.strip()).getHost();
      return host == null ? null : stripWww(host.toLowerCase(Locale.ROOT));
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static String stripWww(String host) {
    return host.startsWith("www.") ? host.substring(4) : host;
  }
}
