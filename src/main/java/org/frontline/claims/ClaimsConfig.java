package org.frontline.claims;

import com.typesafe.config.Config;
import java.io.Serializable;
import org.frontline.config.Settings;

/**
 * Settings of the claims stage, validated when the run starts (see {@code conf/frontline.conf}).
 *
 * @param maxMillisPerDocument time cap of one document's extraction
 */
public record ClaimsConfig(long maxMillisPerDocument) implements Serializable {

  public static ClaimsConfig from(Config config) {
    Settings s = new Settings(config);
    return new ClaimsConfig(s.longIn("claims.max-millis-per-document", 1, 3_600_000));
  }
}
