package org.frontline.features;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.IDF;
import org.apache.spark.ml.feature.IDFModel;
import org.apache.spark.ml.feature.StopWordsRemover;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.frontline.Columns;
import org.frontline.publish.TableSchemas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stage 3: TF-IDF vectors and keywords of each document's body.
 *
 * <p>The TF-IDF model ({@link #model}) is a spark.ml pipeline, StopWordsRemover, HashingTF and an
 * IDF fitted on the run's documents, saved under the warehouse when the run publishes, so a later
 * run can reuse it. {@link #vectorize} needs {@code body} and adds {@code tfidf} (L2-normalised,
 * with the smoothed IDF of {@link IdfWeights}) and {@code keywords}. Terms are counted by {@link
 * TermCounter}, which does what the model's first two stages do, straight from the body.
 */
public final class Features {
  private static final Logger LOG = LoggerFactory.getLogger(Features.class);

  /** The IDF stage's own output, which {@link #vectorize} does not use: it smooths the IDF. */
  private static final String UNSMOOTHED_TFIDF = "unsmoothed_tfidf";

  private static final StructType VECTOR_AND_KEYWORDS =
      new StructType()
          .add(Columns.TFIDF, SQLDataTypes.VectorType(), false)
          .add(Columns.KEYWORDS, DataTypes.createArrayType(TableSchemas.KEYWORD, false), false);

  private Features() {}

  /** Where a run saves its TF-IDF model, below the warehouse (beside the tables, not one). */
  public static String modelPath(String warehouse) {
    return new Path(warehouse, "_models/tfidf").toString();
  }

  /**
   * The run's TF-IDF model: the one saved at {@code modelPath} when the configuration asks to reuse
   * it and it exists, else one fitted on the bodies of {@code documents}, which {@link #save}
   * writes when the run publishes.
   */
  public static PipelineModel model(
      SparkSession spark, Dataset<Row> documents, FeaturesConfig config, String modelPath) {
    if (reuses(spark, config, modelPath)) {
      PipelineModel model = PipelineModel.load(modelPath);
      LOG.info("reusing the TF-IDF model at {}", modelPath);
      return model;
    }
    StopWordsRemover stopWords =
        new StopWordsRemover()
            .setInputCol(Columns.TOKENS)
            .setOutputCol(Columns.TERMS)
            .setStopWords(config.stopWords().toArray(String[]::new))
            // Tokens are lowercase already; case-sensitive matching keeps Spark's
            // locale-dependent lowercasing out.
            .setCaseSensitive(true);
    HashingTF hashing =
        new HashingTF()
            .setInputCol(Columns.TERMS)
            .setOutputCol(Columns.TERM_FREQUENCIES)
            .setNumFeatures(config.numFeatures());
    TermCounter counter = counter(stopWords, hashing);
    IDFModel idf =
        new IDF()
            .setInputCol(Columns.TERM_FREQUENCIES)
            .setOutputCol(UNSMOOTHED_TFIDF)
            .fit(
                documents.select(
                    udf(
                            (UDF1<String, Vector>) body -> counter.frequencies(counter.terms(body)),
                            SQLDataTypes.VectorType())
                        .apply(col(Columns.BODY))
                        .as(Columns.TERM_FREQUENCIES)));
    // Every stage is fitted, so fitting the pipeline only checks that the stages fit together
    // (on a schema with a tokens column) and runs no job.
    PipelineModel model =
        new Pipeline()
            .setStages(new PipelineStage[] {stopWords, hashing, idf})
            .fit(
                spark.createDataFrame(
                    List.of(),
                    new StructType()
                        .add(
                            Columns.TOKENS,
                            DataTypes.createArrayType(DataTypes.StringType, false))));
    return model;
  }

  /**
   * Saves a model that {@link #model} fitted at {@code modelPath}, replacing any earlier; a model
   * it reused from there is left as it is.
   */
  public static void save(
      SparkSession spark, PipelineModel model, FeaturesConfig config, String modelPath) {
    if (reuses(spark, config, modelPath)) {
      return;
    }
    try {
      model.write().overwrite().save(modelPath);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot save the TF-IDF model to " + modelPath, e);
    }
  }

  private static boolean reuses(SparkSession spark, FeaturesConfig config, String modelPath) {
    return config.reuseModel() && exists(spark, modelPath);
  }

  /** Adds the TF-IDF vector and the top {@code keywords} terms with their weights. */
  public static Dataset<Row> vectorize(Dataset<Row> documents, PipelineModel model, int keywords) {
    String features = "features";
    // One UDF reads the body once for both columns; a UDF converts only its own columns between
    // Spark and Java, where a map function would convert every column of these wide rows.
    return documents
        .withColumn(
            features,
            udf(new VectorizeFunction(termWeights(model), keywords), VECTOR_AND_KEYWORDS)
                .apply(col(Columns.BODY)))
        .withColumn(Columns.TFIDF, col(features + "." + Columns.TFIDF))
        .withColumn(Columns.KEYWORDS, col(features + "." + Columns.KEYWORDS))
        .drop(features);
  }

  /** The model's smoothed IDF, which weighs TF-IDF vectors and the tokens of topic scoring. */
  public static IdfWeights termWeights(PipelineModel model) {
    return new IdfWeights(
        counter(stage(model, StopWordsRemover.class), stage(model, HashingTF.class)),
        stage(model, IDFModel.class).idf().toArray());
  }

  private static TermCounter counter(StopWordsRemover stopWords, HashingTF hashing) {
    return new TermCounter(Arrays.asList(stopWords.getStopWords()), hashing);
  }

  private static <T extends Transformer> T stage(PipelineModel model, Class<T> type) {
    return Arrays.stream(model.stages())
        .filter(type::isInstance)
        .map(type::cast)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "The TF-IDF model has no "
                        + type.getSimpleName()
                        + " stage: it was not saved by Frontline; delete it or set"
                        + " features.tfidf.reuse-model = false"));
  }

  private static boolean exists(SparkSession spark, String modelPath) {
    Path metadata = new Path(modelPath, "metadata");
    try {
      return metadata.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(metadata);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot look for a TF-IDF model at " + modelPath, e);
    }
  }

  /** A body's TF-IDF vector and its keywords, read off the vector. */
  static final class VectorizeFunction implements UDF1<String, Row> {
    private static final long serialVersionUID = 1L;
    private final IdfWeights weights;
    private final int keywords;

    VectorizeFunction(IdfWeights weights, int keywords) {
      this.weights = weights;
      this.keywords = keywords;
    }

    @Override
    public Row call(String body) {
      TermCounter counter = weights.counter();
      List<String> terms = counter.terms(body);
      SparseVector frequencies = counter.frequencies(terms);
      Vector tfidf = weights.tfidf(frequencies);
      List<Row> top = new ArrayList<>(keywords);
      for (Keywords.Keyword keyword :
          Keywords.top(terms, term -> tfidf.apply(counter.index(term)), keywords)) {
        top.add(RowFactory.create(keyword.term(), keyword.weight()));
      }
      return RowFactory.create(tfidf, top);
    }
  }
}
