package org.frontline.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigSyntax;
import com.typesafe.config.ConfigValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads HOCON files: the defaults embedded in the jar (copied from {@code conf/} by the build) and
 * the overrides a user passes. Overrides may only name keys the defaults know, so a misspelt key
 * fails the run up front instead of being ignored.
 */
public final class ConfigLoader {

  /** Folder inside the jar where the build places the documented defaults of {@code conf/}. */
  static final String EMBEDDED_FOLDER = "frontline-defaults/";

  private ConfigLoader() {}

  /** The embedded default of one conf file, for example {@code frontline.conf}. */
  public static Config embedded(String fileName) {
    String resource = EMBEDDED_FOLDER + fileName;
    try (InputStream in = ConfigLoader.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "The embedded default " + resource + " is missing from the classpath; rebuild the jar");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return ConfigFactory.parseReader(reader, options(resource)).resolve();
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the embedded default " + resource, e);
    }
  }

  /** Parses a user's HOCON file; errors name the file and the line. */
  public static Config parseFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("Config file " + file + " does not exist");
    }
    try {
      return ConfigFactory.parseFile(file.toFile(), options(file.toString())).resolve();
    } catch (ConfigException e) {
      throw new IllegalArgumentException(
          "Cannot parse config file " + file + ": " + e.getMessage());
    }
  }

  /**
   * Layers {@code overrides} on {@code defaults} after checking that every key of the overrides
   * exists in the defaults.
   */
  public static Config withOverrides(Config overrides, Config defaults, String origin) {
    TreeSet<String> unknown = new TreeSet<>();
    for (Map.Entry<String, ConfigValue> entry : overrides.entrySet()) {
      String key = entry.getKey();
      if (!defaults.hasPathOrNull(key)) {
        unknown.add(key);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "Unknown config key"
              + (unknown.size() > 1 ? "s " : " ")
              + String.join(", ", unknown)
              + " in "
              + origin
              + ": see conf/frontline.conf for the keys Frontline reads");
    }
    return overrides.withFallback(defaults).resolve();
  }

  private static ConfigParseOptions options(String origin) {
    return ConfigParseOptions.defaults()
        .setSyntax(ConfigSyntax.CONF)
        .setOriginDescription(origin)
        .setAllowMissing(false);
  }
}
