package org.frontline.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigRenderOptions;
import java.nio.file.Path;
import org.frontline.claims.ClaimsConfig;
import org.frontline.clean.CleanConfig;
import org.frontline.clean.SourceCatalog;
import org.frontline.dedup.DedupConfig;
import org.frontline.features.FeaturesConfig;
import org.frontline.ingest.IngestConfig;
import org.frontline.topics.Taxonomy;
import org.frontline.util.Hashes;

/**
 * The whole validated configuration of a run: one record per stage, read from the embedded defaults
 * of {@code conf/} and an optional override file. Building it is the first thing a run does, so a
 * bad setting fails before Spark starts.
 *
 * @param digest SHA-256 of every setting in force, recorded in the runs table
 */
public record FrontlineConfig(
    IngestConfig ingest,
    CleanConfig clean,
    SourceCatalog sources,
    FeaturesConfig features,
    DedupConfig dedup,
    Taxonomy taxonomy,
    ClaimsConfig claims,
    SparkSettings spark,
    CatalogSettings catalog,
    String digest) {

  /** Settings for the session the launchers build. */
  public record SparkSettings(String defaultMaster, int shufflePartitions) {}

  /**
   * Whether a run names its tables in the session's catalog, and in which schema.
   *
   * @param namespace a schema ({@code frontline}) or a catalog and schema ({@code main.frontline})
   */
  public record CatalogSettings(boolean register, String namespace) {}

  /** The embedded defaults, layered under {@code overrideFile} when it is not null. */
  public static FrontlineConfig load(Path overrideFile) {
    Config defaults = ConfigLoader.embedded("frontline.conf");
    Config config =
        overrideFile == null
            ? defaults
            : ConfigLoader.withOverrides(
                ConfigLoader.parseFile(overrideFile), defaults, overrideFile.toString());
    Settings s = new Settings(config);
    CleanConfig clean = CleanConfig.from(config);
    String taxonomyFile = s.optionalString("topics.taxonomy-file");
    Config sourcesConf =
        clean.sourcesFile() == null
            ? ConfigLoader.embedded("sources.conf")
            : ConfigLoader.parseFile(Path.of(clean.sourcesFile()));
    Config topicsConf =
        taxonomyFile == null
            ? ConfigLoader.embedded("topics.conf")
            : ConfigLoader.parseFile(Path.of(taxonomyFile));
    String digest =
        Hashes.sha256Hex(render(config) + "\n" + render(sourcesConf) + "\n" + render(topicsConf));
    return new FrontlineConfig(
        IngestConfig.from(config),
        clean,
        SourceCatalog.fromConfig(sourcesConf),
        FeaturesConfig.from(config),
        DedupConfig.from(config),
        Taxonomy.fromConfig(topicsConf),
        ClaimsConfig.from(config),
        new SparkSettings(
            s.nonBlank("spark.default-master"), s.intIn("spark.shuffle-partitions", 1, 100_000)),
        new CatalogSettings(s.bool("catalog.register"), s.namespace("catalog.namespace")),
        digest);
  }

  private static String render(Config config) {
    return config.root().render(ConfigRenderOptions.concise().setFormatted(false));
  }
}
