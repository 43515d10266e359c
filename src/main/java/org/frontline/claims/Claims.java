package org.frontline.claims;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.split;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.frontline.Columns;
import org.frontline.dedup.Dedup;
import org.frontline.publish.Publish;
import org.frontline.publish.TableSchemas;
import org.frontline.util.Rows;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Stage 4: the territorial and casualty claims of every document, canonical or not (copies may
 * carry different figures).
 *
 * <p>{@link #extract} needs {@code doc_id}, {@code path}, {@code source}, {@code topic}, {@code
 * published_date} and {@code body}, and reads {@code cluster_id} when the documents have it; it
 * produces {@link #EXTRACTED}, one row per document. {@link #claims} and {@link #notes} split that
 * into the rows of the {@code claims} and {@code claim_notes} tables; {@link #reports} counts how
 * widely each claim is carried.
 */
public final class Claims {
  private Claims() {}

  /** One document's claims (rows of the claims table) and the note on its extraction. */
  public static final StructType EXTRACTED =
      new StructType()
          .add(Columns.DOC_ID, DataTypes.StringType, false)
          .add(Columns.PATH, DataTypes.StringType, false)
          .add(Columns.REASON, DataTypes.StringType)
          .add(Columns.NOTE, DataTypes.StringType)
          .add(
              Columns.CLAIMS,
              DataTypes.createArrayType(TableSchemas.CLAIMS.schema(), false),
              false);

  public static Dataset<Row> extract(Dataset<Row> documents, ClaimsConfig config) {
    boolean clustered = Arrays.asList(documents.columns()).contains(Columns.CLUSTER_ID);
    return documents.map(
        new ExtractFunction(new ClaimExtractor(config.maxMillisPerDocument()), clustered),
        Encoders.row(EXTRACTED));
  }

  /** The rows of the claims table. */
  public static Dataset<Row> claims(Dataset<Row> extracted) {
    return extracted.select(explode(col(Columns.CLAIMS)).as("c")).select("c.*");
  }

  /**
   * The rows of the claim_notes table: documents whose extraction fell short, cut by the time cap
   * or by a rule that failed on some sentences.
   */
  public static Dataset<Row> notes(Dataset<Row> extracted) {
    return extracted
        .where(col(Columns.REASON).isNotNull())
        .select(
            col(Columns.DOC_ID),
            col(Columns.PATH),
            col(Columns.REASON),
            col(Columns.NOTE).as(Columns.DETAIL));
  }

  /** One row per claim key over {@code claims} (rows of the claims table): the claim_reports. */
  public static Dataset<Row> reports(Dataset<Row> claims) {
    return claims
        .groupBy(Columns.CLAIM_KEY)
        .agg(
            first(Columns.CATEGORY).as(Columns.CATEGORY),
            first(Columns.KIND).as(Columns.KIND),
            first(Columns.ACTOR).as(Columns.ACTOR),
            first(Columns.LOCATION).as(Columns.LOCATION),
            first(Columns.VALUE_BEST).as(Columns.VALUE_BEST),
            first(Columns.UNIT).as(Columns.UNIT),
            first(Columns.EVENT_DATE).as(Columns.EVENT_DATE),
            count_distinct(col(Columns.DOC_ID)).as("documents"),
            count_distinct(col(Columns.SOURCE)).as("sources"),
            count_distinct(coalesce(col(Columns.CLUSTER_ID), col(Columns.DOC_ID))).as("clusters"),
            min(Columns.PUBLISHED_DATE).as("first_reported"),
            max(Columns.PUBLISHED_DATE).as("last_reported"),
            array_sort(collect_set(Columns.SOURCE)).as("source_list"));
  }

  /** Runs the extractor over one document row. */
  static final class ExtractFunction implements MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final ClaimExtractor extractor;
    private final boolean clustered;

    ExtractFunction(ClaimExtractor extractor, boolean clustered) {
      this.extractor = extractor;
      this.clustered = clustered;
    }

    @Override
    public Row call(Row in) {
      String docId = in.getAs(Columns.DOC_ID);
      Date published = in.getAs(Columns.PUBLISHED_DATE);
      // Relative dates resolve against the document's own date only: a date inherited from a
      // copy in the same cluster says when the story ran elsewhere, not when this page did.
      boolean ownDate = !Dedup.CLUSTER_BASIS.equals(in.getAs(Columns.PUBLISHED_BASIS));
      LocalDate publishedDay = published == null || !ownDate ? null : published.toLocalDate();
      ClaimExtractor.Extraction extraction =
          extractor.extract(
              in.getAs(Columns.BODY), new ClaimExtractor.Context(docId, publishedDay));
      String clusterId = clustered ? in.getAs(Columns.CLUSTER_ID) : null;
      List<Row> rows = new ArrayList<>(extraction.claims().size());
      for (Claim c : extraction.claims()) {
        rows.add(
            Rows.of(
                TableSchemas.CLAIMS.schema(),
                c.claimId(),
                docId,
                clusterId,
                in.getAs(Columns.SOURCE),
                in.getAs(Columns.TOPIC),
                published,
                c.category(),
                c.kind(),
                c.actor(),
                c.valueLow(),
                c.valueBest(),
                c.valueHigh(),
                c.qualifier(),
                c.unit(),
                c.valueText(),
                c.location(),
                c.admin1(),
                c.country(),
                c.eventDate() == null ? null : Date.valueOf(c.eventDate()),
                c.datePrecision(),
                c.dateBasis(),
                c.dateText(),
                c.claimant(),
                c.sentence(),
                c.charStart(),
                c.charEnd(),
                c.claimKey()));
      }
      return Rows.of(
          EXTRACTED,
          docId,
          in.getAs(Columns.PATH),
          extraction.reason(),
          extraction.note(),
          CollectionConverters.asScala(rows).toSeq());
    }
  }

  /**
   * The claims stored in a warehouse, each with its document's file name (the gold file's doc), for
   * {@link ClaimEval}.
   */
  public static List<ClaimEval.Extracted> stored(SparkSession spark, String warehouse) {
    Dataset<Row> claims =
        spark.read().format("delta").load(Publish.tablePath(warehouse, TableSchemas.CLAIMS));
    Dataset<Row> documents =
        spark.read().format("delta").load(Publish.tablePath(warehouse, TableSchemas.DOCUMENTS));
    List<Row> rows =
        claims
            .join(
                documents.select(
                    col(Columns.DOC_ID),
                    element_at(split(col(Columns.PATH), "/"), -1).as("file_name")),
                Columns.DOC_ID)
            .select(
                col("file_name"),
                col(Columns.CATEGORY),
                col(Columns.KIND),
                col(Columns.ACTOR),
                col(Columns.VALUE_BEST),
                col(Columns.UNIT),
                col(Columns.LOCATION),
                date_format(col(Columns.EVENT_DATE), "yyyy-MM-dd"),
                col(Columns.SENTENCE))
            .orderBy("file_name", Columns.CHAR_START)
            .collectAsList();
    List<ClaimEval.Extracted> extracted = new ArrayList<>(rows.size());
    for (Row r : rows) {
      extracted.add(
          new ClaimEval.Extracted(
              r.getString(0),
              r.getString(1),
              r.getString(2),
              r.getString(3),
              r.isNullAt(4) ? null : r.getDouble(4),
              r.getString(5),
              r.getString(6),
              r.getString(7),
              r.getString(8)));
    }
    return extracted;
  }
}
