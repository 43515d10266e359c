package org.frontline.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Typed, validated reads of config values. Every failure names the key, the value and the fix, in
 * the form "Cannot set clean.repeated-lines.min-share to 1.5: must be in [0, 1]".
 */
public final class Settings {
  /** Dot-separated SQL identifiers that need no quoting in DDL. */
  private static final Pattern NAMESPACE =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

  private final Config config;

  public Settings(Config config) {
    this.config = config;
  }

  public int intIn(String key, int min, int max) {
    int value = read(key, () -> config.getInt(key));
    if (value < min || value > max) {
      throw invalid(key, value, "must be in [" + min + ", " + max + "]");
    }
    return value;
  }

  public long longIn(String key, long min, long max) {
    long value = read(key, () -> config.getLong(key));
    if (value < min || value > max) {
      throw invalid(key, value, "must be in [" + min + ", " + max + "]");
    }
    return value;
  }

  public double doubleIn(String key, double min, double max) {
    double value = read(key, () -> config.getDouble(key));
    if (!(value >= min && value <= max)) {
      throw invalid(key, value, "must be in [" + min + ", " + max + "]");
    }
    return value;
  }

  public boolean bool(String key) {
    return read(key, () -> config.getBoolean(key));
  }

  public String nonBlank(String key) {
    String value = read(key, () -> config.getString(key));
    if (value.isBlank()) {
      throw invalid(key, "\"\"", "must not be blank");
    }
    return value;
  }

  /** A string that may be {@code null} in the file, meaning "use the default". */
  public String optionalString(String key) {
    return config.getIsNull(key) ? null : nonBlank(key);
  }

  /**
   * A catalog namespace: one or more SQL identifiers joined by dots ({@code frontline}, {@code
   * main.frontline}), so it goes into DDL without quoting.
   */
  public String namespace(String key) {
    String value = nonBlank(key);
    if (!NAMESPACE.matcher(value).matches()) {
      throw invalid(
          key, value, "must be a schema name or catalog.schema of letters, digits and underscores");
    }
    return value;
  }

  public List<String> nonBlankList(String key) {
    List<String> values = read(key, () -> config.getStringList(key));
    for (String value : values) {
      if (value.isBlank()) {
        throw invalid(key, values, "must not hold blank entries");
      }
    }
    return List.copyOf(values);
  }

  /** A list of regular expressions, each compiled to check it up front. */
  public List<String> regexList(String key) {
    List<String> values = nonBlankList(key);
    for (String value : values) {
      try {
        Pattern.compile(value);
      } catch (PatternSyntaxException e) {
        throw invalid(key, value, "not a valid regular expression (" + e.getDescription() + ")");
      }
    }
    return values;
  }

  public static IllegalArgumentException invalid(String key, Object value, String rule) {
    return new IllegalArgumentException("Cannot set " + key + " to " + value + ": " + rule);
  }

  private static <T> T read(String key, Supplier<T> read) {
    try {
      return read.get();
    } catch (ConfigException.Missing e) {
      throw new IllegalArgumentException("Missing config key " + key);
    } catch (ConfigException.WrongType e) {
      throw new IllegalArgumentException(
          "Cannot read config key " + key + ": " + e.getMessage().replaceFirst("^[^:]*: ", ""));
    }
  }
}
