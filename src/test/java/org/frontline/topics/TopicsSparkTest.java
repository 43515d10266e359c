package org.frontline.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.frontline.Columns;
import org.frontline.config.FrontlineConfig;
import org.frontline.testing.SparkTests;
import org.junit.jupiter.api.Test;

class TopicsSparkTest {
  @Test
  void everyDocumentGetsOneTaxonomyLabelAndAllScores() {
    Taxonomy taxonomy = FrontlineConfig.load(null).taxonomy();
    StructType schema =
        new StructType()
            .add(Columns.DOC_ID, DataTypes.StringType)
            .add(Columns.TITLE, DataTypes.StringType)
            .add(Columns.BODY, DataTypes.StringType);
    Dataset<Row> docs =
        SparkTests.spark()
            .createDataFrame(
                List.of(
                    RowFactory.create(
                        "a",
                        "EU agrees new sanctions on Russian oil",
                        "The European Union agreed an embargo on Russian crude and a price cap, tightening sanctions on Moscow's economy."),
                    RowFactory.create("b", null, "The match ended two all after extra time."),
                    RowFactory.create("c", null, "")),
                schema);
    List<Row> rows =
        Topics.assign(docs, taxonomy, token -> 1.0).orderBy(Columns.DOC_ID).collectAsList();
    assertThat(rows)
        .extracting(r -> r.<String>getAs(Columns.TOPIC))
        .containsExactly("sanctions-economy", "other", "other");
    for (Row row : rows) {
      List<Row> scores = row.getList(row.fieldIndex(Columns.TOPIC_SCORES));
      assertThat(scores)
          .extracting(s -> s.getString(0))
          .containsExactlyElementsOf(taxonomy.labelNames());
    }
  }
}
