package org.frontline.features;

import com.typesafe.config.Config;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.ml.feature.StopWordsRemover;
import org.frontline.config.Settings;

/**
 * Settings of the features stage, validated when the run starts (see {@code conf/frontline.conf}).
 *
 * @param stopWords the words left out of TF-IDF: Spark's bundled list for the configured language
 *     plus the extra words, lowercase
 * @param numFeatures hash buckets of the term frequencies
 * @param reuseModel whether a run reuses the TF-IDF model saved under the warehouse
 * @param keywords terms kept in {@code documents.keywords}
 */
public record FeaturesConfig(
    List<String> stopWords, int numFeatures, boolean reuseModel, int keywords)
    implements Serializable {

  public FeaturesConfig {
    stopWords = List.copyOf(stopWords);
  }

  public static FeaturesConfig from(Config config) {
    Settings s = new Settings(config);
    String language = s.nonBlank("features.stop-words");
    String[] bundled;
    try {
      bundled = StopWordsRemover.loadDefaultStopWords(language);
    } catch (IllegalArgumentException e) {
      throw Settings.invalid(
          "features.stop-words", language, "not a language Spark bundles (" + e.getMessage() + ")");
    }
    List<String> stopWords =
        Stream.concat(Arrays.stream(bundled), s.nonBlankList("features.extra-stop-words").stream())
            .map(w -> w.toLowerCase(Locale.ROOT))
            .distinct()
            .toList();
    return new FeaturesConfig(
        stopWords,
        s.intIn("features.tfidf.num-features", 1 << 10, 1 << 26),
        s.bool("features.tfidf.reuse-model"),
        s.intIn("features.keywords", 0, 1000));
  }
}
