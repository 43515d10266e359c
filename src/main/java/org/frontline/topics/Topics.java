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
import org.frontline.publish.TableSchemas;
import org.frontline.util.Rows;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Stage 3: one topic per document from the weighted terms of the taxonomy.
 *
 * <p>Needs {@code title} and {@code body}; adds {@code topic} and {@code topic_scores} (every
 * label's score, in taxonomy order).
 */
public final class Topics {
  private Topics() {}

  public static Dataset<Row> assign(Dataset<Row> documents, Taxonomy taxonomy) {
    StructType schema =
        documents
            .schema()
            .add(Columns.TOPIC, DataTypes.StringType, false)
            .add(
                Columns.TOPIC_SCORES,
                DataTypes.createArrayType(TableSchemas.TOPIC_SCORE, false),
                false);
    return documents.map(
        new ScoreFunction(new TopicScorer(taxonomy), schema), Encoders.row(schema));
  }

  /** Appends the topic and the scores to a row. */
  static final class ScoreFunction implements MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final TopicScorer scorer;
    private final StructType schema;

    ScoreFunction(TopicScorer scorer, StructType schema) {
      this.scorer = scorer;
      this.schema = schema;
    }

    @Override
    public Row call(Row in) {
      TopicScorer.Scores scores = scorer.score(in.getAs(Columns.TITLE), in.getAs(Columns.BODY));
      List<String> labels = scorer.labelNames();
      List<Row> labelScores = new ArrayList<>(labels.size());
      for (int i = 0; i < labels.size(); i++) {
        labelScores.add(RowFactory.create(labels.get(i), scores.scores()[i]));
      }
      Object[] values = new Object[in.length() + 2];
      for (int i = 0; i < in.length(); i++) {
        values[i] = in.get(i);
      }
      values[in.length()] = scores.topic();
      values[in.length() + 1] = CollectionConverters.asScala(labelScores).toSeq();
      return Rows.of(schema, values);
    }
  }
}
