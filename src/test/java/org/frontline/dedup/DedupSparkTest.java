package org.frontline.dedup;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sha2;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.frontline.Columns;
import org.frontline.config.FrontlineConfig;
import org.frontline.features.Features;
import org.frontline.testing.SparkTests;
import org.frontline.util.Hashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DedupSparkTest {
  private static final FrontlineConfig CONFIG = FrontlineConfig.load(null);

  private static final StructType DOCS =
      new StructType()
          .add(Columns.DOC_ID, DataTypes.StringType)
          .add(Columns.SOURCE, DataTypes.StringType)
          .add(Columns.PUBLISHED_DATE, DataTypes.DateType)
          .add(Columns.PUBLISHED_BASIS, DataTypes.StringType)
          .add(Columns.BODY, DataTypes.StringType);

  private static final String STRIKES =
      "Russian forces launched a wave of drones and missiles at energy facilities across Ukraine"
          + " overnight, damaging power plants in the Kharkiv and Dnipropetrovsk regions, the"
          + " national grid operator said on Thursday. Air defence units shot down most of the"
          + " forty drones and six cruise missiles, according to the air force command. Emergency"
          + " power cuts were introduced in several regions as engineers worked to restore supply"
          + " to hospitals and water pumping stations. The energy minister said repairs could take"
          + " several weeks and urged residents to limit their use of electricity during the"
          + " evening peak. Officials in Kharkiv reported that two workers were injured when a"
          + " substation caught fire.";
  private static final String STRIKES_TAIL =
      " Western partners have promised additional air defence systems to protect the grid before"
          + " the winter.";
  private static final String BUDGET =
      "Ukraine's parliament approved a new budget on Wednesday that raises defence spending to a"
          + " record share of national output. Lawmakers voted after a long debate over taxes on"
          + " banks and fuel. Emergency power cuts were introduced in several regions as engineers"
          + " worked to restore supply to hospitals and water pumping stations. The finance"
          + " minister said foreign loans would cover the gap in social payments until spring.";
  private static final String NUCLEAR =
      "The International Atomic Energy Agency said its inspectors at the Zaporizhzhia nuclear"
          + " power plant heard several explosions near the site on Sunday morning. The plant lost"
          + " its last external power line for several hours and ran on diesel generators. Rafael"
          + " Grossi called on both sides to agree a protection zone around the reactors, which"
          + " have been in cold shutdown for months. No increase in radiation was recorded.";
  private static final String NUCLEAR_TAIL =
      " The agency plans to rotate its team of experts at the plant next week.";
  private static final String GRAIN =
      "A convoy of ships carrying grain left the port of Odesa under a deal brokered by Turkey"
          + " and the United Nations, the infrastructure ministry said, the largest convoy since"
          + " the agreement was signed in July. The ships carry corn, wheat and sunflower oil"
          + " bound for Egypt, Spain and China.";

  @TempDir Path dir;

  private static Row doc(String id, String source, String date, String body) {
    return RowFactory.create(
        id, source, date == null ? null : Date.valueOf(date), date == null ? null : "header", body);
  }

  /** The documents as the features stage hands them to dedup. */
  private Dataset<Row> featured(List<Row> rows) {
    SparkSession spark = SparkTests.spark();
    Dataset<Row> documents =
        spark
            .createDataFrame(rows, DOCS)
            .withColumn(Columns.CONTENT_HASH, sha2(col(Columns.BODY), 256));
    PipelineModel model =
        Features.model(spark, documents, CONFIG.features(), dir.resolve("model").toString());
    return Features.vectorize(documents, model, 5);
  }

  private static Map<String, Row> byKey(Dataset<Row> rows, String key) {
    return rows.collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getAs(key), r -> r, (a, b) -> a, TreeMap::new));
  }

  /** The clusters as sets of doc ids. */
  private static Set<Set<String>> clusters(Map<String, Row> documents) {
    Map<String, Set<String>> byCluster = new TreeMap<>();
    documents.forEach(
        (id, row) ->
            byCluster.computeIfAbsent(row.getAs(Columns.CLUSTER_ID), c -> new TreeSet<>()).add(id));
    return new java.util.HashSet<>(byCluster.values());
  }

  @Test
  void clustersCopiesPicksTheCanonicalAndDatesTheUndated() {
    Dedup.Result result =
        Dedup.cluster(
            featured(
                List.of(
                    doc("w1", "kyivpost.com", "2022-03-02", STRIKES + STRIKES_TAIL),
                    doc("w2", "ukrinform.net", "2022-03-01", STRIKES + STRIKES_TAIL),
                    doc("w3", "apnews.com", null, STRIKES.replace("forty drones", "thirty drones")),
                    doc("x1", "kyivpost.com", "2022-03-01", BUDGET),
                    doc("a1", "bbc.com", "2022-04-10", NUCLEAR + NUCLEAR_TAIL),
                    doc("a2", "cnn.com", "2022-04-10", NUCLEAR),
                    doc("b2", "rt.com", "2022-05-01", GRAIN),
                    doc("b1", "cbsnews.com", "2022-05-01", GRAIN),
                    doc("b3", "foxnews.com", null, GRAIN),
                    doc("e1", "cnn.com", null, ""),
                    doc("e2", "cnn.com", null, ""))),
            CONFIG.dedup());
    Map<String, Row> documents = byKey(result.documents(), Columns.DOC_ID);

    assertThat(clusters(documents))
        .containsExactlyInAnyOrder(
            Set.of("w1", "w2", "w3"),
            Set.of("x1"),
            Set.of("a1", "a2"),
            Set.of("b1", "b2", "b3"),
            Set.of("e1"),
            Set.of("e2"));
    assertThat(documents.get("w3").<String>getAs(Columns.CLUSTER_ID))
        .isEqualTo(Hashes.sha256Hex("w1").substring(0, 20));
    assertThat(documents.get("x1").<String>getAs(Columns.CLUSTER_ID))
        .isEqualTo(Hashes.sha256Hex("x1").substring(0, 20));
    assertThat(
            documents.values().stream()
                .filter(r -> r.<Boolean>getAs(Columns.IS_CANONICAL))
                .map(r -> r.<String>getAs(Columns.DOC_ID)))
        .as("earliest date, then longest body, then smallest doc_id; every cluster has one")
        .containsExactlyInAnyOrder("w2", "x1", "a1", "b1", "e1", "e2");

    Row w3 = documents.get("w3");
    assertThat(w3.<Date>getAs(Columns.PUBLISHED_DATE)).hasToString("2022-03-01");
    assertThat(w3.<String>getAs(Columns.PUBLISHED_BASIS)).isEqualTo("cluster");
    assertThat(documents.get("w1").<String>getAs(Columns.PUBLISHED_BASIS)).isEqualTo("header");
    assertThat(documents.get("b3").<String>getAs(Columns.PUBLISHED_BASIS)).isEqualTo("cluster");
    assertThat(documents.get("e1").<Date>getAs(Columns.PUBLISHED_DATE)).isNull();
    assertThat(documents.get("e1").<String>getAs(Columns.PUBLISHED_BASIS)).isNull();

    Map<String, Row> clusters = byKey(result.clusters(), "canonical_doc_id");
    assertThat(clusters).hasSize(6);
    Row strikes = clusters.get("w2");
    assertThat(strikes.getList(strikes.fieldIndex("members"))).containsExactly("w1", "w2", "w3");
    assertThat(strikes.<Long>getAs(Columns.SIZE)).isEqualTo(3);
    assertThat(strikes.getList(strikes.fieldIndex("sources")))
        .containsExactly("apnews.com", "kyivpost.com", "ukrinform.net");
    assertThat(strikes.<Double>getAs("min_jaccard")).isBetween(0.7, 0.95);
    assertThat(strikes.<Double>getAs("mean_jaccard"))
        .isBetween(strikes.<Double>getAs("min_jaccard"), 1.0);
    assertThat(strikes.<Double>getAs("min_cosine")).isBetween(0.8, 1.0);
    assertThat(strikes.<Date>getAs("first_published")).hasToString("2022-03-01");
    assertThat(strikes.<Date>getAs("last_published")).hasToString("2022-03-02");
    Row grain = clusters.get("b1");
    assertThat(grain.<Double>getAs("min_jaccard")).isEqualTo(1.0);
    assertThat(grain.<Double>getAs("mean_cosine")).isEqualTo(1.0);
    Row alone = clusters.get("x1");
    assertThat(alone.<Long>getAs(Columns.SIZE)).isEqualTo(1);
    assertThat(alone.<Double>getAs("min_jaccard")).isNull();
    assertThat(alone.<Double>getAs("mean_cosine")).isNull();
    assertThat(result.links()).as("w1-w2, w1-w3, a1-a2, b1-b2, b1-b3").isEqualTo(5);
  }

  @Test
  void keepsEveryCopyOfAnOversizedBucketThroughItsStar() {
    List<Row> rows = new ArrayList<>();
    String[] words = {"forty", "thirty", "fifty", "sixty", "seventy", "eighty"};
    for (int i = 0; i < words.length; i++) {
      rows.add(doc("v" + i, "site" + i + ".com", null, STRIKES.replace("forty", words[i])));
    }
    DedupConfig capped =
        new DedupConfig(
            5,
            0.7,
            0.8,
            CONFIG.dedup().banding(),
            CONFIG.dedup().seed(),
            2,
            CONFIG.dedup().maxIterations(),
            CONFIG.dedup().maxDriverLinks());

    Dedup.Result result = Dedup.cluster(featured(rows), capped);

    assertThat(result.cappedBuckets()).isPositive();
    assertThat(result.candidatePairs()).isLessThan(15);
    assertThat(clusters(byKey(result.documents(), Columns.DOC_ID)))
        .containsExactly(Set.of("v0", "v1", "v2", "v3", "v4", "v5"));
  }

  @Test
  void keepsOnlyCandidatesThatPassBothThresholdsWithBothSimilarities() {
    SparkSession spark = SparkTests.spark();
    StructType pairs =
        new StructType().add(Dedup.SRC, DataTypes.StringType).add(Dedup.DST, DataTypes.StringType);
    long[] p = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    long[] close = {1, 2, 3, 4, 5, 6, 7, 8, 9, 11}; // Jaccard 9 / 11 with p
    long[] far = {1, 2, 3, 4, 5, 6, 20, 21, 22, 23}; // Jaccard 6 / 14 with p
    Dataset<Row> signed =
        spark.createDataFrame(
            List.of(
                signed("p", p, 1, 0),
                signed("q", close, 0.9, Math.sqrt(1 - 0.81)),
                signed("r", close, 0.3, Math.sqrt(1 - 0.09)),
                signed("s", far, 0.95, Math.sqrt(1 - 0.9025))),
            Dedup.SIGNED);
    Dataset<Row> candidates =
        spark.createDataFrame(
            List.of(
                RowFactory.create("p", "q"),
                RowFactory.create("p", "r"),
                RowFactory.create("p", "s")),
            pairs);

    LongAccumulator verified = spark.sparkContext().longAccumulator();
    List<Row> links = Dedup.verify(candidates, signed, CONFIG.dedup(), verified).collectAsList();

    assertThat(links).hasSize(1);
    assertThat(verified.value()).isEqualTo(3);
    Row link = links.get(0);
    assertThat(link.<String>getAs(Dedup.SRC)).isEqualTo("p");
    assertThat(link.<String>getAs(Dedup.DST)).isEqualTo("q");
    assertThat(link.<Double>getAs(Dedup.JACCARD)).isEqualTo(9.0 / 11);
    assertThat(link.<Double>getAs(Dedup.COSINE))
        .isEqualTo(0.9, org.assertj.core.api.Assertions.within(1e-12));
  }

  private static Row signed(String id, long[] shingles, double x, double y) {
    return RowFactory.create(
        id,
        Shingles.toBytes(shingles),
        scala.jdk.javaapi.CollectionConverters.asScala(List.<Long>of()).toSeq(),
        Vectors.dense(x, y));
  }
}
