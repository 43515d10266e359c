package org.frontline.features;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.frontline.Columns;
import org.frontline.config.FrontlineConfig;
import org.frontline.testing.SparkTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeaturesSparkTest {
  private static final FeaturesConfig CONFIG = FrontlineConfig.load(null).features();
  private static final StructType DOCS =
      new StructType()
          .add(Columns.DOC_ID, DataTypes.StringType)
          .add(Columns.BODY, DataTypes.StringType);

  @TempDir Path dir;

  private static Dataset<Row> documents(String... idAndBody) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < idAndBody.length; i += 2) {
      rows.add(RowFactory.create(idAndBody[i], idAndBody[i + 1]));
    }
    return SparkTests.spark().createDataFrame(rows, DOCS);
  }

  private static final Dataset<Row> NEWS =
      documents(
          "a",
          "Ukrainian troops retook Izyum. The troops found Russian ammunition in Izyum.",
          "b",
          "Russian drones struck Kyiv overnight; Ukrainian air defence downed most drones.",
          "c",
          "Ukrainian officials said the grain corridor reopened in Odesa.",
          "d",
          "");

  private FeaturesConfig reusing(boolean reuse) {
    return new FeaturesConfig(CONFIG.stopWords(), CONFIG.numFeatures(), reuse, 3);
  }

  @Test
  void givesEachDocumentAUnitTfidfVectorAndDistinctiveKeywords() {
    SparkSession spark = SparkTests.spark();
    PipelineModel model = Features.model(spark, NEWS, reusing(false), dir.resolve("m").toString());
    Map<String, Row> byId =
        Features.vectorize(NEWS, model, 3).collectAsList().stream()
            .collect(Collectors.toMap(r -> r.getAs(Columns.DOC_ID), r -> r));

    Row a = byId.get("a");
    assertThat(Vectors.norm(a.<Vector>getAs(Columns.TFIDF), 2)).isCloseTo(1.0, within(1e-12));
    List<Row> keywords = a.getList(a.fieldIndex(Columns.KEYWORDS));
    // "izyum" and "troops" occur twice in a and nowhere else; "ukrainian" is in three documents
    // of four, "the" is a stop word.
    assertThat(keywords)
        .extracting(k -> k.getString(0))
        .containsExactly("izyum", "troops", "ammunition");
    assertThat(keywords.get(0).getDouble(1)).isGreaterThan(keywords.get(2).getDouble(1));

    Row empty = byId.get("d");
    assertThat(empty.getList(empty.fieldIndex(Columns.KEYWORDS))).isEmpty();
    assertThat(empty.<Vector>getAs(Columns.TFIDF).numNonzeros()).isZero();
    assertThat(byId.get("b").schema().fieldNames())
        .containsExactly(Columns.DOC_ID, Columns.BODY, Columns.TFIDF, Columns.KEYWORDS);
  }

  @Test
  void countsTermsAsTheSavedModelsOwnStagesDo() {
    SparkSession spark = SparkTests.spark();
    PipelineModel model = Features.model(spark, NEWS, reusing(false), dir.resolve("m").toString());
    Dataset<Row> tokens =
        Features.vectorize(NEWS, model, 3)
            .withColumn(
                Columns.TOKENS,
                udf(
                        (UDF1<String, List<String>>) Analyzer::tokenize,
                        DataTypes.createArrayType(DataTypes.StringType))
                    .apply(col(Columns.BODY)));
    TermCounter counter = Features.termWeights(model).counter();

    // The saved model applied to tokens, as anyone loading it would apply it.
    for (Row row : model.transform(tokens).collectAsList()) {
      assertThat(row.<Vector>getAs(Columns.TERM_FREQUENCIES))
          .isEqualTo(counter.frequencies(counter.terms(row.getAs(Columns.BODY))));
    }
  }

  @Test
  void weighsTokensBySmoothedIdfForTopics() {
    SparkSession spark = SparkTests.spark();
    IdfWeights weights =
        Features.termWeights(
            Features.model(spark, NEWS, reusing(false), dir.resolve("m").toString()));

    // Four documents: ln((4 + 1) / (df + 1)) + 1, the factor of the TF-IDF vectors too.
    assertThat(weights.weight("izyum")).isCloseTo(Math.log(5.0 / 2) + 1, within(1e-12));
    assertThat(weights.weight("ukrainian")).isCloseTo(Math.log(5.0 / 4) + 1, within(1e-12));
    assertThat(weights.weight("the")).as("a stop word").isEqualTo(1.0);
    assertThat(weights.weight("kharkiv")).as("unseen").isCloseTo(Math.log(5.0) + 1, within(1e-12));
  }

  @Test
  void savesTheModelUnderTheWarehouseAndReusesItOnlyWhenAsked() {
    SparkSession spark = SparkTests.spark();
    String warehouse = dir.resolve("warehouse").toString();
    String path = Features.modelPath(warehouse);
    Features.model(spark, NEWS, reusing(false), path);
    assertThat(Path.of(path)).as("fitting writes nothing").doesNotExist();
    fitAndSave(NEWS, reusing(false), path);
    assertThat(Path.of(path)).isEqualTo(dir.resolve("warehouse/_models/tfidf"));
    assertThat(Files.isDirectory(Path.of(path, "metadata"))).isTrue();

    Dataset<Row> other = documents("x", "Izyum izyum izyum", "y", "Izyum");
    double reused = fitAndSave(other, reusing(true), path).weight("izyum");
    double refitted = fitAndSave(other, reusing(false), path).weight("izyum");

    assertThat(reused).isCloseTo(Math.log(5.0 / 2) + 1, within(1e-12));
    assertThat(refitted).as("in both of two documents").isEqualTo(1.0);
    double reusedAfterRefit = fitAndSave(other, reusing(true), path).weight("izyum");
    assertThat(reusedAfterRefit).as("a refit replaces the saved model").isEqualTo(refitted);
  }

  /** A run's use of the model: fit or reuse, then save at publish time. */
  private static IdfWeights fitAndSave(Dataset<Row> documents, FeaturesConfig config, String path) {
    SparkSession spark = SparkTests.spark();
    PipelineModel model = Features.model(spark, documents, config, path);
    Features.save(spark, model, config, path);
    return Features.termWeights(model);
  }

  @Test
  void findsDocumentsWithTokensWithoutTokenizingThem() {
    String[] bodies = {"", " \t ", "— … ·", "Ⅻ", "١٢٣", "\uD835\uDC00", "a", "Kyiv, 2022", null};
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < bodies.length; i++) {
      rows.add(RowFactory.create(String.valueOf(i), bodies[i]));
    }

    List<Row> found =
        SparkTests.spark()
            .createDataFrame(rows, DOCS)
            .select(col(Columns.DOC_ID), Analyzer.hasTokens(col(Columns.BODY)))
            .collectAsList();

    assertThat(found).hasSize(bodies.length);
    for (Row row : found) {
      String body = bodies[Integer.parseInt(row.getString(0))];
      assertThat(row.getBoolean(1)).as(body).isEqualTo(!Analyzer.tokenize(body).isEmpty());
    }
  }
}
