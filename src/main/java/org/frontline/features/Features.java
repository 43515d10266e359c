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
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.IDF;
import org.apache.spark.ml.feature.IDFModel;
import org.apache.spark.ml.feature.StopWordsRemover;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
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
 * #model}) is a spark.ml pipeline fitted on the run's documents: stop words out, hashed term
 * frequencies, IDF; it is saved under the warehouse so a later run can reuse it. {@link #vectorize}
 * needs {@code tokens} and adds {@code tfidf} (L2-normalised, with the smoothed IDF of {@link
 * IdfWeights}) and {@code keywords}.
 */
public final class Features {
  private static final Logger LOG = LoggerFactory.getLogger(Features.class);

  /** The IDF stage's own output, which {@link #vectorize} does not use: it smooths the IDF. */
  private static final String UNSMOOTHED_TFIDF = "unsmoothed_tfidf";

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
    PipelineModel model =
        new Pipeline()
            .setStages(
                new PipelineStage[] {
                  new StopWordsRemover()
                      .setInputCol(Columns.TOKENS)
                      .setOutputCol(Columns.TERMS)
                      .setStopWords(config.stopWords().toArray(String[]::new))
                      // Tokens are lowercase already; case-sensitive matching keeps Spark's
                      // locale-dependent lowercasing out.
                      .setCaseSensitive(true),
                  new HashingTF()
                      .setInputCol(Columns.TERMS)
                      .setOutputCol(Columns.TERM_FREQUENCIES)
                      .setNumFeatures(config.numFeatures()),
                  new IDF().setInputCol(Columns.TERM_FREQUENCIES).setOutputCol(UNSMOOTHED_TFIDF)
                })
            .fit(tokenized);
    try {
      model.write().overwrite().save(modelPath);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot save the TF-IDF model to " + modelPath, e);
    }
    return model;
  }

  /**
   * Adds the TF-IDF vector (term frequencies scaled by the model's smoothed IDF, see {@link
   * IdfWeights}) and the top {@code keywords} terms with their weights.
   */
  public static Dataset<Row> vectorize(Dataset<Row> tokenized, PipelineModel model, int keywords) {
    Dataset<Row> counted =
        stage(model, HashingTF.class)
            .transform(stage(model, StopWordsRemover.class).transform(tokenized));
    StructType schema =
        counted
            .schema()
            .add(Columns.TFIDF, SQLDataTypes.VectorType(), false)
            .add(Columns.KEYWORDS, DataTypes.createArrayType(TableSchemas.KEYWORD, false), false);
    return counted
        .map(new VectorizeFunction(termWeights(model), keywords, schema), Encoders.row(schema))
        .drop(Columns.TERMS, Columns.TERM_FREQUENCIES);
  }

  /** The model's smoothed IDF, which weighs TF-IDF vectors and the tokens of topic scoring. */
  public static IdfWeights termWeights(PipelineModel model) {
    return new IdfWeights(
        Arrays.asList(stage(model, StopWordsRemover.class).getStopWords()),
        stage(model, HashingTF.class),
        stage(model, IDFModel.class).idf().toArray());
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

  /** Appends a document's TF-IDF vector and its keywords, read off the vector. */
  static final class VectorizeFunction implements MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final IdfWeights weights;
    private final int keywords;
    private final StructType schema;

    VectorizeFunction(IdfWeights weights, int keywords, StructType schema) {
      this.weights = weights;
      this.keywords = keywords;
      this.schema = schema;
    }

    @Override
    public Row call(Row in) {
      Vector tfidf = weights.tfidf(in.getAs(Columns.TERM_FREQUENCIES));
      List<String> terms = in.getList(in.fieldIndex(Columns.TERMS));
      List<Row> top = new ArrayList<>(keywords);
      for (Keywords.Keyword keyword :
          Keywords.top(terms, term -> tfidf.apply(weights.index(term)), keywords)) {
        top.add(RowFactory.create(keyword.term(), keyword.weight()));
      }
      return Rows.append(schema, in, tfidf, CollectionConverters.asScala(top).toSeq());
    }
  }
}
