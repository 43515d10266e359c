package org.frontline.topics;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.frontline.Columns;
import org.frontline.features.Analyzer;
import org.frontline.publish.TableSchemas;
import org.frontline.util.Rows;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Stage 5: one topic per document from the taxonomy's terms, weighted by the document's TF-IDF.
 *
 * <p>Needs {@code title} and {@code body}, weighted by the features stage's TF-IDF model; adds
 * {@code topic} and {@code topic_scores} (every label's score, in taxonomy order).
 */
public final class Topics {
  private Topics() {}

  public static Dataset<Row> assign(
      Dataset<Row> documents, Taxonomy taxonomy, TermWeights weights) {
    StructType schema =
        documents
            .schema()
            .add(Columns.TOPIC, DataTypes.StringType, false)
            .add(
                Columns.TOPIC_SCORES,
                DataTypes.createArrayType(TableSchemas.TOPIC_SCORE, false),
                false);
    return documents.map(
        new ScoreFunction(new TopicScorer(taxonomy), weights, schema), Encoders.row(schema));
  }

  /** Appends the topic and the scores to a row. */
  static final class ScoreFunction implements MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final TopicScorer scorer;
    private final TermWeights weights;
    private final StructType schema;

    ScoreFunction(TopicScorer scorer, TermWeights weights, StructType schema) {
      this.scorer = scorer;
      this.weights = weights;
      this.schema = schema;
    }

    @Override
    public Row call(Row in) {
      TopicScorer.Scores scores =
          scorer.score(
              Analyzer.tokenize(in.getAs(Columns.TITLE)),
              Analyzer.tokenize(in.getAs(Columns.BODY)),
              weights);
      List<String> labels = scorer.labelNames();
      List<Row> labelScores = new ArrayList<>(labels.size());
      for (int i = 0; i < labels.size(); i++) {
        labelScores.add(RowFactory.create(labels.get(i), scores.scores()[i]));
      }
      return Rows.append(
          schema, in, scores.topic(), CollectionConverters.asScala(labelScores).toSeq());
    }
  }
}
