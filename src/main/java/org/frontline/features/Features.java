package org.frontline.features;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.feature.ElementwiseProduct;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.IDF;
import org.apache.spark.ml.feature.IDFModel;
import org.apache.spark.ml.feature.Normalizer;
import org.apache.spark.ml.feature.StopWordsRemover;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.frontline.Columns;
import org.frontline.publish.TableSchemas;
import org.frontline.util.Rows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Stage 3: tokens, TF-IDF and keywords of each document's body.
 *
 * <p>{@link #tokenize} needs {@code body} and adds {@code tokens}. The TF-IDF model ({@link
 * #model}) is a spark.ml pipeline: stop words out, hashed term frequencies, each scaled by its
 * smoothed IDF {@code ln((n + 1) / (df + 1)) + 1} fitted on the run's documents, L2 normalisation;
 * it is saved under the warehouse so a later run can reuse it. {@link #vectorize} needs {@code
 * tokens} and adds {@code tfidf} and {@code keywords}.
 */
public final class Features {
  private static final Logger LOG = LoggerFactory.getLogger(Features.class);

  private Features() {}

  /** Where a run saves its TF-IDF model, below the warehouse (beside the tables, not one). */
  public static String modelPath(String warehouse) {
    return new Path(warehouse, "_models/tfidf").toString();
  }

  /** Adds the body's tokens. */
  public static Dataset<Row> tokenize(Dataset<Row> documents) {
    StructType schema =
        documents
            .schema()
            .add(Columns.TOKENS, DataTypes.createArrayType(DataTypes.StringType, false), false);
    return documents.map(new TokenizeFunction(schema), Encoders.row(schema));
  }

  /**
   * The run's TF-IDF model: the one saved at {@code modelPath} when the configuration asks to reuse
   * it and it exists, else one fitted on {@code tokenized} and saved there (replacing any earlier).
   */
  public static PipelineModel model(
      SparkSession spark, Dataset<Row> tokenized, FeaturesConfig config, String modelPath) {
    if (config.reuseModel() && exists(spark, modelPath)) {
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
    IDFModel idf =
        new IDF()
            .setInputCol(Columns.TERM_FREQUENCIES)
            .fit(hashing.transform(stopWords.transform(tokenized)));
    // Spark's IDF is ln((n + 1) / (df + 1)): 0 for a term in every document, which would make
    // two near-copies orthogonal in a run made mostly of one story. Adding 1, as scikit-learn's
    // smooth_idf does, keeps every term's weight at least its frequency.
    double[] smoothed = idf.idf().toArray();
    for (int i = 0; i < smoothed.length; i++) {
      smoothed[i] += 1;
    }
    PipelineModel model =
        new Pipeline()
            .setStages(
                new PipelineStage[] {
                  stopWords,
                  hashing,
                  new ElementwiseProduct()
                      .setScalingVec(Vectors.dense(smoothed))
                      .setInputCol(Columns.TERM_FREQUENCIES)
                      .setOutputCol(Columns.TFIDF_UNNORMALISED),
                  new Normalizer()
                      .setInputCol(Columns.TFIDF_UNNORMALISED)
                      .setOutputCol(Columns.TFIDF)
                      .setP(2)
                })
            // Every stage is a transformer now, so fitting runs no job.
            .fit(tokenized);
    try {
      model.write().overwrite().save(modelPath);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot save the TF-IDF model to " + modelPath, e);
    }
    return model;
  }

  /** Adds the TF-IDF vector and the top {@code keywords} terms with their weights. */
  public static Dataset<Row> vectorize(Dataset<Row> tokenized, PipelineModel model, int keywords) {
    StructType schema =
        tokenized
            .schema()
            .add(Columns.TERMS, DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add(Columns.TFIDF, SQLDataTypes.VectorType(), false)
            .add(Columns.KEYWORDS, DataTypes.createArrayType(TableSchemas.KEYWORD, false), false);
    return model
        .transform(tokenized)
        .drop(Columns.TERM_FREQUENCIES, Columns.TFIDF_UNNORMALISED)
        .map(
            new KeywordsFunction(stage(model, HashingTF.class), keywords, schema),
            Encoders.row(schema))
        .drop(Columns.TERMS);
  }

  /** The model's smoothed IDF of each token, for topic scoring. */
  public static IdfWeights termWeights(PipelineModel model) {
    return new IdfWeights(
        Arrays.asList(stage(model, StopWordsRemover.class).getStopWords()),
        stage(model, HashingTF.class),
        stage(model, ElementwiseProduct.class).getScalingVec().toArray());
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

  /** Appends the body's tokens to a row. */
  static final class TokenizeFunction implements MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final StructType schema;

    TokenizeFunction(StructType schema) {
      this.schema = schema;
    }

    @Override
    public Row call(Row in) {
      List<String> tokens = Analyzer.tokenize(in.getAs(Columns.BODY));
      return Rows.append(schema, in, CollectionConverters.asScala(tokens).toSeq());
    }
  }

  /** Appends a document's keywords, read off its TF-IDF vector through the term hashing. */
  static final class KeywordsFunction implements MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final HashingTF hashing;
    private final int keywords;
    private final StructType schema;

    KeywordsFunction(HashingTF hashing, int keywords, StructType schema) {
      this.hashing = hashing;
      this.keywords = keywords;
      this.schema = schema;
    }

    @Override
    public Row call(Row in) {
      Vector tfidf = in.getAs(Columns.TFIDF);
      List<String> terms = in.getList(in.fieldIndex(Columns.TERMS));
      List<Row> top = new ArrayList<>(keywords);
      for (Keywords.Keyword keyword :
          Keywords.top(terms, term -> tfidf.apply(hashing.indexOf(term)), keywords)) {
        top.add(RowFactory.create(keyword.term(), keyword.weight()));
      }
      return Rows.append(schema, in, CollectionConverters.asScala(top).toSeq());
    }
  }
}
